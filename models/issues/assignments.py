"""Response and escalation: 交办 at one of the four levels, 报到, progress, 升级.

An assignment names who answers for the problem at one level (a resident unit or a
department by name), the deadline and the decision. Escalation ends the current
assignment with the result 'escalated' and opens a new one at a higher level, so every
level keeps its own decision, dates and result.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import audit, records, validation
from models.auth import Actor
from models.base import utcnow
from models.errors import FieldError
from models.issues import lifecycle
from models.issues.entities import Assignment, AssignmentUpdate, Problem
from models.issues.lifecycle import ProblemStatus
from models.issues.steps import step_fields
from models.issues.vocab import ASSIGNMENT_RESULTS, LEVELS, level_label
from models.registry.entities import ResidentUnit


@dataclass(frozen=True)
class AssignmentData:
    level: int
    deadline: dt.date | None
    assigned_on: dt.date | None
    decision: str = ""
    unit_id: int | None = None
    department: str = ""


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    version: int
    problem_id: int
    seq: int
    level: int
    unit_id: int | None
    department: str
    responsible: str  # the unit's name, else the department
    decision: str
    assigned_on: dt.date
    deadline: dt.date
    reported_on: dt.date | None
    result: str
    ended_on: dt.date | None
    result_note: str
    reopen_count: int

    @property
    def level_label(self) -> str:
        return level_label(self.level)

    @property
    def result_label(self) -> str:
        return ASSIGNMENT_RESULTS.get(self.result, self.result)


@dataclass(frozen=True)
class UpdateRow:
    id: int
    assignment_id: int
    on_date: dt.date
    text: str
    username: str
    at: dt.datetime


def not_before(field: str, label: str, value: dt.date, other: str,
               earliest: dt.date | None) -> None:
    if earliest is not None and value < earliest:
        raise FieldError(field, "issue.date_before", label=label, other=other,
                         date=earliest.isoformat())


def required_day(field: str, label: str, value: dt.date | None,
                 today: dt.date | None) -> dt.date:
    day = validation.past_date(field, label, value, required=True, today=today)
    assert day is not None
    return day


def assignment_fields(data: AssignmentData, today: dt.date | None = None) -> dict[str, object]:
    """The assignment's own fields, checked without the database: the service runs this,
    and the assign dialog runs it as the reviewer types."""
    check = validation.Collector()
    if data.level not in LEVELS:
        check.fail(FieldError("level", "field.bad_choice", label="响应层级"))
    assigned_on = check(required_day, "assigned_on", "交办日期", data.assigned_on, today)
    if data.deadline is None:
        check.fail(FieldError("deadline", "field.required", label="办理时限"))
    department = check(validation.text, "department", "责任部门", data.department, limit=200)
    if data.unit_id is not None:
        department = ""
    elif not department:
        check.fail(FieldError("unit_id", "issue.responsible_required"))
    decision = check(validation.note, "decision", "交办意见", data.decision, limit=2000)
    if assigned_on is not None and data.deadline is not None:
        check(not_before, "deadline", "办理时限", data.deadline, "交办日期", assigned_on)
    check.done()
    return {"level": data.level, "unit_id": data.unit_id, "department": department,
            "decision": decision, "assigned_on": assigned_on, "deadline": data.deadline}


def escalation_reason(reason: str) -> str:
    return validation.note("reason", "升级理由", reason, required=True, limit=2000)


def clean_assignment(session: Session, data: AssignmentData, found_on: dt.date,
                     today: dt.date | None) -> dict[str, object]:
    check = validation.Collector()
    values = check(assignment_fields, data, today)
    if data.unit_id is not None and session.get(ResidentUnit, data.unit_id) is None:
        check.fail(FieldError("unit_id", "field.bad_choice", label="责任单位"))
    assigned_on = values["assigned_on"] if values else data.assigned_on
    if isinstance(assigned_on, dt.date):
        check(not_before, "assigned_on", "交办日期", assigned_on, "发现日期", found_on)
    check.done()
    return values


def current(session: Session, problem_id: int) -> Assignment | None:
    """The latest assignment (open, or the one that resolved the problem)."""
    return session.execute(select(Assignment).where(Assignment.problem_id == problem_id)
                           .order_by(Assignment.seq.desc()).limit(1)).scalar()


def _open_assignment(session: Session, actor: Actor, problem: Problem,
                     values: dict[str, object]) -> Assignment:
    seq = session.execute(select(func.coalesce(func.max(Assignment.seq), 0)).where(
        Assignment.problem_id == problem.id)).scalar_one() + 1
    return records.create(session, actor, Assignment(
        problem_id=problem.id, seq=seq, result="open", result_note="", reopen_count=0,
        **values))


def _responsible(values: dict[str, object]) -> dict[str, object]:
    return {"level": values["level"], "unit_id": values["unit_id"],
            "department": values["department"]}


def assign(session: Session, actor: Actor, problem_id: int, version: int, data: AssignmentData,
           *, today: dt.date | None = None) -> ProblemStatus:
    """交办 a problem in the whistle scope. The problem's own deadline, if it had none,
    becomes this first deadline; later escalations do not move it."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "assign", actor)
    values = clean_assignment(session, data, problem.found_on, today)
    assignment = _open_assignment(session, actor, problem, values)
    changes = _responsible(values)
    if problem.deadline is None:
        changes["deadline"] = values["deadline"]
    return lifecycle.apply(session, actor, problem, version, "assign", values=changes,
                           on=assignment.assigned_on, note=_describe(session, assignment))


