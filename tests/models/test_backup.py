"""Backups a clerk can trust: consistent, verified before kept, restorable, thinned out."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models import backup, backup_verify
from models.audit import verify_chain
from models.auth import SYSTEM, Actor
from models.db import Database, open_database
from models.errors import UserError
from models.paths import demo_database
from models.registry.places import create_street
from tests.support.users import add_users

T0 = dt.datetime(2026, 11, 25, 14, 30, 0)


def _add_street(database: Database, name: str) -> None:
    with database.session() as session:
        create_street(session, SYSTEM, name=name)


def _streets(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM street ORDER BY id")]
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _corrupt(path: Path) -> None:
    """Overwrite every page after the first with junk, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xa5" * (len(data) - page)
    path.write_bytes(bytes(data))


# ---- taking backups ---------------------------------------------------------------------

def test_backup_during_an_open_write_transaction_holds_only_committed_data(
        sqlite_db: Database, tmp_path: Path) -> None:
    _add_street(sqlite_db, "已提交街道")
    folder = tmp_path / "backups"
    assert sqlite_db.path is not None
    with sqlite_db.session() as session:  # BEGIN IMMEDIATE, not yet committed
        create_street(session, SYSTEM, name="未提交街道")
        made = backup.backup_sqlite(sqlite_db.path, folder, now=T0)
    assert made.name == "gongjian-20261125-143000.db"
    assert _streets(made) == ["已提交街道"]
    assert backup.sqlite_problem(made, full=True) is None
    # One file and its recorded SHA-256: no WAL, no temp.
    assert sorted(p.name for p in folder.iterdir()) == [made.name, f"{made.name}.sha256"]
    later = backup.backup_sqlite(sqlite_db.path, folder, now=T0)
    assert later != made and _streets(later) == ["已提交街道", "未提交街道"]


