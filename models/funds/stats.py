"""Yearly figures of the funds: per fund and holder, per fund, and allocated since a year
(as the article counts "2.435 million yuan allocated since 2019").

Everything comes from posted lines, so reversals are netted. In the per-fund totals
allocations count once (money paid to branches) and do not change the fund's balance.
`as_json()` is what `python main.py stats funds --json` prints: amounts in fen (exact)
and as "1234.50" text.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.funds import accounts
from models.funds.entities import FUNDS, FundEntry, FundLine
from models.funds.money import plain_fen


@dataclass(frozen=True)
class AccountYear:
    """One account (fund and holder) over the year."""

    fund: str
    holder_org_id: int | None
    holder_name: str
    opening_fen: int
    received_fen: int
    allocated_in_fen: int
    allocated_out_fen: int
    spent_fen: int

    @property
    def closing_fen(self) -> int:
        return (self.opening_fen + self.received_fen + self.allocated_in_fen
                - self.allocated_out_fen - self.spent_fen)


@dataclass(frozen=True)
class FundYear:
    """One fund over the community and all branches."""

    fund: str
    opening_fen: int
    received_fen: int
    allocated_fen: int
    spent_fen: int

    @property
    def closing_fen(self) -> int:
        return self.opening_fen + self.received_fen - self.spent_fen


@dataclass(frozen=True)
class FundStats:
    year: int
    since_year: int
    accounts: tuple[AccountYear, ...]
    funds: tuple[FundYear, ...]
    allocated_since_fen: int  # allocated to branches from 1 January since_year to year end

    @property
    def received_fen(self) -> int:
        return sum(f.received_fen for f in self.funds)

    @property
    def allocated_fen(self) -> int:
        return sum(f.allocated_fen for f in self.funds)

    @property
    def spent_fen(self) -> int:
        return sum(f.spent_fen for f in self.funds)

    def as_dict(self) -> dict[str, Any]:
        def money(name: str, fen: int) -> dict[str, Any]:
            return {f"{name}_fen": fen, name: plain_fen(fen)}

        return {
            "year": self.year, "since_year": self.since_year,
            **money("received", self.received_fen), **money("allocated", self.allocated_fen),
            **money("spent", self.spent_fen),
            **money("allocated_since", self.allocated_since_fen),
            "funds": [{"fund": f.fund, "fund_label": FUNDS[f.fund],
                       **money("opening", f.opening_fen), **money("received", f.received_fen),
                       **money("allocated", f.allocated_fen), **money("spent", f.spent_fen),
                       **money("closing", f.closing_fen)} for f in self.funds],
            "accounts": [{"fund": a.fund, "fund_label": FUNDS[a.fund],
                          "holder_id": a.holder_org_id, "holder": a.holder_name,
                          **money("opening", a.opening_fen), **money("received", a.received_fen),
                          **money("allocated_in", a.allocated_in_fen),
                          **money("allocated_out", a.allocated_out_fen),
                          **money("spent", a.spent_fen), **money("closing", a.closing_fen)}
                         for a in self.accounts],
        }

    def as_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


Key = tuple[str, int | None, str]  # fund, holder, kind


def _sums(session: Session, start: dt.date | None, end: dt.date) -> dict[Key, int]:
    """Sum of lines per (fund, holder, kind) up to `end`, from `start` if given."""
    stmt = (select(FundLine.fund, FundLine.holder_org_id, FundEntry.kind,
                   func.sum(FundLine.amount))
            .join(FundEntry, FundEntry.id == FundLine.entry_id)
            .where(FundEntry.entry_date <= end)
            .group_by(FundLine.fund, FundLine.holder_org_id, FundEntry.kind))
    if start is not None:
        stmt = stmt.where(FundEntry.entry_date >= start)
    return {(fund, holder, kind): int(total) for fund, holder, kind, total in
            session.execute(stmt)}


def first_year(session: Session) -> int | None:
    """The year of the earliest posted entry, if any."""
    day = session.execute(select(func.min(FundEntry.entry_date))
                          .where(FundEntry.status == "posted")).scalar()
    return day.year if day is not None else None


def fund_stats(session: Session, year: int, since_year: int | None = None) -> FundStats:
    """The figures of `year`; allocations counted since `since_year` (default: the first
    year with a posted entry)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    before = _sums(session, None, start - dt.timedelta(days=1))
    during = _sums(session, start, end)
    rows = []
    for account in accounts.list_accounts(session):
        key = (account.fund, account.holder_org_id)
        allocation = during.get((*key, "allocation"), 0)
        rows.append(AccountYear(
            account.fund, account.holder_org_id, account.holder_name,
            sum(v for k, v in before.items() if k[:2] == key),
            during.get((*key, "receipt"), 0),
            allocation if account.holder_org_id is not None else 0,
            -allocation if account.holder_org_id is None else 0,
            -during.get((*key, "spending"), 0)))
    funds = tuple(FundYear(fund, sum(r.opening_fen for r in rows if r.fund == fund),
                           sum(r.received_fen for r in rows if r.fund == fund),
                           sum(r.allocated_in_fen for r in rows if r.fund == fund),
                           sum(r.spent_fen for r in rows if r.fund == fund)) for fund in FUNDS)
    since = since_year if since_year is not None else (first_year(session) or year)
    allocated_since = session.execute(
        select(func.coalesce(func.sum(FundLine.amount), 0))
        .join(FundEntry, FundEntry.id == FundLine.entry_id)
        .where(FundEntry.kind == "allocation", FundLine.holder_org_id.is_not(None),
               FundEntry.entry_date.between(dt.date(since, 1, 1), end))).scalar_one()
    return FundStats(year, since, tuple(rows), funds, int(allocated_since))
