"""The fund journal (日记账): running balance, 借或贷, 平/θ, monthly and yearly totals,
red reversals, and 承前页/过次页 carrying the right figures across page turns."""
from __future__ import annotations

import datetime as dt

import pytest

from models.db import Database
from models.funds import journal
from models.funds.journal import ALL, JournalContext
from models.funds.journal_pages import paginate
from tests.models.funds.conftest import Books, allocation, make_books, receipt, spending

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def d(month: int, day: int, year: int = 2025) -> dt.date:
    return dt.date(year, month, day)


@pytest.fixture(scope="module")
def books(module_db: Database) -> Books:
    """A branch's fiscal account through a few months of 2025 (see the expected lines).
    Written once per module and backend; the tests only read it."""
    books = make_books(module_db)
    branch = books.branches[0]
    books.book(receipt(10_000_000, day=d(12, 20, 2024)))
    books.book(allocation(100_000, branch, day=d(12, 28, 2024)))
    books.book(spending(20_000, branch, day=d(1, 5)))
    books.book(spending(80_000, branch, day=d(1, 20)))
    books.book(allocation(50_000, branch, day=d(2, 3)))
    wrong = books.book(spending(10_000, branch, day=d(2, 10)))
    books.reverse(wrong.id, on=d(2, 12), reason="重复录入")
    books.book(spending(5_000, branch, day=d(3, 1)))
    books.draft(spending(1, branch, day=d(3, 2)))  # drafts never show
    return books


@pytest.fixture
def branch(books: Books) -> int:
    return books.branches[0]


def build(books: Books, holder: int | None | str, start: dt.date = YEAR[0],
          end: dt.date = YEAR[1]) -> JournalContext:
    with books.db.read_session() as session:
        return journal.build_journal(session, fund="fiscal", holder=holder, start=start, end=end)


def cells(context: JournalContext) -> list[tuple[str, ...]]:
    return [(line.summary, line.income_text, line.expense_text, line.direction,
             line.balance_text) for line in context.lines]


def test_lines_balances_totals_and_zero(books: Books, branch: int) -> None:
    context = build(books, branch)
    assert cells(context) == [
        ("上年结转", "", "", "借", "1,000.00"),
        ("主题党日活动用品", "", "200.00", "借", "800.00"),
        ("主题党日活动用品", "", "800.00", "平", "θ"),
        ("本月合计", "0.00", "1,000.00", "平", "θ"),
        ("本年累计", "0.00", "1,000.00", "平", "θ"),
        ("拨付党建经费", "500.00", "", "借", "500.00"),
        ("主题党日活动用品", "", "100.00", "借", "400.00"),
        ("冲销 2025-0004 号凭证：重复录入", "", "-100.00", "借", "500.00"),
        ("本月合计", "500.00", "0.00", "借", "500.00"),
        ("本年累计", "500.00", "1,000.00", "借", "500.00"),
        ("主题党日活动用品", "", "50.00", "借", "450.00"),
        ("本月合计", "0.00", "50.00", "借", "450.00"),
        ("本年累计", "500.00", "1,050.00", "借", "450.00"),
    ]
    assert [line.is_reversal for line in context.lines].index(True) == 7
    assert sum(line.is_reversal for line in context.lines) == 1
    assert [line.date for line in context.lines if line.kind == "month_total"] == [
        d(1, 31), d(2, 28), d(3, 31)]
    assert [line.voucher_text for line in context.lines[:3]] == ["", "1", "2"]
    assert (context.opening_balance_fen, context.closing_balance_fen) == (100_000, 45_000)
    assert (context.income_fen, context.expense_fen) == (50_000, 105_000)
    assert context.holder_name == "翰林苑小区党支部"


