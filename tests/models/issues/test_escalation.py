"""Response levels and escalation: every level keeps its decision, dates and result."""
from __future__ import annotations

import datetime as dt

import pytest

from models.errors import FieldError
from models.issues import assignments, detail, lifecycle, resolution
from tests.models.issues.helpers import (
    CLERK,
    DEADLINE,
    REVIEWER,
    TODAY,
    Shared,
    act,
    assignment,
    drive,
)


def test_escalation_keeps_every_level(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "in_progress")
        status = assignments.escalate(
            session, REVIEWER, status.id, status.version,
            assignment(3, day=dt.date(2026, 1, 20), deadline=dt.date(2026, 2, 28),
                       department="巴州区住房和城乡建设局（牵头）"),
            reason="涉及多个部门职责，需会商解决", today=TODAY)
        assert status.state == "assigned"
        status = assignments.report_in(session, CLERK, status.id, status.version,
                                       reported_on=dt.date(2026, 1, 22), today=TODAY)
        status = resolution.resolve(session, CLERK, status.id, status.version,
                                    resolved_on=dt.date(2026, 2, 20), result="会商后已整改",
                                    today=TODAY)
    with db.read_session() as session:
        levels = assignments.list_assignments(session, status.id)
        record = detail.get_problem(session, status.id)
        events = [e.action for e in lifecycle.history(session, status.id)]
    first, second = levels
    assert (first.level, first.responsible, first.decision, first.assigned_on, first.deadline,
            first.reported_on, first.result, first.ended_on, first.result_note) == (
        1, "巴州区综合行政执法局", "限期解决", dt.date(2026, 1, 11), DEADLINE,
        dt.date(2026, 1, 12), "escalated", dt.date(2026, 1, 20), "涉及多个部门职责，需会商解决")
    assert (second.level, second.responsible, second.assigned_on, second.deadline,
            second.reported_on, second.result, second.ended_on, second.result_note) == (
        3, "巴州区住房和城乡建设局（牵头）", dt.date(2026, 1, 20), dt.date(2026, 2, 28),
        dt.date(2026, 1, 22), "resolved", dt.date(2026, 2, 20), "会商后已整改")
    assert (first.result_label, second.level_label) == ("已升级", "县区委组织部会商")
    # The problem shows its current level; the promised deadline does not move.
    assert (record.level, record.responsible, record.deadline) == (
        3, "巴州区住房和城乡建设局（牵头）", DEADLINE)
    assert events == ["create", "review_in", "assign", "report", "progress", "escalate",
                      "report", "resolve"]


@pytest.mark.parametrize("level", [1, 2])
def test_escalation_must_go_up(shared: Shared, level: int) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "reported")
        if level == 2:
            status = act(session, office, status, "escalate")  # now at level 2
    with pytest.raises(FieldError) as refused, db.session() as session:
        assignments.escalate(session, REVIEWER, status.id, status.version,
                             assignment(level, day=dt.date(2026, 1, 25)), reason="再议",
                             today=TODAY)
    assert refused.value.field == "level"
    assert "必须高于当前层级" in refused.value.message


def test_assignment_names_a_responsible_unit(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "in_scope")
    with pytest.raises(FieldError) as nobody, db.session() as session:
        assignments.assign(session, REVIEWER, status.id, status.version,
                           assignment(department=""), today=TODAY)
    assert nobody.value.message == "请选择责任单位或填写责任部门。"
    with db.session() as session:
        assignments.assign(session, REVIEWER, status.id, status.version,
                           assignment(unit_id=office.unit_ids[0]), today=TODAY)
        rows = assignments.list_assignments(session, status.id)
    assert [(r.unit_id, r.responsible, r.department) for r in rows] == [
        (office.unit_ids[0], "巴中市供电公司江北供电所", "")]


def test_dates_must_follow_each_other(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "assigned")
    with pytest.raises(FieldError) as early, db.session() as session:
        assignments.report_in(session, CLERK, status.id, status.version,
                              reported_on=dt.date(2026, 1, 10), today=TODAY)
    assert early.value.message == "报到日期不能早于交办日期（2026-01-11）。"
    with pytest.raises(FieldError) as future, db.session() as session:
        assignments.report_in(session, CLERK, status.id, status.version,
                              reported_on=TODAY + dt.timedelta(days=1), today=TODAY)
    assert future.value.message == "报到日期不能晚于今天。"


def test_reopening_counts_on_problem_and_assignment(shared: Shared) -> None:
    db, office = shared
    with db.session() as session:
        status = drive(session, office, "closed")
        status = act(session, office, status, "reopen")
        record = detail.get_problem(session, status.id)
        (only,) = assignments.list_assignments(session, status.id)
    assert (status.state, record.reopen_count, record.resolved_on, record.closed_on) == (
        "in_progress", 1, None, None)
    assert (only.result, only.ended_on, only.reopen_count) == ("open", None, 1)
