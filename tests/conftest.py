"""Shared fixtures: isolated data folder, in-memory keyring, databases on both backends.

Model tests take the `db` fixture and run twice: on SQLite and on a throwaway PostgreSQL
cluster started here. Without PostgreSQL binaries the PostgreSQL half is skipped, unless
GONGJIAN_REQUIRE_PG=1 (set by CI), which turns the skip into a failure.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import keyring  # noqa: E402
import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from models.db import Database, open_database, to_url  # noqa: E402
from tests.support.keyring_memory import MemoryKeyring  # noqa: E402
from tests.support.pg import PgCluster, find_bin_dir  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
TEMPLATE_DB = "gongjian_template"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("GONGJIAN_DATA_DIR", str(folder))
    monkeypatch.delenv("GONGJIAN_DB", raising=False)
    return folder


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def pg_base_url() -> Iterator[str | None]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        yield None
        return
    cluster = PgCluster(bin_dir)
    base = cluster.start()
    try:
        open_database(f"{base}/postgres", create=True).dispose()  # warm the driver
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
        admin.dispose()
        open_database(f"{base}/{TEMPLATE_DB}").dispose()
        yield base
    finally:
        cluster.stop()


def _require_pg() -> bool:
    return os.environ.get("GONGJIAN_REQUIRE_PG") == "1"


def pg_base(request: pytest.FixtureRequest) -> str:
    """The session cluster's base URL; skips (or fails, in CI) without PostgreSQL."""
    base = request.getfixturevalue("pg_base_url")
    if base is None:
        if _require_pg():
            pytest.fail("PostgreSQL binaries not found and GONGJIAN_REQUIRE_PG=1")
        pytest.skip("PostgreSQL binaries not found")
    return base  # type: ignore[no-any-return]


def _pg_database(request: pytest.FixtureRequest, prefix: str,
                 template: str | None) -> Iterator[str]:
    """A throwaway database on the session's cluster (copied from `template`, if given)."""
    base = pg_base(request)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"
                                + (f" TEMPLATE {template}" if template else "")))
    yield f"{base}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A fresh, migrated, empty database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(sqlite_template, path)
        yield str(path)
        return
    yield from _pg_database(request, "t", TEMPLATE_DB)


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no tables) on each backend, for migration tests."""
    if request.param == "sqlite":
        yield str(tmp_path / "empty.db")
        return
    yield from _pg_database(request, "e", None)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(to_url(db_url))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: for UI tests and file-level behaviour."""
    path = tmp_path / "test.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    yield database
    database.dispose()
