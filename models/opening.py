"""How the app and the command line open the database they were pointed at."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import URL

from models.db import Database, open_database, to_url
from models.secrets import get_secret


def password_key(url: URL) -> str:
    """Short keyring key for a PostgreSQL login (Windows keeps ~2.5 KB per secret)."""
    return f"db:{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def keyring_password(url: URL) -> str | None:
    return get_secret(password_key(url))


def open_target(target: str, *, demo: bool = False,
                progress: Callable[[int, int], None] | None = None) -> Database:
    """Open `target`; a demo target that does not exist yet is created with demo data."""
    url = to_url(target)
    fresh = url.get_backend_name() == "sqlite" and not Path(url.database or "").exists()
    database = open_database(url, password_lookup=keyring_password)
    if demo and fresh:
        from models.demo import create_demo_database  # noqa: PLC0415 - only for demo

        create_demo_database(database, progress=progress)
    return database
