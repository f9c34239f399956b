"""小区能人 and compound cadres: capable residents found through visits and talks, the five
qualities as a checklist, trainings with attendance, the posts they take, and the
党建指导员 sent to compounds without a Party organisation.

The article's figures: compound cadres and how many are Party members. A compound cadre
is a person the registry marks 小区干部, or a capable resident holding a post now; each
person counts once.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.governance import vocab
from models.governance.entities import (
    CapableResident,
    PartyInstructor,
    ResidentPost,
    Training,
    TrainingAttendance,
)
from models.registry.entities import Community, Compound, PartyOrg, Person, PersonRole


@dataclass(frozen=True)
class ResidentData:
    person_id: int | None
    source_group: str
    registered_on: dt.date | None
    qualities: frozenset[str]  # keys of vocab.QUALITIES
    found_how: str = "visit"
    compound_id: int | None = None
    note: str = ""


def resident_fields(data: ResidentData, today: dt.date | None = None) -> dict[str, object]:
    check = validation.Collector()
    values: dict[str, object] = {
        "source_group": check(validation.choice, "source_group", "来源群体", data.source_group,
                              vocab.SOURCE_GROUPS),
        "found_how": check(validation.choice, "found_how", "发现方式", data.found_how,
                           vocab.FOUND_HOW),
        "registered_on": check(validation.past_date, "registered_on", "登记日期",
                               data.registered_on, required=True, today=today),
        "note": check(validation.note, "note", "备注", data.note),
        **{key: key in data.qualities for key in vocab.QUALITIES},
    }
    if data.person_id is None:
        check.fail(FieldError("person_id", "field.required", label="人员"))
    check.done()
    return values


def register_resident(session: Session, actor: Actor, data: ResidentData, *,
                      today: dt.date | None = None) -> int:
    actor = require(session, actor, "clerk")
    values = resident_fields(data, today)
    assert data.person_id is not None
    person = records.load(session, Person, data.person_id, "人员")
    if session.execute(select(CapableResident.id).where(
            CapableResident.person_id == person.id)).first():
        raise UserError("gov.resident_exists", name=person.name)
    return records.create(session, actor, CapableResident(
        person_id=person.id, compound_id=data.compound_id or person.compound_id,
        **values)).id


def record_training(session: Session, actor: Actor, community_id: int, *, held_on: dt.date,
                    form: str, topic: str, resident_ids: Sequence[int], place: str = "",
                    today: dt.date | None = None) -> int:
    """A training and who of the capable residents attended."""
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = training_fields(held_on, form, topic, place, today)
    training = records.create(session, actor, Training(community_id=community_id, **values))
    for resident_id in dict.fromkeys(resident_ids):
        if session.get(CapableResident, resident_id) is None:
            raise UserError("gov.attendee_not_resident")
        records.create(session, actor, TrainingAttendance(training_id=training.id,
                                                          resident_id=resident_id))
    return training.id


@dataclass(frozen=True)
class PostData:
    post: str
    started_on: dt.date | None
    ended_on: dt.date | None = None
    compound_id: int | None = None


def post_fields(data: PostData) -> dict[str, object]:
    """What can be checked without the database: the dialog, then the service."""
    check = validation.Collector()
    values: dict[str, object] = {
        "post": check(validation.choice, "post", "岗位", data.post, vocab.POSTS),
        "started_on": check(validation.date, "started_on", "任职日期", data.started_on,
                            required=True),
        "ended_on": check(validation.date, "ended_on", "离任日期", data.ended_on),
    }
    if data.started_on and data.ended_on and data.ended_on < data.started_on:
        check.fail(FieldError("ended_on", "gov.post_order"))
    check.done()
    return values


def take_post(session: Session, actor: Actor, resident_id: int, *, post: str,
              started_on: dt.date, compound_id: int | None = None,
              ended_on: dt.date | None = None) -> int:
    return record_post(session, actor, resident_id,
                       PostData(post, started_on, ended_on, compound_id))


def record_post(session: Session, actor: Actor, resident_id: int, data: PostData) -> int:
    """A post a capable resident takes, from a day and (when over) to a day."""
    actor = require(session, actor, "clerk")
    resident = records.load(session, CapableResident, resident_id, "小区能人")
    values = post_fields(data)
    return records.create(session, actor, ResidentPost(
        resident_id=resident_id, compound_id=data.compound_id or resident.compound_id,
        **values)).id


def training_fields(held_on: dt.date | None, form: str, topic: str, place: str = "",
                    today: dt.date | None = None) -> dict[str, object]:
    """What can be checked without the database: the dialog, then the service."""
    check = validation.Collector()
    values: dict[str, object] = {
        "held_on": check(validation.past_date, "held_on", "培训日期", held_on, required=True,
                         today=today),
        "form": check(validation.choice, "form", "培训形式", form, vocab.TRAINING_FORMS),
        "topic": check(validation.text, "topic", "培训主题", topic, required=True),
        "place": check(validation.text, "place", "培训地点", place),
    }
    check.done()
    return values


def has_party_org(session: Session, compound_id: int) -> bool:
    return session.execute(select(PartyOrg.id).where(
        PartyOrg.compound_id == compound_id)).first() is not None


@dataclass(frozen=True)
class InstructorData:
    compound_id: int | None
    name: str
    sent_on: dt.date | None
    person_id: int | None = None


def instructor_fields(data: InstructorData) -> dict[str, object]:
    """What can be checked without the database: the dialog, then the service."""
    check = validation.Collector()
    values: dict[str, object] = {
        "name": check(validation.text, "name", "党建指导员", data.name, required=True,
                      limit=50),
        "sent_on": check(validation.date, "sent_on", "选派日期", data.sent_on, required=True),
    }
    if data.compound_id is None:
        check.fail(FieldError("compound_id", "field.required", label="小区"))
    check.done()
    return values


def send_instructor(session: Session, actor: Actor, compound_id: int, *, name: str,
                    sent_on: dt.date, person_id: int | None = None) -> int:
    return assign_instructor(session, actor, InstructorData(compound_id, name, sent_on,
                                                            person_id))


def assign_instructor(session: Session, actor: Actor, data: InstructorData) -> int:
    """党建指导员, only where the compound has no Party organisation of its own; the refusal
    belongs to the compound field, so the dialog shows it there."""
    actor = require(session, actor, "clerk")
    values = instructor_fields(data)
    assert data.compound_id is not None
    compound = records.load(session, Compound, data.compound_id, "小区")
    if has_party_org(session, compound.id):
        raise FieldError("compound_id", "gov.has_party_org", compound=compound.name)
    if data.person_id is not None:
        records.load(session, Person, data.person_id, "人员")
    return records.create(session, actor, PartyInstructor(
        compound_id=compound.id, person_id=data.person_id, **values)).id


@dataclass(frozen=True)
class InstructorRow:
    id: int
    compound: str
    name: str
    sent_on: dt.date
    ended_on: dt.date | None


def list_instructors(session: Session) -> list[InstructorRow]:
    rows = session.execute(
        select(PartyInstructor.id, Compound.name, PartyInstructor.name,
               PartyInstructor.sent_on, PartyInstructor.ended_on)
        .join(Compound, Compound.id == PartyInstructor.compound_id)
        .order_by(PartyInstructor.sent_on.desc(), PartyInstructor.id))
    return [InstructorRow(*row) for row in rows]


def compound_choices(session: Session) -> dict[int, str]:
    """Compounds by name, those with a Party organisation marked, for the instructor dialog."""
    with_org = set(session.scalars(select(PartyOrg.compound_id).where(
        PartyOrg.compound_id.is_not(None))))
    return {cid: name + ("（已有党组织）" if cid in with_org else "") for cid, name in
            session.execute(select(Compound.id, Compound.name).order_by(Compound.name))}


# --- reading -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ResidentRow:
    id: int
    person_id: int
    name: str
    compound: str
    party_member: bool
    source_group: str
    qualities: frozenset[str]
    trainings: int
    posts: tuple[str, ...]  # current posts, as labels

    @property
    def source_label(self) -> str:
        return vocab.SOURCE_GROUPS[self.source_group]

    @property
    def qualities_text(self) -> str:
        return "、".join(label for key, label in vocab.QUALITIES.items() if key in self.qualities)


def list_residents(session: Session) -> list[ResidentRow]:
    attended = dict(session.execute(
        select(TrainingAttendance.resident_id, func.count())
        .group_by(TrainingAttendance.resident_id)).all())
    posts: dict[int, list[str]] = {}
    for resident_id, post in session.execute(
            select(ResidentPost.resident_id, ResidentPost.post)
            .where(ResidentPost.ended_on.is_(None)).order_by(ResidentPost.id)):
        posts.setdefault(resident_id, []).append(vocab.POSTS[post])
    rows = session.execute(
        select(CapableResident, Person.name, Person.is_party_member,
               func.coalesce(Compound.name, ""))
        .join(Person, Person.id == CapableResident.person_id)
        .outerjoin(Compound, Compound.id == CapableResident.compound_id)
        .order_by(CapableResident.id))
    return [ResidentRow(r.id, r.person_id, name, compound, bool(member), r.source_group,
                        frozenset(k for k in vocab.QUALITIES if getattr(r, k)),
                        attended.get(r.id, 0), tuple(posts.get(r.id, [])))
            for r, name, member, compound in rows]


@dataclass(frozen=True)
class CadreFigures:
    capable_residents: int
    by_group: dict[str, int]
    trainings: int
    attendances: int
    compound_cadres: int
    cadres_party_members: int
    compounds_without_party_org: int
    instructors_sent: int  # to compounds without a Party organisation, still serving


def cadre_figures(session: Session, start: dt.date, end: dt.date) -> CadreFigures:
    residents = list_residents(session)
    cadres = set(session.scalars(select(PersonRole.person_id).where(PersonRole.role == "cadre")))
    cadres |= {r.person_id for r in residents if r.posts}
    members = set(session.scalars(select(Person.id).where(
        Person.id.in_(cadres), Person.is_party_member.is_(True))))
    trainings = list(session.scalars(select(Training.id).where(
        Training.held_on >= start, Training.held_on <= end)))
    without = [c for c in session.scalars(select(Compound.id)) if not has_party_org(session, c)]
    instructors = session.scalar(select(func.count(func.distinct(PartyInstructor.compound_id)))
                                 .where(PartyInstructor.ended_on.is_(None),
                                        PartyInstructor.compound_id.in_(without))) or 0
    return CadreFigures(
        capable_residents=len(residents),
        by_group={g: sum(1 for r in residents if r.source_group == g)
                  for g in vocab.SOURCE_GROUPS},
        trainings=len(trainings),
        attendances=session.scalar(select(func.count()).select_from(TrainingAttendance).where(
            TrainingAttendance.training_id.in_(trainings))) or 0,
        compound_cadres=len(cadres), cadres_party_members=len(members),
        compounds_without_party_org=len(without), instructors_sent=instructors)
