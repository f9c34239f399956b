"""The rules a posting keeps, each refusal saying why in Chinese with the amounts."""
from __future__ import annotations

import dataclasses

import pytest

from models.errors import FieldError, UserError
from models.funds import config, entries, posting
from tests.models.funds.conftest import ADMIN, CLERK, REVIEWER, Books, allocation, receipt, spending


def test_clerk_drafts_but_only_a_reviewer_posts(books: Books) -> None:
    entry_id = books.draft(receipt(100_000))
    with pytest.raises(UserError, match="需要“审核人”权限"), books.db.session() as session:
        posting.post_entry(session, CLERK, entry_id, 1)
    assert books.balance("fiscal", None) == 0
    posted = books.post(entry_id)
    assert (posted.status, posted.voucher, posted.drafted_by, posted.posted_by) == (
        "posted", "2025-0001", "张小军", "李秀英")
    refusal = r"凭证已由 李秀英 记账（凭证号 2025-0001），不能重复记账"
    with pytest.raises(UserError, match=refusal), books.db.session() as session:
        posting.post_entry(session, REVIEWER, entry_id, posted.version)
    assert books.balance("fiscal", None) == 100_000


def test_overspending_refused_and_balances_unchanged(books: Books) -> None:
    branch = books.branches[0]
    books.book(receipt(50_000))
    books.book(allocation(10_000, branch))
    entry_id = books.draft(spending(10_001, branch))
    with pytest.raises(UserError) as caught:
        books.post(entry_id)
    assert caught.value.message == (
        f"{books.name(branch)}·财政投入余额不足：当前余额 100.00 元，本笔支出 100.01 元，"
        "还差 0.01 元。经费余额不能为负数。")
    assert (books.balance("fiscal", branch), books.balance("fiscal", None)) == (10_000, 40_000)
    with books.db.read_session() as session:
        assert entries.get_entry(session, entry_id).status == "draft"
    books.book(spending(10_000, branch))
    assert books.balance("fiscal", branch) == 0


def test_allocation_never_exceeds_the_community_fund_and_funds_stay_apart(books: Books) -> None:
    branch = books.branches[1]
    books.book(receipt(50_000))
    books.book(receipt(500_000, "donation"))
    with pytest.raises(UserError) as caught:
        books.book(allocation(60_000, branch))
    assert caught.value.message == ("拨付金额 600.00 元超过社区财政投入余额 500.00 元"
                                    "（还差 100.00 元），不能拨付。")
    books.book(allocation(50_000, branch))
    assert (books.balance("fiscal", None), books.balance("fiscal", branch)) == (0, 50_000)
    # The donations are restricted too: they do not pay for a fiscal spending.
    with pytest.raises(UserError, match="社区·财政投入余额不足：当前余额 0.00 元"):
        books.book(spending(100, None))
    assert books.balance("donation", None) == 500_000


def test_retained_dues_only_for_permitted_uses(books: Books) -> None:
    branch = books.branches[0]
    books.book(receipt(100_000, "dues"))
    books.book(allocation(100_000, branch, "dues"))
    with pytest.raises(FieldError) as caught:
        books.draft(spending(5_000, branch, "dues", category="党建活动", meeting="支委会"))
    assert caught.value.field == "category"
    assert caught.value.message.startswith(
        "党费留存补助只能用于：培训党员、订阅或购买党员教育材料和设备、表彰先进、慰问困难党员、救灾。"
        "“党建活动”不在允许范围内")
    with pytest.raises(FieldError, match="党费留存补助的使用须经集体研究决定"):
        books.draft(spending(1_000, branch, "dues", category="培训党员"))  # even a small sum
    books.book(spending(5_000, branch, "dues", category="慰问困难党员", meeting="支委会第3次"))
    assert books.balance("dues", branch) == 95_000


def test_posting_rechecks_rules_changed_since_drafting(books: Books) -> None:
    books.book(receipt(100_000, "dues"))
    entry_id = books.draft(spending(5_000, None, "dues", category="救灾", meeting="社区党委会"))
    with books.db.session() as session:
        current = config.get_settings(session)
        config.update_settings(session, ADMIN, current.version,
                               dues_uses=[u for u in current.dues_uses if u != "救灾"],
                               categories=current.categories, decision_threshold="5,000",
                               dues_need_decision=True)
    with pytest.raises(UserError, match="“救灾”不在允许范围内"):
        books.post(entry_id)
    assert books.balance("dues", None) == 100_000


def test_spending_above_threshold_needs_a_decision(books: Books) -> None:
    books.book(receipt(2_000_000))
    books.book(spending(500_000, None))  # 5,000.00 exactly: not above
    with pytest.raises(FieldError) as caught:
        books.draft(spending(500_001, None))
    assert caught.value.field == "meeting_ref"
    assert caught.value.message.startswith("支出 5,000.01 元超过 5,000.00 元，须经集体研究决定")
    decided = dataclasses.replace(spending(500_001, None), meeting_ref="社区党委会（2025年第2次）")
    with pytest.raises(FieldError, match="会议日期不能为空"):
        books.draft(decided)
    books.book(spending(500_001, None, meeting="社区党委会（2025年第2次）"))
    assert books.balance("fiscal", None) == 2_000_000 - 1_000_001


def test_threshold_is_set_by_an_admin_only(books: Books) -> None:
    with books.db.session() as session:
        current = config.get_settings(session)
    arguments = {"dues_uses": current.dues_uses, "categories": current.categories,
                 "decision_threshold": "1,000", "dues_need_decision": True}
    with pytest.raises(UserError, match="需要“管理员”权限"), books.db.session() as session:
        config.update_settings(session, REVIEWER, current.version, **arguments)
    with books.db.session() as session:
        assert config.update_settings(session, ADMIN, current.version,
                                      **arguments).decision_threshold_fen == 100_000
    books.book(receipt(500_000))
    with pytest.raises(FieldError, match="支出 1,500.00 元超过 1,000.00 元"):
        books.draft(spending(150_000, None))
