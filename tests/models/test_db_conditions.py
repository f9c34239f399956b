"""Conditions of the database a clerk can act on, in her words: locked, read-only, disk
full, I/O error, damaged, unreachable, wrong password; and who changed a record first."""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg.errors
import pytest
from sqlalchemy import event, text

import main
from models import db as db_module
from models.db import Database, open_database
from models.db_errors import explain
from models.errors import DatabaseProblem, DatabaseUnavailable, StaleRecord, UserError
from models.registry import places
from models.registry.places import CompoundData
from tests.models.issues.helpers import CLERK, REVIEWER, Office, build_office, new_problem
from tests.models.test_text_safety import problem_count
from tests.support.pg import free_port


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- SQLite files -------------------------------------------------------------------------

@pytest.fixture
def office_file(sqlite_db: Database) -> Iterator[tuple[Path, Office]]:
    with sqlite_db.session() as session:
        office = build_office(session)
        new_problem(session, office)
    path = sqlite_db.path
    assert path is not None
    sqlite_db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield path, office


@pytest.fixture
def read_only_file(office_file: tuple[Path, Office],
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Office]]:
    """The database file made read-only. root may write any file whatever its mode, so
    when the tests run as root the operating system's answer is what root would get
    from a read-only medium."""
    path, office = office_file
    path.chmod(0o444)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        monkeypatch.setattr(db_module, "file_writable", lambda _path: False)
    yield path, office
    path.chmod(0o644)


def test_a_read_only_file_opens_for_reading_and_refuses_writes_in_words(
        read_only_file: tuple[Path, Office]) -> None:
    path, office = read_only_file
    before = sha256(path)
    database = open_database(str(path))
    try:
        assert database.read_only
        assert problem_count(database) == 1
        with pytest.raises(DatabaseProblem) as caught, database.session() as session:
            new_problem(session, office)
        assert caught.value.code == "db.read_only"
        assert "只能查看和打印" in caught.value.message
        assert "损坏" not in caught.value.message
        assert problem_count(database) == 1
    finally:
        database.dispose()
    assert sha256(path) == before


