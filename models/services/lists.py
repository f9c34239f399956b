"""Yearly lists and their items; the category vocabulary.

A list belongs to one resident unit and one year (one list per unit and year, with the
community the unit is registered in). Items are numbered within their list. Categories
are seeded with the ten of `vocab.DEFAULT_CATEGORIES` the first time they are needed;
the office may add its own or retire one (a retired category keeps its old items).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import FieldError, FieldErrors, UserError
from models.registry.entities import Person, ResidentUnit
from models.services import lifecycle
from models.services.entities import ServiceCategory, ServiceItem, ServiceList
from models.services.vocab import (
    CLAIMANT_KINDS,
    DEFAULT_CATEGORIES,
    DIRECTIONS,
    KINDS,
    RATINGS,
    state_label,
)

messages.register({
    "services.list_exists": "{unit} 的 {year} 年双服务清单已经建立，请在原清单中添加事项。",
    "services.year": "年度应在 2000 至 2100 之间。",
    "services.category_exists": "服务类别“{name}”已经存在。",
    "services.category_retired": "服务类别“{name}”已停用，请选择其他类别。",
    "services.planned_year": "计划日期 {day} 不在清单年度 {year} 年内。",
    "services.item_locked": "{year} 年清单第 {number} 项已“{state}”，"
                            "只有待认领的事项可以修改内容。",
})


@dataclass(frozen=True)
class ItemData:
    kind: str
    direction: str
    category_id: int | None
    content: str
    planned_on: dt.date | None
    expected_beneficiaries: int | str = 0


@dataclass(frozen=True)
class ListRow:
    id: int
    version: int
    unit_id: int
    unit: str
    year: int
    items: int
    open_items: int
    note: str


@dataclass(frozen=True)
class ItemRow:
    """One item as the page, the PDF and the export show it."""

    id: int
    version: int
    list_id: int
    unit: str
    year: int
    number: int
    kind: str
    direction: str
    category: str
    content: str
    planned_on: dt.date
    expected_beneficiaries: int
    state: str
    claimant: str
    claimed_on: dt.date | None
    community_signer: str
    community_post: str
    community_signed_on: dt.date | None
    unit_signer: str
    unit_post: str
    unit_signed_on: dt.date | None
    rating: str
    rating_comment: str
    origin_id: int | None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def direction_label(self) -> str:
        return DIRECTIONS.get(self.direction, self.direction)

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def rating_label(self) -> str:
        return RATINGS.get(self.rating, "")


# ---- categories -------------------------------------------------------------------------

@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    active: bool
    version: int = 1


def ensure_categories(session: Session, actor: Actor) -> None:
    """Seed the ten default categories once, audited like any other row."""
    if session.scalar(select(func.count()).select_from(ServiceCategory)):
        return
    for position, name in enumerate(DEFAULT_CATEGORIES, start=1):
        records.create(session, actor, ServiceCategory(name=name, position=position))


def list_categories(session: Session, *, active_only: bool = True) -> list[CategoryRow]:
    stmt = select(ServiceCategory).order_by(ServiceCategory.position, ServiceCategory.id)
    if active_only:
        stmt = stmt.where(ServiceCategory.active.is_(True))
    return [CategoryRow(c.id, c.name, c.active, c.version) for c in session.scalars(stmt)]


def add_category(session: Session, actor: Actor, name: str) -> int:
    actor = require(session, actor, "reviewer")
    ensure_categories(session, actor)
    name = validation.text("name", "服务类别", name, required=True, limit=50)
    if session.scalar(select(ServiceCategory.id).where(ServiceCategory.name == name)):
        raise FieldError("name", "services.category_exists", name=name)
    position = (session.scalar(select(func.max(ServiceCategory.position))) or 0) + 1
    return records.create(session, actor, ServiceCategory(name=name, position=position)).id


def retire_category(session: Session, actor: Actor, category_id: int, version: int) -> None:
    actor = require(session, actor, "reviewer")
    category = records.load(session, ServiceCategory, category_id, "服务类别")
    records.update(session, actor, category, version, "服务类别", {"active": False})


# ---- lists ------------------------------------------------------------------------------

def create_list(session: Session, actor: Actor, unit_id: int, year: int, *,
                note: str = "") -> int:
    """A unit's list for `year`; refused if the unit already has one."""
    actor = require(session, actor, "clerk")
    unit = records.load(session, ResidentUnit, unit_id, "驻区单位")
    if not 2000 <= year <= 2100:
        raise FieldError("year", "services.year")
    note = validation.note("note", "备注", note)
    if find_list(session, unit_id, year) is not None:
        raise UserError("services.list_exists", unit=unit.name, year=year)
    ensure_categories(session, actor)
    return records.create(session, actor, ServiceList(
        community_id=unit.community_id, unit_id=unit_id, year=year, note=note)).id