def escalate(session: Session, actor: Actor, problem_id: int, version: int,
             data: AssignmentData, *, reason: str, today: dt.date | None = None
             ) -> ProblemStatus:
    """Close the current assignment as 'escalated' and assign at a higher level."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "escalate", actor)
    reason = escalation_reason(reason)
    previous = current(session, problem_id)
    assert previous is not None  # escalate's source states all have an assignment
    values = clean_assignment(session, data, problem.found_on, today)
    if data.level <= previous.level:
        raise FieldError("level", "issue.level_not_higher", current=level_label(previous.level))
    started = values["assigned_on"]
    assert isinstance(started, dt.date)
    not_before("assigned_on", "升级日期", started, "上一次交办日期", previous.assigned_on)
    records.update(session, actor, previous, previous.version, "交办记录",
                   {"result": "escalated", "ended_on": started, "result_note": reason})
    assignment = _open_assignment(session, actor, problem, values)
    return lifecycle.apply(session, actor, problem, version, "escalate",
                           values=_responsible(values), on=started,
                           note=f"{reason}（{_describe(session, assignment)}）")


def report_in(session: Session, actor: Actor, problem_id: int, version: int, *,
              reported_on: dt.date | None, note: str = "", today: dt.date | None = None
              ) -> ProblemStatus:
    """报到: the responsible unit reports in."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "report", actor)
    day, note = step_fields("report", reported_on, note, today)
    assignment = current(session, problem_id)
    assert assignment is not None
    not_before("reported_on", "报到日期", day, "交办日期", assignment.assigned_on)
    records.update(session, actor, assignment, assignment.version, "交办记录",
                   {"reported_on": day})
    return lifecycle.apply(session, actor, problem, version, "report", on=day, note=note)


def record_progress(session: Session, actor: Actor, problem_id: int, version: int, *,
                    on: dt.date | None, text: str, today: dt.date | None = None
                    ) -> ProblemStatus:
    """A progress note of the responsible unit (办理中)."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "progress", actor)
    day, text = step_fields("progress", on, text, today)
    assignment = current(session, problem_id)
    assert assignment is not None and assignment.reported_on is not None
    not_before("on", "进展日期", day, "报到日期", assignment.reported_on)
    update = AssignmentUpdate(assignment_id=assignment.id, on_date=day, text=text,
                              at=utcnow(), username=actor.username)
    session.add(update)
    session.flush()
    audit.record(session, actor, "create", "assignment_update", update.id,
                 after=audit.snapshot(update))
    return lifecycle.apply(session, actor, problem, version, "progress", on=day, note=text)


def list_assignments(session: Session, problem_id: int) -> list[AssignmentRow]:
    """Every level the problem went through, first to last."""
    rows = session.execute(
        select(Assignment.id, Assignment.version, Assignment.problem_id, Assignment.seq,
               Assignment.level, Assignment.unit_id, Assignment.department,
               func.coalesce(ResidentUnit.name, Assignment.department), Assignment.decision,
               Assignment.assigned_on, Assignment.deadline, Assignment.reported_on,
               Assignment.result, Assignment.ended_on, Assignment.result_note,
               Assignment.reopen_count)
        .outerjoin(ResidentUnit, ResidentUnit.id == Assignment.unit_id)
        .where(Assignment.problem_id == problem_id).order_by(Assignment.seq))
    return [AssignmentRow(*row) for row in rows]  # type: ignore[call-arg]


def list_updates(session: Session, problem_id: int) -> list[UpdateRow]:
    rows = session.execute(
        select(AssignmentUpdate.id, AssignmentUpdate.assignment_id, AssignmentUpdate.on_date,
               AssignmentUpdate.text, AssignmentUpdate.username, AssignmentUpdate.at)
        .join(Assignment, Assignment.id == AssignmentUpdate.assignment_id)
        .where(Assignment.problem_id == problem_id).order_by(AssignmentUpdate.id))
    return [UpdateRow(*row) for row in rows]


def _describe(session: Session, assignment: Assignment) -> str:
    unit = session.get(ResidentUnit, assignment.unit_id) if assignment.unit_id else None
    who = unit.name if unit is not None else assignment.department
    return f"{level_label(assignment.level)}：{who}，时限 {assignment.deadline.isoformat()}"
