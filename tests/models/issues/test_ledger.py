"""The ledger list: ids for every filter of the filter bar, rows for one screen.

  P1 社区一线查找 环境卫生/垃圾清运 翰林苑3栋 01-05 已收集  deadline 01-20      overdue
  P2 驻区单位收集 物业管理/电梯故障 阳光花园  02-10 已交办  level 2 水务局, 03-01 overdue
  P3 上级交办     市政设施/路灯     翰林苑3栋 03-15 办理中  level 1 供电所, 12-31
  P4 社区一线查找 其他 (a 大类 without 小类)  04-01 已销号  level 1 供电所
"""
from __future__ import annotations

import datetime as dt

import pytest

from models.db import Database
from models.issues import assignments, ledger, taxonomy
from models.issues.ledger import ProblemFilter
from tests.models.issues.helpers import (
    ADMIN,
    REVIEWER,
    TODAY,
    Office,
    act,
    assignment,
    drive,
    new_problem,
)

D = dt.date


@pytest.fixture
def four(db: Database, office: Office) -> dict[str, int]:
    cat, power = office.categories, office.unit_ids[0]
    with db.session() as s:
        other = taxonomy.create_category(s, ADMIN, name="其他")
        p1 = new_problem(s, office, deadline=D(2026, 1, 20))
        p2 = act(s, office, new_problem(
            s, office, source="unit", source_unit_id=power, found_on=D(2026, 2, 10),
            category_id=cat["物业管理/电梯故障"], compound_id=office.other_compound_id,
            building_id=None, title="阳光花园电梯故障"), "review_in", day=D(2026, 2, 15))
        assignments.assign(s, REVIEWER, p2.id, p2.version, assignment(
            2, day=D(2026, 2, 20), deadline=D(2026, 3, 1), department="巴州区水务局"),
            today=TODAY)
        p3 = act(s, office, new_problem(
            s, office, source="assigned", assigning_body="巴州区信访局",
            found_on=D(2026, 3, 15), category_id=cat["市政设施/路灯"], title="路灯损坏"),
            "review_in", day=D(2026, 3, 15))
        p3 = assignments.assign(s, REVIEWER, p3.id, p3.version, assignment(
            1, day=D(2026, 3, 16), deadline=D(2026, 12, 31), unit_id=power), today=TODAY)
        p3 = act(s, office, p3, "report", day=D(2026, 3, 17))
        p3 = act(s, office, p3, "progress", day=D(2026, 3, 18))
        p4 = drive(s, office, "closed", found_on=D(2026, 1, 1), category_id=other)
    return {"P1": p1.id, "P2": p2.id, "P3": p3.id, "P4": p4.id}


def listed(db: Database, four: dict[str, int], **filters: object) -> list[str]:
    names = {v: k for k, v in four.items()}
    with db.read_session() as session:
        return [names[i] for i in ledger.problem_ids(session, ProblemFilter(**filters),
                                                     today=TODAY)]


def test_every_filter(db: Database, office: Office, four: dict[str, int]) -> None:
    cat = office.categories
    assert listed(db, four) == ["P3", "P2", "P1", "P4"]  # newest found first
    assert listed(db, four, sort="number", descending=False) == ["P1", "P2", "P3", "P4"]
    assert listed(db, four, sort="deadline", descending=False) == ["P1", "P4", "P2", "P3"]
    assert listed(db, four, found_from=D(2026, 2, 1), found_to=D(2026, 3, 31)) == ["P3", "P2"]
    assert listed(db, four, source="unit") == ["P2"]
    assert listed(db, four, category_id=cat["环境卫生"]) == ["P1"]
    assert listed(db, four, category_id=cat["市政设施/路灯"]) == ["P3"]
    assert listed(db, four, level=1) == ["P3", "P4"]
    assert listed(db, four, states=frozenset({"assigned", "in_progress"})) == ["P3", "P2"]
    assert listed(db, four, unit_id=office.unit_ids[0]) == ["P3"]
    assert listed(db, four, department="巴州区水务局") == ["P2"]
    assert listed(db, four, compound_id=office.other_compound_id) == ["P2"]
    assert listed(db, four, overdue_only=True) == ["P2", "P1"]
    assert listed(db, four, overdue_only=True, source="ground") == ["P1"]
    assert listed(db, four, overdue_only=True, text="电梯") == ["P2"]


def test_rows_for_one_screen(db: Database, four: dict[str, int]) -> None:
    wanted = [four["P4"], 999_999, four["P2"], four["P1"]]
    with db.read_session() as session:
        rows = ledger.problem_rows(session, wanted, today=TODAY)
    p4, p2, p1 = rows  # in the order asked for; an id that is gone is skipped
    assert (p2.number, p2.source_label, p2.category, p2.place, p2.state_label,
            p2.level_label, p2.responsible, p2.deadline, p2.days_overdue, p2.overdue) == (
        "WT-2026-0002", "驻区单位收集", "物业管理/电梯故障", "阳光花园", "已交办",
        "街道党工委定向吹哨", "巴州区水务局", D(2026, 3, 1), 121, True)
    assert (p1.category, p1.place, p1.reporter_name, p1.urgency_label, p1.days_overdue) == (
        "环境卫生/垃圾清运", "翰林苑 3栋", "网格员何春梅", "一般", 161)
    assert (p4.category, p4.state_label, p4.responsible, p4.days_overdue) == (
        "其他", "已销号", "巴州区综合行政执法局", 0)
