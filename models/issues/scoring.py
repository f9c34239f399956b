"""量化考核: points for responding units, and their ranking for a period.

An assignment counts in the period its deadline falls in. With the configured points
(models.issues.config.ScoringRules; national defaults shipped):
  resolved by the deadline                       on_time
  ended (resolved/escalated) after the deadline,
  or still open after it on `as_of`              late + per_day_overdue × min(days, cap)
  each reopening                                 reopened
  报到 later than report_days after 交办
  (or not yet, with that time gone)              report_late
  each supervision letter about the assignment   letter
  escalated away from the unit                   escalated
A unit is a resident unit (by id) or a department (by name). Points are Decimals.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from models.issues.config import ScoringRules, scoring_rules
from models.issues.entities import Assignment, SupervisionLetter
from models.registry.entities import ResidentUnit

A: Table = Assignment.__table__  # type: ignore[assignment]
L: Table = SupervisionLetter.__table__  # type: ignore[assignment]
UNIT: Table = ResidentUnit.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class AssignmentFacts:
    """What scoring needs to know about one assignment."""

    assigned_on: dt.date
    deadline: dt.date
    reported_on: dt.date | None
    result: str  # open / resolved / escalated
    ended_on: dt.date | None
    reopen_count: int
    letters: int


@dataclass(frozen=True)
class UnitScore:
    key: str  # "unit:<id>" or "dept:<name>"
    unit_id: int | None
    name: str
    assignments: int = 0
    on_time: int = 0
    late: int = 0  # ended late or still open past the deadline
    overdue_days: int = 0  # the capped days that were charged
    reopened: int = 0
    late_reports: int = 0
    letters: int = 0
    escalated: int = 0
    points: Decimal = Decimal("0")
    rank: int = 0


def score(facts: AssignmentFacts, rules: ScoringRules, as_of: dt.date) -> dict[str, object]:
    """Counts and points of one assignment, as increments of a UnitScore's fields."""
    out: dict[str, object] = {"assignments": 1, "reopened": facts.reopen_count,
                              "letters": facts.letters}
    points = rules.reopened * facts.reopen_count + rules.letter * facts.letters
    end = facts.ended_on if facts.result != "open" else None
    late_days = ((end or as_of) - facts.deadline).days
    if late_days > 0:
        days = min(late_days, rules.overdue_day_cap)
        out.update(late=1, overdue_days=days)
        points += rules.late + rules.per_day_overdue * days
    elif facts.result == "resolved":
        out["on_time"] = 1
        points += rules.on_time
    if facts.result == "escalated":
        out["escalated"] = 1
        points += rules.escalated
    report_due = facts.assigned_on + dt.timedelta(days=rules.report_days)
    reported = facts.reported_on or min(end or as_of, as_of)
    if reported > report_due:
        out["late_reports"] = 1
        points += rules.report_late
    out["points"] = points
    return out


def _add(total: UnitScore, increments: dict[str, object]) -> UnitScore:
    return replace(total, **{k: getattr(total, k) + v
                             for k, v in increments.items()})


def _rank(scores: Iterable[UnitScore]) -> list[UnitScore]:
    """Most points first; equal points share a rank (1, 2, 2, 4)."""
    ordered = sorted(scores, key=lambda s: (-s.points, s.name))
    ranked: list[UnitScore] = []
    for position, item in enumerate(ordered, start=1):
        same = ranked and ranked[-1].points == item.points
        ranked.append(replace(item, rank=ranked[-1].rank if same else position))
    return ranked


def ranking(session: Session, start: dt.date, end: dt.date, *,
            as_of: dt.date | None = None, rules: ScoringRules | None = None
            ) -> list[UnitScore]:
    """Scores of every unit with an assignment whose deadline falls in the period."""
    as_of = as_of or dt.date.today()
    rules = rules or scoring_rules(session)
    letters = (select(L.c.assignment_id, func.count().label("n"))
               .where(L.c.assignment_id.is_not(None)).group_by(L.c.assignment_id)
               .subquery())
    stmt = (select(A.c.unit_id, UNIT.c.name, A.c.department, A.c.assigned_on, A.c.deadline,
                   A.c.reported_on, A.c.result, A.c.ended_on, A.c.reopen_count,
                   func.coalesce(letters.c.n, 0))
            .select_from(A.outerjoin(UNIT, UNIT.c.id == A.c.unit_id)
                         .outerjoin(letters, letters.c.assignment_id == A.c.id))
            .where(A.c.deadline.between(start, end)))
    totals: dict[str, UnitScore] = {}
    for unit_id, unit_name, department, *facts in session.execute(stmt):
        key = f"unit:{unit_id}" if unit_id is not None else f"dept:{department}"
        total = totals.get(key) or UnitScore(key, unit_id, unit_name or department)
        totals[key] = _add(total, score(AssignmentFacts(*facts), rules, as_of))
    return _rank(totals.values())
