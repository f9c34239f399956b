"""Is the schema the one the program expects, and are the protecting triggers in place?

The triggers make the audit trail, posted fund entries, their lines and the problem
history append-only; a dropped or disabled trigger leaves the data open to silent edits,
so `check` names it. TRIGGERS lists them per backend; a migration that adds a trigger adds
its name here (tests/models/test_check_schema.py compares this list with a freshly
migrated database, so forgetting fails a test).
"""
from __future__ import annotations

from sqlalchemy import Connection, inspect, text

import models.entities  # noqa: F401 - registers every table on Base.metadata
from models.base import Base

TRIGGERS = {
    "sqlite": frozenset({
        "audit_log_no_update", "audit_log_no_delete",
        "fund_entry_posted_no_update", "fund_entry_posted_no_delete",
        "fund_line_no_update", "fund_line_no_delete",
        "problem_event_no_update", "problem_event_no_delete",
        "problem_fts_insert", "problem_fts_delete", "problem_fts_update",
        "app_key_no_update", "app_key_no_delete",
    }),
    "postgresql": frozenset({
        "audit_log_no_change", "audit_log_no_truncate",
        "fund_entry_posted_frozen", "fund_line_frozen", "fund_line_no_truncate",
        "problem_event_no_change", "app_key_no_change", "app_key_no_truncate",
    }),
}
SQLITE_TRIGGERS = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
# Disabled triggers (ALTER TABLE ... DISABLE TRIGGER) count as missing.
POSTGRES_TRIGGERS = ("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
                     "AND n.nspname = current_schema()")


def present_triggers(connection: Connection) -> set[str]:
    query = SQLITE_TRIGGERS if connection.dialect.name == "sqlite" else POSTGRES_TRIGGERS
    return {str(name) for name in connection.execute(text(query)).scalars()}


def trigger_problems(connection: Connection) -> list[str]:
    """Missing protecting triggers. A table an older schema does not have yet (its
    upgrade adds it, with its triggers) is noted elsewhere, not reported here."""
    tables = set(inspect(connection).get_table_names())
    expected = {name for name in TRIGGERS[connection.dialect.name]
                if not name.startswith("app_key_") or "app_key" in tables}
    missing = expected - present_triggers(connection)
    return [f"保护触发器 {name} 不存在或已停用（相关数据可被直接改动）" for name in sorted(missing)]


def schema_problems(connection: Connection) -> tuple[list[str], set[str]]:
    """What the program needs but the database lacks, and the tables it concerns (which
    the data comparison then leaves out rather than fail on them)."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    problems, broken = [], set()
    for name, table in sorted(Base.metadata.tables.items()):
        if name not in present:
            problems.append(f"缺少数据表 {name}")
            broken.add(name)
            continue
        columns = {column["name"] for column in inspector.get_columns(name)}
        lacking = [column.name for column in table.columns if column.name not in columns]
        problems += [f"数据表 {name} 缺少字段 {column}" for column in lacking]
        if lacking:
            broken.add(name)
    return problems, broken
