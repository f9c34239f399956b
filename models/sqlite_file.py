"""SQLite's own check of a database file, through the sqlite3 module alone.

Kept apart from models.db, which imports SQLAlchemy: the app starts this check on a
thread of its own before SQLAlchemy (or Qt) is imported, and quick_check of a large file
runs in SQLite's C code without Python's global lock, so it overlaps the imports
(ui.shell.opening, issue 12).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def sqlite_problem(path: Path, *, full: bool = False) -> str | None:
    """None if the file reads as a healthy SQLite database, else what is wrong.

    Runs read-only through the sqlite3 module, so the file is not touched.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = read_only_connection(path)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    results = [row[0] for row in rows]
    return None if results == ["ok"] else "; ".join(results[:5])
