"""The demo database (models.demo), written once into a file for tests that read it or
work on copies of it."""
from __future__ import annotations

from pathlib import Path

from models.db import open_database
from models.demo import create_demo_database


def demo_database_file(folder: Path) -> Path:
    path = folder / "demo.db"
    database = open_database(str(path))
    try:
        create_demo_database(database)
    finally:
        database.dispose()
    return path
