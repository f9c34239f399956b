"""Two reviewers posting at once, each in their own thread and session (on PostgreSQL
truly concurrent; on SQLite serialised by BEGIN IMMEDIATE): voucher numbers stay
gap-free and unique, an entry is posted once, and balances never go below zero."""
from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import select

from models.errors import UserError
from models.funds import posting
from models.funds.entities import FundEntry
from tests.models.funds.conftest import REVIEWER, Books, receipt, spending

PER_THREAD = 6


def run_together(*jobs: Callable[[], object]) -> list[object]:
    """Run the jobs in threads released at the same moment; results or exceptions."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def runner(index: int) -> None:
        barrier.wait()
        try:
            results[index] = jobs[index]()
        except Exception as exc:  # handed back to the test
            results[index] = exc

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def post_all(books: Books, ids: list[int]) -> list[int]:
    numbers = []
    for entry_id in ids:
        with books.db.session() as session:
            numbers.append(posting.post_entry(session, REVIEWER, entry_id, 1).voucher_no)
    return numbers


def test_voucher_numbers_gap_free_with_two_sessions(books: Books) -> None:
    ids = [books.draft(receipt(100 + i)) for i in range(2 * PER_THREAD)]
    first, second = run_together(lambda: post_all(books, ids[::2]),
                                 lambda: post_all(books, ids[1::2]))
    assert isinstance(first, list) and isinstance(second, list), (first, second)
    assert sorted(first + second) == list(range(1, 2 * PER_THREAD + 1))
    with books.db.read_session() as session:
        stored = session.execute(select(FundEntry.voucher_no).order_by(FundEntry.voucher_no))
        assert list(stored.scalars()) == list(range(1, 2 * PER_THREAD + 1))


def test_same_draft_posted_by_two_reviewers_once(books: Books) -> None:
    entry_id = books.draft(receipt(1_000))
    results = run_together(lambda: post_all(books, [entry_id]), lambda: post_all(books, [entry_id]))
    assert sorted(type(r).__name__ for r in results) == ["UserError", "list"]
    refused = next(r for r in results if isinstance(r, UserError))
    assert "不能重复记账" in refused.message
    assert books.balance("fiscal", None) == 1_000


def test_two_spendings_racing_for_one_balance(books: Books) -> None:
    books.book(receipt(10_000))
    ids = [books.draft(spending(8_000, None)) for _ in range(2)]
    results = run_together(lambda: post_all(books, [ids[0]]), lambda: post_all(books, [ids[1]]))
    refused = [r for r in results if isinstance(r, UserError)]
    assert len(refused) == 1 and "余额不足" in refused[0].message
    assert books.balance("fiscal", None) == 2_000
