"""小区治理's loose ends for the home page: follow-ups of compound joint meetings past their
date, mediation cases still open. (Compounds without a joint meeting this quarter are
models.governance.meeting_todo's, which every office with compounds asks; this one is
asked only where there are follow-ups or cases: models.todo.ONLY_WITH_ROWS_IN.)"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from models.governance import compound_meetings, mediation
from models.governance.meeting_todo import AREA, PAGE
from models.todo import TodoItem, Urgency

# An open case older than this many days is a reminder on the home page.
CASE_REMINDER_DAYS = 30


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    items: list[TodoItem] = []
    late = [a for a in compound_meetings.list_actions(session, open_only=True)
            if a.overdue(today)]
    if late:
        first = min(a.due_on for a in late)
        items.append(TodoItem(AREA, f"{len(late)} 项联席会议决定事项已过完成时限未办结",
                              Urgency.OVERDUE, PAGE, count=len(late), due=first,
                              key="governance:actions_overdue"))
    cases = [c for c in mediation.list_cases(session, open_only=True)
             if (today - c.opened_on).days > CASE_REMINDER_DAYS]
    if cases:
        items.append(TodoItem(AREA, f"{len(cases)} 件调解案件受理已超过 {CASE_REMINDER_DAYS} "
                                    "天尚未结案", Urgency.REMINDER, PAGE, count=len(cases),
                              key="governance:cases_open"))
    return items
