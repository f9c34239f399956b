"""The demo books: two years of entries on the demo office, a journal that turns pages."""
from __future__ import annotations

import datetime as dt

from models.db import Database
from models.demo import build_demo
from models.funds import accounts, budgets, demo, entries, journal, stats
from models.funds.journal_pages import paginate
from tests.support.users import add_demo_users


def build(database: Database, today: dt.date) -> demo.FundsDemo:
    with database.session() as session:
        add_demo_users(session)
        build_demo(session)
        return demo.build_funds_demo(session, today=today)


def test_demo_books(db: Database) -> None:
    made = build(db, dt.date(2026, 11, 25))
    assert (made.years, made.reversals, made.drafts) == ((2025, 2026), 4, 2)
    with db.read_session() as session:
        book = journal.build_journal(session, fund=made.long_journal_fund,
                                     holder=made.long_journal_branch_id,
                                     start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
        balances = accounts.balances(session)
        figures = stats.fund_stats(session, 2026)
        rows = budgets.budget_vs_actual(session, 2025, made.long_journal_branch_id)
        posted = entries.list_entries(session, status="posted")
    assert book.holder_name == "翰林苑小区党支部"
    assert sum(line.kind == "entry" for line in book.lines) >= 80
    assert sum(line.is_reversal for line in book.lines) == 2
    assert len(paginate(book, 30)) >= 4
    assert all(b.balance_fen >= 0 for b in balances)
    assert all(b.balance_fen > 0 for b in balances if b.account.fund == "fiscal")
    assert len(posted) == made.posted + made.reversals
    assert all(e.entry_date <= dt.date(2026, 11, 25) for e in posted)
    assert figures.since_year == 2025 and figures.allocated_since_fen > figures.allocated_fen > 0
    assert any(row.over_budget for row in rows) and any(not row.over_budget for row in rows)


def test_demo_early_in_the_year(sqlite_db: Database) -> None:
    made = build(sqlite_db, dt.date(2026, 1, 3))
    with sqlite_db.read_session() as session:
        this_year = entries.list_entries(session, year=2026)
    assert made.posted > 150 and made.reversals == 2
    assert {e.status for e in this_year} == {"draft"} and len(this_year) == 2
