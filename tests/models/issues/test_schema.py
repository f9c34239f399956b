"""Migration 0003_issues: matches the entities, keeps history append-only, downgrades."""
from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

import models.entities  # noqa: F401 - every table on the metadata
from models import migrate
from models.base import Base
from models.db import Database, make_engine, to_url
from models.issues import entities
from tests.models.issues.helpers import Office, new_problem

ISSUE_TABLES = {table.name for table in Base.metadata.sorted_tables
                if table.name in {m.class_.__tablename__ for m in Base.registry.mappers
                                  if m.class_.__module__ == entities.__name__}}


# Made by the migration on purpose, outside the entities: the pg_trgm search index.
DB_ONLY = {"ix_problem_search_trgm"}


def table_of(diff: Any) -> str:
    item = diff[0] if isinstance(diff, list) else diff
    if item[0] in ("add_table", "remove_table"):
        return str(item[1].name)
    if item[0] in ("add_index", "remove_index", "add_constraint", "remove_constraint",
                   "add_fk", "remove_fk"):
        return str(item[1].table.name)
    return str(item[2])  # add/remove_column, modify_*: (kind, schema, table, ...)


def db_only(diff: Any) -> bool:
    item = diff[0] if isinstance(diff, list) else diff
    return getattr(item[1], "name", None) in DB_ONLY


def test_tables_match_the_entities(db: Database) -> None:
    assert len(ISSUE_TABLES) == 15
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)

    assert [d for d in diffs if table_of(d) in ISSUE_TABLES and not db_only(d)] == []


def test_problem_history_cannot_be_rewritten(db: Database, office: Office) -> None:
    with db.session() as session:
        new_problem(session, office)
    for statement in ("UPDATE problem_event SET note = 'changed'", "DELETE FROM problem_event"):
        try:
            with db.session() as session:
                session.execute(text(statement))
        except DBAPIError as exc:
            assert "append-only" in str(exc)
        else:
            raise AssertionError(f"{statement} was allowed")


def test_downgrade_and_upgrade_again(empty_db_url: str) -> None:
    engine = make_engine(to_url(empty_db_url))
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection, "0003_issues")
            connection.commit()
            assert ISSUE_TABLES <= set(inspect(connection).get_table_names())
            command.downgrade(migrate.alembic_config(connection), "0002_users_audit")
            connection.commit()
            left = set(inspect(connection).get_table_names())
            assert not (ISSUE_TABLES | {"problem_fts"}) & left
            assert {"problem", "audit_log"} & left == {"audit_log"}
            migrate.upgrade(connection, "0003_issues")
            connection.commit()
            assert ISSUE_TABLES <= set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
