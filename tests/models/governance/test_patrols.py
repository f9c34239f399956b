"""Patrols and their findings, on SQLite and PostgreSQL: a finding sent to the ledger is a
problem from 社区一线查找 linked both ways, sent once; bad patrols write nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.errors import FieldErrors, UserError
from models.governance import grids, patrols
from models.governance.entities import Finding, Patrol, PatrolMember
from models.issues import ledger
from models.issues.entities import Problem
from models.registry import places
from tests.models.issues.helpers import CLERK, TODAY, Office

DAY = dt.date(2026, 6, 10)


def _grid(db: Database, office: Office) -> int:
    with db.session() as session:
        return grids.create_grid(session, CLERK, office.community_id, name="第一网格",
                                 keeper_id=office.person_ids[2],
                                 building_ids=[office.building_id])


def _patrol(db: Database, office: Office, *findings: patrols.FindingData,
            members: tuple[int, ...] | None = None) -> int:
    grid = _grid(db, office)
    with db.session() as session:
        return patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=DAY, grid_id=grid,
            member_ids=office.person_ids[:2] if members is None else members),
            findings, today=TODAY)


def _finding(db: Database, patrol_id: int, index: int = 0) -> tuple[int, int]:
    with db.session() as session:
        row = patrols.get_patrol(session, patrol_id).findings[index]
    return row.id, row.version


def test_a_sent_finding_is_a_ground_problem_linked_both_ways(db: Database,
                                                             office: Office) -> None:
    patrol = _patrol(db, office, patrols.FindingData(
        "3栋楼道堆放杂物，堵塞消防通道", compound_id=office.compound_id,
        building_id=office.building_id))
    finding, version = _finding(db, patrol)
    with db.session() as session:
        status = patrols.send_finding(session, CLERK, finding, version,
                                      category_id=office.categories["环境卫生/垃圾清运"],
                                      today=TODAY)
    with db.session() as session:
        problem = session.get(Problem, status.id)
        assert problem is not None
        assert problem.source == "ground"
        assert problem.found_on == DAY
        assert problem.compound_id == office.compound_id
        assert "3栋楼道堆放杂物" in problem.description
        assert "王建国" in problem.reporter_name
        assert patrols.finding_for_problem(session, status.id) == finding
        row = patrols.get_patrol(session, patrol).findings[0]
        assert row.problem_number == status.number
        assert row.where_label == "已转问题台账，办理中"
        listed = ledger.problem_ids(session, ledger.ProblemFilter(source="ground"), today=TODAY)
        assert status.id in listed


def test_a_finding_cannot_be_sent_twice(db: Database, office: Office) -> None:
    patrol = _patrol(db, office, patrols.FindingData("路灯不亮"))
    finding, version = _finding(db, patrol)
    category = office.categories["环境卫生/垃圾清运"]
    with db.session() as session:
        first = patrols.send_finding(session, CLERK, finding, version, category_id=category,
                                     today=TODAY)
    _, version = _finding(db, patrol)
    with db.session() as session, pytest.raises(UserError) as refused:
        patrols.send_finding(session, CLERK, finding, version, category_id=category,
                             today=TODAY)
    assert first.number in refused.value.message
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Problem)) == 1


def test_a_settled_finding_is_not_sent(db: Database, office: Office) -> None:
    patrol = _patrol(db, office, patrols.FindingData("电动车楼道充电", settled=True,
                                                     settled_note="当场劝离"))
    finding, version = _finding(db, patrol)
    with db.session() as session, pytest.raises(UserError, match="就地解决"):
        patrols.send_finding(session, CLERK, finding, version,
                             category_id=office.categories["环境卫生/垃圾清运"], today=TODAY)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Problem)) == 0


def test_a_patrol_without_members_is_refused_and_writes_nothing(db: Database,
                                                                office: Office) -> None:
    with pytest.raises(FieldErrors) as refused:
        _patrol(db, office, patrols.FindingData("井盖缺失"), members=())
    assert refused.value.by_field()["member_ids"] == "巡查须至少有一名巡查人员。"
    with db.session() as session:
        for table in (Patrol, PatrolMember, Finding):
            assert session.scalar(select(func.count()).select_from(table)) == 0


def test_a_patrol_needs_a_grid_or_a_route(db: Database, office: Office) -> None:
    with db.session() as session, pytest.raises(FieldErrors) as refused:
        patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=DAY, member_ids=office.person_ids[:1]), today=TODAY)
    assert "grid_id" in refused.value.by_field()


def test_a_grid_shows_the_chiefs_the_registry_keeps(db: Database, office: Office) -> None:
    chief, entrance, lane_chief = office.person_ids
    with db.session() as session:
        building = places.create_building(session, CLERK, office.compound_id, "5栋",
                                          chief_id=chief, entrance_chief_id=entrance)
        lane = places.create_lane(session, CLERK, office.community_id, "解放路",
                                  chief_id=lane_chief)
        grids.create_grid(session, CLERK, office.community_id, name="第二网格",
                          keeper_id=None, building_ids=[building], lane_ids=[lane])
    with db.session() as session:
        (grid,) = grids.list_grids(session)
    assert grid.places == ("翰林苑5栋", "解放路")
    assert grid.chiefs == (grids.Chief("翰林苑5栋", "楼栋长", "王建国"),
                           grids.Chief("翰林苑5栋", "楼口长", "李秀英"),
                           grids.Chief("解放路", "街巷长", "赵春梅"))


def test_a_building_belongs_to_one_grid(db: Database, office: Office) -> None:
    _grid(db, office)
    with db.session() as session, pytest.raises(UserError, match="第一网格"):
        grids.create_grid(session, CLERK, office.community_id, name="第三网格",
                          keeper_id=None, building_ids=[office.building_id])