def test_page_turns_carry_the_figures(books: Books, branch: int) -> None:
    context = build(books, branch)
    pages = paginate(context, 5, first_page=7)
    assert [page.number for page in pages] == [7, 8, 9, 10]
    assert all(len(page.lines) <= 5 for page in pages)
    assert [page.is_last for page in pages] == [False, False, False, True]
    assert pages[0].brought_forward is None and pages[-1].carried_forward is None
    tails = [page.lines[-1] for page in pages[:-1]]
    assert [line.summary for line in tails] == ["过次页"] * 3
    carried = [(line.income_fen, line.expense_fen, line.balance_fen) for line in tails]
    # Month to date at each page's end: January closed, so a new month starts at 0.00;
    # February after the 100.00; February closed (after the reversal), 0.00 again. The
    # next page's 承前页 plus its rows then add up to its own month's 本月合计.
    assert carried == [(0, 0, 0), (50_000, 10_000, 40_000), (0, 0, 50_000)]
    for before, after in zip(pages, pages[1:], strict=False):
        out, back = before.carried_forward, after.brought_forward
        assert out is not None and back is not None
        assert (out.summary, back.summary) == ("过次页", "承前页")
        assert (back.income_fen, back.expense_fen, back.balance_fen) == (
            out.income_fen, out.expense_fen, out.balance_fen)
        assert out.balance_fen == before.lines[-2].balance_fen
    body = [line for page in pages for line in page.lines
            if line.kind not in ("brought_forward", "carried_forward")]
    assert body == list(context.lines)
    assert (tails[0].direction, tails[0].balance_text) == ("平", "θ")
    assert (tails[1].direction, tails[1].balance_text) == ("借", "400.00")


def test_page_turns_can_carry_year_to_date(books: Books, branch: int) -> None:
    pages = paginate(build(books, branch), 5, carry="year")
    line = pages[1].carried_forward
    assert line is not None and (line.income_fen, line.expense_fen) == (50_000, 110_000)


def test_one_page_when_it_fits_and_too_small_pages_refused(books: Books, branch: int) -> None:
    context = build(books, branch)
    (page,) = paginate(context, len(context.lines))
    assert page.lines == context.lines and page.is_last
    assert len(paginate(context, len(context.lines) - 1)) == 2
    with pytest.raises(ValueError):
        paginate(context, 2)


def test_period_inside_a_month_opens_with_carried_balance(books: Books, branch: int) -> None:
    context = build(books, branch, d(2, 11), d(2, 28))
    assert cells(context) == [
        ("承前", "", "", "借", "400.00"),
        ("冲销 2025-0004 号凭证：重复录入", "", "-100.00", "借", "500.00"),
        ("本月合计", "500.00", "0.00", "借", "500.00"),  # the whole month
        ("本年累计", "500.00", "1,000.00", "借", "500.00"),
    ]


def test_year_to_date_restarts_in_a_new_year(books: Books, branch: int) -> None:
    context = build(books, branch, d(12, 1, 2024), d(1, 31))
    totals = [(line.summary, line.income_text, line.expense_text) for line in context.lines
              if line.kind in ("month_total", "year_total")]
    assert totals == [("本月合计", "1,000.00", "0.00"), ("本年累计", "1,000.00", "0.00"),
                      ("本月合计", "0.00", "1,000.00"), ("本年累计", "0.00", "1,000.00")]
    assert context.lines[0].summary == "承前" and context.lines[0].balance_text == "θ"


def test_community_and_consolidated_journals(books: Books, branch: int) -> None:
    community = build(books, None, *YEAR)
    assert [(line.summary, line.income_text, line.expense_text) for line in community.lines
            if line.kind == "entry"] == [("拨付党建经费", "", "500.00")]
    everything = build(books, ALL)
    assert everything.opening_balance_fen == 10_000_000
    assert "拨付党建经费" not in [line.summary for line in everything.lines]
    assert everything.closing_balance_fen == 10_000_000 - 105_000 + 50_000 - 50_000
    assert everything.holder_name == "社区及各小区党支部（合并）"


def test_empty_period_prints_opening_only(books: Books) -> None:
    context = build(books, books.branches[1])
    assert cells(context) == [("上年结转", "", "", "平", "θ")]
