"""Running numbers per kind and year: gap-free and unique across concurrent sessions.

The counter row is read and advanced inside the caller's unit of work, so a rolled-back
problem or letter gives its number back, and the next one takes it: no gaps. Two
writers never get the same number because the row is locked until commit:
- PostgreSQL: SELECT … FOR UPDATE blocks the second writer until the first commits,
  then returns the committed value (READ COMMITTED re-reads a locked row);
- SQLite: Database.session() starts with BEGIN IMMEDIATE, so writers already run one
  after another.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.db import dialect_insert
from models.issues.entities import IssueCounter
from models.issues.vocab import PROBLEM_PREFIX

PROBLEM = "problem"
LETTER = "letter"


def _ensure_row(session: Session, kind: str, year: int) -> None:
    """Create the year's counter row if missing, without failing when another session
    creates it at the same moment (it waits for that session, then does nothing)."""
    insert = dialect_insert(session)
    session.execute(insert(IssueCounter).values(kind=kind, year=year, last_value=0)
                    .on_conflict_do_nothing(index_elements=["kind", "year"]))


def next_value(session: Session, kind: str, year: int) -> int:
    """The next number of `kind` in `year`, reserved until the session ends."""
    _ensure_row(session, kind, year)
    current = session.execute(
        select(IssueCounter.last_value)
        .where(IssueCounter.kind == kind, IssueCounter.year == year)
        .with_for_update()
    ).scalar_one()
    session.execute(update(IssueCounter)
                    .where(IssueCounter.kind == kind, IssueCounter.year == year)
                    .values(last_value=current + 1))
    return current + 1


def problem_number(year: int, value: int) -> str:
    """WT-2026-0001: four digits, more when a year has more than 9,999 problems."""
    return f"{PROBLEM_PREFIX}-{year}-{value:04d}"


def letter_number(prefix: str, year: int, value: int) -> str:
    """兴文社区〔2026〕12号 (GB/T 9704: hexagonal brackets, no leading zeros)."""
    return f"{prefix}〔{year}〕{value}号"