def test_report_verbs_print_from_a_read_only_file(read_only_file: tuple[Path, Office],
                                                  tmp_path: Path) -> None:
    path, _office = read_only_file
    out = tmp_path / "ledger.pdf"
    assert main.main(["report", "issues", "--db", str(path), "--from", "2026-01-01",
                      "--to", "2026-12-31", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_report_verbs_never_turn_an_empty_or_missing_file_into_a_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.db"
    for verb in (["report", "issues"], ["stats", "issues"], ["report", "funds"]):
        for target in (empty, missing):
            extra = ["--out", str(tmp_path / "x.pdf")] if verb[0] == "report" else []
            assert main.main([*verb, "--db", str(target), *extra]) == 1
    said = capsys.readouterr().err
    assert "空文件（0 字节）" in said
    assert "找不到数据库文件" in said
    assert empty.stat().st_size == 0
    assert not missing.exists()
    assert not (tmp_path / "x.pdf").exists()


def test_disk_full_refuses_the_save_in_words_and_keeps_the_data(
        office_file: tuple[Path, Office]) -> None:
    path, office = office_file
    database = open_database(str(path))
    fill_disk(database)
    try:
        with pytest.raises(DatabaseProblem) as caught, database.session() as session:
            new_problem(session, office, description="满" * 1900)
        assert caught.value.code == "db.disk_full"
        assert "磁盘已满" in caught.value.message
        assert "程序内部出错" not in caught.value.message
    finally:
        database.dispose()
    reopened = open_database(str(path))
    try:
        assert problem_count(reopened) == 1
    finally:
        reopened.dispose()


def fill_disk(database: Database) -> Callable[..., None]:
    """Every new connection of `database` may not grow the file: SQLite then fails exactly
    as on a full disk (SQLITE_FULL). Returns the listener, to remove when space is freed."""
    database.engine.dispose()

    def no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")
    event.listen(database.engine, "connect", no_room)
    return no_room


def test_a_locked_database_is_reported_as_busy(office_file: tuple[Path, Office],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path, office = office_file
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    database = open_database(str(path))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another PC holds the write lock
    try:
        with pytest.raises(DatabaseProblem) as caught, database.session() as session:
            new_problem(session, office)
        assert caught.value.code == "db.locked"
        assert "占用" in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()


def test_a_page_damaged_while_open_is_reported_as_damaged(
        office_file: tuple[Path, Office]) -> None:
    path, _office = office_file
    database = open_database(str(path))
    size = path.stat().st_size
    with path.open("r+b") as handle:  # every page after the first two: garbage
        handle.seek(8192)
        handle.write(os.urandom(size - 8192))
    database.engine.dispose()
    try:
        with pytest.raises(DatabaseProblem) as caught, database.read_session() as session:
            session.execute(text("SELECT count(*), max(title), max(description) FROM problem"
                                 )).all()
            session.execute(text("PRAGMA integrity_check")).all()
        assert caught.value.code == "db.corrupt"
        assert "已损坏" in caught.value.message
    finally:
        database.dispose()


def test_a_read_only_postgresql_database_reads_and_refuses_writes_in_words(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a read-only PostgreSQL database (a standby, or read-only by setting)")
    setup = open_database(db_url)
    with setup.session() as session:
        office = build_office(session)
        new_problem(session, office)
        name = session.execute(text("SELECT current_database()")).scalar_one()
        session.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    setup.dispose()
    database = open_database(db_url)
    try:
        assert problem_count(database) == 1
        with pytest.raises(DatabaseProblem) as caught, database.session() as session:
            new_problem(session, office)
        assert caught.value.code == "db.read_only"
        assert "只能查看和打印" in caught.value.message
    finally:
        database.dispose()


@pytest.mark.parametrize(("error", "code", "words"), [
    (psycopg.errors.DiskFull("could not extend file"), "db.disk_full", "磁盘已满"),
    (psycopg.errors.ReadOnlySqlTransaction("read-only transaction"), "db.read_only", "只读"),
    (psycopg.errors.LockNotAvailable("could not obtain lock"), "db.locked", "占用"),
    (psycopg.errors.DataCorrupted("invalid page"), "db.corrupt", "已损坏"),
    (psycopg.errors.IoError("could not read block"), "db.io_error", "磁盘或网络错误"),
    (psycopg.errors.AdminShutdown("terminating connection"), "db.unreachable", "无法连接"),
    (OSError(errno.ENOSPC, "No space left on device"), "file.disk_full", "磁盘已满"),
    (OSError(errno.EROFS, "Read-only file system"), "file.read_only", "只读"),
])
def test_postgresql_conditions_have_words(error: Exception, code: str, words: str) -> None:
    problem = explain(error)
    assert problem is not None
    assert (problem.code, words in problem.message) == (code, True)


def test_a_bug_is_not_dressed_up_as_a_condition() -> None:
    assert explain(ZeroDivisionError("division by zero")) is None
    assert explain(sqlite3.ProgrammingError("Cannot operate on a closed database.")) is None


# --- PostgreSQL connections ---------------------------------------------------------------

def test_a_refused_connection_says_the_server_cannot_be_reached() -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/gongjian")
    assert caught.value.code == "db.unreachable"
    assert caught.value.message.startswith("无法连接数据库服务器")


# --- who changed a record first -----------------------------------------------------------

@pytest.fixture
def shanghai_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("time zones can be switched only where time.tzset exists")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("shanghai_time")
def test_stale_save_names_who_changed_it_and_when_in_local_time(db: Database,
                                                                office: Office) -> None:
    with db.read_session() as session:
        seen = places.get_compound(session, office.compound_id)
    before = dt.datetime.now(dt.UTC)
    with db.session() as session:
        places.update_compound(session, REVIEWER, office.compound_id, seen.version,
                               CompoundData(name="翰林苑", unit_count=812))
    after = dt.datetime.now(dt.UTC)
    with pytest.raises(StaleRecord) as caught, db.session() as session:
        places.update_compound(session, CLERK, office.compound_id, seen.version,
                               CompoundData(name="翰林苑", unit_count=999))
    beijing = dt.timedelta(hours=8)
    local = {(before + beijing).strftime("%Y-%m-%d %H:%M"),
             (after + beijing).strftime("%Y-%m-%d %H:%M")}
    message = caught.value.message
    assert "李秀英" in message
    assert any(f"于 {stamp} 修改" in message for stamp in local), message


@pytest.mark.usefixtures("shanghai_time")
def test_a_save_racing_past_the_check_still_names_the_winner(db: Database,
                                                             office: Office) -> None:
    if db.backend == "sqlite":
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE: the race cannot happen")
    first, second = db._writer(), db._writer()
    try:
        first.begin()
        second.begin()
        places.update_compound(first, REVIEWER, office.compound_id, 1,
                               CompoundData(name="翰林苑", unit_count=1))
        first.commit()
        local = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=8)).strftime("%Y-%m-%d")
        with pytest.raises(StaleRecord) as caught:
            places.update_compound(second, CLERK, office.compound_id, 1,
                                   CompoundData(name="翰林苑", unit_count=2))
        second.rollback()
    finally:
        first.close()
        second.close()
    assert "李秀英" in caught.value.message
    assert f"于 {local} " in caught.value.message


def test_user_errors_pass_through_unchanged() -> None:
    error = UserError("db.missing", path="x")
    assert explain(error) is error