def find_list(session: Session, unit_id: int, year: int) -> int | None:
    return session.scalar(select(ServiceList.id).where(ServiceList.unit_id == unit_id,
                                                       ServiceList.year == year))


def list_lists(session: Session, year: int | None = None) -> list[ListRow]:
    open_states = ("planned", "claimed", "in_progress", "delivered")
    items = (select(ServiceItem.list_id, func.count().label("n"),
                    func.sum(case((ServiceItem.state.in_(open_states), 1), else_=0)).label("o"))
             .group_by(ServiceItem.list_id).subquery())
    stmt = (select(ServiceList, ResidentUnit.name, items.c.n, items.c.o)
            .join(ResidentUnit, ResidentUnit.id == ServiceList.unit_id)
            .outerjoin(items, items.c.list_id == ServiceList.id)
            .order_by(ServiceList.year.desc(), ResidentUnit.name))
    if year is not None:
        stmt = stmt.where(ServiceList.year == year)
    return [ListRow(sl.id, sl.version, sl.unit_id, unit, sl.year, int(n or 0), int(o or 0),
                    sl.note) for sl, unit, n, o in session.execute(stmt)]


def get_list(session: Session, list_id: int) -> ListRow:
    records.load(session, ServiceList, list_id, "双服务清单")
    return next(row for row in list_lists(session) if row.id == list_id)


# ---- items ------------------------------------------------------------------------------

def clean_item_fields(data: ItemData, year: int) -> dict[str, object]:
    """The item's own fields, checked without the database (forms run it as one types)."""
    check = validation.Collector()
    values: dict[str, object] = {
        "kind": check(validation.choice, "kind", "类型", data.kind, KINDS),
        "direction": check(validation.choice, "direction", "服务方向", data.direction,
                           DIRECTIONS),
        "content": check(validation.note, "content", "服务内容", data.content, required=True,
                         limit=1000),
        "planned_on": check(validation.date, "planned_on", "计划日期", data.planned_on,
                            required=True),
        "expected_beneficiaries": check(validation.whole_number, "expected_beneficiaries",
                                        "预计受益人数", data.expected_beneficiaries),
    }
    planned = values["planned_on"]
    if isinstance(planned, dt.date) and planned.year != year:
        check.fail(FieldError("planned_on", "services.planned_year", day=planned.isoformat(),
                              year=year))
    if data.category_id is None:
        check.fail(FieldError("category_id", "field.required", label="服务类别"))
    check.done()
    return values


def clean_item(session: Session, data: ItemData, year: int) -> dict[str, object]:
    """Validated column values, or FieldErrors naming every bad field."""
    try:
        values = clean_item_fields(data, year)
        errors: list[FieldError] = []
    except FieldErrors as exc:
        values, errors = {}, list(exc.errors)
    if data.category_id is not None:
        category = session.get(ServiceCategory, data.category_id)
        if category is None:
            errors.append(FieldError("category_id", "field.required", label="服务类别"))
        elif not category.active:
            errors.append(FieldError("category_id", "services.category_retired",
                                     name=category.name))
        values["category_id"] = data.category_id
    if errors:
        raise FieldErrors(errors)
    return values


