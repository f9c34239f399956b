"""One problem in full: its fields with names, and everything that happened to it.

`get_problem` is what the edit form loads; `problem_detail` adds the assignments per
level, progress notes, meeting decisions, attachments, letters, coordination meetings,
accountability records and the event history, for the detail page and the PDF of a
single problem.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.issues import (
    accountability,
    assignments,
    attachments,
    coordination,
    letters,
    lifecycle,
    meetings,
)
from models.issues.assignments import UpdateRow
from models.issues.entities import IssueCategory
from models.issues.problems import ProblemData
from models.issues.vocab import ProblemLabels
from models.registry.entities import Building, Compound, ResidentUnit


@dataclass(frozen=True)
class ProblemRecord(ProblemLabels):
    id: int
    version: int
    number: str
    community_id: int
    source: str
    assigning_body: str
    source_unit_id: int | None
    source_unit_name: str
    category_id: int
    major_category_id: int
    category_path: str
    compound_id: int | None
    compound_name: str
    building_id: int | None
    building_name: str
    reporter_name: str
    reporter_person_id: int | None
    found_on: dt.date
    title: str
    description: str
    urgency: str
    deadline: dt.date | None
    state: str
    in_scope: bool | None
    scope_reason: str
    level: int | None
    unit_id: int | None
    department: str
    responsible: str
    resolved_on: dt.date | None
    closed_on: dt.date | None
    reopen_count: int
    updated_by: str

    def data(self) -> ProblemData:
        return ProblemData(self.source, self.category_id, self.found_on, self.title,
                           self.description, self.assigning_body, self.source_unit_id,
                           self.compound_id, self.building_id, self.reporter_name,
                           self.reporter_person_id, self.urgency, self.deadline)


@dataclass(frozen=True)
class ProblemDetail:
    problem: ProblemRecord
    assignments: tuple[assignments.AssignmentRow, ...]
    updates: tuple[UpdateRow, ...]
    decisions: tuple[meetings.DecisionRow, ...]
    attachments: tuple[attachments.AttachmentRow, ...]
    letters: tuple[letters.LetterRow, ...]
    coordinations: tuple[coordination.CoordinationRow, ...]
    accountability: tuple[accountability.AccountabilityRow, ...]
    events: tuple[lifecycle.EventRow, ...]
    allowed_actions: tuple[str, ...]  # lifecycle actions possible now (any role)


def _name(session: Session, cls: type, record_id: int | None) -> str:
    if record_id is None:
        return ""
    obj = session.get(cls, record_id)
    return obj.name if obj is not None else ""


def get_problem(session: Session, problem_id: int) -> ProblemRecord:
    p = lifecycle.load_problem(session, problem_id)
    major = _name(session, IssueCategory, p.major_category_id)
    minor = _name(session, IssueCategory, p.category_id)
    unit = _name(session, ResidentUnit, p.unit_id)
    return ProblemRecord(
        p.id, p.version, p.number, p.community_id, p.source, p.assigning_body,
        p.source_unit_id, _name(session, ResidentUnit, p.source_unit_id), p.category_id,
        p.major_category_id, major if p.category_id == p.major_category_id
        else f"{major}/{minor}", p.compound_id, _name(session, Compound, p.compound_id),
        p.building_id, _name(session, Building, p.building_id), p.reporter_name,
        p.reporter_person_id, p.found_on, p.title, p.description, p.urgency, p.deadline,
        p.state, p.in_scope, p.scope_reason, p.level, p.unit_id, p.department,
        unit or p.department, p.resolved_on, p.closed_on, p.reopen_count, p.updated_by)


def problem_detail(session: Session, problem_id: int) -> ProblemDetail:
    record = get_problem(session, problem_id)
    return ProblemDetail(
        problem=record,
        assignments=tuple(assignments.list_assignments(session, problem_id)),
        updates=tuple(assignments.list_updates(session, problem_id)),
        decisions=tuple(meetings.list_decisions(session, problem_id=problem_id)),
        attachments=tuple(attachments.list_attachments(session, problem_id)),
        letters=tuple(letters.list_letters(session, problem_id=problem_id)),
        coordinations=tuple(coordination.list_coordinations(session, problem_id=problem_id)),
        accountability=tuple(accountability.list_accountability(session,
                                                                problem_id=problem_id)),
        events=tuple(lifecycle.history(session, problem_id)),
        allowed_actions=tuple(lifecycle.allowed_actions(record.state)))
