"""What the issue ledger asks of a clerk today (the home page's to-do list).

- problems open past their deadline (the ledger's own overdue rule), and those due within
  a week;
- supervision letters whose reply date has passed or comes within three days while the
  problem is still open;
- the joint meeting (联席会议), held at least once a quarter: a reminder while this
  quarter has none, due soon in its last month, with the problems waiting for review.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from models.issues.entities import JointMeeting, Problem, SupervisionLetter
from models.issues.ledger import overdue_condition
from models.issues.vocab import OPEN_STATES
from models.todo import TodoItem, Urgency

AREA = "问题台账"
PAGE = "IssuesPage"
DUE_SOON_DAYS = 7
LETTER_SOON_DAYS = 3
P: Table = Problem.__table__  # type: ignore[assignment]
L: Table = SupervisionLetter.__table__  # type: ignore[assignment]


def quarter_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the calendar quarter holding `day`."""
    first_month = (day.month - 1) // 3 * 3 + 1
    start = dt.date(day.year, first_month, 1)
    after = (dt.date(day.year + 1, 1, 1) if first_month == 10
             else dt.date(day.year, first_month + 3, 1))
    return start, after - dt.timedelta(days=1)


def _problems(session: Session, today: dt.date) -> list[TodoItem]:
    found: list[TodoItem] = []
    late = session.execute(select(func.count(), func.min(P.c.deadline))
                           .where(overdue_condition(today))).one()
    if late[0]:
        found.append(TodoItem(AREA, f"{late[0]} 个问题已超期未办结", Urgency.OVERDUE, PAGE,
                              late[0], late[1], key="issues:overdue"))
    soon = session.execute(select(func.count(), func.min(P.c.deadline)).where(
        P.c.state.in_(sorted(OPEN_STATES)),
        P.c.deadline.between(today, today + dt.timedelta(days=DUE_SOON_DAYS)))).one()
    if soon[0]:
        found.append(TodoItem(AREA, f"{soon[0]} 个问题将在 {DUE_SOON_DAYS} 日内到期",
                              Urgency.DUE_SOON, PAGE, soon[0], soon[1], key="issues:due_soon"))
    return found


def _letters(session: Session, today: dt.date) -> list[TodoItem]:
    rows = session.execute(
        select(L.c.number, L.c.reply_by, L.c.problem_id)
        .join(P, P.c.id == L.c.problem_id)
        .where(P.c.state.in_(sorted(OPEN_STATES)), L.c.reply_by.is_not(None),
               L.c.reply_by <= today + dt.timedelta(days=LETTER_SOON_DAYS))
        .order_by(L.c.reply_by, L.c.number)).all()
    late = [row for row in rows if row.reply_by < today]
    soon = [row for row in rows if row.reply_by >= today]
    found: list[TodoItem] = []
    if late:
        found.append(TodoItem(AREA, f"{len(late)} 份督办函已过回复期限，问题仍未办结",
                              Urgency.OVERDUE, PAGE, len(late), late[0].reply_by,
                              key="issues:letters_overdue",
                              records=tuple(sorted({row.problem_id for row in late}))))
    if soon:
        found.append(TodoItem(AREA, f"{len(soon)} 份督办函 {LETTER_SOON_DAYS} 日内到回复期限",
                              Urgency.DUE_SOON, PAGE, len(soon), soon[0].reply_by,
                              key="issues:letters_due",
                              records=tuple(sorted({row.problem_id for row in soon}))))
    return found


def _meeting(session: Session, today: dt.date) -> list[TodoItem]:
    start, end = quarter_bounds(today)
    held = session.scalar(select(func.count()).select_from(JointMeeting)
                          .where(JointMeeting.held_on.between(start, end)))
    if held:
        return []
    waiting = session.scalar(select(func.count()).where(P.c.state == "collected")) or 0
    text = "本季度尚未召开联席会议（至少每季度一次）"
    if waiting:
        text += f"，{waiting} 个问题待研判"
    last_month = dt.date(end.year, end.month, 1)
    urgency = Urgency.DUE_SOON if today >= last_month else Urgency.REMINDER
    return [TodoItem(AREA, text, urgency, PAGE, waiting, end, key="issues:meeting")]


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    return _problems(session, today) + _letters(session, today) + _meeting(session, today)
