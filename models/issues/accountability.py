"""责任追究: measures taken against a unit, department or person over a problem.

A record names the problem (and, when known, the assignment under which the failure
happened), who is held to account, the measure (约谈, 通报批评 …), the date and a note.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.issues import lifecycle
from models.issues.assignments import not_before, required_day
from models.issues.entities import Accountability, Assignment, Problem
from models.issues.vocab import MEASURES
from models.registry.entities import ResidentUnit


@dataclass(frozen=True)
class AccountabilityData:
    problem_id: int
    measure: str
    decided_on: dt.date | None
    unit_id: int | None = None
    department: str = ""
    person_name: str = ""
    note: str = ""
    assignment_id: int | None = None


@dataclass(frozen=True)
class AccountabilityRow:
    id: int
    version: int
    problem_id: int
    problem_number: str
    assignment_id: int | None
    unit_id: int | None
    department: str
    target: str  # the unit's name, else the department
    person_name: str
    measure: str
    decided_on: dt.date
    note: str

    @property
    def measure_label(self) -> str:
        return MEASURES.get(self.measure, self.measure)


def accountability_fields(data: AccountabilityData,
                          today: dt.date | None = None) -> dict[str, object]:
    """The record's own fields, checked without the database: the service runs this, and
    the accountability dialog runs it as the reviewer types."""
    check = validation.Collector()
    values = {
        "measure": check(validation.choice, "measure", "追责措施", data.measure, MEASURES),
        "decided_on": check(required_day, "decided_on", "决定日期", data.decided_on, today),
        "department": check(validation.text, "department", "责任部门", data.department),
        "person_name": check(validation.text, "person_name", "责任人", data.person_name,
                             limit=50),
        "note": check(validation.note, "note", "备注", data.note, limit=4000),
    }
    if data.unit_id is None and not values["department"] and not values["person_name"]:
        check.fail(FieldError("unit_id", "issue.target_required"))
    check.done()
    return values


def record_accountability(session: Session, actor: Actor, data: AccountabilityData, *,
                          today: dt.date | None = None) -> int:
    actor = require(session, actor, "reviewer")
    problem = lifecycle.load_problem(session, data.problem_id)
    lifecycle.check_measure(session, problem, "accountability", actor)
    check = validation.Collector()
    values = check(accountability_fields, data, today) or {}
    if data.unit_id is not None and session.get(ResidentUnit, data.unit_id) is None:
        check.fail(FieldError("unit_id", "field.bad_choice", label="责任单位"))
    if data.assignment_id is not None:
        assignment = session.get(Assignment, data.assignment_id)
        if assignment is None or assignment.problem_id != problem.id:
            check.fail(FieldError("assignment_id", "field.bad_choice", label="交办记录"))
    decided_on = values.get("decided_on")
    if isinstance(decided_on, dt.date):
        check(not_before, "decided_on", "决定日期", decided_on, "发现日期", problem.found_on)
    check.done()
    assert isinstance(decided_on, dt.date)
    measure, department = str(values["measure"]), str(values["department"])
    person, note = str(values["person_name"]), str(values["note"])
    record = records.create(session, actor, Accountability(
        problem_id=problem.id, assignment_id=data.assignment_id, unit_id=data.unit_id,
        department=department if data.unit_id is None else "", person_name=person,
        measure=measure, decided_on=decided_on, note=note))
    lifecycle.note_event(session, actor, problem, "accountability", on=decided_on,
                         note=MEASURES[measure])
    session.flush()
    return record.id


def list_accountability(session: Session, *, problem_id: int | None = None,
                        start: dt.date | None = None, end: dt.date | None = None
                        ) -> list[AccountabilityRow]:
    """Records by decision date (then entry order)."""
    stmt = (select(Accountability.id, Accountability.version, Accountability.problem_id,
                   Problem.number, Accountability.assignment_id, Accountability.unit_id,
                   Accountability.department,
                   func.coalesce(ResidentUnit.name, Accountability.department),
                   Accountability.person_name, Accountability.measure,
                   Accountability.decided_on, Accountability.note)
            .join(Problem, Problem.id == Accountability.problem_id)
            .outerjoin(ResidentUnit, ResidentUnit.id == Accountability.unit_id)
            .order_by(Accountability.decided_on, Accountability.id))
    if problem_id is not None:
        stmt = stmt.where(Accountability.problem_id == problem_id)
    if start is not None:
        stmt = stmt.where(Accountability.decided_on >= start)
    if end is not None:
        stmt = stmt.where(Accountability.decided_on <= end)
    return [AccountabilityRow(*row)  # type: ignore[call-arg]
            for row in session.execute(stmt)]
