"""The election courses' deadlines (公告, 首次会议, 备案, 变更报告) on the home page.

Each deadline follows from dates already entered (models.elections.rules.deadlines).
An open one is shown from `SHOW_DAYS` before it falls due; a passed one stays, overdue
(red), until the step is done. Done steps, early or late, are not a to-do any more.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.elections.course import course_deadlines
from models.elections.entities import ElectionCourse, OwnerVote
from models.todo import TodoItem, Urgency

AREA = "业主共同决定"
PAGE = "VotesPage"
SHOW_DAYS = 30


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    votes = session.execute(select(OwnerVote.id, OwnerVote.title)
                            .join(ElectionCourse, ElectionCourse.vote_id == OwnerVote.id)
                            .order_by(OwnerVote.id)).all()
    found: list[TodoItem] = []
    for vote_id, title in votes:
        for deadline in course_deadlines(session, vote_id, today):
            if deadline.state == "overdue":
                text = f"“{title}”：{deadline.label}，已于 {deadline.due:%Y-%m-%d} 到期"
                urgency = Urgency.OVERDUE
            elif deadline.state == "open" and (deadline.due - today).days <= SHOW_DAYS:
                text = f"“{title}”：{deadline.label}，{deadline.due:%Y-%m-%d} 前"
                urgency = Urgency.DUE_SOON
            else:
                continue
            found.append(TodoItem(AREA, text, urgency, PAGE, due=deadline.due,
                                  key=f"elections:{vote_id}:{deadline.key}", records=(vote_id,)))
    return found
