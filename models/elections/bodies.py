"""Self-governance bodies (业委会, 自管委, 议事会, 自治小组) and their members.

A body is set up with its members; a later change ends a member's row (left_on, reason) and
adds the new member, so the history stays. Composition and term are checked by
`rules.body_problems` on every change. The article's figures: compounds with a 业委会,
branch secretaries chairing one, community cadres on them, Party members among members.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records
from models.auth import Actor, require
from models.elections.config import election_settings
from models.elections.entities import BodyMember, SelfBody
from models.elections.rules import BODY_KINDS, POSTS, Member, body_problems
from models.errors import UserError
from models.registry.entities import Compound

messages.register({
    "body.kind": "自治组织类型应为 业主委员会、自管委、议事会 或 自治小组。",
    "body.invalid": "{name}：{problems}。",
    "body.member_gone": "该成员已于 {day} 离任。",
})


@dataclass(frozen=True)
class MemberData:
    name: str
    post: str = "member"
    party_member: bool = False
    branch_secretary: bool = False
    community_cadre: bool = False
    person_id: int | None = None


@dataclass(frozen=True)
class BodyRow:
    id: int
    compound: str
    kind: str
    kind_label: str
    name: str
    term_start: dt.date | None
    term_end: dt.date | None
    filed_on: dt.date | None
    members: tuple[MemberData, ...]
    problems: tuple[str, ...]


def _check(session: Session, kind: str, name: str, members: Sequence[MemberData],
           term_start: dt.date | None, term_end: dt.date | None) -> None:
    problems = body_problems(kind, [Member(m.name, m.post, m.party_member) for m in members],
                             term_start, term_end, election_settings(session).values)
    if problems:
        raise UserError("body.invalid", name=name, problems="；".join(problems))


def create_body(session: Session, actor: Actor, compound_id: int, *, kind: str, name: str,
                members: Sequence[MemberData], term_start: dt.date | None = None,
                term_end: dt.date | None = None, scope: str = "", vote_id: int | None = None,
                ) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Compound, compound_id, "小区")
    if kind not in BODY_KINDS:
        raise UserError("body.kind")
    _check(session, kind, name, members, term_start, term_end)
    body = records.create(session, actor, SelfBody(
        compound_id=compound_id, kind=kind, name=name.strip(), scope=scope, term_start=term_start,
        term_end=term_end, vote_id=vote_id))
    for member in members:
        _add_member(session, actor, body.id, member, term_start or dt.date.today())
    return body.id


def _add_member(session: Session, actor: Actor, body_id: int, member: MemberData,
                joined_on: dt.date) -> None:
    records.create(session, actor, BodyMember(
        body_id=body_id, name=member.name.strip(), person_id=member.person_id,
        post=member.post if member.post in POSTS else "member",
        party_member=member.party_member, branch_secretary=member.branch_secretary,
        community_cadre=member.community_cadre, joined_on=joined_on))


def current_members(session: Session, body_id: int) -> list[BodyMember]:
    return list(session.scalars(select(BodyMember).where(
        BodyMember.body_id == body_id, BodyMember.left_on.is_(None)).order_by(BodyMember.id)))


def replace_member(session: Session, actor: Actor, body_id: int, member_id: int, *,
                   on: dt.date, reason: str, successor: MemberData | None = None) -> None:
    """A member leaves (and a successor joins): recorded as a change, checked as a whole."""
    actor = require(session, actor, "clerk")
    body = records.load(session, SelfBody, body_id, "自治组织")
    leaving = records.load(session, BodyMember, member_id, "成员")
    if leaving.left_on is not None:
        raise UserError("body.member_gone", day=leaving.left_on.isoformat())
    after = [_data(m) for m in current_members(session, body_id) if m.id != member_id]
    if successor is not None:
        after.append(successor)
    _check(session, body.kind, body.name, after, body.term_start, body.term_end)
    records.update(session, actor, leaving, leaving.version, "成员",
                   {"left_on": on, "left_reason": reason.strip()})
    if successor is not None:
        _add_member(session, actor, body_id, successor, on)


def _data(member: BodyMember) -> MemberData:
    return MemberData(member.name, member.post, member.party_member, member.branch_secretary,
                      member.community_cadre, member.person_id)


def list_bodies(session: Session) -> list[BodyRow]:
    rows = session.execute(select(SelfBody, Compound.name).join(
        Compound, Compound.id == SelfBody.compound_id).order_by(Compound.name, SelfBody.id))
    found = []
    for body, compound in rows:
        members = tuple(_data(m) for m in current_members(session, body.id))
        problems = body_problems(body.kind, [Member(m.name, m.post, m.party_member)
                                             for m in members], body.term_start, body.term_end)
        found.append(BodyRow(body.id, compound, body.kind, BODY_KINDS[body.kind], body.name,
                             body.term_start, body.term_end, body.filed_on, members,
                             tuple(problems)))
    return found


@dataclass(frozen=True)
class BodyFigures:
    """The article's figures for the community's bodies."""

    compounds: int
    with_committee: int
    bodies_by_kind: dict[str, int]
    secretaries_chairing: int  # 小区党支部书记兼任业委会主任
    cadres_on_committees: int  # 社区"两委"成员兼任业委会成员
    members: int
    party_members: int


def body_figures(session: Session) -> BodyFigures:
    bodies = list_bodies(session)
    committees = [b for b in bodies if b.kind == "committee"]
    members = [m for b in bodies for m in b.members]
    return BodyFigures(
        compounds=len(session.scalars(select(Compound.id)).all()),
        with_committee=len({b.compound for b in committees}),
        bodies_by_kind={kind: sum(1 for b in bodies if b.kind == kind) for kind in BODY_KINDS},
        secretaries_chairing=sum(1 for b in committees for m in b.members
                                 if m.post == "chair" and m.branch_secretary),
        cadres_on_committees=sum(1 for b in committees for m in b.members if m.community_cadre),
        members=len(members), party_members=sum(1 for m in members if m.party_member))
