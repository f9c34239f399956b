"""Per-user settings kept as a small JSON file in the config folder. Never secrets."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from models.paths import config_dir, data_dir, default_database

LANGUAGES = ("zh_CN", "en")
DB_ENV = "GONGJIAN_DB"


@dataclass(frozen=True)
class Settings:
    language: str = "zh_CN"
    # Empty: the SQLite file in the data folder. Otherwise a postgresql+psycopg:// URL
    # without its password (the password lives in the OS keyring).
    database_url: str = ""
    # Empty: <data folder>/attachments. An office whose PCs share a PostgreSQL database
    # points every PC at one shared folder, so each PC can open every attachment.
    attachments_dir: str = ""


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})
    if settings.language not in LANGUAGES:
        settings = replace(settings, language="zh_CN")
    return settings


def database_target(explicit: str | None, settings: Settings) -> str:
    """The database to open, as the clerk or the settings wrote it (a path or a URL): --db
    on the command line, then $GONGJIAN_DB, then Settings, then the default file.
    models.db.resolve_url makes it a URL; this needs no SQLAlchemy, so the app can start
    opening it before SQLAlchemy is imported (issue 12)."""
    for candidate in (explicit, os.environ.get(DB_ENV), settings.database_url):
        if candidate:
            return candidate
    return str(default_database())


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def attachments_dir() -> Path:
    """Where attachment files (invoices, photos) are kept, by their SHA-256."""
    chosen = load_settings().attachments_dir
    path = Path(chosen).expanduser() if chosen else data_dir() / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path