def add_item(session: Session, actor: Actor, list_id: int, data: ItemData) -> int:
    actor = require(session, actor, "clerk")
    service_list = records.load(session, ServiceList, list_id, "双服务清单")
    values = clean_item(session, data, service_list.year)
    item = records.create(session, actor, ServiceItem(list_id=list_id,
                                                      number=next_number(session, list_id),
                                                      state="planned", **values))
    lifecycle.add_event(session, actor, item, "create", from_state="")
    return item.id


def next_number(session: Session, list_id: int) -> int:
    return (session.scalar(select(func.max(ServiceItem.number))
                           .where(ServiceItem.list_id == list_id)) or 0) + 1


def update_item(session: Session, actor: Actor, item_id: int, version: int,
                data: ItemData) -> None:
    """Change what an item is about; only while nobody has claimed it yet."""
    actor = require(session, actor, "clerk")
    item = lifecycle.load_item(session, item_id)
    service_list = records.load(session, ServiceList, item.list_id, "双服务清单")
    if item.state != "planned":
        raise UserError("services.item_locked", year=service_list.year, number=item.number,
                        state=state_label(item.state))
    values = clean_item(session, data, service_list.year)
    records.update(session, actor, item, version, "服务事项", values)
    lifecycle.add_event(session, actor, item, "update", from_state=item.state)


def _claimant(kind: str, person: str | None, text: str, unit: str) -> str:
    if kind == "unit":
        return unit
    if kind == "community":
        return "社区"
    label = CLAIMANT_KINDS.get(kind, "")
    return f"{person or text}（{label}）" if (person or text) else ""


def item_rows(session: Session, *, list_id: int | None = None, year: int | None = None,
              unit_id: int | None = None, state: str = "") -> list[ItemRow]:
    stmt = (select(ServiceItem, ServiceList.year, ResidentUnit.name, ServiceCategory.name,
                   Person.name)
            .join(ServiceList, ServiceList.id == ServiceItem.list_id)
            .join(ResidentUnit, ResidentUnit.id == ServiceList.unit_id)
            .join(ServiceCategory, ServiceCategory.id == ServiceItem.category_id)
            .outerjoin(Person, Person.id == ServiceItem.claimant_person_id)
            .order_by(ServiceList.year, ResidentUnit.name, ServiceItem.number))
    if list_id is not None:
        stmt = stmt.where(ServiceItem.list_id == list_id)
    if year is not None:
        stmt = stmt.where(ServiceList.year == year)
    if unit_id is not None:
        stmt = stmt.where(ServiceList.unit_id == unit_id)
    if state:
        stmt = stmt.where(ServiceItem.state == state)
    return [_row(item, year_, unit, category, person)
            for item, year_, unit, category, person in session.execute(stmt)]


def _row(i: ServiceItem, year: int, unit: str, category: str, person: str | None) -> ItemRow:
    return ItemRow(
        i.id, i.version, i.list_id, unit, year, i.number, i.kind, i.direction, category,
        i.content, i.planned_on, i.expected_beneficiaries, i.state,
        _claimant(i.claimant_kind, person, i.claimant_text, unit), i.claimed_on,
        i.community_signer, i.community_post, i.community_signed_on, i.unit_signer,
        i.unit_post, i.unit_signed_on, i.rating, i.rating_comment, i.origin_id)


def get_item(session: Session, item_id: int) -> ItemRow:
    lifecycle.load_item(session, item_id)
    stmt_rows = [r for r in item_rows(session, list_id=_list_of(session, item_id))
                 if r.id == item_id]
    return stmt_rows[0]


def _list_of(session: Session, item_id: int) -> int:
    return lifecycle.load_item(session, item_id).list_id
