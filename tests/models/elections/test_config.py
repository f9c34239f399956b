"""Provincial election settings: periods, body sizes, and whether parking spaces vote."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.auth import SYSTEM, Actor
from models.db import Database
from models.elections import bodies, config, course, votes
from models.elections.entities import ElectionConfig
from models.elections.roll import RollOwner, RollRow
from models.errors import UserError
from tests.models.elections.test_votes import compound, make_vote, rooms, row  # noqa: F401
from tests.support.users import add_users

ADMIN = Actor("admin", "王建国", "admin")
CLERK = Actor("jingban", "张小军", "clerk")


def save(db: Database, actor: Actor, **values: object) -> config.ElectionSettings:
    with db.session() as session:
        add_users(session, ADMIN, CLERK)
        current = config.election_settings(session)
        return config.save_settings(session, actor, {**current.values, **values},
                                    current.version)


def test_without_a_row_the_national_defaults_apply(db: Database) -> None:
    with db.read_session() as session:
        found = config.election_settings(session)
    assert found.version is None and not found.parking_votes
    assert found.values["notice_days"] == 15 and found.values["filing_days"] == 30


def test_a_longer_notice_period_moves_the_deadline(db: Database,
                                                   compound: int) -> None:  # noqa: F811
    vote = make_vote(db, compound, rooms(3), matter=3, items=["甲", "乙", "丙"], seats=1)
    with db.session() as session:
        course.save_course(session, SYSTEM, vote, course.CourseData(
            notice_on=dt.date(2026, 3, 1), meeting_on=dt.date(2026, 3, 16)))
    save(db, ADMIN, notice_days=20)
    with db.read_session() as session:
        found = {d.key: d for d in course.course_deadlines(session, vote, dt.date(2026, 3, 2))}
    assert found["notice"].due == dt.date(2026, 2, 24) and found["notice"].state == "late"
    assert "20 日前" in found["notice"].label


def test_only_an_administrator_sets_them_and_bad_values_write_nothing(db: Database) -> None:
    with pytest.raises(UserError, match="管理员"):
        save(db, CLERK, notice_days=20)
    for values, reason in (({"notice_days": "abc"}, "1 到 90"), ({"notice_days": 0}, "1 到 90"),
                           ({"min_members": 9, "max_members": 7}, "不能大于")):
        with pytest.raises(UserError, match=reason):
            save(db, ADMIN, **values)
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ElectionConfig)) == 0


def test_body_sizes_follow_the_settings(db: Database, compound: int) -> None:  # noqa: F811
    members = [bodies.MemberData(f"委员{n}", "chair" if n == 0 else "member") for n in range(3)]
    with db.session() as session, pytest.raises(UserError, match="5 至 11"):
        bodies.create_body(session, SYSTEM, compound, kind="committee", name="业委会",
                           members=members)
    save(db, ADMIN, min_members=3)
    with db.session() as session:
        bodies.create_body(session, SYSTEM, compound, kind="committee", name="业委会",
                           members=members)


def test_parking_spaces_vote_only_when_the_settings_say_so(db: Database,
                                                           compound: int) -> None:  # noqa: F811
    space = RollRow("地下车库", "", "B101", "12.50", "合同", (RollOwner("王五"),), kind="车位")
    vote = make_vote(db, compound, [row("101", "90", ("张三", "")), space])
    with db.read_session() as session:
        without = votes.vote_tally(session, vote).turnout
    assert (without.heads.whole, without.area.whole) == (1, 9000)  # 张三's flat only
    save(db, ADMIN, parking_votes=1)
    with db.read_session() as session:
        counted = votes.vote_tally(session, vote).turnout
    assert (counted.heads.whole, counted.area.whole) == (2, 10250)


def test_an_unknown_unit_kind_is_refused(db: Database, compound: int) -> None:  # noqa: F811
    with pytest.raises(UserError, match="住宅、商业用房 或 车位"):
        make_vote(db, compound, [RollRow("1栋", "", "101", "90", "", (RollOwner("甲"),),
                                         kind="仓库")])
