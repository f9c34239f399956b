"""The journal cut into printed pages, with 承前页 / 过次页 at each page turn.

A page holds `rows_per_page` ruled lines. Every page but the first starts with 承前页,
every page but the last ends with 过次页; both carry the same figures: the balance at
the end of the previous page and, by default, the month's totals so far (自本月初起至本页
末止, 会计基础工作规范 art. 61 for accounts that close monthly); carry="year" carries
the totals from 1 January instead, for books kept that way. Page numbers run on from
`first_page`, so a book printed in parts keeps one sequence.

A page that ends on a closed month (its 本月合计 / 本年累计) carries 0.00 for the month:
the next page starts a new month, so its 承前页 plus its rows add up to that month's
本月合计. Likewise carry="year" carries 0.00 after the December 本年累计 (年结).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from models.funds.journal import (
    BROUGHT_FORWARD,
    CARRIED_FORWARD,
    MONTH_TOTAL,
    YEAR_TOTAL,
    JournalContext,
    JournalLine,
)

CARRY_MODES = ("month", "year")


@dataclass(frozen=True)
class JournalPage:
    number: int
    lines: tuple[JournalLine, ...]
    is_last: bool

    @property
    def brought_forward(self) -> JournalLine | None:
        return self.lines[0] if self.lines and self.lines[0].kind == BROUGHT_FORWARD else None

    @property
    def carried_forward(self) -> JournalLine | None:
        last = self.lines[-1] if self.lines else None
        return last if last is not None and last.kind == CARRIED_FORWARD else None


def carry_line(line: JournalLine, kind: str, carry: str = "month") -> JournalLine:
    """A 承前页 or 过次页 line carrying the figures after `line`."""
    if carry == "year":
        income, expense = line.year_income_fen, line.year_expense_fen
        year_closed = line.kind == YEAR_TOTAL and line.date is not None and line.date.month == 12
        if year_closed:
            income = expense = 0
    else:
        income, expense = line.month_income_fen, line.month_expense_fen
        if line.kind in (MONTH_TOTAL, YEAR_TOTAL):  # the month is closed: a new one begins
            income = expense = 0
    summary = "承前页" if kind == BROUGHT_FORWARD else "过次页"
    return replace(line, kind=kind, summary=summary, income_fen=income, expense_fen=expense,
                   voucher_year=None, voucher_no=None, entry_id=None, is_reversal=False)


def paginate(journal: JournalContext | tuple[JournalLine, ...], rows_per_page: int, *,
             first_page: int = 1, carry: str = "month") -> tuple[JournalPage, ...]:
    """The journal's lines on pages of `rows_per_page` lines (at least 3)."""
    if rows_per_page < 3:
        raise ValueError("a journal page needs room for 承前页, one line and 过次页")
    if carry not in CARRY_MODES:
        raise ValueError(f"carry must be one of {CARRY_MODES}")
    lines = list(journal.lines if isinstance(journal, JournalContext) else journal)
    pages: list[JournalPage] = []
    position = 0
    while True:
        head: list[JournalLine] = []
        if pages:
            head.append(carry_line(lines[position - 1], BROUGHT_FORWARD, carry))
        room = rows_per_page - len(head)
        remaining = len(lines) - position
        if remaining <= room:
            body = lines[position:]
            pages.append(JournalPage(first_page + len(pages), tuple(head + body), True))
            return tuple(pages)
        body = lines[position:position + room - 1]
        position += len(body)
        tail = carry_line(body[-1], CARRIED_FORWARD, carry)
        pages.append(JournalPage(first_page + len(pages), tuple(head + body + [tail]), False))
