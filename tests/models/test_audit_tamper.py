"""The audit log is append-only, and `check` names the first row anyone tampered with."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from models.auth import SYSTEM
from models.check import check_database
from models.db import Database
from models.registry import places
from models.registry.places import CompoundData

DROP = {
    "sqlite": ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"],
    "postgresql": ["DROP TRIGGER audit_log_no_change ON audit_log"],
}
COLUMNS = "at, username, action, entity, record_id, before, after, prev_hash, row_hash"


def fill(db: Database, changes: int = 6) -> None:
    with db.session() as session:
        street = places.create_street(session, SYSTEM, name="江北街道")
        community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
        compound = places.create_compound(session, SYSTEM, community, CompoundData(name="甲"))
        for count in range(1, changes - 2):
            places.update_compound(session, SYSTEM, compound, count,
                                   CompoundData(name="甲", unit_count=count))


def tamper(db: Database, *statements: str) -> None:
    with db.engine.begin() as connection:
        for statement in DROP[db.backend] + list(statements):
            connection.exec_driver_sql(statement)


def test_clean_log_passes(db: Database, db_url: str) -> None:
    fill(db)
    assert check_database(db_url).ok


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET username='x' WHERE id=2",
                                       "DELETE FROM audit_log WHERE id=2"])
def test_triggers_refuse_changes(db: Database, statement: str) -> None:
    fill(db)
    with pytest.raises(Exception, match="append-only"), db.engine.begin() as connection:
        connection.execute(text(statement))


def swap_rows(a: int, b: int) -> list[str]:
    """Swap two rows' contents, keeping their ids: a reordering of the log."""
    assignments = ", ".join(f"{c} = (SELECT {c} FROM audit_swap WHERE id = "
                            f"CASE audit_log.id WHEN {a} THEN {b} ELSE {a} END)"
                            for c in COLUMNS.split(", "))
    return [f"CREATE TABLE audit_swap AS SELECT * FROM audit_log WHERE id IN ({a}, {b})",
            f"UPDATE audit_log SET {assignments} WHERE id IN ({a}, {b})",
            "DROP TABLE audit_swap"]


TAMPERING: dict[str, tuple[Callable[[], list[str]], int, str]] = {
    "change": (lambda: ["UPDATE audit_log SET username = 'mallory' WHERE id = 5"],
               5, "内容与其哈希不符"),
    "change-values": (lambda: ["UPDATE audit_log SET after = replace(after, 'unit_count', 'unit_c0unt') "
                               "WHERE id = 5"], 5, "内容与其哈希不符"),
    "delete": (lambda: ["DELETE FROM audit_log WHERE id = 4"], 4, "该行缺失"),
    "delete-first": (lambda: ["DELETE FROM audit_log WHERE id = 1"], 1, "该行缺失"),
    "reorder": (lambda: swap_rows(3, 4), 3, "哈希链接不符"),
    "insert-middle": (lambda: [
        "UPDATE audit_log SET id = id + 100 WHERE id >= 3",
        "UPDATE audit_log SET id = id - 99 WHERE id >= 103",
        f"INSERT INTO audit_log (id, {COLUMNS}) SELECT 3, {COLUMNS} FROM audit_log WHERE id = 2",
    ], 3, "哈希链接不符"),
    "insert-end": (lambda: [
        f"INSERT INTO audit_log (id, {COLUMNS}) SELECT 7, at, username, action, entity, "
        f"record_id, before, after, row_hash, row_hash FROM audit_log WHERE id = 6",
    ], 7, "内容与其哈希不符"),
}


@pytest.mark.parametrize("kind", list(TAMPERING))
def test_check_names_the_tampered_row(db: Database, db_url: str, kind: str) -> None:
    statements, row, reason = TAMPERING[kind]
    fill(db)
    tamper(db, *statements())
    db.dispose()
    report = check_database(db_url)
    chain = [p for p in report.problems if p.startswith("操作日志")]
    assert len(chain) == 1
    assert chain[0].startswith(f"操作日志第 {row} 行：")
    assert reason in chain[0]
    # The triggers `tamper` dropped are named as well.
    assert [p for p in report.problems if p.startswith("保护触发器")]
