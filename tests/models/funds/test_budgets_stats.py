"""Budget against actual per branch and category, and the yearly figures (stats --json)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.errors import FieldError, FieldErrors
from models.funds import budgets, stats
from tests.models.funds.conftest import CLERK, Books, allocation, receipt, spending


def test_budget_against_actual(books: Books) -> None:
    first, second = books.branches
    with books.db.session() as session:
        for category, amount in (("党建活动", "1,000"), ("办公用品", "300")):
            budgets.create_budget(session, CLERK, year=2025, branch_id=first, category=category,
                                  amount=amount)
        budgets.create_budget(session, CLERK, year=2026, branch_id=first, category="党建活动",
                              amount="9,999")
    books.book(receipt(1_000_000))
    books.book(allocation(500_000, first))
    books.book(spending(60_000, first, category="党建活动"))
    books.book(spending(40_000, first, category="办公用品"))
    books.book(spending(5_000, first, category="阵地建设"))
    wrong = books.book(spending(30_000, first, category="党建活动"))
    books.reverse(wrong.id, on=dt.date(2025, 3, 11), reason="错")
    books.draft(spending(1_000, first, category="党建活动"))
    with books.db.read_session() as session:
        rows = budgets.budget_vs_actual(session, 2025)
        assert budgets.budget_vs_actual(session, 2025, second) == []
    assert [(r.category, r.budget_fen, r.actual_fen, r.remaining_text, r.over_budget,
             r.unbudgeted, r.used_percent) for r in rows] == [
        ("党建活动", 100_000, 60_000, "400.00", False, False, 60),
        ("阵地建设", 0, 5_000, "-50.00", True, True, None),
        ("办公用品", 30_000, 40_000, "-100.00", True, False, 133),
    ]


def test_budget_refusals(books: Books) -> None:
    with books.db.session() as session:
        budget = budgets.create_budget(session, CLERK, year=2025, branch_id=books.branches[0],
                                       category="党建活动", amount="100")
    with pytest.raises(FieldError, match="2025 年“党建活动”已有预算"), \
            books.db.session() as session:
        budgets.create_budget(session, CLERK, year=2025, branch_id=books.branches[0],
                              category="党建活动", amount="200")
    with pytest.raises(FieldErrors) as caught, books.db.session() as session:
        budgets.create_budget(session, CLERK, year=1999, branch_id=books.branches[0],
                              category="喝茶", amount="-5")
    assert set(caught.value.by_field()) == {"year", "category", "amount"}
    with books.db.session() as session:
        budgets.update_budget(session, CLERK, budget, 1, amount="250.5")
        assert budgets.list_budgets(session, 2025)[0].amount_fen == 25_050


def test_yearly_stats(books: Books) -> None:
    first, second = books.branches
    books.book(receipt(1_000_000, day=dt.date(2024, 5, 1)))
    books.book(allocation(200_000, first, day=dt.date(2024, 6, 1)))
    books.book(receipt(500_000))
    books.book(receipt(80_000, "donation"))
    books.book(allocation(300_000, second))
    wrong = books.book(allocation(10_000, first))
    books.reverse(wrong.id, on=dt.date(2025, 4, 1), reason="错")
    books.book(spending(120_000, second))
    with books.db.read_session() as session:
        figures = stats.fund_stats(session, 2025)
        later = stats.fund_stats(session, 2025, since_year=2025)
    fiscal = figures.funds[0]
    assert (fiscal.opening_fen, fiscal.received_fen, fiscal.allocated_fen, fiscal.spent_fen,
            fiscal.closing_fen) == (1_000_000, 500_000, 300_000, 120_000, 1_380_000)
    assert (figures.received_fen, figures.since_year, figures.allocated_since_fen) == (
        580_000, 2024, 500_000)
    assert later.allocated_since_fen == 300_000
    rows = {(a.fund, a.holder_name): a for a in figures.accounts}
    community = rows[("fiscal", "社区")]
    assert (community.opening_fen, community.allocated_out_fen, community.closing_fen) == (
        800_000, 300_000, 1_000_000)
    assert rows[("fiscal", "阳光花园小区党支部")].closing_fen == 180_000
    assert rows[("fiscal", "翰林苑小区党支部")].closing_fen == 200_000
    data = json.loads(figures.as_json())
    assert (data["year"], data["allocated"], data["allocated_since_fen"]) == (
        2025, "3000.00", 500_000)
    assert data["funds"][2] == {
        "fund": "donation", "fund_label": "社会筹集", "opening_fen": 0, "opening": "0.00",
        "received_fen": 80_000, "received": "800.00", "allocated_fen": 0, "allocated": "0.00",
        "spent_fen": 0, "spent": "0.00", "closing_fen": 80_000, "closing": "800.00"}
    assert len(data["accounts"]) == 9
