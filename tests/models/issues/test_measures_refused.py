"""Each measure's service refuses what the ledger's buttons do not offer.

The table is written out here by hand from the rules of the 三四五 mechanism (a letter goes
to a unit that has the problem in hand; accountability needs a responsible unit; a
coordination meeting helps any problem not yet signed off), not read from the code.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from models.errors import StaleRecord, UserError
from models.issues import accountability, coordination, letters, lifecycle
from models.issues.lifecycle import allowed_measures
from tests.models.issues.helpers import (
    CLERK,
    PATHS,
    REVIEWER,
    TODAY,
    Shared,
    act,
    drive,
    problems_status,
)

OFFERED = {
    "collected": {"coordinate"},
    "in_scope": {"coordinate"},
    "out_of_scope": {"coordinate"},
    "assigned": {"letter", "coordinate", "accountability"},
    "reported": {"letter", "coordinate", "accountability"},
    "in_progress": {"letter", "coordinate", "accountability"},
    "resolved": {"coordinate", "accountability"},
    "closed": {"accountability"},
}
MEASURES = ("letter", "coordinate", "accountability")
DAY = dt.date(2026, 6, 1)


def take(session: Session, measure: str, problem_id: int, actor=REVIEWER) -> object:
    """The measure's service, as its dialog calls it."""
    if measure == "letter":
        return letters.issue_letter(session, actor, letters.LetterData(
            problem_id, "supervise", DAY, "关于督促办理问题的督办函", "巴州区综合行政执法局",
            ("请于7日内办结并书面回复。",)), today=TODAY)
    if measure == "coordinate":
        return coordination.record_coordination(session, actor, coordination.CoordinationData(
            DAY, "涉及多部门问题协调会商", (problem_id,), ("巴州区委组织部", "江北街道党工委")),
            today=TODAY)
    return accountability.record_accountability(session, actor, accountability.AccountabilityData(
        problem_id, "talk", DAY, department="巴州区综合行政执法局"), today=TODAY)


def test_the_buttons_follow_the_table() -> None:
    for state, offered in OFFERED.items():
        has_level = state not in ("collected", "in_scope", "out_of_scope")
        assert set(allowed_measures(state, has_level, REVIEWER)) == offered, state
        assert allowed_measures(state, has_level, CLERK) == [], state


@pytest.mark.parametrize("state", list(PATHS))
def test_each_service_refuses_what_the_ui_disables(shared: Shared, state: str) -> None:
    db, office = shared
    with db.session() as session:
        problem = drive(session, office, state)
    for measure in MEASURES:
        if measure in OFFERED[state]:
            with db.session() as session:
                assert take(session, measure, problem.id), (state, measure)
        else:
            with pytest.raises(UserError) as refused, db.session() as session:
                take(session, measure, problem.id)
            assert problem.number in refused.value.message, (state, measure)
            assert "不能" in refused.value.message, (state, measure)
        with pytest.raises(UserError, match="没有权限"), db.session() as session:
            take(session, measure, problem.id, CLERK)


def test_refusals_say_why(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        waiting, closed = drive(session, office, "in_scope"), drive(session, office, "closed")
    with pytest.raises(UserError) as unassigned, db.session() as session:
        take(session, "accountability", waiting.id)
    with pytest.raises(UserError) as signed_off, db.session() as session:
        take(session, "coordinate", closed.id)
    with pytest.raises(UserError) as no_draft, db.session() as session:
        letters.draft_letter(session, closed.id)
    assert unassigned.value.message == (
        f"问题 {waiting.number} 尚未交办，没有责任单位，不能责任追究。")
    assert signed_off.value.message == f"问题 {closed.number} 当前状态为“已销号”，不能协调会商。"
    assert no_draft.value.message == f"问题 {closed.number} 当前状态为“已销号”，不能发督办函。"


def test_a_meeting_keeps_a_problem_closed_since(shared: Shared) -> None:
    """Editing a meeting must not drop a problem that was signed off after it was held,
    but a closed problem cannot be added to it."""
    db, office = shared
    with db.session() as session:
        later_closed = drive(session, office, "resolved")
        closed = drive(session, office, "closed")
        meeting_id = take(session, "coordinate", later_closed.id)
    with db.session() as session:
        act(session, office, problems_status(session, later_closed.id), "close")
    data = coordination.CoordinationData(DAY, "涉及多部门问题协调会商（修订）",
                                         (later_closed.id,), ("巴州区委组织部",))
    with db.session() as session:
        row = coordination.list_coordinations(session, problem_id=later_closed.id)[0]
        coordination.update_coordination(session, REVIEWER, meeting_id, row.version, data,
                                         today=TODAY)
    with pytest.raises(UserError, match="不能协调会商"), db.session() as session:
        row = coordination.list_coordinations(session, problem_id=later_closed.id)[0]
        coordination.update_coordination(
            session, REVIEWER, meeting_id, row.version,
            coordination.CoordinationData(DAY, data.topic, (later_closed.id, closed.id),
                                          data.participants), today=TODAY)


def test_a_missing_or_changed_problem_is_named(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        waiting = drive(session, office, "collected")
    with pytest.raises(UserError) as missing, db.session() as session:
        lifecycle.load_problem(session, 10**6)
    assert missing.value.message == "问题（编号 1000000）不存在，可能已被删除。"
    with pytest.raises(StaleRecord) as stale, db.session() as session:
        problem = lifecycle.load_problem(session, waiting.id)
        lifecycle.apply(session, REVIEWER, problem, waiting.version + 1, "review_out",
                        note="属于民事纠纷")
    assert stale.value.message.startswith("该问题已被")
