"""在职党员双报到: members registered with their residential community, their 微心愿,
their reported service, and the feedback period.

A person registers once (a second registration is refused, naming the first). Service is
logged with times, under the same overlap rule as team activities (models.volunteers.hours).
The feedback period is the office's choice, a quarter or a half year.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import UserError
from models.registry.entities import Compound, Person, ResidentUnit
from models.volunteers import hours
from models.volunteers.entities import (
    PERIODS,
    MemberService,
    ServiceMember,
    VolunteerSetting,
    Wish,
)

messages.register({
    "member.twice": "{name} 已于 {day} 报到（工作单位：{employer}），不能重复报到。",
    "member.not_party": "{name} 在人员名册中不是党员，请先在名册中登记党员信息。",
    "wish.claimed": "该微心愿已由 {name} 认领。",
    "wish.not_claimed": "该微心愿尚未认领。",
    "wish.done": "该微心愿已于 {day} 完成。",
    "period.kind": "反馈周期应为 每季度 或 每半年。",
})


@dataclass(frozen=True)
class MemberData:
    person_id: int
    employer: str
    employer_org: str
    registered_on: dt.date
    unit_id: int | None = None
    compound_id: int | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    version: int
    person_id: int
    name: str
    employer: str
    employer_org: str
    compound: str
    registered_on: dt.date
    services: int
    minutes: int


@dataclass(frozen=True)
class WishRow:
    id: int
    version: int
    wisher: str
    content: str
    posted_on: dt.date
    member_id: int | None
    member_name: str
    claimed_on: dt.date | None
    done_on: dt.date | None

    @property
    def state_label(self) -> str:
        if self.done_on is not None:
            return "已完成"
        return "已认领" if self.member_id is not None else "待认领"


def register_member(session: Session, actor: Actor, data: MemberData) -> int:
    actor = require(session, actor, "clerk")
    person = records.load(session, Person, data.person_id, "人员")
    if not person.is_party_member:
        raise UserError("member.not_party", name=person.name)
    first = session.execute(select(ServiceMember).where(
        ServiceMember.person_id == data.person_id)).scalar_one_or_none()
    if first is not None:
        raise UserError("member.twice", name=person.name, day=first.registered_on.isoformat(),
                        employer=first.employer)
    employer = data.employer
    if data.unit_id is not None:
        employer = employer or records.load(session, ResidentUnit, data.unit_id, "驻区单位").name
    if data.compound_id is not None:
        records.load(session, Compound, data.compound_id, "小区")
    check = validation.Collector()
    employer = check(validation.text, "employer", "工作单位", employer, required=True)
    org = check(validation.text, "employer_org", "单位党组织", data.employer_org, required=True)
    day = check(validation.date, "registered_on", "报到日期", data.registered_on, required=True)
    check.done()
    return records.create(session, actor, ServiceMember(
        person_id=data.person_id, unit_id=data.unit_id, employer=employer, employer_org=org,
        compound_id=data.compound_id or person.compound_id, registered_on=day)).id


def list_members(session: Session, start: dt.date | None = None, end: dt.date | None = None
                 ) -> list[MemberRow]:
    """Members with their services and minutes between `start` and `end` (all if None)."""
    cond = []
    if start is not None:
        cond.append(MemberService.day >= start)
    if end is not None:
        cond.append(MemberService.day <= end)
    sums = (select(MemberService.member_id, func.count().label("n"),
                   func.sum(MemberService.minutes).label("m"))
            .where(*cond).group_by(MemberService.member_id).subquery())
    rows = session.execute(
        select(ServiceMember, Person.name, func.coalesce(Compound.name, ""),
               func.coalesce(sums.c.n, 0), func.coalesce(sums.c.m, 0))
        .join(Person, Person.id == ServiceMember.person_id)
        .outerjoin(Compound, Compound.id == ServiceMember.compound_id)
        .outerjoin(sums, sums.c.member_id == ServiceMember.id)
        .order_by(ServiceMember.employer_org, Person.name, ServiceMember.id)).all()
    return [MemberRow(m.id, m.version, m.person_id, name, m.employer, m.employer_org,
                      compound, m.registered_on, int(n), int(minutes))
            for m, name, compound, n, minutes in rows]


def record_service(session: Session, actor: Actor, member_id: int, *, day: dt.date,
                   start_minute: int, end_minute: int, minutes: int, place: str,
                   content: str, wish_id: int | None = None) -> int:
    actor = require(session, actor, "clerk")
    member = records.load(session, ServiceMember, member_id, "在职党员")
    person = records.load(session, Person, member.person_id, "人员")
    check = validation.Collector()
    day = check(validation.date, "day", "服务日期", day, required=True) or day
    place = check(validation.text, "place", "地点", place)
    content = check(validation.note, "content", "服务内容", content, required=True)
    check(hours.check_times, start_minute, end_minute)
    check.done()
    hours.check_minutes(minutes, end_minute - start_minute)
    if wish_id is not None:
        wish = records.load(session, Wish, wish_id, "微心愿")
        if wish.member_id != member_id:
            raise UserError("wish.not_claimed")
    hours.refuse_overlap(session, member.person_id, person.name, day, start_minute,
                         end_minute, minutes)
    return records.create(session, actor, MemberService(
        member_id=member_id, day=day, start_minute=start_minute, end_minute=end_minute,
        minutes=minutes, place=place, content=content, wish_id=wish_id)).id


def add_wish(session: Session, actor: Actor, *, wisher: str, content: str,
             posted_on: dt.date) -> int:
    actor = require(session, actor, "clerk")
    check = validation.Collector()
    wisher = check(validation.text, "wisher", "心愿人", wisher, required=True, limit=50)
    content = check(validation.text, "content", "心愿内容", content, required=True)
    check.done()
    return records.create(session, actor, Wish(wisher=wisher, content=content,
                                               posted_on=posted_on)).id


def claim_wish(session: Session, actor: Actor, wish_id: int, version: int, member_id: int,
               claimed_on: dt.date) -> None:
    actor = require(session, actor, "clerk")
    wish = records.load(session, Wish, wish_id, "微心愿")
    records.load(session, ServiceMember, member_id, "在职党员")
    if wish.member_id is not None:
        raise UserError("wish.claimed", name=_member_name(session, wish.member_id))
    records.update(session, actor, wish, version, "微心愿",
                   {"member_id": member_id, "claimed_on": claimed_on})


def finish_wish(session: Session, actor: Actor, wish_id: int, version: int,
                done_on: dt.date) -> None:
    actor = require(session, actor, "clerk")
    wish = records.load(session, Wish, wish_id, "微心愿")
    if wish.member_id is None:
        raise UserError("wish.not_claimed")
    if wish.done_on is not None:
        raise UserError("wish.done", day=wish.done_on.isoformat())
    records.update(session, actor, wish, version, "微心愿", {"done_on": done_on})


def _member_name(session: Session, member_id: int) -> str:
    return session.execute(select(Person.name).join(
        ServiceMember, ServiceMember.person_id == Person.id)
        .where(ServiceMember.id == member_id)).scalar_one()


def list_wishes(session: Session) -> list[WishRow]:
    rows = session.execute(
        select(Wish, func.coalesce(Person.name, ""))
        .outerjoin(ServiceMember, ServiceMember.id == Wish.member_id)
        .outerjoin(Person, Person.id == ServiceMember.person_id)
        .order_by(Wish.done_on.is_not(None), Wish.posted_on, Wish.id)).all()
    return [WishRow(w.id, w.version, w.wisher, w.content, w.posted_on, w.member_id, name,
                    w.claimed_on, w.done_on) for w, name in rows]


# ---- the feedback period -------------------------------------------------------------

def feedback_period(session: Session) -> str:
    kind = session.execute(select(VolunteerSetting.feedback_period)
                           .order_by(VolunteerSetting.id).limit(1)).scalar()
    return kind or "half"


def set_feedback_period(session: Session, actor: Actor, kind: str) -> None:
    actor = require(session, actor, "reviewer")
    if kind not in PERIODS:
        raise UserError("period.kind")
    row = session.execute(select(VolunteerSetting).order_by(VolunteerSetting.id)
                          .limit(1)).scalar_one_or_none()
    if row is None:
        records.create(session, actor, VolunteerSetting(feedback_period=kind))
    else:
        records.update(session, actor, row, row.version, "反馈周期", {"feedback_period": kind})


def period_of(day: dt.date, kind: str) -> tuple[dt.date, dt.date]:
    """The quarter or half year holding `day`: (first day, last day)."""
    months = 3 if kind == "quarter" else 6
    first_month = (day.month - 1) // months * months + 1
    start = dt.date(day.year, first_month, 1)
    last_month = first_month + months - 1
    next_start = (dt.date(day.year + 1, 1, 1) if last_month == 12
                  else dt.date(day.year, last_month + 1, 1))
    return start, next_start - dt.timedelta(days=1)


def period_label(start: dt.date, kind: str) -> str:
    if kind == "quarter":
        return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"
    return f"{start.year}年{'上' if start.month <= 6 else '下'}半年"
