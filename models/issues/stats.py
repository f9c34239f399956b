"""Statistics of the ledger for a period, with the honest on-time rate.

For the problems found in the period (states as they are now):
  collected      all of them
  in_scope       entered the whistle scope (whatever happened next)
  out_of_scope   turned away by a joint meeting
  pending_review not yet reviewed
  solved         resolved or closed
  open           neither solved nor turned away (pending review counts as open)
  overdue        open and past its deadline on `as_of`: INSIDE open, not a bucket beside it
  on_time        solved no later than its deadline (a problem without one cannot be late)
  on-time rate   on_time ÷ (solved + overdue), exact (Fraction); None when nothing counts
so collected = open + solved + out_of_scope. Broken down by source, 大类, current response
level and current responsible unit.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from models.issues.entities import IssueCategory, Problem
from models.issues.vocab import LEVELS, OPEN_STATES, SOLVED_STATES, SOURCES
from models.registry.entities import ResidentUnit

P: Table = Problem.__table__  # type: ignore[assignment]
CATEGORY: Table = IssueCategory.__table__  # type: ignore[assignment]
UNIT: Table = ResidentUnit.__table__  # type: ignore[assignment]
NONE_KEY = "none"
UNASSIGNED = "未交办"


def rate_text(rate: Fraction | None, places: int = 4) -> str | None:
    """0.75, 0.6667, 1, 0: rounded half up with integers only, trailing zeros dropped."""
    if rate is None:
        return None
    scale = 10 ** places
    scaled = (2 * rate.numerator * scale + rate.denominator) // (2 * rate.denominator)
    whole, part = divmod(scaled, scale)
    digits = f"{part:0{places}d}".rstrip("0")
    return f"{whole}.{digits}" if digits else str(whole)


@dataclass(frozen=True)
class Figures:
    collected: int = 0
    in_scope: int = 0
    out_of_scope: int = 0
    pending_review: int = 0
    solved: int = 0
    open: int = 0
    overdue: int = 0
    on_time: int = 0

    @property
    def rate_base(self) -> int:
        return self.solved + self.overdue

    @property
    def on_time_rate(self) -> Fraction | None:
        return Fraction(self.on_time, self.rate_base) if self.rate_base else None

    def as_json(self) -> dict[str, Any]:
        return {"collected": self.collected, "in_scope": self.in_scope,
                "out_of_scope": self.out_of_scope, "pending_review": self.pending_review,
                "solved": self.solved, "open": self.open, "overdue": self.overdue,
                "on_time": self.on_time, "rate_base": self.rate_base,
                "on_time_rate": rate_text(self.on_time_rate)}


@dataclass(frozen=True)
class Breakdown:
    key: str  # a code or an id, as text; "none" for 未交办
    label: str
    figures: Figures

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, **self.figures.as_json()}


@dataclass(frozen=True)
class IssueStats:
    start: dt.date
    end: dt.date
    as_of: dt.date
    total: Figures
    by_source: tuple[Breakdown, ...]
    by_category: tuple[Breakdown, ...]
    by_level: tuple[Breakdown, ...]
    by_unit: tuple[Breakdown, ...]

    def as_json(self) -> dict[str, Any]:
        """For `python main.py stats issues --json`: plain types, rates as strings."""
        return {"period": {"from": self.start.isoformat(), "to": self.end.isoformat(),
                           "as_of": self.as_of.isoformat()},
                "total": self.total.as_json(),
                "by_source": [b.as_json() for b in self.by_source],
                "by_category": [b.as_json() for b in self.by_category],
                "by_level": [b.as_json() for b in self.by_level],
                "by_unit": [b.as_json() for b in self.by_unit]}


@dataclass(frozen=True)
class _Fact:
    source: str
    major: tuple[str, str]
    level: tuple[str, str]
    unit: tuple[str, str]
    state: str
    in_scope: bool
    overdue: bool
    on_time: bool


def _figures(facts: Iterable[_Fact]) -> Figures:
    counts = dict.fromkeys(("collected", "in_scope", "out_of_scope", "pending_review",
                            "solved", "open", "overdue", "on_time"), 0)
    for fact in facts:
        counts["collected"] += 1
        counts["in_scope"] += fact.in_scope
        counts["out_of_scope"] += fact.state == "out_of_scope"
        counts["pending_review"] += fact.state == "collected"
        counts["solved"] += fact.state in SOLVED_STATES
        counts["open"] += fact.state in OPEN_STATES
        counts["overdue"] += fact.overdue
        counts["on_time"] += fact.on_time
    return Figures(**counts)


def _group(facts: list[_Fact], key: Callable[[_Fact], tuple[str, str]],
           order: list[str] | None = None) -> tuple[Breakdown, ...]:
    groups: dict[tuple[str, str], list[_Fact]] = {}
    for fact in facts:
        groups.setdefault(key(fact), []).append(fact)
    rows = [Breakdown(k, label, _figures(items)) for (k, label), items in groups.items()]
    if order is not None:
        rank = {k: i for i, k in enumerate(order)}
        rows.sort(key=lambda b: (rank.get(b.key, len(rank)), b.label))
    else:  # biggest first; 未交办 last
        rows.sort(key=lambda b: (b.key == NONE_KEY, -b.figures.collected, b.label))
    return tuple(rows)


def _facts(session: Session, start: dt.date, end: dt.date, as_of: dt.date) -> list[_Fact]:
    major = CATEGORY.alias("major")
    stmt = (select(P.c.source, P.c.major_category_id, major.c.name, P.c.level, P.c.unit_id,
                   func.coalesce(UNIT.c.name, P.c.department), P.c.state, P.c.in_scope,
                   P.c.deadline, P.c.resolved_on)
            .select_from(P.join(major, major.c.id == P.c.major_category_id)
                         .outerjoin(UNIT, UNIT.c.id == P.c.unit_id))
            .where(P.c.found_on.between(start, end)))
    facts = []
    for (source, major_id, major_name, level, unit_id, responsible, state, in_scope,
         deadline, resolved_on) in session.execute(stmt):
        solved = state in SOLVED_STATES
        if unit_id is not None:
            unit = (f"unit:{unit_id}", responsible)
        elif responsible:
            unit = (f"dept:{responsible}", responsible)
        else:
            unit = (NONE_KEY, UNASSIGNED)
        facts.append(_Fact(
            source=source, major=(str(major_id), major_name),
            level=(str(level), LEVELS[level]) if level else (NONE_KEY, UNASSIGNED),
            unit=unit, state=state, in_scope=bool(in_scope),
            overdue=state in OPEN_STATES and deadline is not None and deadline < as_of,
            on_time=solved and (deadline is None or resolved_on <= deadline)))
    return facts


def issue_stats(session: Session, start: dt.date, end: dt.date, *,
                as_of: dt.date | None = None) -> IssueStats:
    """Figures for problems found from `start` to `end` inclusive; overdue on `as_of`
    (default today)."""
    as_of = as_of or dt.date.today()
    facts = _facts(session, start, end, as_of)
    majors = [str(i) for i in session.execute(
        select(CATEGORY.c.id).where(CATEGORY.c.parent_id.is_(None))
        .order_by(CATEGORY.c.sort_order, CATEGORY.c.id)).scalars()]
    sources = _group(facts, lambda f: (f.source, SOURCES.get(f.source, f.source)),
                     list(SOURCES))
    return IssueStats(
        start=start, end=end, as_of=as_of, total=_figures(facts), by_source=sources,
        by_category=_group(facts, lambda f: f.major, majors),
        by_level=_group(facts, lambda f: f.level, [str(k) for k in LEVELS] + [NONE_KEY]),
        by_unit=_group(facts, lambda f: f.unit))
