"""Where Gongjian keeps its files: the per-user data and config folders."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Gongjian"
DATA_DIR_ENV = "GONGJIAN_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (databases, attachments, backups), created on demand."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) / "config" if override else Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "gongjian.db"


def demo_database() -> Path:
    """The demo database lives in its own folder so it never mixes with real data."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "gongjian-demo.db"


def log_file() -> Path:
    """The program's log (rotated by the app): where a clerk finds what to send support."""
    return data_dir() / "gongjian.log"
