"""Compound joint meetings and the 融心调解室 on SQLite and PostgreSQL: a follow-up past
its date reaches the home page's to-do list; a sitting before the case opened is refused;
parties' identity numbers are shown masked; a failed case goes into the ledger once; and
`check` replays every new table from the trail."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from models import todo
from models.check import check_database
from models.db import Database
from models.errors import FieldErrors, UserError
from models.governance import compound_meetings as cm
from models.governance import grids, mediation, patrols
from models.governance.entities import MediationSession
from models.issues.entities import Problem
from models.todo import Urgency
from tests.models.issues.helpers import CLERK, TODAY, Office

HELD = dt.date(2026, 6, 2)
ID_NUMBER = "11010519491231002X"


def _meeting(db: Database, office: Office, due: dt.date) -> int:
    with db.session() as session:
        return cm.record_meeting(session, CLERK, cm.MeetingData(
            compound_id=office.compound_id, held_on=HELD, place="翰林苑党群之家",
            agenda="地下车库积水；电梯年检",
            attendees=(cm.Attendee("branch", "王建国"), cm.Attendee("committee", "李秀英"),
                       cm.Attendee("property", "物业经理陈红"))),
            [cm.ActionData("疏通车库排水沟", "物业公司陈红", due)], today=TODAY)


def _governance_items(db: Database, today: dt.date) -> list[todo.TodoItem]:
    with db.session() as session:
        return [item for item in todo.collect(session, today) if item.area == "小区治理"]


def test_a_follow_up_past_its_date_shows_on_the_home_page(db: Database,
                                                          office: Office) -> None:
    _meeting(db, office, due=dt.date(2026, 6, 20))
    before = _governance_items(db, dt.date(2026, 6, 20))
    assert not [i for i in before if i.urgency is Urgency.OVERDUE]
    (late,) = [i for i in _governance_items(db, dt.date(2026, 6, 21))
               if i.urgency is Urgency.OVERDUE]
    assert late.count == 1 and late.due == dt.date(2026, 6, 20)
    assert late.page == "GovernancePage"
    with db.session() as session:
        (action,) = cm.list_actions(session)
        cm.complete_action(session, CLERK, action.id, action.version,
                           on=dt.date(2026, 6, 22), note="已疏通", today=TODAY)
    assert not [i for i in _governance_items(db, dt.date(2026, 6, 23))
                if i.urgency is Urgency.OVERDUE]


def test_a_compound_without_a_meeting_this_quarter_is_a_reminder(db: Database,
                                                                 office: Office) -> None:
    _meeting(db, office, due=dt.date(2026, 6, 20))
    items = {i.key: i for i in _governance_items(db, dt.date(2026, 6, 10))}
    assert items["governance:no_meeting"].count == 1  # 阳光花园, not 翰林苑
    items = {i.key: i for i in _governance_items(db, dt.date(2026, 7, 1))}
    assert items["governance:no_meeting"].count == 2  # a new quarter


def test_a_decision_opens_a_problem_once(db: Database, office: Office) -> None:
    _meeting(db, office, due=dt.date(2026, 6, 20))
    with db.session() as session:
        (action,) = cm.list_actions(session)
        status = cm.open_problem(session, CLERK, action.id, action.version,
                                 category_id=office.categories["环境卫生/垃圾清运"], today=TODAY)
    with db.session() as session:
        problem = session.get(Problem, status.id)
        assert problem is not None and problem.deadline == dt.date(2026, 6, 20)
        (action,) = cm.list_actions(session)
        assert action.problem_number == status.number
        with pytest.raises(UserError, match=status.number):
            cm.open_problem(session, CLERK, action.id, action.version,
                            category_id=office.categories["环境卫生/垃圾清运"], today=TODAY)


def _case(db: Database, office: Office) -> int:
    with db.session() as session:
        return mediation.open_case(session, CLERK, office.community_id, mediation.CaseData(
            opened_on=dt.date(2026, 6, 5), dispute_type="leak",
            summary="楼上卫生间漏水至楼下，双方就维修费用发生争执。",
            parties=(mediation.PartyData("first", "赵春梅", id_number=ID_NUMBER),
                     mediation.PartyData("second", "翰林苑物业公司", kind="unit")),
            mediators=("何春梅", "王建国"), compound_id=office.compound_id), today=TODAY)


def test_a_sitting_before_the_case_opened_is_refused_and_writes_nothing(
        db: Database, office: Office) -> None:
    case = _case(db, office)
    with db.session() as session, pytest.raises(FieldErrors) as refused:
        mediation.add_session(session, CLERK, case, held_on=dt.date(2026, 6, 4),
                              note="第一次调解", today=TODAY)
    assert refused.value.by_field()["held_on"] == (
        "调解日期 2026-06-04 早于案件受理日期 2026-06-05，不能记录。")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(MediationSession)) == 0


def test_parties_are_shown_masked_and_a_failed_case_goes_to_the_ledger_once(
        db: Database, office: Office) -> None:
    case = _case(db, office)
    with db.session() as session:
        mediation.add_session(session, CLERK, case, held_on=dt.date(2026, 6, 6),
                              note="双方各执一词", today=TODAY)
        row = mediation.get_case(session, case)
        assert row.number == "TJ-2026-001"
        assert row.parties[0].id_masked == "110105********002X"
        assert ID_NUMBER not in repr(row)
        with pytest.raises(UserError, match="调解中"):
            mediation.send_case(session, CLERK, case, row.version,
                                category_id=office.categories["环境卫生/垃圾清运"], today=TODAY)
    with db.session() as session:
        mediation.close_case(session, CLERK, case, row.version, outcome="failed",
                             closed_on=dt.date(2026, 6, 8), today=TODAY)
    with db.session() as session:
        row = mediation.get_case(session, case)
        status = mediation.send_case(session, CLERK, case, row.version,
                                     category_id=office.categories["环境卫生/垃圾清运"],
                                     today=TODAY)
    with db.session() as session:
        row = mediation.get_case(session, case)
        assert row.problem_number == status.number
        with pytest.raises(UserError, match=status.number):
            mediation.send_case(session, CLERK, case, row.version,
                                category_id=office.categories["环境卫生/垃圾清运"], today=TODAY)
        with pytest.raises(UserError, match="已结案"):
            mediation.add_session(session, CLERK, case, held_on=dt.date(2026, 6, 9),
                                  today=TODAY)


def test_an_agreement_needs_its_terms(db: Database, office: Office) -> None:
    case = _case(db, office)
    with db.session() as session:
        version = mediation.get_case(session, case).version
        with pytest.raises(FieldErrors) as refused:
            mediation.close_case(session, CLERK, case, version, outcome="agreement",
                                 closed_on=dt.date(2026, 6, 8), today=TODAY)
    assert "agreement" in refused.value.by_field()


def test_check_replays_every_governance_table(db: Database, db_url: str,
                                              office: Office) -> None:
    _meeting(db, office, due=dt.date(2026, 6, 20))
    _case(db, office)
    with db.session() as session:
        grid = grids.create_grid(session, CLERK, office.community_id, name="第一网格",
                                 keeper_id=None, building_ids=[office.building_id])
        grids.create_team(session, CLERK, office.community_id, name="红袖章巡逻队",
                          member_ids=office.person_ids[:2], joined_on=HELD)
        patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=HELD, grid_id=grid, member_ids=office.person_ids[:2]),
            [patrols.FindingData("垃圾满溢", settled=True)], today=TODAY)
    with db.engine.begin() as connection:  # a party's number changed around the services
        connection.execute(text("UPDATE mediation_party SET id_number = :n "
                                "WHERE id_number IS NOT NULL"), {"n": "110105194912310037"})
    db.dispose()
    problems = [p for p in check_database(db_url).problems
                if not p.startswith("表 office ")]  # the test office is seeded directly
    assert len(problems) == 1
    assert problems[0].startswith("表 mediation_party 记录 1 字段 id_number")
    assert ID_NUMBER not in problems[0]
