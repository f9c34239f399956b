"""The ledger list (台账): ids for a filter, then rows for one screen, as Core selects.

A table model over 100,000 problems holds the ordered ids from `problem_ids` and asks
`problem_rows` for the rows it is about to show. Both are SQLAlchemy Core statements on
the tables, not ORM entity loads (which measured ~4.6× slower than raw sqlite3 here).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from models.issues import search
from models.issues.entities import IssueCategory, Problem
from models.issues.vocab import OPEN_STATES, ProblemLabels
from models.registry.entities import Building, Compound, ResidentUnit

P: Table = Problem.__table__  # type: ignore[assignment]
CATEGORY: Table = IssueCategory.__table__  # type: ignore[assignment]
MAJOR = CATEGORY.alias("major")
MINOR = CATEGORY.alias("minor")
COMPOUND: Table = Compound.__table__  # type: ignore[assignment]
BUILDING: Table = Building.__table__  # type: ignore[assignment]
UNIT: Table = ResidentUnit.__table__  # type: ignore[assignment]
SORTS = {"found_on": P.c.found_on, "number": P.c.number, "deadline": P.c.deadline,
         "state": P.c.state, "level": P.c.level, "urgency": P.c.urgency}


@dataclass(frozen=True)
class ProblemFilter:
    """What the filter bar above the ledger says. Empty fields do not filter."""

    found_from: dt.date | None = None
    found_to: dt.date | None = None
    source: str = ""
    category_id: int | None = None  # a 大类 selects all its 小类
    level: int | None = None
    states: frozenset[str] = field(default_factory=frozenset)
    unit_id: int | None = None  # current responsible resident unit
    department: str = ""  # current responsible department (exact name)
    compound_id: int | None = None
    overdue_only: bool = False
    text: str = ""
    sort: str = "found_on"
    descending: bool = True


@dataclass(frozen=True)
class ProblemRow(ProblemLabels):
    """One line of the ledger."""

    id: int
    version: int
    number: str
    found_on: dt.date
    source: str
    category: str  # 大类/小类
    place: str  # 小区 楼栋
    title: str
    description: str
    reporter_name: str
    urgency: str
    deadline: dt.date | None
    state: str
    level: int | None
    responsible: str
    resolved_on: dt.date | None
    reopen_count: int
    days_overdue: int  # 0 unless open past its deadline

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def overdue_condition(today: dt.date) -> ColumnElement[bool]:
    """Open (not solved, not turned away) and past the deadline."""
    return and_(P.c.state.in_(sorted(OPEN_STATES)), P.c.deadline < today)


def conditions(dialect: str, filters: ProblemFilter,
               today: dt.date) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if filters.found_from is not None:
        found.append(P.c.found_on >= filters.found_from)
    if filters.found_to is not None:
        found.append(P.c.found_on <= filters.found_to)
    if filters.source:
        found.append(P.c.source == filters.source)
    if filters.category_id is not None:
        found.append(or_(P.c.category_id == filters.category_id,
                         P.c.major_category_id == filters.category_id))
    if filters.level is not None:
        found.append(P.c.level == filters.level)
    if filters.states:
        found.append(P.c.state.in_(sorted(filters.states)))
    if filters.unit_id is not None:
        found.append(P.c.unit_id == filters.unit_id)
    if filters.department:
        found.append(P.c.department == filters.department)
    if filters.compound_id is not None:
        found.append(P.c.compound_id == filters.compound_id)
    if filters.overdue_only:
        found.append(overdue_condition(today))
    if filters.text.strip():
        found.append(search.text_condition(dialect, filters.text))
    return found


def ids_statement(dialect: str, filters: ProblemFilter, today: dt.date) -> Select[int]:
    key = SORTS.get(filters.sort, P.c.found_on)
    order = [key.desc(), P.c.id.desc()] if filters.descending else [key.asc(), P.c.id.asc()]
    return select(P.c.id).where(*conditions(dialect, filters, today)).order_by(*order)


def problem_ids(session: Session, filters: ProblemFilter, *,
                today: dt.date | None = None) -> list[int]:
    """Ids of every problem the filter selects, in display order."""
    dialect = session.get_bind().dialect.name
    stmt = ids_statement(dialect, filters, today or dt.date.today())
    return list(session.execute(stmt).scalars())


def _rows_select() -> Select[tuple[object, ...]]:
    place = (func.coalesce(COMPOUND.c.name, "")
             + func.coalesce(" " + BUILDING.c.name, ""))
    category = MAJOR.c.name + case((P.c.category_id == P.c.major_category_id, ""),
                                   else_="/" + MINOR.c.name)
    return (select(P.c.id, P.c.version, P.c.number, P.c.found_on, P.c.source,
                   category, place, P.c.title, P.c.description, P.c.reporter_name,
                   P.c.urgency, P.c.deadline, P.c.state, P.c.level,
                   func.coalesce(UNIT.c.name, P.c.department), P.c.resolved_on,
                   P.c.reopen_count)
            .select_from(P.join(MAJOR, MAJOR.c.id == P.c.major_category_id)
                         .join(MINOR, MINOR.c.id == P.c.category_id)
                         .outerjoin(COMPOUND, COMPOUND.c.id == P.c.compound_id)
                         .outerjoin(BUILDING, BUILDING.c.id == P.c.building_id)
                         .outerjoin(UNIT, UNIT.c.id == P.c.unit_id))
            .where(P.c.id.in_(bindparam("ids", expanding=True))))


# Built once: each screen only binds its ids, so SQLAlchemy neither rebuilds the
# statement nor recomputes its cache key (measurable at one screen per scroll step).
ROWS = _rows_select()


def rows_statement(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    """The rows query with `ids` bound (for showing or compiling the SQL)."""
    return ROWS.params(ids=list(ids))


def problem_rows(session: Session, ids: Sequence[int], *,
                 today: dt.date | None = None) -> list[ProblemRow]:
    """The rows for `ids` (one screen), in the order of `ids`; missing ids are skipped."""
    if not ids:
        return []
    day = today or dt.date.today()
    by_id: dict[int, ProblemRow] = {}
    row: Any
    for row in session.execute(ROWS, {"ids": list(ids)}):
        deadline, state = row[11], row[12]
        late = (day - deadline).days if deadline is not None and state in OPEN_STATES else 0
        by_id[row[0]] = ProblemRow(*row, max(late, 0))  # type: ignore[call-arg]
    return [by_id[i] for i in ids if i in by_id]


def problem_row(session: Session, problem_id: int, *,
                today: dt.date | None = None) -> ProblemRow | None:
    rows = problem_rows(session, [problem_id], today=today)
    return rows[0] if rows else None
