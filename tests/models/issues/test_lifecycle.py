"""The lifecycle: every action tried from every state, against the one transition table.

One database per backend for this module (`shared`, 72 cases each): every case takes a
fresh problem to its state through the real services, then tries the action. Allowed: the
problem is in the target state with one more history entry. Refused: a Chinese message
naming the current and the requested state, and nothing changed.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from models.auth import Actor
from models.db import Database
from models.errors import UserError
from models.issues import lifecycle
from models.issues.vocab import STATES
from tests.models.issues.helpers import Shared, act, drive
from tests.support.users import add_users

# The lifecycle as the 三四五 mechanism describes it, written out by hand (not read from
# lifecycle.TRANSITIONS): state → {action: the state it leads to}. Every pair not listed
# is refused.
MATRIX: dict[str, dict[str, str]] = {
    "collected": {"review_in": "in_scope", "review_out": "out_of_scope"},
    "in_scope": {"assign": "assigned"},
    "out_of_scope": {"review_in": "in_scope"},
    "assigned": {"report": "reported", "escalate": "assigned"},
    "reported": {"progress": "in_progress", "escalate": "assigned", "resolve": "resolved"},
    "in_progress": {"progress": "in_progress", "escalate": "assigned", "resolve": "resolved"},
    "resolved": {"close": "closed", "reopen": "in_progress"},
    "closed": {"reopen": "in_progress"},
}
# action → (its verb in the refusal, the state it leads to, who may take it)
ACTIONS = {
    "review_in": ("纳入吹哨范围", "in_scope", "reviewer"),
    "review_out": ("不纳入吹哨范围", "out_of_scope", "reviewer"),
    "assign": ("交办", "assigned", "reviewer"),
    "report": ("报到", "reported", "clerk"),
    "progress": ("记录办理进展", "in_progress", "clerk"),
    "escalate": ("升级响应", "assigned", "reviewer"),
    "resolve": ("办结", "resolved", "clerk"),
    "close": ("销号", "closed", "reviewer"),
    "reopen": ("重新办理", "in_progress", "reviewer"),
}
STATE_NAMES = {"collected": "已收集", "in_scope": "已纳入", "out_of_scope": "未纳入",
               "assigned": "已交办", "reported": "已报到", "in_progress": "办理中",
               "resolved": "已办结", "closed": "已销号"}
CASES = [(action, state) for action in ACTIONS for state in MATRIX]


def test_the_code_knows_the_same_states_and_actions() -> None:
    assert STATES == STATE_NAMES
    assert set(lifecycle.TRANSITIONS) == set(ACTIONS)


@pytest.mark.parametrize(("action", "state"), CASES)
def test_transition_table(shared: Shared, action: str, state: str) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, state)
        events_before = len(lifecycle.history(session, status.id))
    label, target, _role = ACTIONS[action]
    if action in MATRIX[state]:
        with db.session() as session:
            after = act(session, office, status, action)
        assert after.state == MATRIX[state][action] == target
        # One versioned UPDATE of the problem (none when only a progress note is added).
        note_only = action == "progress" and state == "in_progress"
        assert after.version == status.version + (0 if note_only else 1)
        with db.read_session() as session:
            events = lifecycle.history(session, status.id)
        assert len(events) == events_before + 1
        assert (events[-1].action, events[-1].from_state, events[-1].to_state) == (
            action, state, target)
        assert (events[-1].action_label, events[-1].from_label, events[-1].to_label) == (
            label, STATE_NAMES[state], STATE_NAMES[target])
        assert events[-1].display_name in ("张小军", "李秀英")
        return
    with pytest.raises(UserError) as refused, db.session() as session:
        act(session, office, status, action)
    assert refused.value.code == "issue.bad_transition"
    message = refused.value.message
    allowed = "或".join(f"“{STATE_NAMES[s]}”" for s in MATRIX if action in MATRIX[s])
    assert message == (f"问题 {status.number} 当前状态为“{STATE_NAMES[state]}”，不能{label}"
                       f"（转为“{STATE_NAMES[target]}”）。只有{allowed}的问题才能{label}。")
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


def test_allowed_actions_for_every_state_and_role() -> None:
    """What the ledger's buttons offer, from the hand-written matrix above."""
    rank = {"clerk": 1, "reviewer": 2, "admin": 3}
    for state, moves in MATRIX.items():
        assert lifecycle.allowed_actions(state) == [a for a in ACTIONS if a in moves]
        for role, level in rank.items():
            expected = [a for a, (_, _, needs) in ACTIONS.items()
                        if a in moves and level >= rank[needs]]
            assert lifecycle.allowed_actions(state, lifecycle_actor(role)) == expected, (
                state, role)


def test_the_role_is_checked_before_the_state(sqlite_db: Database) -> None:
    problem: Any = type("P", (), {"state": "closed", "number": "WT-2026-0008"})()
    clerk, admin = Actor("jingban_t", "经办", "clerk"), Actor("admin_t", "管理", "admin")
    with sqlite_db.session() as session:
        add_users(session, clerk, admin)
    for action, (_label, _target, role) in ACTIONS.items():
        with pytest.raises(UserError) as refused, sqlite_db.read_session() as session:
            lifecycle.check(session, problem, action, clerk)
        assert refused.value.code == ("auth.forbidden" if role == "reviewer"
                                      else "issue.bad_transition"), action
    problem.state = "collected"
    with sqlite_db.read_session() as session:
        transition = lifecycle.check(session, problem, "review_out", admin)
    assert (transition.label, transition.target) == ("不纳入吹哨范围", "out_of_scope")


def test_history_labels() -> None:
    assert [lifecycle.action_label(a) for a in ("create", "update", "attach", "letter",
                                                "coordinate", "accountability", "close",
                                                "something-else")] == [
        "登记", "修改", "添加附件", "发函", "协调会商", "责任追究", "销号", "something-else"]
    status = lifecycle.ProblemStatus(1, "WT-2026-0001", "in_progress", 3)
    assert status.state_label == "办理中"


def test_statuses_and_history_rows_are_values() -> None:
    """What a service hands back, and the transition table, cannot be altered in passing."""
    status = lifecycle.ProblemStatus(1, "WT-2026-0001", "in_progress", 3)
    event = lifecycle.EventRow(1, dt.datetime(2026, 1, 10, 9), "shenhe", "李秀英", "close",
                               "resolved", "closed", dt.date(2026, 1, 10), "")
    for value, name in ((status, "state"), (event, "to_state"),
                        (lifecycle.TRANSITIONS["close"], "target")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, "collected")
    assert (event.action_label, event.from_label, event.to_label) == ("销号", "已办结", "已销号")
