"""Conditions of the environment told apart from bugs, as qutebrowser's misc/sql.py does.

A locked, read-only, full, failing or damaged database, or a server that refuses the
connection, is nothing the program did wrong and nothing a traceback helps with: the
clerk needs to know what happened, that nothing was saved half-way, and what to do.
`explain` turns such an exception (from SQLite, psycopg, SQLAlchemy or the OS, however
deeply wrapped) into a DatabaseProblem with a Chinese message; anything else is a bug
and stays as it is, for the caller to log with its traceback.
"""
from __future__ import annotations

import errno
from collections.abc import Iterator

from models.errors import DatabaseProblem, UserError

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_CODES = {
    3: "db.read_only",  # SQLITE_PERM
    5: "db.locked",  # SQLITE_BUSY
    6: "db.locked",  # SQLITE_LOCKED
    8: "db.read_only",  # SQLITE_READONLY
    10: "db.io_error",  # SQLITE_IOERR
    11: "db.corrupt",  # SQLITE_CORRUPT
    13: "db.disk_full",  # SQLITE_FULL
    14: "db.cannot_open",  # SQLITE_CANTOPEN
    26: "db.corrupt",  # SQLITE_NOTADB
}
# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
PG_STATES = {
    "53100": "db.disk_full",  # disk_full
    "25006": "db.read_only",  # read_only_sql_transaction (a standby or read-only database)
    "55P03": "db.locked",  # lock_not_available
    "57014": "db.locked",  # query_canceled (statement or lock timeout)
    "58030": "db.io_error",  # io_error
    "XX001": "db.corrupt",  # data_corrupted
    "XX002": "db.corrupt",  # index_corrupted
    "28P01": "db.auth_failed",  # invalid_password
    "28000": "db.auth_failed",  # invalid_authorization_specification
    "3D000": "db.cannot_open",  # invalid_catalog_name: no such database
    "57P01": "db.unreachable",  # admin_shutdown
    "57P02": "db.unreachable",  # crash_shutdown
    "57P03": "db.unreachable",  # cannot_connect_now
}
PG_CLASSES = {"08": "db.unreachable", "53": "db.disk_full"}  # connection, resources
OS_ERRNOS = {  # a file the program writes (a PDF, a backup, an attachment copy)
    errno.ENOSPC: "file.disk_full",
    errno.EDQUOT: "file.disk_full",
    errno.EROFS: "file.read_only",
    errno.EACCES: "file.read_only",
    errno.EPERM: "file.read_only",
    errno.EIO: "file.io_error",
}
AUTH_WORDS = ("password authentication failed", "no password supplied",
              "authentication failed")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what SQLAlchemy wrapped (`orig`) and its causes, each once."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]


def _code(exc: BaseException) -> str | None:
    sqlite_code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        return SQLITE_CODES.get(sqlite_code & 0xFF)
    if type(exc).__module__.startswith("psycopg"):
        return _pg_code(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        return OS_ERRNOS.get(exc.errno)
    return None


def _pg_code(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None)
    if state:
        return PG_STATES.get(state) or PG_CLASSES.get(state[:2])
    if type(exc).__name__ == "OperationalError":
        # Failing to connect has no SQLSTATE: psycopg reports it in words.
        text = str(exc).lower()
        return "db.auth_failed" if any(w in text for w in AUTH_WORDS) else "db.unreachable"
    return None


def detail_of(exc: BaseException) -> str:
    """The driver's own words, first line, without SQLAlchemy's statement dump."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


def explain(exc: BaseException, where: str = "") -> UserError | None:
    """A message for a known condition of the database or the disk, None for a bug."""
    for cause in _chain(exc):
        if isinstance(cause, UserError):
            return cause
        code = _code(cause)
        if code is not None:
            return DatabaseProblem(code, where=where or "数据库", detail=detail_of(cause))
    return None
