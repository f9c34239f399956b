"""Opening a database: an engine from a URL, SQLite pragmas, sessions, migrations.

SQLite is the default (a file in the per-user data folder); an office whose PCs share
one database uses PostgreSQL by URL. Opening never deletes or overwrites a file it
cannot read: the file is copied aside and the clerk is told.
"""
from __future__ import annotations

import datetime as dt
import importlib
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from models import migrate, validation
from models.db_errors import explain
from models.errors import DatabaseProblem, DatabaseUnavailable, UserError
from models.settings import Settings, database_target
from models.sqlite_file import read_only_connection, sqlite_problem

BUSY_TIMEOUT_MS = 10_000
PasswordLookup = Callable[[URL], str | None]
FileCheck = Callable[[Path], str | None]  # what is wrong with a SQLite file, or None


def to_url(target: str | os.PathLike[str]) -> URL:
    """A URL from what the clerk typed: a file path or a SQLAlchemy URL."""
    text = os.fspath(target)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise UserError("db.bad_url", url=text) from exc
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise UserError("db.bad_url", url=text)
    if url.get_backend_name() == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def resolve_url(explicit: str | None, settings: Settings) -> URL:
    """--db on the command line, then $GONGJIAN_DB, then Settings, then the default file."""
    return to_url(database_target(explicit, settings))


def dialect_insert(session: Session) -> Callable[..., Any]:
    """The INSERT of the session's dialect (PostgreSQL's or SQLite's), which offers ON
    CONFLICT. Imported on first use: a SQLite office never loads PostgreSQL's dialect,
    which takes a noticeable part of start-up to import (issue 12)."""
    name = session.get_bind().dialect.name
    insert: Callable[..., Any] = importlib.import_module(f"sqlalchemy.dialects.{name}").insert
    return insert


def describe(url: URL) -> str:
    """Where the data is, for the About dialog and messages: never the password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ""
    return url.render_as_string(hide_password=True)


def is_network_path(path: Path) -> bool:
    """SQLite's WAL needs shared memory, which network shares do not provide."""
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes  # noqa: PLC0415 - Windows only

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) > 2 and text.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype.startswith(("nfs", "cifs", "smb", "9p", "fuse.sshfs"))


# Every Session, whoever made it, refuses unsafe text and impossible dates on flush.
if not event.contains(Session, "before_flush", validation.refuse_unsafe_on_flush):
    event.listen(Session, "before_flush", validation.refuse_unsafe_on_flush)


class Database:
    """An engine plus session factories. Sessions never cross threads.

    A database opened `read_only` (a file the clerk may not write) serves reading and
    printing; a unit of work that would write is refused before it starts.
    Known conditions of the environment met inside a session (locked, disk full, I/O
    error...) leave it as DatabaseProblem, in words (models.db_errors).
    """

    def __init__(self, engine: Engine, *, url: URL | None = None,
                 read_only: bool = False) -> None:
        self.engine = engine
        self.url = url or engine.url
        self.read_only = read_only
        self._writer = sessionmaker(engine, expire_on_commit=False)
        reader_engine = engine.execution_options(sqlite_begin="DEFERRED")
        self._reader = sessionmaker(reader_engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.backend == "sqlite" and self.url.database else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on an error.

        On SQLite it starts with BEGIN IMMEDIATE, so a writer waits for another writer
        (busy_timeout) instead of failing half-way when its read lock must be upgraded.
        """
        if self.read_only:
            raise DatabaseProblem("db.read_only", where=describe(self.url),
                                  detail="只读打开")
        with self._explained(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        with self._explained(), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def _explained(self) -> Iterator[None]:
        try:
            yield
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            problem = explain(exc, describe(self.url))
            if problem is None or problem is exc:
                raise
            raise problem from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _read_only_url(url: URL) -> URL:
    """SQLite's own read-only mode (a URI filename), so no pragma or stray write can
    change the file and every write fails as SQLITE_READONLY."""
    path = Path(url.database or "").resolve()
    return url.set(database=f"{path.as_uri()}?mode=ro", query={"uri": "true"})


def _sqlite_engine(url: URL, *, read_only: bool = False) -> Engine:
    path = Path(url.database) if url.database and url.database != ":memory:" else None
    wal = path is not None and not is_network_path(path)
    engine = create_engine(_read_only_url(url) if read_only else url,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                           hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Take transactions away from the sqlite3 module's legacy handling, which would
        # commit before DDL and break SAVEPOINT (SQLAlchemy's SQLite dialect docs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:  # a read-only file keeps the journal mode it has
            cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: object) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")  # type: ignore[attr-defined]
        connection.exec_driver_sql(f"BEGIN {mode}")  # type: ignore[attr-defined]

    return engine


def _postgres_engine(url: URL, password_lookup: PasswordLookup | None) -> Engine:
    if url.password is None and password_lookup is not None:
        password = password_lookup(url)
        if password is not None:
            url = url.set(password=password)
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def make_engine(url: URL, password_lookup: PasswordLookup | None = None, *,
                read_only: bool = False) -> Engine:
    """SQL parameters are hidden from exception texts: they carry personal data
    (ID numbers, phone numbers) into logs and error reports otherwise."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, read_only=read_only)
    return _postgres_engine(url, password_lookup)


def sqlite_preflight(path: Path) -> None:
    """Refuse a newer or foreign file before any pragma writes to its header."""
    connection = read_only_connection(path)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}
        revisions: tuple[str, ...] = ()
        if "alembic_version" in tables:
            revisions = tuple(row[0] for row in connection.execute(
                "SELECT version_num FROM alembic_version"))
    finally:
        connection.close()
    migrate.refuse_unknown(revisions, bool(tables - {"alembic_version"}), str(path))


