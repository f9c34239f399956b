"""The fund journal (日记账) as data: what the screen shows and the printed book prints.

Columns: 日期 | 凭证号 | 摘要 | 收入 | 支出 | 借或贷 | 余额.

Conventions (those of a paper cash journal, 会计基础工作规范):
- A fund account is an asset: receipts and allocations received are 收入 (debit),
  spending and allocations paid out are 支出 (credit). 借或贷 shows 借 for a positive
  balance, 贷 for a negative one (the posting rules never allow it), 平 for zero, and
  the balance column then shows θ instead of 0.00.
- A reversing entry (红字冲销) is printed in the column of the entry it reverses with the
  amount negative (the renderer prints it in red): totals and balances simply add.
- The first line carries the opening balance: 上年结转 when the period starts on
  1 January, otherwise 承前.
- After each month's last line: 本月合计 (that month's totals, whole month even if the
  period starts inside it) and 本年累计 (1 January to the month's end).
- The consolidated journal of a fund over all holders leaves allocations out: they move
  money inside the fund, from the community to a branch, and would count twice.
Page turns (承前页 / 过次页) are added by models.funds.journal_pages.paginate.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from models.funds import accounts
from models.funds.entities import FUNDS, FundEntry, FundLine
from models.funds.money import format_fen

ALL = "all"  # holder=ALL: the fund over the community and every branch
ALL_LABEL = "社区及各小区党支部（合并）"
ZERO_BALANCE = "θ"
OPENING, ENTRY, MONTH_TOTAL, YEAR_TOTAL = "opening", "entry", "month_total", "year_total"
BROUGHT_FORWARD, CARRIED_FORWARD = "brought_forward", "carried_forward"  # 承前页, 过次页
TOTAL_KINDS = frozenset({MONTH_TOTAL, YEAR_TOTAL, BROUGHT_FORWARD, CARRIED_FORWARD})


@dataclass(frozen=True)
class JournalLine:
    """One printed line. Amounts in fen; None leaves the cell blank."""

    kind: str
    date: dt.date | None
    summary: str
    income_fen: int | None
    expense_fen: int | None
    balance_fen: int
    voucher_year: int | None = None
    voucher_no: int | None = None
    entry_id: int | None = None
    is_reversal: bool = False
    # Running totals after this line (month and year to date), for the page-turn lines.
    month_income_fen: int = 0
    month_expense_fen: int = 0
    year_income_fen: int = 0
    year_expense_fen: int = 0

    @property
    def direction(self) -> str:
        """借或贷: 借 for a positive balance, 贷 for a negative one, 平 for zero."""
        return "借" if self.balance_fen > 0 else "贷" if self.balance_fen < 0 else "平"

    @property
    def balance_text(self) -> str:
        return ZERO_BALANCE if self.balance_fen == 0 else format_fen(abs(self.balance_fen))

    @property
    def income_text(self) -> str:
        return "" if self.income_fen is None else format_fen(self.income_fen)

    @property
    def expense_text(self) -> str:
        return "" if self.expense_fen is None else format_fen(self.expense_fen)

    @property
    def voucher_text(self) -> str:
        return "" if self.voucher_no is None else str(self.voucher_no)

    @property
    def is_total(self) -> bool:
        return self.kind in TOTAL_KINDS


@dataclass(frozen=True)
class JournalContext:
    fund: str
    holder: int | None | str
    holder_name: str
    start: dt.date
    end: dt.date
    opening_balance_fen: int
    closing_balance_fen: int
    income_fen: int   # totals of the period (reversals netted)
    expense_fen: int
    lines: tuple[JournalLine, ...]

    @property
    def fund_label(self) -> str:
        return FUNDS[self.fund]

    @property
    def title(self) -> str:
        return f"党建工作经费日记账（{self.fund_label}）"


Columns = TypeVarTuple("Columns")


def _account_filter(stmt: Select[*Columns], holder: int | None | str) -> Select[*Columns]:
    if holder == ALL:
        return stmt.where(FundEntry.kind != "allocation")
    if holder is None:
        return stmt.where(FundLine.holder_org_id.is_(None))
    return stmt.where(FundLine.holder_org_id == holder)


def _rows(session: Session, fund: str, holder: int | None | str, since: dt.date,
          end: dt.date) -> list[Row[Any, Any, Any, Any, Any, Any, Any]]:
    stmt = (select(FundLine.amount, FundEntry.id, FundEntry.entry_date, FundEntry.voucher_year,
                   FundEntry.voucher_no, FundEntry.summary, FundEntry.reverses_id)
            .join(FundEntry, FundEntry.id == FundLine.entry_id)
            .where(FundLine.fund == fund, FundEntry.entry_date.between(since, end))
            .order_by(FundEntry.entry_date, FundEntry.voucher_year, FundEntry.voucher_no,
                      FundLine.id))
    return list(session.execute(_account_filter(stmt, holder)))


def _balance_before(session: Session, fund: str, holder: int | None | str,
                    day: dt.date) -> int:
    stmt = (select(func.coalesce(func.sum(FundLine.amount), 0))
            .join(FundEntry, FundEntry.id == FundLine.entry_id)
            .where(FundLine.fund == fund, FundEntry.entry_date < day))
    return int(session.execute(_account_filter(stmt, holder)).scalar_one())


class _Book:
    """Walks the lines in order, keeping the balance and month/year running totals."""

    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.month: tuple[int, int] | None = None
        self.month_in = self.month_out = self.year_in = self.year_out = 0
        self.month_printed = False
        self.lines: list[JournalLine] = []

    def _totals(self) -> dict[str, int]:
        return {"month_income_fen": self.month_in, "month_expense_fen": self.month_out,
                "year_income_fen": self.year_in, "year_expense_fen": self.year_out}

    def enter_month(self, day: dt.date) -> None:
        key = (day.year, day.month)
        if key == self.month:
            return
        self.close_month()
        if self.month is None or self.month[0] != day.year:
            self.year_in = self.year_out = 0
        self.month, self.month_in, self.month_out = key, 0, 0

    def add(self, amount: int, is_reversal: bool) -> tuple[int | None, int | None]:
        """Book a line's signed amount; its (income, expense) cells."""
        self.balance += amount
        if (amount > 0) != is_reversal:  # a receipt, or the reversal of one
            self.month_in += amount
            self.year_in += amount
            return amount, None
        self.month_out -= amount
        self.year_out -= amount
        return None, -amount

    def emit(self, kind: str, date: dt.date | None, summary: str,
             cells: tuple[int | None, int | None] = (None, None),
             entry: tuple[int, int, int, bool] | None = None) -> None:
        """Append a line with its (income, expense) cells; `entry` is (voucher year,
        voucher number, entry id, is reversal) for an entry's line."""
        income, expense = cells
        year, number, entry_id, reversal = entry or (None, None, None, False)
        self.lines.append(JournalLine(kind, date, summary, income, expense, self.balance,
                                      year, number, entry_id, reversal, **self._totals()))
        if kind == ENTRY:
            self.month_printed = True

    def close_month(self) -> None:
        if self.month is None or not self.month_printed:
            return
        year, month = self.month
        last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
        self.emit(MONTH_TOTAL, last_day, "本月合计", (self.month_in, self.month_out))
        self.emit(YEAR_TOTAL, last_day, "本年累计", (self.year_in, self.year_out))
        self.month_printed = False


