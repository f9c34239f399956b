"""The home page's quarterly reminder of 小区治理: compounds that have held no joint meeting
since the quarter began.

Every office with compounds sees it, so it asks only the meeting table
(models.governance.meeting_entities) and the registry: the follow-ups and mediation cases
(models.governance.todo), and the rest of 小区治理, load only where they have rows (issue 12).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.governance.meeting_entities import CompoundMeeting
from models.registry.entities import Compound
from models.todo import TodoItem, Urgency

AREA = "小区治理"
PAGE = "GovernancePage"


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def compounds_without_meeting(session: Session, today: dt.date) -> list[str]:
    """Compounds that have held no joint meeting since the quarter began."""
    held = select(CompoundMeeting.compound_id).where(
        CompoundMeeting.held_on >= quarter_start(today), CompoundMeeting.held_on <= today)
    return list(session.scalars(select(Compound.name).where(Compound.id.not_in(held))
                                .order_by(Compound.name)))


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    quiet = compounds_without_meeting(session, today)
    if not quiet:
        return []
    return [TodoItem(AREA, f"{len(quiet)} 个小区本季度尚未召开小区治理联席会议",
                     Urgency.REMINDER, PAGE, count=len(quiet), key="governance:no_meeting")]
