"""驻区单位: organisations located in the community, identified by their credit code."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.registry.entities import UNIT_KINDS, Community, ResidentUnit
from models.registry.search import matches, search_key


@dataclass(frozen=True, slots=True)
class UnitData:
    name: str
    uscc: str
    kind: str = "other"
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class UnitRecord:
    id: int
    version: int
    community_id: int
    name: str
    uscc: str
    kind: str
    address: str
    contact_name: str
    contact_phone: str
    updated_by: str

    @property
    def kind_label(self) -> str:
        return UNIT_KINDS.get(self.kind, self.kind)

    def data(self) -> UnitData:
        return UnitData(self.name, self.uscc, self.kind, self.address, self.contact_name,
                        self.contact_phone)


def clean_unit(data: UnitData) -> dict[str, object]:
    """Validated column values, or FieldErrors naming every bad field."""
    check = validation.Collector()
    values: dict[str, object] = {
        "name": check(validation.text, "name", "单位名称", data.name, required=True, limit=200),
        "uscc": check(validation.credit_code, "uscc", data.uscc),
        "kind": check(validation.choice, "kind", "单位类别", data.kind, UNIT_KINDS),
        "address": check(validation.text, "address", "地址", data.address, limit=200),
        "contact_name": check(validation.text, "contact_name", "联系人", data.contact_name,
                              limit=50),
        "contact_phone": check(validation.phone, "contact_phone", data.contact_phone),
    }
    check.done()
    return values


def _check_unique_code(session: Session, code: str, exclude: int | None = None) -> None:
    stmt = select(ResidentUnit.name).where(ResidentUnit.uscc == code)
    if exclude is not None:
        stmt = stmt.where(ResidentUnit.id != exclude)
    holder = session.execute(stmt).scalar()
    if holder is not None:
        raise FieldError("uscc", "uscc.duplicate", name=holder)


def create_unit(session: Session, actor: Actor, community_id: int, data: UnitData) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = clean_unit(data)
    _check_unique_code(session, str(values["uscc"]))
    unit = ResidentUnit(community_id=community_id, **values,
                        search_key=search_key(str(values["name"]), str(values["uscc"])))
    return records.create(session, actor, unit).id


def create_units(session: Session, actor: Actor, community_id: int,
                 batch: Sequence[UnitData]) -> list[int]:
    """`create_unit` for a batch of a bulk import: the same checks, item by item, and the
    same records and audit entries. Raises records.ItemFailed naming the refused item."""
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    cleaned = []
    for index, data in enumerate(batch):
        try:
            cleaned.append(clean_unit(data))
        except UserError as exc:
            raise records.ItemFailed(index, exc) from exc
    codes = {str(values["uscc"]) for values in cleaned}
    holders = {code: name for code, name in session.execute(
        select(ResidentUnit.uscc, ResidentUnit.name).where(ResidentUnit.uscc.in_(codes)))}
    for index, values in enumerate(cleaned):
        code = str(values["uscc"])
        if code in holders:
            raise records.ItemFailed(index, FieldError("uscc", "uscc.duplicate",
                                                       name=holders[code]))
        holders[code] = str(values["name"])  # the same code twice in the batch
    rows = [{**values, "community_id": community_id,
             "search_key": search_key(str(values["name"]), str(values["uscc"]))}
            for values in cleaned]
    return records.create_many(session, actor, ResidentUnit, rows)


def update_unit(session: Session, actor: Actor, unit_id: int, version: int,
                data: UnitData) -> None:
    actor = require(session, actor, "clerk")
    unit = records.load(session, ResidentUnit, unit_id, "驻区单位")
    values = clean_unit(data)
    _check_unique_code(session, str(values["uscc"]), exclude=unit_id)
    values["search_key"] = search_key(str(values["name"]), str(values["uscc"]))
    records.update(session, actor, unit, version, "驻区单位", values)


def delete_unit(session: Session, actor: Actor, unit_id: int, version: int) -> None:
    actor = require(session, actor, "reviewer")
    unit = records.load(session, ResidentUnit, unit_id, "驻区单位")
    records.delete(session, actor, unit, version, "驻区单位", unit.name)


def list_units(session: Session, *, query: str = "", kind: str = "") -> list[UnitRecord]:
    stmt = (select(ResidentUnit.id, ResidentUnit.version, ResidentUnit.community_id,
                   ResidentUnit.name, ResidentUnit.uscc, ResidentUnit.kind,
                   ResidentUnit.address, ResidentUnit.contact_name, ResidentUnit.contact_phone,
                   ResidentUnit.updated_by)
            .where(matches(ResidentUnit.search_key, query)).order_by(ResidentUnit.name))
    if kind:
        stmt = stmt.where(ResidentUnit.kind == kind)
    return [UnitRecord(*row) for row in session.execute(stmt)]  # type: ignore[call-arg]


def get_unit(session: Session, unit_id: int) -> UnitRecord:
    unit = records.load(session, ResidentUnit, unit_id, "驻区单位")
    return UnitRecord(unit.id, unit.version, unit.community_id, unit.name, unit.uscc, unit.kind,
                      unit.address, unit.contact_name, unit.contact_phone, unit.updated_by)