def test_failed_check_discards_the_copy_and_keeps_older_backups(
        sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "backups"
    assert sqlite_db.path is not None
    good = backup.backup_sqlite(sqlite_db.path, folder, now=T0)
    before = _digest(good)
    real_copy = backup._copy_live

    def copy_then_corrupt(source: Path, destination: Path, **kwargs: Any) -> None:
        real_copy(source, destination, **kwargs)
        _corrupt(destination)

    monkeypatch.setattr(backup, "_copy_live", copy_then_corrupt)
    with pytest.raises(UserError) as caught:
        backup.backup_sqlite(sqlite_db.path, folder, now=T0 + dt.timedelta(days=1))
    assert caught.value.code == "backup.check_failed"
    assert "完整性校验" in caught.value.message
    assert sorted(p.name for p in folder.iterdir()) == [good.name, f"{good.name}.sha256"]
    assert _digest(good) == before


def test_backup_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        backup.backup_sqlite(tmp_path / "none.db", tmp_path / "backups")
    assert caught.value.code == "db.missing"
    assert not (tmp_path / "none.db").exists()


def test_list_backups_newest_first_with_sizes(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert sqlite_db.path is not None
    made = [backup.backup_sqlite(sqlite_db.path, folder, now=T0 + dt.timedelta(hours=h))
            for h in (0, 2, 1)]
    (folder / "notes.txt").write_text("not a backup")
    listed = backup.list_backups(folder)
    assert [b.path for b in listed] == [made[1], made[2], made[0]]
    assert listed[0].taken_at == T0 + dt.timedelta(hours=2)
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_demo_database_backs_up_into_its_own_folder(sqlite_template: Path) -> None:
    shutil.copyfile(sqlite_template, demo_database())
    database = open_database(str(demo_database()))
    try:
        made = backup.backup_now(database)
        assert made.parent == demo_database().parent / "backups"
        assert backup.backup_if_due(database) is None  # already one today
    finally:
        database.dispose()


# ---- restoring --------------------------------------------------------------------------

def test_restore_round_trip_keeps_the_current_database(
        sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = sqlite_db.path
    assert path is not None
    _add_street(sqlite_db, "旧街道")
    old = backup.backup_sqlite(path, folder, now=T0)
    _add_street(sqlite_db, "新街道")
    sqlite_db.dispose()

    safety = backup.restore_sqlite(path, old, now=T0 + dt.timedelta(hours=1), folder=folder)

    assert safety is not None and _streets(safety) == ["旧街道", "新街道"]
    assert _streets(path) == ["旧街道"]
    assert _streets(old) == ["旧街道"]
    assert {b.kind for b in backup.list_backups(folder)} == {"regular", backup.SAFETY}
    reopened = open_database(str(path))
    try:
        _add_street(reopened, "恢复后新增")
        with reopened.read_session() as session:
            assert verify_chain(session) is None
    finally:
        reopened.dispose()


def test_restore_refuses_a_damaged_backup_and_touches_nothing(
        sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = sqlite_db.path
    assert path is not None
    _add_street(sqlite_db, "现有街道")
    damaged = backup.backup_sqlite(path, folder, now=T0)
    _corrupt(damaged)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    sqlite_db.dispose()
    before = _digest(path)
    for chosen in (damaged, junk):
        with pytest.raises(UserError) as caught:
            backup.restore(str(path), chosen, actor=SYSTEM)
        assert caught.value.code == "backup.damaged"
        assert "未做任何改动" in caught.value.message
    assert _digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == [damaged.name, f"{damaged.name}.sha256"]


def test_restore_over_a_damaged_database_keeps_a_raw_copy(
        sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = sqlite_db.path
    assert path is not None
    _add_street(sqlite_db, "好街道")
    good = backup.backup_sqlite(path, folder, now=T0)
    sqlite_db.dispose()
    wal = _leftover_wal(path, "未写回街道")
    _corrupt(path)
    broken = _digest(path)

    safety = backup.restore_sqlite(path, good, now=T0, folder=folder)

    assert safety is not None and _digest(safety) == broken
    assert safety.with_name(safety.name + "-wal").read_bytes() == wal  # kept with it
    assert not path.with_name(path.name + "-wal").exists()  # not replayed into the backup
    assert _streets(path) == ["好街道"]
    assert backup.sqlite_problem(path, full=True) is None
    assert safety not in {b.path for b in backup.list_backups(folder)}  # not restorable


def _leftover_wal(path: Path, street: str) -> bytes:
    """Leave a WAL beside `path`, as a writer killed before its checkpoint does."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("INSERT INTO street (name, code, version, updated_by) "
                       "VALUES (?, '', 1, '')", (street,))
    wal = path.with_name(path.name + "-wal").read_bytes()
    connection.close()  # checkpoints and removes the WAL; put the copy back
    path.with_name(path.name + "-wal").write_bytes(wal)
    return wal


def test_restore_refused_while_the_database_is_open(
        sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = sqlite_db.path
    assert path is not None
    _add_street(sqlite_db, "在用街道")
    old = backup.backup_sqlite(path, folder, now=T0)
    _add_street(sqlite_db, "其后街道")  # the pool keeps this connection open
    with pytest.raises(UserError) as caught:
        backup.restore_sqlite(path, old, folder=folder)
    assert caught.value.code == "backup.in_use"
    assert _streets(path) == ["在用街道", "其后街道"]


def test_restore_refuses_another_programs_database(sqlite_db: Database, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.commit()
    connection.close()
    assert sqlite_db.path is not None
    sqlite_db.dispose()
    before = _digest(sqlite_db.path)
    with pytest.raises(UserError) as caught:
        backup.restore_sqlite(sqlite_db.path, foreign, folder=tmp_path / "backups")
    assert caught.value.code == "db.foreign"
    assert _digest(sqlite_db.path) == before


# ---- both backends and PostgreSQL --------------------------------------------------------

def _pg_streets(base: str, dump: Path) -> list[str]:
    """Load a dump into a new database with pg_restore and read the streets back."""
    name = f"r_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(f"{base}/{name}")
    tool = backup.find_pg_tool("pg_restore")
    assert tool is not None
    subprocess.run([str(tool), "-h", str(url.host), "-p", str(url.port), "-U", "postgres",
                    "--no-owner", "-d", name, str(dump)], check=True, capture_output=True)
    engine = create_engine(str(url))
    with engine.connect() as connection:
        names = list(connection.execute(text("SELECT name FROM street ORDER BY id")).scalars())
    engine.dispose()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()
    return names


def test_backup_now_on_each_backend(db: Database, request: pytest.FixtureRequest) -> None:
    _add_street(db, "备份街道")
    made = backup.backup_now(db)
    assert backup.list_backups(made.parent)[0].path == made
    if db.backend == "sqlite":
        assert _streets(made) == ["备份街道"]
    else:
        assert made.suffix == ".dump"
        assert _pg_streets(request.getfixturevalue("pg_base_url"), made) == ["备份街道"]
    if db.backend == "postgresql":
        with pytest.raises(UserError) as caught:
            backup.restore(db.url, made, actor=SYSTEM)
        assert caught.value.code == "backup.restore_server"


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_pg_password_goes_only_into_the_environment(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(command: list[str], **kwargs: Any) -> Any:
        calls.append((command, kwargs["env"]))
        return real_run(command, **kwargs)

    monkeypatch.setattr(backup.subprocess, "run", spy)
    url = make_url(db_url).set(password="s3cret-密码")  # the test cluster trusts 127.0.0.1
    made = backup.backup_postgres(url, tmp_path / "backups", now=T0)
    assert made.name == "gongjian-20261125-143000.dump"
    dump_command, dump_env = calls[0]
    assert "-Fc" in dump_command and "--no-password" in dump_command
    assert not any("s3cret" in part for part in dump_command)
    assert dump_env["PGPASSWORD"] == "s3cret-密码"
    assert not any(b"s3cret" in p.read_bytes() for p in (tmp_path / "backups").iterdir())


def test_without_pg_dump_the_server_backups_apply(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(backup, "PG_BIN_GLOBS", ())
    with pytest.raises(UserError) as caught:
        backup.backup_postgres("postgresql://clerk:secretpw@db.local/office", tmp_path / "b")
    assert caught.value.code == "backup.no_pg_dump"
    assert "服务器自身的备份" in caught.value.message
    assert "secretpw" not in caught.value.message
    assert not (tmp_path / "b").exists()


def test_pg_dump_failure_keeps_nothing(tmp_path: Path) -> None:
    if backup.find_pg_tool("pg_dump") is None:
        pytest.skip("pg_dump not installed")
    with pytest.raises(UserError) as caught:
        backup.backup_postgres("postgresql://nobody@127.0.0.1:1/none", tmp_path / "b")
    assert caught.value.code == "backup.pg_failed"
    assert list((tmp_path / "b").iterdir()) == []


# ---- retention ----------------------------------------------------------------------------

NOW = dt.datetime(2026, 11, 25, 18, 0, 0)
moments = st.datetimes(min_value=NOW - dt.timedelta(days=1200), max_value=NOW)


def _named(times: list[dt.datetime]) -> list[tuple[Path, dt.datetime]]:
    return [(Path(f"b{i}.db"), t) for i, t in enumerate(times)]


def _slot_newest(backups: list[tuple[Path, dt.datetime]], slot: Any) -> set[Path]:
    """The newest backup of every slot (day, week or month) that holds any."""
    newest: dict[Any, tuple[dt.datetime, str, Path]] = {}
    for path, taken in backups:
        key = slot(taken.date())
        newest[key] = max(newest.get(key, (taken, str(path), path)), (taken, str(path), path))
    return {path for _t, _s, path in newest.values()}


@settings(max_examples=300, deadline=None)
@given(st.lists(moments, max_size=80))
def test_retention_keeps_the_newest_of_each_day_week_and_month(
        times: list[dt.datetime]) -> None:
    backups = _named(times)
    kept = backup.select_kept(backups, NOW)
    assert kept <= {path for path, _t in backups}
    assert len(kept) <= 7 + 4 + 12
    if backups:
        assert max(backups, key=lambda b: (b[1], str(b[0])))[0] in kept
    today, monday = NOW.date(), NOW.date() - dt.timedelta(days=NOW.weekday())
    recent_days = [b for b in backups if (today - b[1].date()).days < 7]
    # The last 4 ISO weeks, this one included: compare the weeks' Mondays, not the days.
    recent_weeks = [b for b in backups if (monday - (b[1].date() - dt.timedelta(
        days=b[1].weekday()))).days < 28]
    recent_months = [b for b in backups
                     if (today.year - b[1].year) * 12 + today.month - b[1].month < 12]
    assert _slot_newest(recent_days, lambda d: d) <= kept
    assert _slot_newest(recent_weeks, lambda d: d.isocalendar()[:2]) <= kept
    assert _slot_newest(recent_months, lambda d: (d.year, d.month)) <= kept
    kept_pairs = [b for b in backups if b[0] in kept]
    assert backup.select_kept(kept_pairs, NOW) == kept  # pruning twice removes nothing more


def test_a_year_of_daily_backups_thins_to_days_weeks_and_months() -> None:
    daily = _named([NOW - dt.timedelta(days=n) for n in range(365)])
    kept = backup.select_kept(daily, NOW)
    assert daily[0][0] in kept
    days = sorted((t for p, t in daily if p in kept), reverse=True)
    assert days[:7] == [NOW - dt.timedelta(days=n) for n in range(7)]
    assert len({(t.year, t.month) for t in days}) == 12
    assert len(kept) <= 7 + 4 + 12


def test_backups_dated_after_now_are_never_pruned() -> None:
    ahead = _named([NOW + dt.timedelta(days=3), NOW - dt.timedelta(days=400)])
    assert backup.select_kept(ahead, NOW) == {p for p, _t in ahead}


def _verified(path: Path) -> None:
    """A stand-in backup whose digest is on record, as a verified backup's is."""
    path.write_bytes(b"x")
    backup_verify.record(path)


def test_prune_deletes_only_old_regular_backups(tmp_path: Path) -> None:
    for n in range(120):
        stamp = (NOW - dt.timedelta(days=n)).strftime("%Y%m%d-%H%M%S")
        _verified(tmp_path / f"gongjian-{stamp}.db")
    safety = tmp_path / "gongjian-20250101-120000-before-restore.db"
    other = tmp_path / "mine.db"
    for path in (safety, other):
        path.write_bytes(b"x")
    removed = backup.prune(tmp_path, NOW)
    left = backup.list_backups(tmp_path)
    assert len(removed) == 120 - (len(left) - 1) and safety.exists() and other.exists()
    assert left[0].taken_at == NOW and len(left) - 1 <= 7 + 4 + 12


def test_backup_due_at_most_daily(tmp_path: Path) -> None:
    assert backup.backup_due(tmp_path / "none", NOW)
    _verified(tmp_path / "gongjian-20261124-235900.db")
    _verified(tmp_path / "gongjian-20261125-080000-before-restore.db")
    assert backup.backup_due(tmp_path, NOW)  # yesterday's, and a restore's safety copy
    _verified(tmp_path / "gongjian-20261125-000100.db")
    assert not backup.backup_due(tmp_path, NOW)
    assert backup.backup_due(tmp_path, NOW + dt.timedelta(days=1))


def test_backup_mirrors_attachments(sqlite_db, isolated_data_dir) -> None:
    from models.backup import backup_folder, backup_now  # noqa: PLC0415

    name = hashlib.sha256(b"invoice scan").hexdigest()  # stored by content, as the app does
    stored = isolated_data_dir / "attachments" / name[:2] / name
    stored.parent.mkdir(parents=True)
    stored.write_bytes(b"invoice scan")
    backup_now(sqlite_db)
    mirrored = backup_folder(sqlite_db.url) / "attachments" / name[:2] / stored.name
    assert mirrored.read_bytes() == b"invoice scan"
    backup_now(sqlite_db)  # a second backup copies nothing new and keeps the file
    assert mirrored.read_bytes() == b"invoice scan"


@pytest.mark.parametrize("role", ["clerk", "reviewer"])
def test_only_an_administrator_may_restore(sqlite_db: Database, tmp_path: Path,
                                           role: str) -> None:
    """A clerk could roll back a reviewer's postings by restoring an older backup."""
    path = sqlite_db.path
    assert path is not None
    _add_street(sqlite_db, "备份前街道")
    old = backup.backup_sqlite(path, tmp_path / "backups", now=T0)
    _add_street(sqlite_db, "审核后街道")
    someone = Actor("someone", "某人", role)
    with sqlite_db.session() as session:
        add_users(session, someone)  # a real user of this database, of a lower role
    sqlite_db.dispose()
    with pytest.raises(UserError) as caught:
        backup.restore(sqlite_db.url, old, actor=someone)
    assert caught.value.code == "auth.forbidden"
    assert _streets(path) == ["备份前街道", "审核后街道"]
