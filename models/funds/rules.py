"""The rules an entry must keep, checked when it is saved and again when it is posted.

- Retained Party dues pay only for the permitted uses (FundSettings.dues_uses).
- A spending above the threshold, and (by default) every spending of retained dues,
  needs a recorded collective decision: a meeting reference and its date.
- No account goes below zero: a posting is refused if any account it takes money from
  holds less than that (posting order matters; the balance is the sum of what is posted).

Every refusal is a UserError saying why in Chinese, with the amounts formatted; the
first two are FieldErrors so a form can show them beside the field.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.errors import FieldError, UserError
from models.funds import accounts
from models.funds.config import FundSettings
from models.funds.entities import FUNDS, KINDS
from models.funds.money import format_fen
from models.messages import register

register({
    "funds.dues_use": "党费留存补助只能用于：{uses}。“{category}”不在允许范围内，"
                      "请改用其他经费来源或更正类别。",
    "funds.needs_decision": "支出 {amount} 元超过 {threshold} 元，须经集体研究决定："
                            "请填写决策会议（名称或纪要编号）和会议日期。",
    "funds.dues_needs_decision": "党费留存补助的使用须经集体研究决定："
                                 "请填写决策会议（名称或纪要编号）和会议日期。",
    "funds.meeting_after_entry": "决策会议日期 {meeting} 晚于支出日期 {entry}："
                                 "应先开会决定，后支出。",
    "funds.insufficient": "{account}余额不足：当前余额 {balance} 元，本笔{kind} {amount} 元，"
                          "还差 {short} 元。经费余额不能为负数。",
    "funds.allocation_exceeds": "拨付金额 {amount} 元超过社区{fund}余额 {balance} 元"
                                "（还差 {short} 元），不能拨付。",
    "funds.reversal_insufficient": "冲销后{account}余额将为负数：当前余额 {balance} 元，"
                                   "冲销金额 {amount} 元，还差 {short} 元。"
                                   "请先冲销或调整后续的支出。",
})


@dataclass(frozen=True)
class Line:
    """One movement an entry makes on one account, in signed fen."""

    fund: str
    holder_org_id: int | None
    amount: int


def lines_for(kind: str, fund: str, holder_org_id: int | None, amount: int,
              reversal: bool = False) -> list[Line]:
    """The lines an entry posts: receipts add, spending takes, an allocation moves money
    from the community to the branch. A reversal posts the same lines negated."""
    sign = -1 if reversal else 1
    if kind == "receipt":
        lines = [Line(fund, holder_org_id, amount)]
    elif kind == "spending":
        lines = [Line(fund, holder_org_id, -amount)]
    else:
        lines = [Line(fund, None, -amount), Line(fund, holder_org_id, amount)]
    return [Line(line.fund, line.holder_org_id, sign * line.amount) for line in lines]


def check_dues_use(fund: str, category: str, settings: FundSettings) -> None:
    if fund == "dues" and category not in settings.dues_uses:
        raise FieldError("category", "funds.dues_use", uses="、".join(settings.dues_uses),
                         category=category)


def check_decision(settings: FundSettings, *, fund: str, amount: int, meeting_ref: str,
                   meeting_date: dt.date | None, entry_date: dt.date) -> None:
    """A collective decision where one is needed, held no later than the spending."""
    if meeting_ref and meeting_date is None:
        raise FieldError("meeting_date", "field.required", label="会议日期")
    if meeting_date is not None and meeting_date > entry_date:
        raise FieldError("meeting_date", "funds.meeting_after_entry",
                         meeting=meeting_date.isoformat(), entry=entry_date.isoformat())
    if meeting_ref:
        return
    if fund == "dues" and settings.dues_need_decision:
        raise FieldError("meeting_ref", "funds.dues_needs_decision")
    if amount > settings.decision_threshold_fen:
        raise FieldError("meeting_ref", "funds.needs_decision", amount=format_fen(amount),
                         threshold=settings.threshold_text)


def check_spending_rules(settings: FundSettings, *, fund: str, category: str, amount: int,
                         meeting_ref: str, meeting_date: dt.date | None,
                         entry_date: dt.date) -> None:
    check_dues_use(fund, category, settings)
    check_decision(settings, fund=fund, amount=amount, meeting_ref=meeting_ref,
                   meeting_date=meeting_date, entry_date=entry_date)


def check_balances(session: Session, kind: str, lines: list[Line],
                   reversal: bool = False) -> None:
    """Refuse if any account the lines take money from would go below zero."""
    for line in lines:
        if line.amount >= 0:
            continue
        current = accounts.balance(session, line.fund, line.holder_org_id)
        if current + line.amount >= 0:
            continue
        amount, short = -line.amount, -(current + line.amount)
        figures = {"balance": format_fen(current), "amount": format_fen(amount),
                   "short": format_fen(short)}
        label = accounts.account(session, line.fund, line.holder_org_id).label
        if reversal:
            raise UserError("funds.reversal_insufficient", account=label, **figures)
        if kind == "allocation":
            raise UserError("funds.allocation_exceeds", fund=FUNDS[line.fund], **figures)
        raise UserError("funds.insufficient", account=label, kind=KINDS[kind], **figures)
