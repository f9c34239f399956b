"""Alembic, driven from code: the app migrates a database when it opens it."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, inspect

from models.errors import DatabaseUnavailable

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> tuple[str, ...]:
    """Normally one; two while parallel branches await their merge revision."""
    return tuple(sorted(script_directory().get_heads()))


def head_revision() -> str:
    return ",".join(head_revisions())


def current_revisions(connection: Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(connection).get_current_heads())


def refuse_unknown(revisions: tuple[str, ...], has_tables: bool, where: str) -> None:
    """Refuse a database stamped by a newer version, or one that belongs to another program."""
    script = script_directory()
    for revision in revisions:
        try:
            known = script.get_revision(revision)
        except CommandError:
            known = None
        if known is None:
            raise DatabaseUnavailable("db.too_new", path=where, revision=revision)
    if not revisions and has_tables:
        raise DatabaseUnavailable("db.foreign", path=where)


def refuse_unknown_connection(connection: Connection, where: str) -> None:
    refuse_unknown(current_revisions(connection),
                   bool(inspect(connection).get_table_names()), where)


def at_head(connection: Connection) -> bool:
    return set(current_revisions(connection)) == set(head_revisions())


def upgrade(connection: Connection, revision: str = "heads") -> None:
    command.upgrade(alembic_config(connection), revision)
