"""How the app and the command line open the database they were pointed at."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import URL

from models.db import Database, FileCheck, open_database, to_url
from models.errors import UserError
from models.secrets import get_secret
from models.sqlite_file import sqlite_problem

log = logging.getLogger(__name__)


def password_key(url: URL) -> str:
    """Short keyring key for a PostgreSQL login (Windows keeps ~2.5 KB per secret)."""
    return f"db:{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def keyring_password(url: URL) -> str | None:
    """The password saved in the keyring, else None: with no password in the URL the
    driver (libpq) reads PostgreSQL's own pgpass file, the fallback the README gives for
    a machine without a working keyring; a keyring that fails must not stand in its way."""
    try:
        return get_secret(password_key(url))
    except UserError as exc:
        log.warning("keyring unavailable, trying pgpass: %s", exc.params.get("detail"))
        return None


def open_target(target: str, *, demo: bool = False, create: bool = True,
                progress: Callable[[int, int], None] | None = None,
                check: FileCheck = sqlite_problem) -> Database:
    """Open `target`; a demo target that does not exist yet is created with demo data.

    Without `create` (the report verbs) a missing or empty (0-byte) file is refused
    instead of being turned into a new, empty database. `check`: see open_database."""
    url = to_url(target)
    fresh = url.get_backend_name() == "sqlite" and not Path(url.database or "").exists()
    database = open_database(url, create=create or demo, password_lookup=keyring_password,
                             check=check)
    if demo and fresh:
        from models.demo import create_demo_database  # noqa: PLC0415 - only for demo

        create_demo_database(database, progress=progress)
    return database
