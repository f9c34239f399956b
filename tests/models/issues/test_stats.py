"""Statistics for a period against hand-computed figures (first quarter 2026, as of 04-10).

  S1 社区一线查找 环境卫生  awaiting review, deadline 04-01      open, OVERDUE
  S2 社区一线查找 环境卫生  not in scope                         turned away
  S3 驻区单位收集 物业管理  level 1 供电所, solved on time          solved, on time
  S4 驻区单位收集 物业管理  level 2 水务局, solved 5 days late      solved, late
  S5 上级交办     市政设施  level 2 水务局, deadline 01-31         open, OVERDUE
  S6 上级交办     市政设施  level 1 供电所, deadline 04-30         open
  S7 found 2025-12-20                                              outside the period
  S8 社区一线查找 环境卫生  in scope, not yet assigned, no deadline open
collected 7 = open 4 (of which overdue 2) + solved 2 + not in scope 1;
on-time rate = 1 ÷ (2 solved + 2 overdue) = 0.25.
"""
from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest

from models.db import Database
from models.issues import assignments, resolution, stats
from models.issues.lifecycle import ProblemStatus
from tests.models.issues.helpers import CLERK, REVIEWER, TODAY, Office, act, assignment, new_problem

D = dt.date
FIELDS = ("collected", "in_scope", "out_of_scope", "pending_review", "solved", "open",
          "overdue", "on_time", "on_time_rate")


def figures(item: stats.Figures | stats.Breakdown) -> tuple[object, ...]:
    data = item.as_json()
    return tuple(data[k] for k in FIELDS)


@pytest.fixture
def ledger(db: Database, office: Office) -> Office:
    power, water = office.unit_ids[0], "巴州区水务局"
    cat = office.categories
    unit = {"source": "unit", "source_unit_id": office.unit_ids[1]}
    above = {"source": "assigned", "assigning_body": "巴州区信访局"}
    with db.session() as s:
        def assigned(origin: dict[str, object], category: str, level: int,
                     deadline: dt.date, **who: object) -> ProblemStatus:
            status = act(s, office, new_problem(s, office, category_id=cat[category],
                                                **origin), "review_in")
            status = assignments.assign(s, REVIEWER, status.id, status.version, assignment(
                level, deadline=deadline, **who), today=TODAY)  # type: ignore[arg-type]
            return act(s, office, status, "report")

        new_problem(s, office, deadline=D(2026, 4, 1))  # S1
        act(s, office, new_problem(s, office, category_id=cat["环境卫生/乱堆乱放"]),
            "review_out")  # S2
        s3 = assigned(unit, "物业管理/电梯故障", 1, D(2026, 1, 31), unit_id=power)
        s3 = resolution.resolve(s, CLERK, s3.id, s3.version, resolved_on=D(2026, 1, 14),
                                result="已修复", today=TODAY)
        act(s, office, s3, "close")
        s4 = assigned(unit, "物业管理/电梯故障", 2, D(2026, 1, 31), department=water)
        resolution.resolve(s, CLERK, s4.id, s4.version, resolved_on=D(2026, 2, 5),
                           result="已修复", today=TODAY)
        act(s, office, assigned(above, "市政设施/路灯", 2, D(2026, 1, 31), department=water),
            "progress")  # S5
        act(s, office, assigned(above, "市政设施/路灯", 1, D(2026, 4, 30), unit_id=power),
            "progress")  # S6
        new_problem(s, office, found_on=D(2025, 12, 20))  # S7
        act(s, office, new_problem(s, office), "review_in")  # S8
    return office


def test_figures_match_the_hand_count(db: Database, ledger: Office) -> None:
    with db.read_session() as session:
        result = stats.issue_stats(session, D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 4, 10))
    assert figures(result.total) == (7, 5, 1, 1, 2, 4, 2, 1, "0.25")
    assert result.total.on_time_rate == Fraction(1, 4)
    assert [(b.label, *figures(b)) for b in result.by_source] == [
        ("上级交办", 2, 2, 0, 0, 0, 2, 1, 0, "0"),
        ("驻区单位收集", 2, 2, 0, 0, 2, 0, 0, 1, "0.5"),
        ("社区一线查找", 3, 1, 1, 1, 0, 2, 1, 0, "0"),
    ]
    assert [(b.label, b.figures.collected) for b in result.by_category] == [
        ("环境卫生", 3), ("物业管理", 2), ("市政设施", 2)]
    assert [(b.key, b.label, *figures(b)) for b in result.by_level] == [
        ("1", "社区综合党委联系解决", 2, 2, 0, 0, 1, 1, 0, 1, "1"),
        ("2", "街道党工委定向吹哨", 2, 2, 0, 0, 1, 1, 1, 0, "0"),
        ("none", "未交办", 3, 1, 1, 1, 0, 2, 1, 0, "0"),
    ]
    assert [(b.label, *figures(b)) for b in result.by_unit] == [
        ("巴中市供电公司江北供电所", 2, 2, 0, 0, 1, 1, 0, 1, "1"),
        ("巴州区水务局", 2, 2, 0, 0, 1, 1, 1, 0, "0"),
        ("未交办", 3, 1, 1, 1, 0, 2, 1, 0, "0"),
    ]


def test_overdue_is_counted_inside_open(db: Database, ledger: Office) -> None:
    """Before the deadlines pass nothing is overdue, and the rate is over the solved only."""
    with db.read_session() as session:
        early = stats.issue_stats(session, D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 1, 20))
    total = early.total
    assert (total.open, total.overdue, total.solved, total.on_time) == (4, 0, 2, 1)
    assert total.collected == total.open + total.solved + total.out_of_scope
    assert total.as_json()["on_time_rate"] == "0.5"


def test_json_is_plain_and_rates_are_exact_strings(db: Database, ledger: Office) -> None:
    with db.read_session() as session:
        result = stats.issue_stats(session, D(2026, 1, 1), D(2026, 3, 31), as_of=D(2026, 4, 10))
    data = json.loads(json.dumps(result.as_json(), ensure_ascii=False))
    assert data["period"] == {"from": "2026-01-01", "to": "2026-03-31", "as_of": "2026-04-10"}
    assert data["total"]["rate_base"] == 4
    assert data["by_unit"][1]["key"] == "dept:巴州区水务局"
    with db.read_session() as session:
        empty = stats.issue_stats(session, D(2027, 1, 1), D(2027, 3, 31), as_of=TODAY)
    assert empty.as_json()["total"]["on_time_rate"] is None
    assert empty.by_source == ()


@pytest.mark.parametrize(("rate", "text"), [
    (Fraction(3, 4), "0.75"), (Fraction(2, 3), "0.6667"), (Fraction(1, 3), "0.3333"),
    (Fraction(1), "1"), (Fraction(0), "0"), (Fraction(1, 8), "0.125"),
    (Fraction(1, 20000), "0.0001"), (Fraction(57, 95), "0.6"), (None, None)])
def test_rate_text_rounds_half_up_exactly(rate: Fraction | None, text: str | None) -> None:
    assert stats.rate_text(rate) == text
