"""The demo's volunteer service: 青年号 with its six sub-teams and a women's team, a few
hundred hours of activities over the last half year, a 微讲堂 menu with bookings (one
lecture full, with a waitlist; one given, with attendance), and in-service Party members of
two employers (one member with no service this half year), with their 微心愿.
Built through the services, like every demo record.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.auth import SYSTEM, Actor
from models.registry import people
from models.registry.entities import Compound, Person, ResidentUnit
from models.volunteers import activities, lectures, members, teams
from models.volunteers.activities import ActivityData, Participant
from models.volunteers.entities import SUB_TEAMS

SLOTS = ((9 * 60, 11 * 60 + 30), (14 * 60 + 30, 17 * 60), (19 * 60, 20 * 60 + 30))
CONTENT = {
    "矛盾化解": "调解邻里漏水纠纷", "环境治理": "清理楼道杂物和小广告",
    "困难关爱": "走访慰问独居老人", "政策宣讲": "宣讲医保缴费政策",
    "文明劝导": "劝导电动车规范停放", "民情调查": "入户收集居民意见",
    "邻里守望": "夜间巡逻", "儿童托管": "四点半课堂作业辅导",
}
LECTURES = [
    ("老年人防范电信诈骗", "何警官", "巴州区江北派出所", 60, 20),
    ("家庭急救与心肺复苏", "王医生", "江北街道社区卫生服务中心", 90, 30),
    ("个人所得税专项附加扣除", "周志强", "巴中市巴州区税务局江北税务所", 60, 40),
    ("垃圾分类小知识", "陈老师", "巴中市第三中学", 45, 25),
    ("防范非法集资", "杨海燕", "中国农业银行巴中江北支行", 60, 30),
    ("亲子阅读分享", "谢春梅", "巴中市图书馆", 60, 15),
]
EMPLOYERS = (("巴中市第三中学", "中共巴中市第三中学委员会"),
             ("巴中市供电公司江北供电所", "巴中市供电公司江北供电所党支部"))
WISHES = ("更换厨房灯泡", "陪同到医院复诊", "修理漏水龙头", "辅导孙子功课", "代购降压药")


def build_volunteer_demo(session: Session, person_ids: Sequence[int], rng: random.Random,
                         surnames: str, given: Sequence[str], today: dt.date,
                         actor: Actor = SYSTEM) -> None:
    _teams_and_hours(session, actor, list(person_ids), rng, today)
    _lectures(session, actor, rng, surnames, given, today)
    _members(session, actor, rng, surnames, given, today)


def _teams_and_hours(session: Session, actor: Actor, person_ids: list[int],
                     rng: random.Random, today: dt.date) -> None:
    youth = teams.create_team(session, actor, "青年号", leader="刘海波",
                              note="社区青年志愿服务队")
    women = teams.create_team(session, actor, "巾帼志愿服务队", leader="陈晓燕")
    subs = [teams.create_team(session, actor, name, parent_id=youth) for name in SUB_TEAMS]
    subs += [teams.create_team(session, actor, name, parent_id=women)
             for name in ("邻里守望", "儿童托管")]
    names = list(SUB_TEAMS) + ["邻里守望", "儿童托管"]
    volunteers = rng.sample(person_ids, min(32, len(person_ids)))
    crews: dict[int, list[int]] = {}
    for index, person in enumerate(volunteers):
        team = subs[index % len(subs)]
        teams.add_member(session, actor, team, person, today - dt.timedelta(days=200))
        crews.setdefault(team, []).append(person)
    # Each (day, slot) holds one activity, so no volunteer is ever in two places at once.
    times = rng.sample([(d, s) for d in range(1, 181) for s in range(len(SLOTS))], 70)
    for number, (days_ago, slot) in enumerate(sorted(times, reverse=True)):
        team = subs[number % len(subs)]
        crew = crews.get(team, [])
        if not crew:
            continue
        start, end = SLOTS[slot]
        chosen = rng.sample(crew, min(len(crew), rng.randrange(2, 5)))
        activities.record_activity(session, actor, ActivityData(
            team, today - dt.timedelta(days=days_ago), start, end,
            rng.choice(("翰林苑", "阳光花园", "滨河安置小区", "社区党群服务中心")),
            CONTENT[names[subs.index(team)]],
            tuple(Participant(p, min(rng.choice((90, 120, 150)), end - start))
                  for p in chosen)))


def _name(rng: random.Random, surnames: str, given: Sequence[str]) -> str:
    return rng.choice(surnames) + rng.choice(given)


def _phone(rng: random.Random) -> str:
    return rng.choice(("138", "139", "158", "181", "199")) + f"{rng.randrange(10**8):08d}"


def _lectures(session: Session, actor: Actor, rng: random.Random, surnames: str,
              given: Sequence[str], today: dt.date) -> None:
    ids = [lectures.add_lecture(session, actor, lectures.LectureData(
        topic, lecturer, provider, minutes, capacity))
        for topic, lecturer, provider, minutes, capacity in LECTURES]
    given_on, full, soon = ids[1], ids[0], ids[3]
    lectures.schedule(session, actor, given_on, 1, day=today - dt.timedelta(days=12),
                      start_minute=9 * 60 + 30, place="社区党群服务中心二楼")
    lectures.schedule(session, actor, full, 1, day=today + dt.timedelta(days=3),
                      start_minute=15 * 60, place="社区党群服务中心二楼")
    lectures.schedule(session, actor, soon, 1, day=today + dt.timedelta(days=10),
                      start_minute=19 * 60, place="翰林苑活动室")
    counts = {full: LECTURES[0][4] + 3, given_on: 18, soon: 9, ids[2]: 6, ids[4]: 4}
    for lecture, count in counts.items():
        capacity = LECTURES[ids.index(lecture)][4]
        for index in range(count):
            lectures.book(session, actor, lecture, name=_name(rng, surnames, given),
                          phone=_phone(rng), booked_on=today - dt.timedelta(days=20 - index % 15),
                          waitlist=index >= capacity)
    for row in lectures.bookings(session, given_on):
        if rng.random() < 0.8:
            lectures.set_attended(session, actor, row.id, row.version, True)


def _members(session: Session, actor: Actor, rng: random.Random, surnames: str,
             given: Sequence[str], today: dt.date) -> None:
    start, _end = members.period_of(today, members.feedback_period(session))
    units = {name: uid for uid, name in session.execute(
        select(ResidentUnit.id, ResidentUnit.name))}
    community = session.execute(select(Person.community_id).limit(1)).scalar_one()
    compounds = list(session.execute(select(Compound.id).order_by(Compound.id)).scalars())
    ids = []
    for employer, org in EMPLOYERS:
        for _ in range(3):
            person = people.create_person(session, actor, community, people.PersonData(
                name=_name(rng, surnames, given), phone=_phone(rng), is_party_member=True,
                compound_id=rng.choice(compounds) if compounds else None,
                party_since=dt.date(rng.randrange(1995, 2020), 7, 1)))
            ids.append(members.register_member(session, actor, members.MemberData(
                person, employer, org, start - dt.timedelta(days=rng.randrange(30, 300)),
                unit_id=units.get(employer))))
    idle = ids[-1]  # the power station's third member has not served this half year
    span = max((today - start).days, 0)
    for member in ids:
        if member == idle:
            continue
        times = {(start + dt.timedelta(days=rng.randrange(span + 1)),
                  rng.choice((8 * 60 + 30, 13 * 60 + 30))) for _ in range(rng.randrange(1, 4))}
        for day, begin in sorted(times):
            members.record_service(session, actor, member, day=day, start_minute=begin,
                                   end_minute=begin + 120, minutes=rng.choice((60, 90, 120)),
                                   place="兴文社区", content=rng.choice(
                                       ("入户走访困难群众", "参与小区环境整治",
                                        "为居民讲解防诈骗知识", "协助开展防汛巡查")))
    wishes = [members.add_wish(session, actor, wisher=_name(rng, surnames, given),
                               content=what, posted_on=today - dt.timedelta(days=30 - n))
              for n, what in enumerate(WISHES)]
    members.claim_wish(session, actor, wishes[0], 1, ids[0], today - dt.timedelta(days=25))
    members.finish_wish(session, actor, wishes[0], 2, today - dt.timedelta(days=20))
    members.claim_wish(session, actor, wishes[1], 1, ids[3], today - dt.timedelta(days=10))
