"""Corrections are reversing entries: posted, numbered, referring to the original, once."""
from __future__ import annotations

import datetime as dt

import pytest

from models.errors import FieldError, UserError
from models.funds import entries, posting
from models.funds.entries import EntryRecord, get_entry
from tests.models.funds.conftest import (
    ADMIN,
    CLERK,
    DAY,
    REVIEWER,
    Books,
    allocation,
    receipt,
    spending,
)

LATER = DAY + dt.timedelta(days=3)


def reverse(books: Books, entry_id: int, on: dt.date = LATER,
            reason: str = "金额录错") -> EntryRecord:
    return books.reverse(entry_id, on=on, reason=reason)


def test_reversal_restores_balance_with_its_own_voucher(books: Books) -> None:
    branch = books.branches[0]
    books.book(receipt(100_000))
    books.book(allocation(50_000, branch))
    wrong = books.book(spending(12_345, branch))
    reversal = reverse(books, wrong.id)
    assert (reversal.voucher, reversal.reverses_voucher, reversal.is_reversal) == (
        "2025-0004", "2025-0003", True)
    assert reversal.summary == "冲销 2025-0003 号凭证：金额录错"
    assert (reversal.kind, reversal.amount_fen, reversal.category) == (
        "spending", 12_345, "党建活动")
    assert books.balance("fiscal", branch) == 50_000
    with books.db.read_session() as session:
        assert get_entry(session, wrong.id).reversed_by_voucher == "2025-0004"


def test_reversing_an_allocation_moves_the_money_back(books: Books) -> None:
    branch = books.branches[1]
    books.book(receipt(100_000))
    wrong = books.book(allocation(30_000, branch))
    reverse(books, wrong.id)
    assert (books.balance("fiscal", None), books.balance("fiscal", branch)) == (100_000, 0)


def test_an_entry_is_reversed_once_and_a_reversal_never(books: Books) -> None:
    wrong = books.book(receipt(1_000))
    reversal = reverse(books, wrong.id)
    with pytest.raises(UserError) as caught:
        reverse(books, wrong.id)
    assert caught.value.message == "凭证 2025-0001 已被凭证 2025-0002 冲销，不能重复冲销。"
    with pytest.raises(UserError, match="凭证 2025-0002 本身是冲销凭证，不能再冲销"):
        reverse(books, reversal.id)
    draft = books.draft(receipt(500))
    with pytest.raises(UserError, match="草稿尚未记账，不需要冲销"):
        reverse(books, draft)
    assert books.balance("fiscal", None) == 0


def test_reversal_refused_when_the_money_is_already_spent(books: Books) -> None:
    wrong = books.book(receipt(10_000))
    books.book(spending(8_000, None))
    with pytest.raises(UserError) as caught:
        reverse(books, wrong.id)
    assert caught.value.message.startswith(
        "冲销后社区·财政投入余额将为负数：当前余额 20.00 元，冲销金额 100.00 元，还差 80.00 元。")
    assert books.balance("fiscal", None) == 2_000


def test_reversal_needs_a_reviewer_a_reason_and_a_sensible_date(books: Books) -> None:
    wrong = books.book(receipt(1_000))
    with pytest.raises(UserError, match="需要“审核人”权限"), books.db.session() as session:
        posting.reverse_entry(session, CLERK, wrong.id, on=LATER, reason="错")
    with pytest.raises(FieldError, match="冲销原因不能为空"):
        reverse(books, wrong.id, reason=" ")
    with pytest.raises(FieldError, match="冲销日期 2025-03-09 早于原凭证日期 2025-03-10"):
        reverse(books, wrong.id, on=DAY - dt.timedelta(days=1))
    assert books.balance("fiscal", None) == 1_000


def test_the_drafter_of_a_reversal_cannot_post_it(books: Books) -> None:
    """Segregation of duties: the reversal waits as a draft until another reviewer posts it."""
    branch = books.branches[0]
    books.book(receipt(100_000))
    wrong = books.book(allocation(30_000, branch))
    with books.db.session() as session:
        draft = posting.reverse_entry(session, REVIEWER, wrong.id, on=LATER, reason="拨错")
    assert (draft.status, draft.voucher_no, draft.drafted_by) == ("draft", None, "李秀英")
    assert books.balance("fiscal", branch) == 30_000  # nothing moved yet
    with pytest.raises(UserError) as caught, books.db.session() as session:
        posting.post_entry(session, REVIEWER, draft.id, draft.version)
    assert caught.value.message == (
        "冲销凭证由 李秀英 起草，须由另一位审核人记账（不相容岗位分离）。")
    with pytest.raises(UserError, match="已有一张待记账的冲销草稿"):
        reverse(books, wrong.id)  # no second reversal while one waits
    with pytest.raises(UserError, match="冲销草稿的内容取自原凭证，不能修改"), \
            books.db.session() as session:
        entries.update_draft(session, REVIEWER, draft.id, draft.version,
                             entries.editable_data(draft))
    with books.db.session() as session:
        posted = posting.post_entry(session, ADMIN, draft.id, draft.version)
    assert (posted.posted_by, posted.drafted_by, posted.reverses_voucher) == (
        "王建国", "李秀英", wrong.voucher)
    assert (books.balance("fiscal", branch), books.balance("fiscal", None)) == (0, 100_000)


def test_ordinary_entries_may_still_be_drafted_and_posted_by_one_reviewer(books: Books) -> None:
    with books.db.session() as session:
        entry_id = entries.create_draft(session, REVIEWER, receipt(1_000))
        posted = posting.post_entry(session, REVIEWER, entry_id, 1)
    assert posted.drafted_by == posted.posted_by == "李秀英"
