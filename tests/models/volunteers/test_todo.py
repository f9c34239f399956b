"""The volunteer module's to-do items, with their own expectations."""
from __future__ import annotations

import datetime as dt

from models.db import Database
from models.todo import PROVIDERS, Urgency, collect
from models.volunteers import lectures, members
from tests.models.volunteers.helpers import CLERK, Place

TODAY = dt.date(2026, 6, 10)  # twenty days before the half year ends


def test_lectures_this_week_idle_members_and_open_wishes(db: Database, place: Place) -> None:
    assert "models.volunteers.todo" in PROVIDERS
    with db.session() as session:
        soon = lectures.add_lecture(session, CLERK, lectures.LectureData(
            "垃圾分类小知识", "陈老师", "巴中市第三中学", 60, 1))
        later = lectures.add_lecture(session, CLERK, lectures.LectureData(
            "家庭急救", "王医生", "社区卫生服务中心", 90, 20))
        lectures.schedule(session, CLERK, soon, 1, day=dt.date(2026, 6, 12),
                          start_minute=15 * 60, place="社区活动室")
        lectures.schedule(session, CLERK, later, 1, day=dt.date(2026, 6, 17),
                          start_minute=9 * 60, place="社区活动室")
        for name, phone, waitlist in (("张桂兰", "13800001111", False),
                                      ("李德明", "13800002222", True)):
            lectures.book(session, CLERK, soon, name=name, phone=phone, booked_on=TODAY,
                          waitlist=waitlist)
        busy = members.register_member(session, CLERK, members.MemberData(
            place.people["王建国"], "江北供电所", "江北供电所党支部", dt.date(2026, 1, 5)))
        for name in ("李秀英", "赵春梅"):
            members.register_member(session, CLERK, members.MemberData(
                place.people[name], "江北供电所", "江北供电所党支部", dt.date(2026, 1, 5)))
        members.record_service(session, CLERK, busy, day=dt.date(2026, 3, 2),
                               start_minute=540, end_minute=600, minutes=60, place="",
                               content="入户走访")
        for what in ("更换灯泡", "陪同就医"):
            members.add_wish(session, CLERK, wisher="张奶奶", content=what, posted_on=TODAY)
    with db.read_session() as session:
        items = collect(session, TODAY, ("models.volunteers.todo",))
        early = collect(session, dt.date(2026, 5, 1), ("models.volunteers.todo",))
    assert [(i.text, i.urgency, i.count) for i in items] == [
        ("微讲堂“垃圾分类小知识”6月12日 15:00在社区活动室开讲，已预约 1 人，候补 1 人",
         Urgency.DUE_SOON, 1),
        ("2 名在职党员2026年上半年尚无服务记录（6月30日报送反馈表）", Urgency.DUE_SOON, 2),
        ("2 个微心愿待认领", Urgency.REMINDER, 2)]
    assert [i.text for i in early] == ["2 个微心愿待认领"]
