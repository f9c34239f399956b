"""Anchors outside the database reveal a cut or rewritten trail; `check` only reads."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models import anchor, audit, backup
from models.check import check_database
from models.db import Database, open_database
from tests.models.test_audit_tamper import DROP, fill, tamper

NO_BACKUPS = Path("/nonexistent-backups")


def current(db: Database) -> str:
    with db.read_session() as session:
        return anchor.current_text(session)


@pytest.mark.parametrize("cut", [1, 2, 3, 5])
def test_tail_truncation_is_found_with_an_anchor(db: Database, db_url: str, cut: int) -> None:
    fill(db, changes=8)
    printed = current(db)
    rows = anchor.parse(printed).rows  # type: ignore[union-attr]
    tamper(db, f"DELETE FROM audit_log WHERE id > {rows - cut}")
    db.dispose()
    without = check_database(db_url, backup_folder=NO_BACKUPS)
    with_anchor = check_database(db_url, anchors=[printed], backup_folder=NO_BACKUPS)
    expected = f"操作日志只有 {rows - cut} 行，输入的锚点 {printed} 记载当时已有 {rows} 行"
    assert any(p.startswith(expected) for p in with_anchor.problems), with_anchor.problems
    assert not any("锚点" in p for p in without.problems)


def _at(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _rehash_from(db: Database, first: int, change: str) -> None:
    """Rewrite row `first` with `change` applied to its after-values, then recompute every
    hash from there on: the chain is whole again, as a careful forger would leave it."""
    with db.engine.begin() as connection:
        for statement in DROP[db.backend]:
            connection.exec_driver_sql(statement)
        rows = connection.execute(text(
            "SELECT id, at, username, action, entity, record_id, before, after, prev_hash "
            f"FROM audit_log WHERE id >= {first - 1} ORDER BY id")).all()
        prev = rows[0].prev_hash if rows[0].id == first else None
        for row in rows:
            if row.id < first:
                prev = connection.execute(text(
                    f"SELECT row_hash FROM audit_log WHERE id = {row.id}")).scalar_one()
                continue
            after = row.after.replace("甲", change) if row.id == first else row.after
            content = audit.canonical(row.id, _at(row.at), row.username, row.action, row.entity,
                                      row.record_id, row.before, after)
            own = audit.row_hash(prev, content)
            connection.execute(text("UPDATE audit_log SET after = :a, prev_hash = :p, "
                                    "row_hash = :h WHERE id = :i"),
                               {"a": after, "p": prev, "h": own, "i": row.id})
            prev = own


def test_rewritten_and_rehashed_trail_is_found_with_an_anchor(db: Database, db_url: str) -> None:
    fill(db)
    printed = current(db)
    _rehash_from(db, 3, "乙")
    db.dispose()
    report = check_database(db_url, anchors=[printed], backup_folder=NO_BACKUPS)
    rows = anchor.parse(printed).rows  # type: ignore[union-attr]
    assert (f"操作日志第 {rows} 行与输入的锚点 {printed} 不符："
            "该行及之前的日志被改写并重新计算了哈希") in report.problems


def test_rehashed_trail_that_disagrees_with_the_data_is_found_without_anchor(
        db: Database, db_url: str) -> None:
    """No anchor, but the trail now says the compound is named 乙 while the row says 甲."""
    fill(db)
    _rehash_from(db, 3, "乙")
    db.dispose()
    problems = check_database(db_url, backup_folder=NO_BACKUPS).problems
    assert any(p.startswith("表 compound 记录 1 字段 name：库中为 甲，操作日志记载为 乙")
               for p in problems), problems


def test_single_row_rehashed_breaks_the_link_after_it(db: Database, db_url: str) -> None:
    fill(db)
    with db.engine.begin() as connection:
        for statement in DROP[db.backend]:
            connection.exec_driver_sql(statement)
        row = connection.execute(text("SELECT * FROM audit_log WHERE id = 4")).one()
        content = audit.canonical(4, _at(row.at), "mallory", row.action, row.entity, row.record_id,
                                  row.before, row.after)
        connection.execute(text("UPDATE audit_log SET username = 'mallory', row_hash = :h "
                                "WHERE id = 4"), {"h": audit.row_hash(row.prev_hash, content)})
    db.dispose()
    problems = check_database(db_url, backup_folder=NO_BACKUPS).problems
    assert "操作日志第 5 行：与前一行的哈希链接不符（前面的行被删除、插入或调换）" in problems


def test_every_backup_has_an_anchor_that_check_uses(sqlite_db: Database) -> None:
    fill(sqlite_db, changes=8)
    made = backup.backup_now(sqlite_db)
    sidecar = anchor.sidecar(made)
    assert anchor.parse(sidecar.read_text()) == anchor.parse(current(sqlite_db))
    tamper(sqlite_db, "DELETE FROM audit_log WHERE id > 5")
    path = str(sqlite_db.path)
    sqlite_db.dispose()
    problems = check_database(path).problems
    assert any(p.startswith(f"操作日志只有 5 行，备份旁的锚点 {sidecar.name}") for p in problems)


def test_foreign_anchor_is_reported(db: Database, db_url: str) -> None:
    fill(db)
    db.dispose()
    report = check_database(db_url, anchors=["GJ1-00000000-3-0123456789abcdef"],
                            backup_folder=NO_BACKUPS)
    assert report.problems[0].startswith("输入的锚点 GJ1-00000000-3-0123456789abcdef 不属于")


def test_mistyped_anchor_is_reported(db: Database, db_url: str) -> None:
    fill(db)
    db.dispose()
    report = check_database(db_url, anchors=["GJ1-12"], backup_folder=NO_BACKUPS)
    assert report.problems == ["锚点“GJ1-12”格式不对，应形如 GJ1-1a2b3c4d-1234-0123456789abcdef"]


def test_anchor_text_survives_paper() -> None:
    assert anchor.parse(" gj1 - 1A2B3C4D - 77 - 0123456789ABCDEF ") == anchor.Anchor(
        "1a2b3c4d", 77, "0123456789abcdef")


# ---- read-only ----------------------------------------------------------------------------

def _digests(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.parent.iterdir()) if p.name.startswith(path.name)}


@pytest.mark.parametrize("mode", ["WAL", "DELETE"])
def test_check_leaves_every_byte_alone(tmp_path: Path, sqlite_template: Path, mode: str) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(sqlite_template.read_bytes())
    database = open_database(str(path))
    fill(database)
    database.dispose()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode={mode}")
    connection.execute("DROP TRIGGER audit_log_no_update")  # a problem to report, too
    connection.close()  # as the app leaves it: no -wal or -shm beside the file
    before = _digests(path)
    assert list(before) == ["office.db"]
    report = check_database(str(path), backup_folder=NO_BACKUPS)
    assert report.problems == [
        "保护触发器 audit_log_no_update 不存在或已停用（相关数据可被直接改动）"]
    assert _digests(path) == before


def test_check_reads_a_wal_file_with_uncheckpointed_changes(tmp_path: Path,
                                                            sqlite_template: Path) -> None:
    """A copy taken while the app runs: the -wal holds changes the main file lacks."""
    path = tmp_path / "office.db"
    path.write_bytes(sqlite_template.read_bytes())
    database = open_database(str(path))
    fill(database)
    keeper = sqlite3.connect(path)  # holds the WAL open, as a running app does
    keeper.execute("PRAGMA wal_autocheckpoint=0")
    with sqlite3.connect(path) as writer:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("UPDATE compound SET name = '丙' WHERE id = 1")
    before = _digests(path)
    problems = check_database(str(path), backup_folder=NO_BACKUPS).problems
    after = _digests(path)
    keeper.close()
    database.dispose()
    assert any(p.startswith("表 compound 记录 1 字段 name：库中为 丙") for p in problems)
    assert {k: v for k, v in after.items() if not k.endswith("-shm")} == \
        {k: v for k, v in before.items() if not k.endswith("-shm")}


def test_empty_and_foreign_files_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    text_file = tmp_path / "notes.db"
    text_file.write_text("这不是数据库", encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    assert check_database(str(empty)).problems == [
        f"这是一个空文件（0 字节），不是共建台账的数据库：{empty}"]
    assert check_database(str(text_file)).problems[0].startswith("这不是 SQLite 数据库文件")
    assert check_database(str(other)).problems[0].startswith("这个数据库不属于共建台账")
    for path in (empty, text_file, other):
        assert path.stat().st_size == (0 if path is empty else path.stat().st_size)
    assert empty.read_bytes() == b""


GARBAGE = (b"\xff\x00garbage", "not-a-value", 3.5)


def test_garbage_in_any_column_is_named_not_fatal(sqlite_db: Database) -> None:
    """Every column of every table gets a value its type cannot hold; `check` finishes and
    names the row and column of each."""
    from models.demo import create_demo_database  # noqa: PLC0415

    create_demo_database(sqlite_db)
    path = sqlite_db.path
    sqlite_db.dispose()
    expected = []
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'"):
            connection.execute(f"DROP TRIGGER {name}")
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE '%fts%' AND name <> 'alembic_version'")]
        for index, table in enumerate(tables):
            columns = [(r[1], r[5]) for r in connection.execute(f"PRAGMA table_info({table})")]
            first = connection.execute(f"SELECT rowid FROM {table} LIMIT 1").fetchone()
            if first is None:
                continue
            for name, in_key in columns:
                if in_key or table == "audit_log":
                    continue
                connection.execute(f"UPDATE {table} SET {name} = ? WHERE rowid = ?",
                                   (GARBAGE[index % len(GARBAGE)], first[0]))
                expected.append((table, name))
        connection.execute("UPDATE audit_log SET at = 'garbage', before = ? WHERE id = 7",
                           (b"\xff",))
    report = check_database(str(path), backup_folder=NO_BACKUPS)
    assert "操作日志第 7 行：内容无法读取（存有非文本的值）" in report.problems
    lines = report.problems
    for table, column in expected:
        assert any(line.startswith(f"表 {table} 记录 ") and f" 字段 {column}：" in line
                   for line in lines), (table, column)
