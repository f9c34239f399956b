"""Volunteer teams (青年号 …), their sub-teams (矛盾化解, 环境治理 …) and members.

A sub-team is a team with a parent; teams nest one level only, as in the article. Members
are people of the registry, so a volunteer's hours follow the person, not a typed name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import UserError
from models.registry.entities import Person
from models.volunteers.entities import TeamMember, VolunteerTeam

messages.register({
    "team.duplicate": "已有名为“{name}”的队伍或分队。",
    "team.nesting": "分队下不能再设分队。",
    "team.member_twice": "{name} 已是该队伍成员。",
})


@dataclass(frozen=True)
class TeamRow:
    id: int
    version: int
    name: str
    parent_id: int | None
    parent_name: str
    leader: str
    members: int

    @property
    def full_name(self) -> str:
        return f"{self.parent_name}·{self.name}" if self.parent_name else self.name


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    name: str
    team_id: int
    joined_on: dt.date | None


def create_team(session: Session, actor: Actor, name: str, *, parent_id: int | None = None,
                leader: str = "", note: str = "") -> int:
    actor = require(session, actor, "clerk")
    check = validation.Collector()
    name = check(validation.text, "name", "队伍名称", name, required=True, limit=100)
    leader = check(validation.text, "leader", "负责人", leader, limit=50)
    note = check(validation.note, "note", "备注", note)
    check.done()
    if parent_id is not None:
        parent = records.load(session, VolunteerTeam, parent_id, "志愿服务队")
        if parent.parent_id is not None:
            raise UserError("team.nesting")
    taken = session.execute(select(VolunteerTeam.id).where(
        VolunteerTeam.name == name, VolunteerTeam.parent_id.is_(None) if parent_id is None
        else VolunteerTeam.parent_id == parent_id)).first()
    if taken is not None:
        raise UserError("team.duplicate", name=name)
    team = records.create(session, actor, VolunteerTeam(parent_id=parent_id, name=name,
                                                        leader=leader, note=note))
    return team.id


def add_member(session: Session, actor: Actor, team_id: int, person_id: int,
               joined_on: dt.date | None = None) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, VolunteerTeam, team_id, "志愿服务队")
    person = records.load(session, Person, person_id, "人员")
    taken = session.execute(select(TeamMember.id).where(
        TeamMember.team_id == team_id, TeamMember.person_id == person_id)).first()
    if taken is not None:
        raise UserError("team.member_twice", name=person.name)
    return records.create(session, actor, TeamMember(team_id=team_id, person_id=person_id,
                                                     joined_on=joined_on)).id


def remove_member(session: Session, actor: Actor, member_id: int, version: int) -> None:
    actor = require(session, actor, "clerk")
    member = records.load(session, TeamMember, member_id, "队员")
    records.delete(session, actor, member, version, "队员", str(member.person_id))


def list_teams(session: Session) -> list[TeamRow]:
    """Teams, each followed by its sub-teams."""
    parent = aliased(VolunteerTeam)
    counts = (select(TeamMember.team_id, func.count().label("n"))
              .group_by(TeamMember.team_id).subquery())
    rows = session.execute(
        select(VolunteerTeam, parent.name, func.coalesce(counts.c.n, 0))
        .outerjoin(parent, parent.id == VolunteerTeam.parent_id)
        .outerjoin(counts, counts.c.team_id == VolunteerTeam.id)).all()
    found = [TeamRow(t.id, t.version, t.name, t.parent_id, parent_name or "", t.leader, n)
             for t, parent_name, n in rows]
    by_id = {t.id: t for t in found}

    def key(row: TeamRow) -> tuple[str, int, str]:
        top = by_id[row.parent_id] if row.parent_id else row
        return (top.name, 0 if row.parent_id is None else 1, row.name)

    return sorted(found, key=key)


def team_members(session: Session, team_id: int) -> list[MemberRow]:
    rows = session.execute(
        select(TeamMember.id, Person.id, Person.name, TeamMember.team_id, TeamMember.joined_on)
        .join(Person, Person.id == TeamMember.person_id)
        .where(TeamMember.team_id == team_id).order_by(Person.name, Person.id)).all()
    return [MemberRow(*row) for row in rows]
