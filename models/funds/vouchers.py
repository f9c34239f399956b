"""Voucher numbers: per year, from 1, without gaps, unique across concurrent sessions.

A number is given out when an entry is posted, not when it is drafted, so a deleted
draft leaves no gap. The year's counter row is advanced inside the posting's unit of
work: a rolled-back posting gives its number back. Two postings never get the same
number: on PostgreSQL the counter row is locked (SELECT … FOR UPDATE) until commit and
the second posting then reads the committed value; on SQLite Database.session() starts
with BEGIN IMMEDIATE, so writers run one after another. A unique constraint on
(voucher_year, voucher_no) stands behind both.

Postings are also serialised as a whole (`lock_postings`): the balance check and the
lines it guards must not interleave with another posting, or two spendings could each
see the same balance and both pass.
"""
from __future__ import annotations

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from models.db import dialect_insert
from models.funds.entities import VoucherCounter

# A transaction-level advisory lock taken by every posting on PostgreSQL, before the
# audit trail's own lock (always in this order, so the two cannot deadlock).
POSTING_LOCK_KEY = 0x66756E64  # "fund"


def lock_postings(session: Session) -> None:
    """Serialise postings until the unit of work ends (SQLite: BEGIN IMMEDIATE did)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTING_LOCK_KEY})


def next_number(session: Session, year: int) -> int:
    """The next voucher number of `year`, reserved until the unit of work ends."""
    insert = dialect_insert(session)
    # Create the year's row if missing; a concurrent creator makes this wait, then no-op.
    session.execute(insert(VoucherCounter).values(year=year, last_no=0)
                    .on_conflict_do_nothing(index_elements=["year"]))
    current = session.execute(select(VoucherCounter.last_no).where(VoucherCounter.year == year)
                              .with_for_update()).scalar_one()
    session.execute(update(VoucherCounter).where(VoucherCounter.year == year)
                    .values(last_no=current + 1))
    return int(current) + 1
