"""志愿服务 goes up as aggregates: teams, hours, lectures and in-service members in the
period, no name or phone; the street sums two communities' figures."""
from __future__ import annotations

import datetime as dt
import json

from models.db import Database
from models.upward import schemas
from models.upward import volunteers as exporter
from models.upward.modules import ExportContext, RecordIds
from models.upward.period import parse_period
from models.volunteers import activities, lectures, members, teams
from tests.models.volunteers.helpers import CLERK, build_place

Q2 = parse_period("2026-Q2")


def _volunteer_data(db: Database) -> None:
    with db.session() as session:
        place = build_place(session)
        who = place.people
        team = teams.create_team(session, CLERK, "红马甲服务队")
        sub = teams.create_team(session, CLERK, "翰林苑分队", parent_id=team)
        for name in ("王建国", "李秀英"):
            teams.add_member(session, CLERK, sub, who[name], dt.date(2026, 3, 1))
        for day, minutes in ((dt.date(2026, 4, 10), 90), (dt.date(2026, 7, 2), 60)):
            activities.record_activity(session, CLERK, activities.ActivityData(
                sub, day, 9 * 60, 9 * 60 + minutes, "翰林苑", "清理楼道", tuple(
                    activities.Participant(who[n], minutes) for n in ("王建国", "李秀英"))))
        lecture = lectures.add_lecture(session, CLERK, lectures.LectureData(
            "防范电信诈骗", "赵警官", "江北派出所", 60, 1))
        lectures.schedule(session, CLERK, lecture, 1, day=dt.date(2026, 5, 20),
                          start_minute=15 * 60, place="社区活动室")
        first = lectures.book(session, CLERK, lecture, name="陈晓燕", phone="13908271234",
                              booked_on=dt.date(2026, 5, 10))
        lectures.book(session, CLERK, lecture, name="周志强", phone="13908275678",
                      booked_on=dt.date(2026, 5, 11), waitlist=True)
        lectures.set_attended(session, CLERK, first, 1, True)
        member = members.register_member(session, CLERK, members.MemberData(
            who["刘海波"], "巴中市第三中学", "中共巴中市第三中学委员会", dt.date(2026, 4, 3)))
        members.record_service(session, CLERK, member, day=dt.date(2026, 5, 9),
                               start_minute=14 * 60, end_minute=16 * 60, minutes=120,
                               place="翰林苑", content="慰问独居老人")
        members.add_wish(session, CLERK, wisher="赵春梅", content="一台收音机",
                         posted_on=dt.date(2026, 5, 1))


def test_volunteer_figures_of_the_quarter_without_names_or_phones(db: Database) -> None:
    _volunteer_data(db)
    with db.read_session() as session:
        data = exporter.export(session, Q2, ExportContext(RecordIds(session)))
    schemas.check("volunteers", json.loads(json.dumps(data)), "data/volunteers.json")
    figures = data["figures"]
    assert figures["teams"] == {
        "teams": 1, "sub_teams": 1, "members": 2, "activities": 1, "minutes": 180,
        "by_team": {"红马甲服务队": {"people": 2, "activities": 1, "minutes": 180}}}
    assert figures["lectures"] == {"menu": 1, "held": 1, "booked": 1, "waitlisted": 1,
                                   "attended": 1}
    assert figures["members"] == {
        "registered": 1, "registered_in_period": 1, "services": 1, "service_minutes": 120,
        "wishes_posted": 1, "wishes_claimed": 0, "wishes_done": 0}
    assert data["records"] == []
    text = json.dumps(data, ensure_ascii=False)
    for private in ("王建国", "李秀英", "陈晓燕", "13908271234", "赵春梅", "刘海波"):
        assert private not in text
    street = exporter.aggregate([data, data])
    assert street["teams"]["minutes"] == 360 and street["lectures"]["attended"] == 2
    assert exporter.totals(data)[0] == ("志愿服务时长", "3小时")
