"""Team activities and hours on SQLite and PostgreSQL: the overlap rule, bad hours, totals."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.check import check_database
from models.db import Database
from models.errors import UserError
from models.volunteers import activities, members, teams, totals
from models.volunteers.activities import ActivityData, Participant
from models.volunteers.entities import ActivityHours
from tests.models.volunteers.helpers import CLERK, DAY, Place


def _teams(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        youth = teams.create_team(session, CLERK, "青年号", leader="刘海波")
        green = teams.create_team(session, CLERK, "环境治理", parent_id=youth)
        other = teams.create_team(session, CLERK, "巾帼志愿队")
    return youth, green, other


def _activity(team: int, start: str, end: str, *parts: tuple[int, int],
              day: dt.date = DAY, content: str = "清理楼道杂物") -> ActivityData:
    def minute(text: str) -> int:
        hour, minute_ = text.split(":")
        return int(hour) * 60 + int(minute_)
    return ActivityData(team, day, minute(start), minute(end), "翰林苑", content,
                        tuple(Participant(p, m) for p, m in parts))


def _hour_rows(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(ActivityHours)) or 0


def test_overlapping_hours_are_refused_naming_the_other_activity(db: Database,
                                                                 place: Place) -> None:
    _youth, green, other = _teams(db)
    wang, li = place.people["王建国"], place.people["李秀英"]
    with db.session() as session:
        activities.record_activity(session, CLERK, _activity(green, "09:00", "11:00",
                                                             (wang, 120), (li, 90)))
    with db.session() as session, pytest.raises(UserError) as refused:
        activities.record_activity(session, CLERK, _activity(
            other, "10:30", "12:00", (li, 90), content="政策宣讲进小区"))
    message = refused.value.message
    assert "李秀英" in message and "2026-05-09 09:00–11:00" in message
    assert "青年号·环境治理" in message and "清理楼道杂物" in message
    assert _hour_rows(db) == 2
    with db.session() as session:  # back to back is not an overlap
        activities.record_activity(session, CLERK, _activity(other, "11:00", "12:00",
                                                             (li, 60)))
    assert _hour_rows(db) == 3


def test_member_service_and_team_activity_share_the_rule(db: Database, place: Place) -> None:
    _youth, green, _other = _teams(db)
    zhou = place.people["周志强"]
    with db.session() as session:
        member = members.register_member(session, CLERK, members.MemberData(
            zhou, "巴中市第三中学", "中共巴中市第三中学委员会", dt.date(2026, 3, 1)))
        members.record_service(session, CLERK, member, day=DAY, start_minute=14 * 60,
                               end_minute=16 * 60, minutes=120, place="翰林苑",
                               content="为独居老人代购药品")
    with db.session() as session, pytest.raises(UserError, match="在职党员服务：为独居老人代购"):
        activities.record_activity(session, CLERK, _activity(green, "15:00", "17:00",
                                                             (zhou, 60)))
    with db.session() as session:
        activities.record_activity(session, CLERK, _activity(green, "08:00", "10:00",
                                                             (zhou, 60)))
    with db.session() as session, pytest.raises(UserError, match="青年号·环境治理：清理"):
        members.record_service(session, CLERK, member, day=DAY, start_minute=9 * 60,
                               end_minute=11 * 60, minutes=30, place="", content="走访")


@pytest.mark.parametrize(("start", "end", "minutes", "words"), [
    ("09:00", "11:00", 0, "大于 0"),
    ("09:00", "11:00", -30, "大于 0"),
    ("00:00", "24:00", 24 * 60 + 1, "不超过 24 小时"),
    ("09:00", "11:00", 150, "不能超过活动时间（2 小时）"),
    ("11:00", "09:00", 60, "结束时间应晚于开始时间"),
])
def test_bad_hours_get_a_message_and_write_nothing(db: Database, place: Place, start: str,
                                                   end: str, minutes: int, words: str) -> None:
    _youth, green, _other = _teams(db)
    with db.session() as session, pytest.raises(UserError, match=words):
        activities.record_activity(session, CLERK, _activity(
            green, start, end, (place.people["王建国"], 60), (place.people["李秀英"], minutes)))
    assert _hour_rows(db) == 0


def test_a_whole_day_is_allowed_once(db: Database, place: Place) -> None:
    _youth, green, other = _teams(db)
    chen = place.people["陈晓燕"]
    with db.session() as session:
        activities.record_activity(session, CLERK, _activity(green, "00:00", "24:00",
                                                             (chen, 24 * 60)))
    with db.session() as session, pytest.raises(UserError, match="时间重叠"):
        activities.record_activity(session, CLERK, _activity(other, "23:00", "23:30",
                                                             (chen, 30)))


def test_editing_an_activity_does_not_collide_with_itself(db: Database, place: Place) -> None:
    _youth, green, _other = _teams(db)
    wang, zhao = place.people["王建国"], place.people["赵春梅"]
    with db.session() as session:
        first = activities.record_activity(session, CLERK, _activity(green, "09:00", "11:00",
                                                                     (wang, 120)))
    with db.session() as session:
        version, data = activities.activity_data(session, first)
        activities.update_activity(session, CLERK, first, version, _activity(
            green, "09:30", "11:30", (wang, 120), (zhao, 60)))
    with db.read_session() as session:
        found = {p.name: p.minutes for p in activities.participants(session, first)}
    assert found == {"王建国": 120, "赵春梅": 60}


def test_hours_by_person_team_and_period_and_check_replays(db: Database, db_url: str,
                                                           place: Place) -> None:
    youth, green, other = _teams(db)
    with db.session() as session:
        policy = teams.create_team(session, CLERK, "政策宣讲", parent_id=youth)
    wang, li, zhao = (place.people[n] for n in ("王建国", "李秀英", "赵春梅"))
    with db.session() as session:
        activities.record_activity(session, CLERK, _activity(green, "09:00", "11:00",
                                                             (wang, 120), (li, 90)))
        activities.record_activity(session, CLERK, _activity(policy, "14:00", "15:00",
                                                             (wang, 60)))
        activities.record_activity(session, CLERK, _activity(other, "09:00", "10:00",
                                                             (zhao, 45)))
        activities.record_activity(session, CLERK, _activity(  # outside the period
            other, "09:00", "10:00", (zhao, 60), day=dt.date(2026, 7, 1)))
    with db.read_session() as session:
        people = totals.hours_by_person(session, dt.date(2026, 5, 1), dt.date(2026, 6, 30))
        by_team = totals.hours_by_team(session, dt.date(2026, 5, 1), dt.date(2026, 6, 30))
        youth_only = totals.hours_by_person(session, dt.date(2026, 1, 1),
                                            dt.date(2026, 12, 31), team_id=youth)
    assert [(r.team, r.sub_team, r.name, r.minutes) for r in people] == [
        ("巾帼志愿队", "", "赵春梅", 45),
        ("青年号", "政策宣讲", "王建国", 60),
        ("青年号", "环境治理", "王建国", 120), ("青年号", "环境治理", "李秀英", 90)]
    assert [(t.team, t.people, t.activities, t.minutes) for t in by_team] == [
        ("巾帼志愿队", 1, 1, 45), ("青年号", 2, 2, 270)]
    assert {r.name for r in youth_only} == {"王建国", "李秀英"}
    db.dispose()
    assert check_database(db_url).problems == []
