"""Opening databases: pragmas, transactions, migrations, refusals that lose nothing."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models import migrate
from models.db import Database, open_database, resolve_url, to_url
from models.errors import DatabaseUnavailable, UserError
from models.settings import Settings


def test_migrated_to_head(db: Database) -> None:
    with db.read_session() as session:
        revision = ",".join(sorted(session.execute(
            text("SELECT version_num FROM alembic_version")).scalars()))
    assert revision == migrate.head_revision()


def test_sqlite_pragmas_on_every_connection(sqlite_db: Database) -> None:
    for _ in range(3):
        with sqlite_db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_foreign_keys_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="(?i)foreign"), db.session() as session:
        session.execute(text("INSERT INTO community (street_id, name, code, version, "
                             "updated_by) VALUES (999, 'x', '', 1, '')"))


def test_savepoint_rolls_back_inner_work_only(db: Database) -> None:
    with db.session() as session:
        session.execute(text("INSERT INTO street (name, code, version, updated_by) "
                             "VALUES ('外层', '', 1, '')"))
        nested = session.begin_nested()
        session.execute(text("INSERT INTO street (name, code, version, updated_by) "
                             "VALUES ('内层', '', 1, '')"))
        nested.rollback()
    with db.read_session() as session:
        names = session.execute(text("SELECT name FROM street")).scalars().all()
    assert names == ["外层"]


def test_failed_unit_of_work_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        session.execute(text("INSERT INTO street (name, code, version, updated_by) "
                             "VALUES ('半途', '', 1, '')"))
        raise RuntimeError("boom")
    with db.read_session() as session:
        assert session.execute(text("SELECT count(*) FROM street")).scalar() == 0


def test_ddl_is_transactional_on_sqlite(sqlite_db: Database) -> None:
    with pytest.raises(RuntimeError), sqlite_db.session() as session:
        session.execute(text("CREATE TABLE scratch (id INTEGER)"))
        raise RuntimeError("roll back the DDL too")
    with sqlite_db.read_session() as session:
        tables = session.execute(text("SELECT name FROM sqlite_master WHERE name='scratch'"))
        assert tables.first() is None


def test_url_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = Settings(database_url=str(tmp_path / "from-settings.db"))
    monkeypatch.setenv("GONGJIAN_DB", str(tmp_path / "from-env.db"))
    assert resolve_url(str(tmp_path / "arg.db"), settings).database.endswith("arg.db")
    assert resolve_url(None, settings).database.endswith("from-env.db")
    monkeypatch.delenv("GONGJIAN_DB")
    assert resolve_url(None, settings).database.endswith("from-settings.db")
    assert resolve_url(None, Settings()).database.endswith("gongjian.db")


def test_postgres_url_uses_psycopg3() -> None:
    url = to_url("postgresql://clerk@db.local:5432/office")
    assert url.drivername == "postgresql+psycopg"
    with pytest.raises(UserError):
        to_url("mysql://x@y/z")


def test_corrupted_file_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(path))
    assert caught.value.code == "db.damaged"
    assert path.read_bytes() == before
    copies = list(tmp_path.glob("broken.db.damaged-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == before
    assert str(copies[0]) in caught.value.message


def test_damaged_page_detected_by_quick_check(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "pages.db"
    path.write_bytes(sqlite_template.read_bytes())
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 + 8: page * 2 + 400] = b"\xff" * 392  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailable):
        open_database(str(path))
    assert path.read_bytes() == bytes(data)


def test_database_from_newer_version_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(path))
    assert caught.value.code == "db.too_new"
    assert "9999_future" in caught.value.message


def test_foreign_sqlite_file_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(path))
    assert caught.value.code == "db.foreign"
    assert path.read_bytes() == before


def test_missing_file_not_created_when_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable):
        open_database(str(tmp_path / "nope.db"), create=False)
    assert not (tmp_path / "nope.db").exists()
