"""The volunteer module's to-do items: lectures given this week and who booked them,
in-service members with no service as the feedback period nears its end, unclaimed
微心愿. Named in models.todo.PROVIDERS."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.todo import TodoItem, Urgency
from models.volunteers import lectures, members
from models.volunteers.entities import Wish
from models.volunteers.hours import clock

AREA = "志愿服务"
PAGE = "VolunteersPage"
WEEK = 7
PERIOD_WARNING_DAYS = 30  # the feedback form goes out at the period's end


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    return _lectures(session, today) + _idle_members(session, today) + _wishes(session)


def _lectures(session: Session, today: dt.date) -> list[TodoItem]:
    items = []
    for row in lectures.list_lectures(session):
        if row.day is None or not today <= row.day < today + dt.timedelta(days=WEEK):
            continue
        when = f"{row.day.month}月{row.day.day}日"
        if row.start_minute is not None:
            when += f" {clock(row.start_minute)}"
        waiting = f"，候补 {row.waitlisted} 人" if row.waitlisted else ""
        items.append(TodoItem(AREA, f"微讲堂“{row.topic}”{when}在{row.place}开讲，"
                              f"已预约 {row.booked} 人{waiting}", Urgency.DUE_SOON, PAGE,
                              row.booked, row.day, key=f"lecture:{row.id}"))
    return items


def _idle_members(session: Session, today: dt.date) -> list[TodoItem]:
    kind = members.feedback_period(session)
    start, end = members.period_of(today, kind)
    if (end - today).days >= PERIOD_WARNING_DAYS:
        return []
    idle = [m for m in members.list_members(session, start, end)
            if m.services == 0 and m.registered_on <= end]
    if not idle:
        return []
    label = members.period_label(start, kind)
    return [TodoItem(AREA, f"{len(idle)} 名在职党员{label}尚无服务记录"
                     f"（{end.month}月{end.day}日报送反馈表）", Urgency.DUE_SOON, PAGE,
                     len(idle), end, key=f"idle-members:{start.isoformat()}")]


def _wishes(session: Session) -> list[TodoItem]:
    open_ = session.execute(select(func.count()).select_from(Wish)
                            .where(Wish.member_id.is_(None))).scalar_one()
    if not open_:
        return []
    return [TodoItem(AREA, f"{open_} 个微心愿待认领", Urgency.REMINDER, PAGE, open_,
                     key="wishes")]
