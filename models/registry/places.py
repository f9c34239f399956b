"""Streets, communities, compounds, buildings and lanes."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.registry.entities import (
    COMPOUND_KINDS,
    Building,
    Community,
    Compound,
    Lane,
    Person,
    Street,
)
from models.registry.search import matches, search_key


@dataclass(frozen=True)
class StreetRow:
    id: int
    version: int
    name: str
    code: str


@dataclass(frozen=True)
class CommunityRow:
    id: int
    version: int
    street_id: int
    street_name: str
    name: str
    code: str


def create_street(session: Session, actor: Actor, *, name: str, code: str = "") -> int:
    actor = require(session, actor, "admin")
    name = validation.text("name", "街道名称", name, required=True, limit=100)
    _unique(session, select(Street.id).where(Street.name == name), "街道", name)
    return records.create(session, actor, Street(name=name, code=code.strip())).id


def create_community(session: Session, actor: Actor, *, street_id: int, name: str,
                     code: str = "") -> int:
    actor = require(session, actor, "admin")
    records.load(session, Street, street_id, "街道")
    name = validation.text("name", "社区名称", name, required=True, limit=100)
    _unique(session, select(Community.id).where(Community.street_id == street_id,
                                                Community.name == name), "社区", name)
    return records.create(session, actor, Community(street_id=street_id, name=name,
                                                    code=code.strip())).id


def list_communities(session: Session) -> list[CommunityRow]:
    rows = session.execute(
        select(Community.id, Community.version, Community.street_id, Street.name,
               Community.name, Community.code)
        .join(Street, Street.id == Community.street_id).order_by(Street.name, Community.name))
    return [CommunityRow(*row) for row in rows]


# --- compounds -----------------------------------------------------------------------

@dataclass(frozen=True)
class CompoundData:
    name: str
    kind: str = "commercial"
    total_area: str | Decimal = "0"
    unit_count: str | int = 0
    property_company: str = ""
    address: str = ""


@dataclass(frozen=True)
class CompoundRecord:
    id: int
    version: int
    community_id: int
    name: str
    kind: str
    total_area: Decimal
    unit_count: int
    property_company: str
    address: str
    building_count: int
    person_count: int
    updated_by: str

    @property
    def kind_label(self) -> str:
        return COMPOUND_KINDS.get(self.kind, self.kind)

    def data(self) -> CompoundData:
        return CompoundData(self.name, self.kind, self.total_area, self.unit_count,
                            self.property_company, self.address)


def clean_compound(data: CompoundData) -> dict[str, object]:
    """Validated column values, or FieldErrors naming every bad field."""
    check = validation.Collector()
    values = {
        "name": check(validation.text, "name", "小区名称", data.name, required=True, limit=100),
        "kind": check(validation.choice, "kind", "小区类型", data.kind, COMPOUND_KINDS),
        "total_area": check(validation.decimal_amount, "total_area", "专有部分总面积",
                            data.total_area),
        "unit_count": check(validation.whole_number, "unit_count", "专有部分总套数",
                            data.unit_count),
        "property_company": check(validation.text, "property_company", "物业服务企业",
                                  data.property_company, limit=200),
        "address": check(validation.text, "address", "地址", data.address, limit=200),
    }
    check.done()
    return values


def create_compound(session: Session, actor: Actor, community_id: int, data: CompoundData) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = clean_compound(data)
    _unique(session, select(Compound.id).where(Compound.community_id == community_id,
                                               Compound.name == values["name"]),
            "小区", str(values["name"]), field="name")
    compound = Compound(community_id=community_id, **values,
                        search_key=search_key(str(values["name"]), str(values["address"])))
    return records.create(session, actor, compound).id


def update_compound(session: Session, actor: Actor, compound_id: int, version: int,
                    data: CompoundData) -> None:
    actor = require(session, actor, "clerk")
    compound = records.load(session, Compound, compound_id, "小区")
    values = clean_compound(data)
    _unique(session, select(Compound.id).where(Compound.community_id == compound.community_id,
                                               Compound.name == values["name"],
                                               Compound.id != compound_id),
            "小区", str(values["name"]), field="name")
    values["search_key"] = search_key(str(values["name"]), str(values["address"]))
    records.update(session, actor, compound, version, "小区", values)


def delete_compound(session: Session, actor: Actor, compound_id: int, version: int) -> None:
    actor = require(session, actor, "reviewer")
    compound = records.load(session, Compound, compound_id, "小区")
    records.delete(session, actor, compound, version, "小区", compound.name)


def list_compounds(session: Session, *, query: str = "", kind: str = "") -> list[CompoundRecord]:
    buildings = (select(Building.compound_id, func.count().label("n"))
                 .group_by(Building.compound_id).subquery())
    people = (select(Person.compound_id, func.count().label("n"))
              .group_by(Person.compound_id).subquery())
    stmt = (select(Compound.id, Compound.version, Compound.community_id, Compound.name,
                   Compound.kind, Compound.total_area, Compound.unit_count,
                   Compound.property_company, Compound.address,
                   func.coalesce(buildings.c.n, 0), func.coalesce(people.c.n, 0),
                   Compound.updated_by)
            .outerjoin(buildings, buildings.c.compound_id == Compound.id)
            .outerjoin(people, people.c.compound_id == Compound.id)
            .where(matches(Compound.search_key, query))
            .order_by(Compound.name))
    if kind:
        stmt = stmt.where(Compound.kind == kind)
    return [CompoundRecord(*row) for row in session.execute(stmt)]


def get_compound(session: Session, compound_id: int) -> CompoundRecord:
    for row in list_compounds(session):
        if row.id == compound_id:
            return row
    raise UserError("record.missing", entity="小区", id=compound_id)


# --- buildings and lanes -------------------------------------------------------------

@dataclass(frozen=True)
class BuildingRow:
    id: int
    version: int
    compound_id: int
    name: str
    chief_id: int | None
    chief_name: str
    entrance_chief_id: int | None
    entrance_chief_name: str


def create_building(session: Session, actor: Actor, compound_id: int, name: str, *,
                    chief_id: int | None = None, entrance_chief_id: int | None = None) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Compound, compound_id, "小区")
    name = validation.text("name", "楼栋名称", name, required=True, limit=50)
    _unique(session, select(Building.id).where(Building.compound_id == compound_id,
                                               Building.name == name), "楼栋", name, field="name")
    for person_id in (chief_id, entrance_chief_id):
        if person_id is not None:
            records.load(session, Person, person_id, "人员")
    building = Building(compound_id=compound_id, name=name, chief_id=chief_id,
                        entrance_chief_id=entrance_chief_id)
    return records.create(session, actor, building).id


def update_building(session: Session, actor: Actor, building_id: int, version: int, *,
                    name: str, chief_id: int | None, entrance_chief_id: int | None) -> None:
    actor = require(session, actor, "clerk")
    building = records.load(session, Building, building_id, "楼栋")
    name = validation.text("name", "楼栋名称", name, required=True, limit=50)
    _unique(session, select(Building.id).where(Building.compound_id == building.compound_id,
                                               Building.name == name,
                                               Building.id != building_id),
            "楼栋", name, field="name")
    records.update(session, actor, building, version, "楼栋",
                   {"name": name, "chief_id": chief_id, "entrance_chief_id": entrance_chief_id})


def list_buildings(session: Session, compound_id: int | None = None) -> list[BuildingRow]:
    chief = select(Person.id, Person.name).subquery()
    entrance = select(Person.id, Person.name).subquery()
    stmt = (select(Building.id, Building.version, Building.compound_id, Building.name,
                   Building.chief_id, func.coalesce(chief.c.name, ""),
                   Building.entrance_chief_id, func.coalesce(entrance.c.name, ""))
            .outerjoin(chief, chief.c.id == Building.chief_id)
            .outerjoin(entrance, entrance.c.id == Building.entrance_chief_id)
            .order_by(Building.compound_id, Building.name))
    if compound_id is not None:
        stmt = stmt.where(Building.compound_id == compound_id)
    return [BuildingRow(*row) for row in session.execute(stmt)]


def create_lane(session: Session, actor: Actor, community_id: int, name: str,
                chief_id: int | None = None) -> int:
    actor = require(session, actor, "clerk")
    name = validation.text("name", "街巷名称", name, required=True, limit=100)
    _unique(session, select(Lane.id).where(Lane.community_id == community_id, Lane.name == name),
            "街巷", name, field="name")
    return records.create(session, actor, Lane(community_id=community_id, name=name,
                                               chief_id=chief_id)).id


def _unique(session: Session, stmt: object, entity: str, name: str, field: str = "name") -> None:
    if session.execute(stmt).first() is not None:  # type: ignore[call-overload]
        raise FieldError(field, "record.duplicate", entity=entity, name=name)
