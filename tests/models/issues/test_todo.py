"""The ledger's to-do lines: overdue and soon-due problems, letters awaiting a reply, and
the joint meeting due once a quarter."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from models.db import Database
from models.issues import letters
from models.issues import todo as issues_todo
from models.todo import Urgency
from tests.models.issues.helpers import REVIEWER, Office, drive

D = dt.date


def lines(db: Database, today: dt.date) -> dict[str, tuple[str, Urgency, int | None]]:
    with db.read_session() as session:
        return {item.key: (item.text, item.urgency, item.count)
                for item in issues_todo.todo(session, today)}


def test_open_problems_due_within_a_week_then_overdue(db: Database, office: Office) -> None:
    with db.session() as session:
        for state in ("assigned", "in_progress", "closed", "collected"):
            drive(session, office, state)  # assigned and in progress: due 2026-01-31
    soon = lines(db, D(2026, 1, 26))
    assert soon["issues:due_soon"] == ("2 个问题将在 7 日内到期", Urgency.DUE_SOON, 2)
    assert "issues:overdue" not in soon
    late = lines(db, D(2026, 2, 1))
    assert late["issues:overdue"] == ("2 个问题已超期未办结", Urgency.OVERDUE, 2)
    assert "issues:due_soon" not in late


def test_a_letter_past_its_reply_date_while_the_problem_is_open(db: Database,
                                                                office: Office) -> None:
    with db.session() as session:
        status = drive(session, office, "reported")
        draft = letters.draft_letter(session, status.id, issued_on=D(2026, 2, 3))
        letters.issue_letter(session, REVIEWER, replace(draft, reply_by=D(2026, 2, 10)),
                             today=D(2026, 2, 3))
    assert "issues:letters_due" not in lines(db, D(2026, 2, 6))
    assert lines(db, D(2026, 2, 8))["issues:letters_due"] == (
        "1 份督办函 3 日内到回复期限", Urgency.DUE_SOON, 1)
    assert lines(db, D(2026, 2, 11))["issues:letters_overdue"] == (
        "1 份督办函已过回复期限，问题仍未办结", Urgency.OVERDUE, 1)
    with db.read_session() as session:
        item = next(i for i in issues_todo.todo(session, D(2026, 2, 11))
                    if i.key == "issues:letters_overdue")
    assert item.records == (status.id,)


def test_the_joint_meeting_at_least_once_a_quarter(db: Database, office: Office) -> None:
    with db.session() as session:
        drive(session, office, "in_scope")  # a joint meeting on 2026-01-10
        drive(session, office, "collected")
        drive(session, office, "collected")
    assert "issues:meeting" not in lines(db, D(2026, 3, 31))
    assert lines(db, D(2026, 4, 1))["issues:meeting"] == (
        "本季度尚未召开联席会议（至少每季度一次），2 个问题待研判", Urgency.REMINDER, 2)
    assert lines(db, D(2026, 6, 1))["issues:meeting"][1] is Urgency.DUE_SOON
    with db.read_session() as session:
        item = next(i for i in issues_todo.todo(session, D(2026, 12, 5))
                    if i.key == "issues:meeting")
    assert (item.urgency, item.due) == (Urgency.DUE_SOON, D(2026, 12, 31))
