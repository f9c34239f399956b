"""The lifecycle: every action tried from every state, against the one transition table.

One database per backend for this module (`shared`, 72 cases each): every case takes a
fresh problem to its state through the real services, then tries the action. Allowed: the
problem is in the target state with one more history entry. Refused: a Chinese message
naming the current and the requested state, and nothing changed.
"""
from __future__ import annotations

import pytest

from models.auth import Actor
from models.db import Database
from models.errors import UserError
from models.issues import lifecycle
from models.issues.lifecycle import TRANSITIONS
from models.issues.vocab import STATES
from tests.models.issues.helpers import Shared, act, drive
from tests.support.users import add_users

CASES = [(action, state) for action in TRANSITIONS for state in STATES]


@pytest.mark.parametrize(("action", "state"), CASES)
def test_transition_table(shared: Shared, action: str, state: str) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, state)
        events_before = len(lifecycle.history(session, status.id))
    transition = TRANSITIONS[action]
    if state in transition.sources:
        with db.session() as session:
            after = act(session, office, status, action)
        assert after.state == transition.target
        # One versioned UPDATE of the problem (none when only a progress note is added).
        note_only = action == "progress" and state == "in_progress"
        assert after.version == status.version + (0 if note_only else 1)
        with db.read_session() as session:
            events = lifecycle.history(session, status.id)
        assert len(events) == events_before + 1
        assert (events[-1].action, events[-1].from_state, events[-1].to_state) == (
            action, state, transition.target)
        assert events[-1].display_name in ("张小军", "李秀英")
        return
    with pytest.raises(UserError) as refused, db.session() as session:
        act(session, office, status, action)
    assert refused.value.code == "issue.bad_transition"
    message = refused.value.message
    assert f"当前状态为“{STATES[state]}”" in message
    assert f"转为“{STATES[transition.target]}”" in message
    assert transition.label in message
    with db.read_session() as session:
        unchanged = lifecycle.status(lifecycle.load_problem(session, status.id))
        assert len(lifecycle.history(session, status.id)) == events_before
    assert unchanged == status


def test_refusals_read_as_clerks_expect(sqlite_db: Database) -> None:
    """The wording of the two refusals the issue names."""
    problem = type("P", (), {"state": "in_scope", "number": "WT-2026-0007"})()
    with sqlite_db.session() as session:
        add_users(session, lifecycle_actor("reviewer"))
    with pytest.raises(UserError) as never_assigned, sqlite_db.session() as session:
        lifecycle.check(session, problem, "close",  # type: ignore[arg-type]
                        lifecycle_actor("reviewer"))
    assert never_assigned.value.message == (
        "问题 WT-2026-0007 当前状态为“已纳入”，不能销号（转为“已销号”）。"
        "只有“已办结”的问题才能销号。")
    problem.state = "assigned"  # type: ignore[attr-defined]
    with pytest.raises(UserError) as before_report, sqlite_db.session() as session:
        lifecycle.check(session, problem, "resolve",  # type: ignore[arg-type]
                        lifecycle_actor("reviewer"))
    assert before_report.value.message == (
        "问题 WT-2026-0007 当前状态为“已交办”，不能办结（转为“已办结”）。"
        "只有“已报到”或“办理中”的问题才能办结。")


def lifecycle_actor(role: str) -> Actor:
    return Actor("yonghu", "用户", role)


def test_allowed_actions_follow_the_table_and_the_role() -> None:
    clerk, reviewer = lifecycle_actor("clerk"), lifecycle_actor("reviewer")
    assert lifecycle.allowed_actions("in_progress", reviewer) == ["progress", "escalate",
                                                                  "resolve"]
    assert lifecycle.allowed_actions("in_progress", clerk) == ["progress", "resolve"]
    assert lifecycle.allowed_actions("closed") == ["reopen"]
    assert lifecycle.allowed_actions("closed", clerk) == []
