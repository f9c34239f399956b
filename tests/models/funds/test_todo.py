"""The funds' to-do lines: drafts waiting for the reviewer, budgets overspent this year."""
from __future__ import annotations

import datetime as dt

from models.funds import budgets
from models.funds import todo as funds_todo
from models.todo import TodoItem, Urgency
from tests.models.funds.conftest import CLERK, Books, allocation, receipt, spending


def items(books: Books, today: dt.date) -> list[TodoItem]:
    with books.db.read_session() as session:
        return funds_todo.todo(session, today)


def test_nothing_to_do_in_empty_books(books: Books) -> None:
    assert items(books, dt.date(2025, 3, 10)) == []


def test_drafts_wait_for_posting_and_grow_overdue_after_a_week(books: Books) -> None:
    books.draft(receipt(100_000, day=dt.date(2025, 3, 10)))
    books.draft(receipt(50_000, day=dt.date(2025, 3, 12)))
    books.book(receipt(10_000))  # posted: not waiting
    fresh = items(books, dt.date(2025, 3, 14))
    assert [(i.text, i.urgency, i.count) for i in fresh] == [
        ("2 张凭证草稿待审核记账", Urgency.DUE_SOON, 2)]
    stale = items(books, dt.date(2025, 3, 20))
    assert [(i.text, i.urgency) for i in stale] == [
        ("2 张凭证草稿待审核记账（最早的是 2025-03-10）", Urgency.OVERDUE)]


def test_a_budget_overspent_this_year_is_one_line(books: Books) -> None:
    first = books.branches[0]
    with books.db.session() as session:
        budgets.create_budget(session, CLERK, year=2025, branch_id=first, category="办公用品",
                              amount="300")
        budgets.create_budget(session, CLERK, year=2025, branch_id=first, category="党建活动",
                              amount="1,000")
    books.book(receipt(1_000_000))
    books.book(allocation(500_000, first))
    books.book(spending(40_000, first, category="办公用品"))
    books.book(spending(60_000, first, category="党建活动"))
    found = items(books, dt.date(2025, 6, 1))
    assert [(i.urgency, i.text.endswith("“办公用品”预算超支 100.00 元")) for i in found] == [
        (Urgency.OVERDUE, True)]
    assert items(books, dt.date(2026, 1, 5)) == []  # a new year, no budget overspent
