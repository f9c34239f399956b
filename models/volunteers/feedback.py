"""服务登记反馈表: per employer Party organisation, what each of its members reported in a
period and how many hours, and which members reported nothing (to be sent to the employer;
in some cities a member with no service cannot be rated 合格 at the year-end 民主评议)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.registry.entities import Person
from models.volunteers.entities import MemberService, ServiceMember


@dataclass(frozen=True)
class ServiceLine:
    day: dt.date
    content: str
    minutes: int


@dataclass(frozen=True)
class MemberReport:
    name: str
    employer: str
    services: tuple[ServiceLine, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.services)


@dataclass(frozen=True)
class OrgFeedback:
    employer_org: str
    members: tuple[MemberReport, ...]  # members with service in the period

    idle: tuple[MemberReport, ...]  # members without any

    @property
    def minutes(self) -> int:
        return sum(m.minutes for m in self.members)


def feedback(session: Session, start: dt.date, end: dt.date,
             employer_org: str | None = None) -> list[OrgFeedback]:
    """Every employer organisation (or one), members registered by `end`, in name order."""
    stmt = (select(ServiceMember.id, ServiceMember.employer_org, ServiceMember.employer,
                   Person.name)
            .join(Person, Person.id == ServiceMember.person_id)
            .where(ServiceMember.registered_on <= end)
            .order_by(ServiceMember.employer_org, Person.name, ServiceMember.id))
    if employer_org is not None:
        stmt = stmt.where(ServiceMember.employer_org == employer_org)
    members = session.execute(stmt).all()
    lines: dict[int, list[ServiceLine]] = {}
    for member_id, day, content, minutes in session.execute(
            select(MemberService.member_id, MemberService.day, MemberService.content,
                   MemberService.minutes)
            .where(MemberService.day >= start, MemberService.day <= end)
            .order_by(MemberService.day, MemberService.start_minute, MemberService.id)):
        lines.setdefault(member_id, []).append(ServiceLine(day, content, minutes))
    orgs: dict[str, tuple[list[MemberReport], list[MemberReport]]] = {}
    for member_id, org, employer, name in members:
        served, idle = orgs.setdefault(org, ([], []))
        report = MemberReport(name, employer, tuple(lines.get(member_id, ())))
        (served if report.services else idle).append(report)
    return [OrgFeedback(org, tuple(served), tuple(idle))
            for org, (served, idle) in orgs.items()]
