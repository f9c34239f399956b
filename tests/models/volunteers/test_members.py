"""在职党员双报到 on SQLite and PostgreSQL: registration, wishes, the feedback form."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.errors import UserError
from models.volunteers import feedback, members
from models.volunteers.entities import ServiceMember
from tests.models.volunteers.helpers import CLERK, REVIEWER, Place

POWER, SCHOOL = "中共国网巴中供电公司江北供电所支部委员会", "中共巴中市第三中学委员会"


def _register(db: Database, place: Place, name: str, org: str, unit: int | None = None,
              day: dt.date = dt.date(2026, 1, 10), employer: str = "") -> int:
    with db.session() as session:
        return members.register_member(session, CLERK, members.MemberData(
            place.people[name], employer, org, day, unit_id=unit))


def _serve(db: Database, member: int, day: dt.date, start: int, minutes: int,
           content: str) -> None:
    with db.session() as session:
        members.record_service(session, CLERK, member, day=day, start_minute=start * 60,
                               end_minute=start * 60 + minutes, minutes=minutes,
                               place="翰林苑", content=content)


def test_a_member_registered_twice_is_refused(db: Database, place: Place) -> None:
    _register(db, place, "王建国", POWER, place.unit_ids[0])
    with pytest.raises(UserError, match="王建国 已于 2026-01-10 报到.*供电所.*不能重复报到"):
        _register(db, place, "王建国", SCHOOL, place.unit_ids[1])
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ServiceMember)) == 1


def test_wishes_are_claimed_once_and_finished_by_the_claimant(db: Database,
                                                              place: Place) -> None:
    wang = _register(db, place, "王建国", POWER, place.unit_ids[0])
    li = _register(db, place, "李秀英", SCHOOL, place.unit_ids[1])
    with db.session() as session:
        wish = members.add_wish(session, CLERK, wisher="张奶奶", content="更换厨房灯泡",
                                posted_on=dt.date(2026, 3, 1))
        members.claim_wish(session, CLERK, wish, 1, wang, dt.date(2026, 3, 2))
    with db.session() as session, pytest.raises(UserError, match="已由 王建国 认领"):
        members.claim_wish(session, CLERK, wish, 2, li, dt.date(2026, 3, 3))
    with db.session() as session:
        members.finish_wish(session, CLERK, wish, 2, dt.date(2026, 3, 5))
    with db.read_session() as session:
        [row] = members.list_wishes(session)
    assert (row.member_name, row.state_label, row.done_on) == ("王建国", "已完成",
                                                               dt.date(2026, 3, 5))


def test_periods_are_quarters_or_half_years(db: Database, place: Place) -> None:
    assert members.period_of(dt.date(2026, 5, 9), "half") == (dt.date(2026, 1, 1),
                                                              dt.date(2026, 6, 30))
    assert members.period_of(dt.date(2026, 11, 30), "quarter") == (dt.date(2026, 10, 1),
                                                                   dt.date(2026, 12, 31))
    with db.read_session() as session:
        assert members.feedback_period(session) == "half"
    with db.session() as session:
        members.set_feedback_period(session, REVIEWER, "quarter")
    with db.read_session() as session:
        assert members.feedback_period(session) == "quarter"


def test_the_feedback_form_lists_each_orgs_members_hours_and_idle_members(
        db: Database, place: Place) -> None:
    wang = _register(db, place, "王建国", POWER, place.unit_ids[0])
    _register(db, place, "赵春梅", POWER, place.unit_ids[0])  # no service this half year
    li = _register(db, place, "李秀英", SCHOOL, place.unit_ids[1])
    _register(db, place, "刘海波", SCHOOL, day=dt.date(2026, 8, 1),  # registered later
              employer="巴中市第三中学")
    _serve(db, wang, dt.date(2026, 2, 3), 9, 90, "楼道安全检查")
    _serve(db, wang, dt.date(2026, 4, 18), 14, 120, "为独居老人代购")
    _serve(db, li, dt.date(2026, 6, 30), 19, 60, "作业辅导")
    _serve(db, li, dt.date(2026, 7, 1), 19, 60, "作业辅导")  # next half year
    with db.read_session() as session:
        form = feedback.feedback(session, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    found = {org.employer_org: ([(m.name, [s.content for s in m.services], m.minutes)
                                 for m in org.members], [m.name for m in org.idle])
             for org in form}
    assert found == {
        POWER: ([("王建国", ["楼道安全检查", "为独居老人代购"], 210)], ["赵春梅"]),
        SCHOOL: ([("李秀英", ["作业辅导"], 60)], []),
    }
