"""Small read-only queries the funds screens and printed documents need besides the services.

- office_name: the unit printed on vouchers and books (填报单位 / 单位);
- entry_years: the years the page's year filter offers;
- holder_balances: the balances strip above the entries table (one holder, or every holder
  added up per fund);
- check_entry: the draft checks of models.funds.entries.clean_entry, for a form that
  validates on the worker while the clerk types (no write, nothing kept).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.errors import FieldError, FieldErrors
from models.funds import accounts, entries
from models.funds.entities import FUNDS, FundEntry
from models.funds.entries import ALL, EntryData
from models.office import Office, office_name  # noqa: F401 - re-exported


def entry_years(session: Session, today: dt.date | None = None) -> list[int]:
    """Years with entries, newest first; this year is always offered."""
    lowest, highest = session.execute(
        select(func.min(FundEntry.entry_date), func.max(FundEntry.entry_date))).one()
    this_year = (today or dt.date.today()).year
    first = lowest.year if lowest is not None else this_year
    last = max(highest.year if highest is not None else this_year, this_year)
    return list(range(last, first - 1, -1))


def holder_balances(session: Session, holder: int | None | str) -> dict[str, int]:
    """Balance per fund (fen) of one holder (a branch id, None: the community), or of
    every account added up when `holder` is entries.ALL; in FUNDS order."""
    totals = dict.fromkeys(FUNDS, 0)
    for row in accounts.balances(session):
        if holder == ALL or row.account.holder_org_id == holder:
            totals[row.account.fund] += row.balance_fen
    return totals


def check_entry(session: Session, data: EntryData) -> dict[str, str]:
    """Field → message for every problem clean_entry finds in `data` ({} when clean)."""
    try:
        entries.clean_entry(session, data)
    except FieldErrors as exc:
        return exc.by_field()
    except FieldError as exc:
        return {exc.field: exc.message}
    return {}
