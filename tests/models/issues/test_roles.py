"""Roles: a clerk logs and records the unit's work; a reviewer decides, assigns,
escalates, closes, reopens and issues letters; only an administrator edits settings."""
from __future__ import annotations

import datetime as dt

import pytest

from models.errors import UserError
from models.issues import (
    accountability,
    coordination,
    letters,
    lifecycle,
    meetings,
    problems,
    taxonomy,
)
from models.issues.lifecycle import TRANSITIONS
from tests.models.issues.helpers import (
    CLERK,
    PATHS,
    REVIEWER,
    TODAY,
    Shared,
    act,
    drive,
    problem_data,
)

REVIEWER_ACTIONS = sorted(a for a, t in TRANSITIONS.items() if t.role == "reviewer")


def test_reviewer_actions_are_refused_to_a_clerk(shared: Shared) -> None:
    db, office = shared
    assert REVIEWER_ACTIONS == ["assign", "close", "escalate", "reopen", "review_in",
                                "review_out"]
    start = {"assign": "in_scope", "close": "resolved", "escalate": "in_progress",
             "reopen": "closed", "review_in": "collected", "review_out": "collected"}
    with db.session() as session:
        ready = {action: drive(session, office, start[action]) for action in REVIEWER_ACTIONS}
    for action, status in ready.items():
        with pytest.raises(UserError) as refused, db.session() as session:
            act(session, office, status, action, actor=CLERK)
        assert refused.value.message == "张小军没有权限执行此操作（需要“审核人”权限）。", action
        with db.read_session() as session:
            assert lifecycle.status(lifecycle.load_problem(session, status.id)) == status


def test_clerk_logs_and_records_the_units_work(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "assigned")
        for action in PATHS["resolved"][2:]:
            status = act(session, office, status, action, actor=CLERK)
    assert status.state == "resolved"


def test_other_reviewer_measures_are_refused_to_a_clerk(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "in_progress")
    day = dt.date(2026, 2, 1)
    attempts = {
        "meeting": lambda s: meetings.record_meeting(s, CLERK, office.community_id,
                                                     meetings.MeetingData(day, (1,)), ()),
        "letter": lambda s: letters.issue_letter(
            s, CLERK, letters.draft_letter(s, status.id, issued_on=day), today=TODAY),
        "coordination": lambda s: coordination.record_coordination(
            s, CLERK, coordination.CoordinationData(day, "会商", (status.id,), ("区住建局",))),
        "accountability": lambda s: accountability.record_accountability(
            s, CLERK, accountability.AccountabilityData(status.id, "talk", day,
                                                        department="区住建局")),
        "category": lambda s: taxonomy.create_category(s, REVIEWER, name="新类别"),
    }
    for name, attempt in attempts.items():
        with pytest.raises(UserError) as refused, db.session() as session:
            attempt(session)
        assert refused.value.code == "auth.forbidden", name


def test_moving_a_promised_deadline_needs_a_reviewer(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "assigned")
    later = problem_data(office, deadline=dt.date(2026, 3, 31))
    with pytest.raises(UserError) as refused, db.session() as session:
        problems.update_problem(session, CLERK, status.id, status.version, later, today=TODAY)
    assert "需要“审核人”权限" in refused.value.message
    with db.session() as session:
        problems.update_problem(session, CLERK, status.id, status.version,
                                problem_data(office, title="翰林苑3栋垃圾满溢",
                                             deadline=dt.date(2026, 1, 31)), today=TODAY)
        moved = problems.update_problem(session, REVIEWER, status.id, status.version + 1,
                                        later, today=TODAY)
        history = lifecycle.history(session, status.id)
    assert moved.version == status.version + 2
    assert [e.note for e in history[-2:]] == ["修改：问题标题", "修改：问题标题、办理时限"]
