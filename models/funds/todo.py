"""What the funds ask of the clerk today: drafts waiting to be posted, budgets overspent.

A draft counts for nothing until a reviewer posts it, so drafts are listed (overdue once
the oldest is more than a week old: the month's figures are wrong without it). A branch
and category whose posted spending this year exceeds its budget is one overdue line each.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.funds.budgets import budget_vs_actual
from models.funds.entities import FundEntry
from models.funds.money import format_fen
from models.todo import TodoItem, Urgency

AREA = "党建经费"
PAGE = "FundsPage"
STALE_DRAFT_DAYS = 7


def _drafts(session: Session, today: dt.date) -> list[TodoItem]:
    count, oldest = session.execute(select(func.count(), func.min(FundEntry.entry_date))
                                    .where(FundEntry.status == "draft")).one()
    if not count:
        return []
    stale = oldest is not None and (today - oldest).days > STALE_DRAFT_DAYS
    text = f"{count} 张凭证草稿待审核记账"
    if stale:
        text += f"（最早的是 {oldest:%Y-%m-%d}）"
    return [TodoItem(AREA, text, Urgency.OVERDUE if stale else Urgency.DUE_SOON, PAGE, count,
                     key="funds:drafts")]


def _overspent(session: Session, today: dt.date) -> list[TodoItem]:
    return [TodoItem(AREA, f"{row.branch_name}“{row.category}”预算超支 "
                           f"{format_fen(-row.remaining_fen)} 元", Urgency.OVERDUE, PAGE,
                     key=f"funds:overspent:{row.branch_id}:{row.category}")
            for row in budget_vs_actual(session, today.year)
            if row.budget_fen > 0 and row.over_budget]


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    return _drafts(session, today) + _overspent(session, today)