def build_journal(session: Session, *, fund: str, holder: int | None | str = None,
                  start: dt.date, end: dt.date) -> JournalContext:
    """The journal of `fund` for `holder` (a branch id, None: the community, ALL) from
    `start` to `end` inclusive, from posted entries only."""
    accounts.check_fund(fund)
    year_start = dt.date(start.year, 1, 1)
    book = _Book(_balance_before(session, fund, holder, year_start))
    opening: int | None = None
    for amount, entry_id, day, v_year, v_no, summary, reverses_id in _rows(
            session, fund, holder, year_start, end):
        book.enter_month(day)
        if day >= start and opening is None:
            opening = _open(book, start)
        income, expense = book.add(amount, reverses_id is not None)
        if day >= start:
            book.emit(ENTRY, day, summary, (income, expense),
                      (v_year, v_no, entry_id, reverses_id is not None))
    if opening is None:
        book.enter_month(start)
        opening = _open(book, start)
    book.close_month()
    entries = [line for line in book.lines if line.kind == ENTRY]
    name = ALL_LABEL if isinstance(holder, str) else accounts.holder_name(session, holder)
    return JournalContext(
        fund, holder, name, start, end, opening, book.balance,
        sum(line.income_fen or 0 for line in entries),
        sum(line.expense_fen or 0 for line in entries), tuple(book.lines))


def _open(book: _Book, start: dt.date) -> int:
    summary = "上年结转" if (start.month, start.day) == (1, 1) else "承前"
    book.emit(OPENING, start, summary)
    return book.balance

