"""Small read-only queries the issue-ledger screens need besides the services.

- lookups: the choices of the filter bar and the forms (categories, compounds and buildings,
  resident units, departments in use, people for the meeting attendees) and the office;
- check_problem: models.issues.problems.clean_problem for a form that validates on the
  worker while the clerk types (no write, nothing kept);
- review_candidates: the problems a joint meeting can decide on (收集 or 未纳入, for 复议);
- responsible: the current assignment of a problem (for 责任追究);
- problem_ids_by_number: the ids of problems the reviewer names by number (协调会商).
Nothing here writes; every rule stays in the service modules.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import FieldError, FieldErrors
from models.issues import ledger, taxonomy
from models.issues.assignments import current
from models.issues.config import office_name
from models.issues.entities import Problem
from models.issues.ledger import ProblemFilter, ProblemRow
from models.issues.problems import ProblemData, clean_problem
from models.messages import register
from models.office import Office
from models.registry.entities import Building, Community, Compound, Person, ResidentUnit

register({"issue.unknown_numbers": "找不到编号为 {numbers} 的问题，请核对问题编号。"})
REVIEWABLE = frozenset({"collected", "out_of_scope"})
NUMBER_SPLIT = re.compile(r"[\s,，、;；]+")


@dataclass(frozen=True)
class IssueLookups:
    office: str
    community_id: int | None
    categories: tuple[taxonomy.CategoryRow, ...]  # active ones, 大类 then its 小类
    compounds: tuple[tuple[int, str], ...]
    buildings: tuple[tuple[int, int, str], ...]  # id, compound id, name
    units: tuple[tuple[int, str], ...]  # resident units
    departments: tuple[str, ...]  # responsible departments named so far
    people: tuple[tuple[int, str, bool], ...]  # id, name, Party member; members first


def _community_id(session: Session) -> int | None:
    found = session.execute(select(Office.community_id).order_by(Office.id).limit(1)).scalar()
    if found is not None:
        return int(found)
    first = session.execute(select(Community.id).order_by(Community.id).limit(1)).scalar()
    return int(first) if first is not None else None


def lookups(session: Session) -> IssueLookups:
    departments = session.execute(
        select(Problem.department).where(Problem.department != "").distinct()
        .order_by(Problem.department)).scalars()
    people = session.execute(select(Person.id, Person.name, Person.is_party_member)
                             .order_by(Person.is_party_member.desc(), Person.id))
    return IssueLookups(
        office=office_name(session), community_id=_community_id(session),
        categories=tuple(taxonomy.list_categories(session, active_only=True)),
        compounds=tuple((i, n) for i, n in session.execute(
            select(Compound.id, Compound.name).order_by(Compound.name))),
        buildings=tuple((i, c, n) for i, c, n in session.execute(
            select(Building.id, Building.compound_id, Building.name).order_by(Building.id))),
        units=tuple((i, n) for i, n in session.execute(
            select(ResidentUnit.id, ResidentUnit.name).order_by(ResidentUnit.name))),
        departments=tuple(departments),
        people=tuple((i, n, bool(m)) for i, n, m in people))


def check_problem(session: Session, data: ProblemData,
                  today: dt.date | None = None) -> dict[str, str]:
    """Field → message for everything clean_problem finds wrong in `data` ({} when clean)."""
    if data.category_id is None:  # nothing chosen yet: an id that names no category
        data = dataclasses.replace(data, category_id=0)
    try:
        clean_problem(session, data, today)
    except FieldErrors as exc:
        return exc.by_field()
    except FieldError as exc:
        return {exc.field: exc.message}
    return {}


def review_candidates(session: Session, *, today: dt.date | None = None) -> list[ProblemRow]:
    """Problems waiting for a joint meeting (and those turned away, for 复议), oldest first."""
    ids = ledger.problem_ids(session, ProblemFilter(states=REVIEWABLE, descending=False),
                             today=today)
    return ledger.problem_rows(session, ids, today=today)


@dataclass(frozen=True)
class Responsible:
    assignment_id: int | None
    unit_id: int | None
    department: str


def responsible(session: Session, problem_id: int) -> Responsible:
    """Who answers for the problem now (its latest assignment), or nobody yet."""
    assignment = current(session, problem_id)
    if assignment is None:
        return Responsible(None, None, "")
    return Responsible(assignment.id, assignment.unit_id, assignment.department)


def split_numbers(text: str) -> list[str]:
    return [n.upper() for n in NUMBER_SPLIT.split(text.strip()) if n]


def problem_ids_by_number(session: Session, field: str, text: str) -> tuple[int, ...]:
    """The ids of the problems named by number in `text` (WT-2026-0012 WT-2026-0013 …),
    in the order given; FieldError on `field` naming the numbers that do not exist."""
    numbers = list(dict.fromkeys(split_numbers(text)))
    found = {n: i for n, i in session.execute(
        select(Problem.number, Problem.id).where(Problem.number.in_(numbers)))}
    missing = [n for n in numbers if n not in found]
    if missing:
        raise FieldError(field, "issue.unknown_numbers", numbers="、".join(missing))
    return tuple(found[n] for n in numbers)


def resolve_problem(session: Session, text: str) -> int:
    """A problem named by its database id ("17") or its number ("WT-2026-0017")."""
    text = text.strip()
    if text.isdigit() and session.get(Problem, int(text)) is not None:
        return int(text)
    return problem_ids_by_number(session, "problem", text)[0]
