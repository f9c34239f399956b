"""A spending's collective decision comes before the spending, and the pure rules of
models.funds.rules (which lines an entry posts, what a decision needs), by hand."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.errors import FieldError
from models.funds import entries, rules
from models.funds.config import FundSettings
from models.funds.rules import Line
from tests.models.funds.conftest import CLERK, DAY, Books, receipt, spending

MEETING = "社区党委会（2025年第2次）"
SETTINGS = FundSettings(version=1, dues_uses=("党员教育", "慰问困难党员"),
                        categories=("党建活动", "党员教育"), decision_threshold_fen=500_000,
                        dues_need_decision=True)


def test_the_meeting_must_not_come_after_the_spending(books: Books) -> None:
    books.book(receipt(2_000_000))
    late = dataclasses.replace(spending(600_000, None, meeting=MEETING),
                               meeting_date=DAY + dt.timedelta(days=1))
    with pytest.raises(FieldError) as refused:
        books.draft(late)
    assert (refused.value.field, refused.value.message) == (
        "meeting_date", "决策会议日期 2025-03-11 晚于支出日期 2025-03-10：应先开会决定，后支出。")
    same_day = books.book(spending(600_000, None, meeting=MEETING))
    assert same_day.meeting_date == same_day.entry_date == DAY
    entry_id = books.draft(dataclasses.replace(spending(100, None, meeting=MEETING),
                                               meeting_date=DAY - dt.timedelta(days=3)))
    moved = dataclasses.replace(spending(100, None, meeting=MEETING),
                                meeting_date=DAY - dt.timedelta(days=3),
                                entry_date=DAY - dt.timedelta(days=4))
    with pytest.raises(FieldError, match="应先开会决定，后支出"), books.db.session() as session:
        version = entries.get_entry(session, entry_id).version
        entries.update_draft(session, CLERK, entry_id, version, moved)


def decision(**changes: object) -> None:
    values: dict[str, object] = {"fund": "fiscal", "amount": 100, "meeting_ref": "",
                                 "meeting_date": None, "entry_date": DAY}
    values.update(changes)
    rules.check_decision(SETTINGS, **values)  # type: ignore[arg-type]


def refused(**changes: object) -> tuple[str, str]:
    with pytest.raises(FieldError) as caught:
        decision(**changes)
    return caught.value.field, caught.value.message


def test_when_a_decision_is_needed() -> None:
    decision(amount=500_000)  # 5,000.00 exactly: no decision needed
    assert refused(amount=500_001) == (
        "meeting_ref", "支出 5,000.01 元超过 5,000.00 元，须经集体研究决定："
                       "请填写决策会议（名称或纪要编号）和会议日期。")
    assert refused(fund="dues", amount=1) == (
        "meeting_ref", "党费留存补助的使用须经集体研究决定："
                       "请填写决策会议（名称或纪要编号）和会议日期。")
    relaxed = dataclasses.replace(SETTINGS, dues_need_decision=False)
    rules.check_decision(relaxed, fund="dues", amount=1, meeting_ref="", meeting_date=None,
                         entry_date=DAY)
    decision(fund="dues", amount=900_000, meeting_ref=MEETING, meeting_date=DAY)
    assert refused(meeting_ref=MEETING) == ("meeting_date", "会议日期不能为空。")
    assert refused(meeting_ref=MEETING, meeting_date=DAY + dt.timedelta(days=1))[0] == (
        "meeting_date")
    assert refused(meeting_date=DAY + dt.timedelta(days=1), amount=500_001)[0] == (
        "meeting_date")
    decision(meeting_ref=MEETING, meeting_date=DAY - dt.timedelta(days=30), amount=10**9)


def test_retained_dues_pay_only_for_the_permitted_uses() -> None:
    rules.check_dues_use("dues", "党员教育", SETTINGS)
    rules.check_dues_use("fiscal", "办公用品", SETTINGS)
    with pytest.raises(FieldError) as caught:
        rules.check_dues_use("dues", "办公用品", SETTINGS)
    assert (caught.value.field, caught.value.message) == (
        "category", "党费留存补助只能用于：党员教育、慰问困难党员。“办公用品”不在允许范围内，"
                    "请改用其他经费来源或更正类别。")
    with pytest.raises(FieldError, match="党费留存补助只能用于"):
        rules.check_spending_rules(SETTINGS, fund="dues", category="办公用品", amount=1,
                                   meeting_ref=MEETING, meeting_date=DAY, entry_date=DAY)
    with pytest.raises(FieldError, match="须经集体研究决定"):
        rules.check_spending_rules(SETTINGS, fund="dues", category="党员教育", amount=1,
                                   meeting_ref="", meeting_date=None, entry_date=DAY)


def test_the_lines_each_kind_posts() -> None:
    assert rules.lines_for("receipt", "fiscal", None, 500) == [Line("fiscal", None, 500)]
    assert rules.lines_for("receipt", "dues", 7, 500) == [Line("dues", 7, 500)]
    assert rules.lines_for("spending", "fiscal", 7, 300) == [Line("fiscal", 7, -300)]
    assert rules.lines_for("allocation", "fiscal", 7, 200) == [
        Line("fiscal", None, -200), Line("fiscal", 7, 200)]
    assert rules.lines_for("allocation", "donation", 8, 200, reversal=True) == [
        Line("donation", None, 200), Line("donation", 8, -200)]
    assert rules.lines_for("spending", "fiscal", None, 300, True) == [
        Line("fiscal", None, 300)]
    assert rules.lines_for("receipt", "fiscal", None, 500, reversal=False) == [
        Line("fiscal", None, 500)]


def test_posted_lines_are_values() -> None:
    """A line is a value: equal lines are the same movement and none can be altered."""
    line = Line("fiscal", None, 500)
    assert {line, Line("fiscal", None, 500)} == {line}
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.amount = 0  # type: ignore[misc]
