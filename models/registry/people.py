"""People: residents, Party members, cadres, capable residents, volunteers, owners.

The 身份证号 is stored whole and shown masked (first 6 + last 4); revealing it is a
service call that writes an audit entry.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from models import audit, records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.registry.entities import (
    GENDERS,
    PERSON_ROLES,
    Building,
    Community,
    Compound,
    Person,
    PersonRole,
)
from models.registry.search import matches, person_key

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PersonData:
    name: str
    gender: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    compound_id: int | None = None
    building_id: int | None = None
    is_party_member: bool = False
    party_since: dt.date | None = None
    roles: frozenset[str] = field(default_factory=frozenset)
    note: str = ""


@dataclass(frozen=True)
class PersonRecord:
    id: int
    version: int
    name: str
    gender: str
    id_masked: str
    phone: str
    address: str
    compound_id: int | None
    compound_name: str
    building_id: int | None
    is_party_member: bool
    party_since: dt.date | None
    roles: frozenset[str]
    note: str
    updated_by: str

    @property
    def gender_label(self) -> str:
        return GENDERS.get(self.gender, "")

    @property
    def roles_label(self) -> str:
        return "、".join(PERSON_ROLES[r] for r in PERSON_ROLES if r in self.roles)


def clean_person(data: PersonData, today: dt.date | None = None) -> dict[str, object]:
    """Validated column values (roles excluded), or FieldErrors naming every bad field."""
    check = validation.Collector()
    number = check(validation.id_number, "id_number", data.id_number, today)
    gender = data.gender
    if gender and gender not in GENDERS:
        check.fail(FieldError("gender", "field.bad_choice", label="性别"))
    elif number and not gender:
        gender = validation.gender_from_id(number)
    elif number and gender != validation.gender_from_id(number):
        check.fail(FieldError("gender", "id.gender_mismatch"))
    since = check(validation.past_date, "party_since", "入党时间", data.party_since,
                  required=data.is_party_member, today=today)
    if set(data.roles) - set(PERSON_ROLES):
        check.fail(FieldError("roles", "field.bad_choice", label="身份"))
    values: dict[str, object] = {
        "name": check(validation.text, "name", "姓名", data.name, required=True, limit=50),
        "gender": gender,
        "id_number": number,
        "phone": check(validation.phone, "phone", data.phone),
        "address": check(validation.text, "address", "住址", data.address, limit=200),
        "compound_id": data.compound_id,
        "building_id": data.building_id,
        "is_party_member": data.is_party_member,
        "party_since": since if data.is_party_member else None,
        "note": check(validation.note, "note", "备注", data.note),
    }
    check.done()
    return values


@dataclass(frozen=True)
class _Links:
    """What the link checks need about a batch of people, read in three queries."""

    building_compounds: dict[int, int]  # building id -> its compound
    compounds: frozenset[int]
    holders: dict[str, str]  # registered ID number -> the holder's name

    @classmethod
    def load(cls, session: Session, batch: Sequence[dict[str, object]],
             exclude: int | None) -> _Links:
        buildings = {int(v["building_id"]) for v in batch  # type: ignore[call-overload]
                     if v["building_id"] is not None}
        compounds = {int(v["compound_id"]) for v in batch  # type: ignore[call-overload]
                     if v["compound_id"] is not None}
        numbers = {str(v["id_number"]) for v in batch if v["id_number"]}
        holders = select(Person.id_number, Person.name).where(Person.id_number.in_(numbers))
        if exclude is not None:
            holders = holders.where(Person.id != exclude)
        building_compounds = select(Building.id, Building.compound_id).where(
            Building.id.in_(buildings))
        return cls(
            {b: c for b, c in session.execute(building_compounds)} if buildings else {},
            frozenset(session.execute(select(Compound.id).where(Compound.id.in_(compounds)))
                      .scalars()) if compounds else frozenset(),
            {str(n): h for n, h in session.execute(holders)} if numbers else {})

    def check(self, values: dict[str, object]) -> None:
        building_id, compound_id = values["building_id"], values["compound_id"]
        if building_id is not None:
            if building_id not in self.building_compounds:
                raise UserError("record.missing", entity="楼栋", id=building_id)
            if compound_id != self.building_compounds[building_id]:
                raise FieldError("building_id", "person.building_mismatch")
        elif compound_id is not None and compound_id not in self.compounds:
            raise UserError("record.missing", entity="小区", id=compound_id)
        holder = self.holders.get(str(values["id_number"] or ""))
        if holder is not None:
            raise FieldError("id_number", "id.duplicate", name=holder)


def _check_links(session: Session, values: dict[str, object], exclude: int | None) -> None:
    _Links.load(session, [values], exclude).check(values)


def _key(values: dict[str, object]) -> str:
    number = str(values["id_number"] or "")
    return person_key(str(values["name"])) + f" {values['phone']} {number[-4:]}"


def _set_roles(session: Session, actor: Actor, person_id: int, roles: frozenset[str]) -> None:
    held = session.execute(select(PersonRole.role).where(PersonRole.person_id == person_id))
    audit.record_set(session, actor, "person_role", person_id, column="role",
                     before=held.scalars(), after=roles)
    session.execute(delete(PersonRole).where(PersonRole.person_id == person_id))
    session.add_all(PersonRole(person_id=person_id, role=r) for r in sorted(roles))


def create_person(session: Session, actor: Actor, community_id: int, data: PersonData) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = clean_person(data)
    _check_links(session, values, None)
    person = records.create(session, actor, Person(community_id=community_id, **values,
                                                   search_key=_key(values)))
    _set_roles(session, actor, person.id, data.roles)
    return person.id


def create_people(session: Session, actor: Actor, community_id: int,
                  batch: Sequence[PersonData]) -> list[int]:
    """`create_person` for a batch of a bulk import: the same checks, item by item, and
    the same records and audit entries, read and written a batch at a time.

    Raises records.ItemFailed naming the first refused item; the caller rolls back.
    """
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    cleaned = [_item(index, clean_person, data) for index, data in enumerate(batch)]
    links = _Links.load(session, cleaned, None)
    for index, values in enumerate(cleaned):
        _item(index, links.check, values)
        if values["id_number"]:  # a number twice in the batch: the second is refused
            links.holders[str(values["id_number"])] = str(values["name"])
    rows = [{**values, "community_id": community_id, "search_key": _key(values)}
            for values in cleaned]
    ids = records.create_many(session, actor, Person, rows)
    pairs = list(zip(ids, batch, strict=True))
    audit.record_many(session, actor, [
        change for person_id, data in pairs
        if (change := audit.set_change("person_role", person_id, column="role", before=(),
                                       after=data.roles)) is not None])
    roles = [{"person_id": person_id, "role": role}
             for person_id, data in pairs for role in sorted(data.roles)]
    if roles:
        session.execute(insert(PersonRole), roles)
    return ids


def _item(index: int, check: Callable[[Any], T], value: Any) -> T:
    try:
        return check(value)
    except UserError as exc:
        raise records.ItemFailed(index, exc) from exc


def update_person(session: Session, actor: Actor, person_id: int, version: int,
                  data: PersonData) -> None:
    actor = require(session, actor, "clerk")
    person = records.load(session, Person, person_id, "人员")
    values = clean_person(data)
    if not data.id_number and person.id_number:
        values["id_number"] = person.id_number  # the form shows it masked: blank keeps it
    _check_links(session, values, person_id)
    values["search_key"] = _key(values)
    records.update(session, actor, person, version, "人员", values)
    _set_roles(session, actor, person_id, data.roles)


def delete_person(session: Session, actor: Actor, person_id: int, version: int) -> None:
    actor = require(session, actor, "reviewer")
    person = records.load(session, Person, person_id, "人员")
    records.delete(session, actor, person, version, "人员", person.name)


def reveal_id_number(session: Session, actor: Actor, person_id: int) -> str:
    """The full number, for a clerk who must see it; the look is logged."""
    actor = require(session, actor, "clerk")
    person = records.load(session, Person, person_id, "人员")
    audit.record(session, actor, "reveal", "person", person_id, after={"field": "id_number"})
    return person.id_number or ""


def list_people(session: Session, *, query: str = "", compound_id: int | None = None,
                role: str = "", party_only: bool = False) -> list[PersonRecord]:
    stmt = (select(Person, Compound.name).outerjoin(Compound, Compound.id == Person.compound_id)
            .where(matches(Person.search_key, query)).order_by(Person.search_key))
    if compound_id is not None:
        stmt = stmt.where(Person.compound_id == compound_id)
    if party_only:
        stmt = stmt.where(Person.is_party_member.is_(True))
    if role:
        stmt = stmt.where(Person.id.in_(
            select(PersonRole.person_id).where(PersonRole.role == role)))
    rows = session.execute(stmt).all()
    roles: dict[int, set[str]] = {}
    for person_id, role_code in session.execute(select(PersonRole.person_id, PersonRole.role)):
        roles.setdefault(person_id, set()).add(role_code)
    return [_record(p, compound or "", frozenset(roles.get(p.id, ()))) for p, compound in rows]


def _record(p: Person, compound_name: str, roles: frozenset[str]) -> PersonRecord:
    return PersonRecord(p.id, p.version, p.name, p.gender, validation.mask_id_number(p.id_number),
                        p.phone, p.address, p.compound_id, compound_name, p.building_id,
                        p.is_party_member, p.party_since, roles, p.note, p.updated_by)


def get_person(session: Session, person_id: int) -> PersonRecord:
    person = records.load(session, Person, person_id, "人员")
    compound = session.get(Compound, person.compound_id) if person.compound_id else None
    roles = frozenset(session.execute(
        select(PersonRole.role).where(PersonRole.person_id == person_id)).scalars())
    return _record(person, compound.name if compound else "", roles)


def editable_data(record: PersonRecord) -> PersonData:
    """The form's starting values. The ID number stays blank: blank keeps the stored one."""
    return PersonData(name=record.name, gender=record.gender, id_number="", phone=record.phone,
                      address=record.address, compound_id=record.compound_id,
                      building_id=record.building_id, is_party_member=record.is_party_member,
                      party_since=record.party_since, roles=record.roles, note=record.note)
