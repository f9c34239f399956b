"""People: residents, Party members, cadres, capable residents, volunteers, owners.

The 身份证号 is stored whole and shown masked (first 6 + last 4); revealing it is a
service call that writes an audit entry.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import audit, records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.registry.entities import (
    GENDERS,
    PERSON_ROLES,
    Building,
    Community,
    Compound,
    Person,
    PersonRole,
)
from models.registry.search import matches, search_key


@dataclass(frozen=True)
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
    values = {
        "name": check(validation.text, "name", "姓名", data.name, required=True, limit=50),
        "gender": gender,
        "id_number": number,
        "phone": check(validation.phone, "phone", data.phone),
        "address": check(validation.text, "address", "住址", data.address, limit=200),
        "compound_id": data.compound_id,
        "building_id": data.building_id,
        "is_party_member": data.is_party_member,
        "party_since": since if data.is_party_member else None,
        "note": check(validation.text, "note", "备注", data.note, limit=2000),
    }
    check.done()
    return values


def _check_links(session: Session, values: dict[str, object], exclude: int | None) -> None:
    if values["building_id"] is not None:
        building = records.load(session, Building, int(values["building_id"]), "楼栋")  # type: ignore[call-overload]
        if values["compound_id"] != building.compound_id:
            raise FieldError("building_id", "person.building_mismatch")
    elif values["compound_id"] is not None:
        records.load(session, Compound, int(values["compound_id"]), "小区")  # type: ignore[call-overload]
    if values["id_number"]:
        stmt = select(Person.name).where(Person.id_number == values["id_number"])
        if exclude is not None:
            stmt = stmt.where(Person.id != exclude)
        holder = session.execute(stmt).scalar()
        if holder is not None:
            raise FieldError("id_number", "id.duplicate", name=holder)


def _key(values: dict[str, object]) -> str:
    number = str(values["id_number"] or "")
    return search_key(str(values["name"])) + f" {values['phone']} {number[-4:]}"


def _set_roles(session: Session, person_id: int, roles: frozenset[str]) -> None:
    session.execute(delete(PersonRole).where(PersonRole.person_id == person_id))
    session.add_all(PersonRole(person_id=person_id, role=r) for r in sorted(roles))


def create_person(session: Session, actor: Actor, community_id: int, data: PersonData) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = clean_person(data)
    _check_links(session, values, None)
    person = records.create(session, actor, Person(community_id=community_id, **values,
                                                   search_key=_key(values)))
    _set_roles(session, person.id, data.roles)
    return person.id


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
    _set_roles(session, person_id, data.roles)


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
        stmt = stmt.where(Person.id.in_(select(PersonRole.person_id).where(PersonRole.role == role)))
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
