"""Alembic, driven from code: the app migrates a database when it opens it.

Alembic (with Mako and, through it, Pygments) takes about half a second and 40 MiB to
import, and almost every start finds the database already at the head revision. So the
revisions are read from the migration files' own `revision = …` / `down_revision = …`
lines, the database's from its `alembic_version` table with plain SQL, and Alembic is
imported only when they differ (or a test asks for its script directory).
"""
from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from models.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
_HEADER = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - see the module docstring

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(alembic_config())


def _header(path: Path) -> tuple[str, tuple[str, ...]]:
    """A migration file's revision and the revisions it comes after."""
    fields = {name: ast.literal_eval(value.strip())
              for name, value in _HEADER.findall(path.read_text(encoding="utf-8"))}
    down = fields.get("down_revision")
    downs = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return fields["revision"], downs


@cache
def known_revisions() -> dict[str, tuple[str, ...]]:
    """Every revision this program ships, with the revisions each one follows."""
    return dict(_header(path) for path in sorted((SCRIPT_LOCATION / "versions").glob("*.py")))


def head_revisions() -> tuple[str, ...]:
    """Normally one; two while parallel branches await their merge revision."""
    known = known_revisions()
    followed = {down for downs in known.values() for down in downs}
    return tuple(sorted(set(known) - followed))


def head_revision() -> str:
    return ",".join(head_revisions())


def current_revisions(connection: Connection) -> tuple[str, ...]:
    if not inspect(connection).has_table(VERSION_TABLE):
        return ()
    return tuple(sorted(connection.execute(
        text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()))


def refuse_unknown(revisions: tuple[str, ...], has_tables: bool, where: str) -> None:
    """Refuse a database stamped by a newer version, or one that belongs to another program."""
    for revision in revisions:
        if revision not in known_revisions():
            raise DatabaseUnavailable("db.too_new", path=where, revision=revision)
    if not revisions and has_tables:
        raise DatabaseUnavailable("db.foreign", path=where)


def refuse_unknown_connection(connection: Connection, where: str) -> None:
    refuse_unknown(current_revisions(connection),
                   bool(inspect(connection).get_table_names()), where)


def at_head(connection: Connection) -> bool:
    return set(current_revisions(connection)) == set(head_revisions())


def upgrade(connection: Connection, revision: str = "heads") -> None:
    from alembic import command  # noqa: PLC0415

    command.upgrade(alembic_config(connection), revision)


def upgrade_if_behind(connection: Connection) -> bool:
    """Migrate to the head revision unless the database is there already; True if it ran."""
    if current_revisions(connection) == head_revisions():
        return False
    upgrade(connection)
    return True