def copy_aside(path: Path) -> Path | None:
    """Copy a damaged database (and its WAL) next to it; the original stays as it is."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        shutil.copy2(path, copy)
        for suffix in ("-wal", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                shutil.copy2(side, copy.with_name(copy.name + suffix))
    except OSError:
        return None
    return copy


def _refuse_damaged(path: Path, detail: str) -> DatabaseUnavailable:
    copy = copy_aside(path)
    if copy is None:
        return DatabaseUnavailable("db.damaged_nocopy", path=str(path), detail=detail)
    return DatabaseUnavailable("db.damaged", path=str(path), detail=detail, copy=str(copy))


def file_writable(path: Path) -> bool:
    """Whether this user may change the file and make its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _check_sqlite_file(path: Path, *, create: bool, check: FileCheck = sqlite_problem) -> bool:
    """Refuse a file that is damaged, foreign, too new or empty (unless `create`);
    True if it exists and must be opened read-only."""
    if not path.exists():
        if not create:
            raise DatabaseUnavailable("db.missing", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        return False
    if path.is_file() and path.stat().st_size == 0 and not create:
        raise DatabaseUnavailable("db.empty_file", path=str(path))
    problem = check(path)
    if problem is not None:
        if not file_writable(path) or "unable to open" in problem or "readonly" in problem:
            # Not damaged: SQLite could not even read it here (a WAL file in a folder
            # this user may not write, a file locked by the system...).
            raise DatabaseUnavailable("db.cannot_open", where=str(path), detail=problem)
        raise _refuse_damaged(path, problem)
    sqlite_preflight(path)
    return not file_writable(path)


def open_database(url: URL | str, *, create: bool = True, upgrade: bool = True,
                  password_lookup: PasswordLookup | None = None,
                  check: FileCheck = sqlite_problem) -> Database:
    """Open (and by default create and migrate) the database at `url`.

    A SQLite file this user may not write is opened read-only (reading and printing
    work, saving is refused in words), and so is one whose first write is refused.
    `check` is SQLite's quick_check of the file; the app hands in one it started early
    (ui.shell.opening)."""
    url = to_url(url) if isinstance(url, str) else url
    read_only = False
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        read_only = _check_sqlite_file(Path(url.database), create=create, check=check)
    try:
        return _open(url, password_lookup, upgrade=upgrade, read_only=read_only)
    except DatabaseProblem as exc:
        if exc.code != "db.read_only" or read_only or url.get_backend_name() != "sqlite":
            raise
        return _open(url, password_lookup, upgrade=upgrade, read_only=True)


def _open(url: URL, password_lookup: PasswordLookup | None, *, upgrade: bool,
          read_only: bool) -> Database:
    engine = make_engine(url, password_lookup, read_only=read_only)
    try:
        with engine.connect() as connection:
            migrate.refuse_unknown_connection(connection, describe(url))
            if upgrade and read_only and not migrate.at_head(connection):
                raise DatabaseUnavailable("db.read_only_upgrade", path=describe(url))
            if upgrade and not read_only and migrate.upgrade_if_behind(connection):
                connection.commit()
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        problem = explain(exc, describe(url))
        if problem is None and isinstance(exc, OperationalError):
            problem = DatabaseUnavailable("db.unreachable", detail=str(exc.orig or exc).strip())
        if problem is None:
            raise
        raise problem from exc
    except Exception:
        engine.dispose()
        raise
    return Database(engine, url=url, read_only=read_only)


def table_names(database: Database) -> list[str]:
    return inspect(database.engine).get_table_names()
