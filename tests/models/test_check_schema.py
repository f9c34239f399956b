"""The triggers `check` expects are exactly those the migrations create, on each backend."""
from __future__ import annotations

import pytest
from alembic import command

from models import migrate
from models.check import check_database
from models.db import Database
from models.schema_check import TRIGGERS, present_triggers


def test_expected_triggers_are_the_migrated_ones(db: Database) -> None:
    with db.engine.connect() as connection:
        assert present_triggers(connection) == TRIGGERS[db.backend]


def test_fresh_database_passes(db: Database, db_url: str) -> None:
    db.dispose()
    report = check_database(db_url)
    assert report.problems == []


def test_disabled_trigger_counts_as_missing(db: Database, db_url: str) -> None:
    if db.backend != "postgresql":
        pytest.skip("SQLite has no disabled triggers, only dropped ones")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    db.dispose()
    assert check_database(db_url).problems == [
        "保护触发器 audit_log_no_change 不存在或已停用（相关数据可被直接改动）"]


def test_an_older_version_is_noted_not_reported(db: Database, db_url: str) -> None:
    """Before the upgrade, the tables of later versions are missing by design."""
    with db.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "-1")
    db.dispose()
    report = check_database(db_url)
    assert report.problems == []
    assert any(note.startswith("升级后补齐：缺少数据表 ") for note in report.notes)
