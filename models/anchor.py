"""Anchors: the audit chain's head, kept outside the database.

The hash chain proves that no row inside the trail was changed, but not that the trail
was not cut short or rewritten whole and hashed again: anyone who can write the file can
do either. An anchor is a short text naming the chain at one moment,

    GJ1-<first row's hash, 8 hex>-<rows>-<that row's hash, 16 hex>

printed in the footer of every ledger and letter (reports/pdf), written beside every
backup (`<backup>.anchor`) and returned by `current()` for an export package to carry.
`check` compares the database with every anchor it finds: fewer rows than an anchor
names is a truncated tail, a different hash at that row is a rewritten trail. 64 bits of
the head hash are far beyond what anyone can match by trial, and still short enough to
type back from paper (`check --anchor TEXT`).
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from models.db import Database

PREFIX = "GJ1"
SIDECAR_SUFFIX = ".anchor"
PATTERN = re.compile(r"GJ1\s*-\s*([0-9a-f]{8})\s*-\s*(\d+)\s*-\s*([0-9a-f]{16})", re.IGNORECASE)
FIRST_AND_HEAD = ("SELECT (SELECT row_hash FROM audit_log WHERE id = 1), max(id), "
                  "(SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log")


@dataclass(frozen=True)
class Anchor:
    origin: str  # first 8 hex of row 1's hash: which database this is
    rows: int    # the chain's length (its last id) when the anchor was taken
    head: str    # first 16 hex of that last row's hash

    @property
    def text(self) -> str:
        return f"{PREFIX}-{self.origin}-{self.rows}-{self.head}"


def parse(value: str) -> Anchor | None:
    """The anchor in `value` (spaces and case forgiven, as typed back from paper)."""
    match = PATTERN.search(value or "")
    if match is None:
        return None
    return Anchor(match[1].lower(), int(match[2]), match[3].lower())


def _from_row(row: tuple[object, object, object] | None) -> Anchor | None:
    if row is None or row[1] is None:
        return None
    return Anchor(str(row[0] or "")[:8], int(row[1]), str(row[2] or "")[:16])  # type: ignore[call-overload]


def current(session: Session) -> Anchor | None:
    """The anchor of the database `session` reads now; None while the trail is empty."""
    return _from_row(session.execute(text(FIRST_AND_HEAD)).first())  # type: ignore[arg-type]


def current_text(session: Session) -> str:
    """What a printed document or an export package carries ('' for an empty trail)."""
    anchor = current(session)
    return anchor.text if anchor else ""


def database_text(database: Database) -> str:
    """`current_text` in a read session of its own (for a document built elsewhere)."""
    with database.read_session() as session:
        return current_text(session)


def of_sqlite_file(path: Path) -> Anchor | None:
    """The anchor of a SQLite file (a finished backup), read-only."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        return _from_row(connection.execute(FIRST_AND_HEAD).fetchone())


def sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def write_sidecar(backup: Path, anchor: Anchor | None) -> Path | None:
    """Write `anchor` beside `backup`; a trail-less database has nothing to anchor."""
    if anchor is None:
        return None
    path = sidecar(backup)
    path.write_text(anchor.text + "\n", encoding="ascii")
    return path


def sidecars(folder: Path) -> Iterator[tuple[Path, Anchor]]:
    """Every readable anchor file in `folder` (a backup folder), newest trail first."""
    found = []
    for path in folder.glob(f"*{SIDECAR_SUFFIX}") if folder.is_dir() else ():
        try:
            anchor = parse(path.read_text(encoding="ascii", errors="replace"))
        except OSError:
            continue
        if anchor is not None:
            found.append((path, anchor))
    yield from sorted(found, key=lambda item: item[1].rows, reverse=True)
