"""Logging and editing problems: source, category, place, reporter, dates, urgency.

Where a problem comes from decides what else must be said: 上级交办 names the assigning
body, 驻区单位收集 the resident unit that collected it. The running number WT-<year>-<n>
follows the year the problem was found and never changes afterwards.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.issues import lifecycle, numbering
from models.issues.entities import Problem
from models.issues.lifecycle import ProblemStatus
from models.issues.taxonomy import resolve_category
from models.issues.vocab import SOURCES, URGENCIES
from models.registry.entities import Building, Community, Compound, Person, ResidentUnit

DESCRIPTION_LIMIT = 4000
# States from which the deadline is a promise to a responding unit: only a reviewer moves it.
DEADLINE_LOCKED = frozenset({"assigned", "reported", "in_progress", "resolved"})
LABELS = {"source": "问题来源", "assigning_body": "交办单位", "source_unit_id": "收集单位",
          "category_id": "问题类别", "major_category_id": "问题大类", "compound_id": "小区",
          "building_id": "楼栋", "reporter_name": "反映人", "reporter_person_id": "反映人",
          "found_on": "发现日期", "title": "问题标题", "description": "问题描述",
          "urgency": "紧急程度", "deadline": "办理时限"}


@dataclass(frozen=True)
class ProblemData:
    """What the clerk enters on the problem form."""

    source: str
    category_id: int
    found_on: dt.date | None
    title: str
    description: str = ""
    assigning_body: str = ""
    source_unit_id: int | None = None
    compound_id: int | None = None
    building_id: int | None = None
    reporter_name: str = ""
    reporter_person_id: int | None = None
    urgency: str = "normal"
    deadline: dt.date | None = None


def _check_source(check: validation.Collector, session: Session, data: ProblemData) -> None:
    if data.source == "assigned" and not data.assigning_body.strip():
        check.fail(FieldError("assigning_body", "issue.assigning_body_required"))
    if data.source == "unit":
        if data.source_unit_id is None:
            check.fail(FieldError("source_unit_id", "issue.source_unit_required"))
        elif session.get(ResidentUnit, data.source_unit_id) is None:
            check.fail(FieldError("source_unit_id", "field.bad_choice", label="收集单位"))


def _check_place(check: validation.Collector, session: Session, data: ProblemData) -> None:
    if data.compound_id is not None and session.get(Compound, data.compound_id) is None:
        check.fail(FieldError("compound_id", "field.bad_choice", label="小区"))
    if data.building_id is not None:
        building = session.get(Building, data.building_id)
        if building is None or building.compound_id != data.compound_id:
            check.fail(FieldError("building_id", "person.building_mismatch"))


def _reporter(check: validation.Collector, session: Session, data: ProblemData) -> str:
    name = check(validation.text, "reporter_name", "反映人", data.reporter_name, limit=50)
    if data.reporter_person_id is not None:
        person = session.get(Person, data.reporter_person_id)
        if person is None:
            check.fail(FieldError("reporter_person_id", "field.bad_choice", label="反映人"))
        elif not name:
            name = person.name
    return name or ""


def clean_problem(session: Session, data: ProblemData,
                  today: dt.date | None = None) -> dict[str, object]:
    """Validated column values, or FieldErrors naming every bad field."""
    check = validation.Collector()
    source = check(validation.choice, "source", "问题来源", data.source, SOURCES)
    found_on = check(validation.past_date, "found_on", "发现日期", data.found_on,
                     required=True, today=today)
    category = check(resolve_category, session, data.category_id)
    values: dict[str, object] = {
        "source": source,
        "assigning_body": check(validation.text, "assigning_body", "交办单位",
                                data.assigning_body if source == "assigned" else "",
                                limit=200),
        "source_unit_id": data.source_unit_id if source == "unit" else None,
        "category_id": category[0] if category else None,
        "major_category_id": category[1] if category else None,
        "compound_id": data.compound_id,
        "building_id": data.building_id,
        "reporter_person_id": data.reporter_person_id,
        "reporter_name": _reporter(check, session, data),
        "found_on": found_on,
        "title": check(validation.text, "title", "问题标题", data.title, required=True),
        "description": check(validation.note, "description", "问题描述", data.description,
                             limit=DESCRIPTION_LIMIT),
        "urgency": check(validation.choice, "urgency", "紧急程度", data.urgency, URGENCIES),
        "deadline": check(validation.date, "deadline", "办理时限", data.deadline),
    }
    if source:
        _check_source(check, session, data)
    _check_place(check, session, data)
    if data.deadline is not None and found_on is not None and data.deadline < found_on:
        check.fail(FieldError("deadline", "issue.date_before", label="办理时限",
                              other="发现日期", date=found_on.isoformat()))
    check.done()
    return values


def create_problem(session: Session, actor: Actor, community_id: int, data: ProblemData, *,
                   today: dt.date | None = None) -> ProblemStatus:
    """Log a problem (state 已收集) with the next number of its year."""
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = clean_problem(session, data, today)
    found_on = values["found_on"]
    assert isinstance(found_on, dt.date)
    value = numbering.next_value(session, numbering.PROBLEM, found_on.year)
    problem = Problem(community_id=community_id, year=found_on.year,
                      number=numbering.problem_number(found_on.year, value),
                      state="collected", reopen_count=0, scope_reason="", department="",
                      **values)
    records.create(session, actor, problem)
    lifecycle.add_event(session, actor, problem.id, "create", from_state="",
                        to_state="collected", on=found_on)
    session.flush()
    return lifecycle.status(problem)


def update_problem(session: Session, actor: Actor, problem_id: int, version: int,
                   data: ProblemData, *, today: dt.date | None = None) -> ProblemStatus:
    """Correct what was logged. A closed problem is read-only; once a unit is answering
    for the deadline, only a reviewer may move it."""
    actor = require(session, actor, "clerk")
    problem = lifecycle.load_problem(session, problem_id)
    if problem.state == "closed":
        raise UserError("issue.closed_readonly", number=problem.number)
    values = clean_problem(session, data, today)
    if values["deadline"] != problem.deadline and problem.state in DEADLINE_LOCKED:
        require(session, actor, "reviewer")
    changed = [LABELS[k] for k, v in values.items()
               if getattr(problem, k) != v and k != "major_category_id"]
    records.update(session, actor, problem, version, "问题", values)
    if changed:
        lifecycle.note_event(session, actor, problem, "update",
                             note="修改：" + "、".join(dict.fromkeys(changed)))
    session.flush()
    return lifecycle.status(problem)
