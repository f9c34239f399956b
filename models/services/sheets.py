"""What the printed lists, evaluation sheets and ranking need, in one read: the lists of a
year (or of one unit), their items, deliveries' counts and hours, both organisations'
names, and the balance of each unit. Pure queries; reports/service_lists.py draws them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import messages
from models.errors import UserError
from models.registry.entities import PartyOrg, ResidentUnit
from models.services.balance import UnitBalance, balances
from models.services.entities import ServiceDelivery, ServiceItem, ServiceList, ServiceParticipant
from models.services.lists import ItemRow, item_rows

messages.register({
    "services.unit_unknown": "找不到驻区单位“{text}”（可填编号或名称中的字）。",
    "services.unit_ambiguous": "“{text}”对应多个驻区单位：{names}，请写得更完整。",
    "services.no_lists": "{year} 年还没有双服务清单。",
})


@dataclass(frozen=True)
class ItemWork:
    """An item's deliveries: how many, the participants' minutes, beneficiaries counted."""

    deliveries: int = 0
    minutes: int = 0
    beneficiaries: int = 0


@dataclass(frozen=True)
class ListSheet:
    list_id: int
    unit: str
    year: int
    community_org: str
    unit_org: str
    items: tuple[ItemRow, ...]
    work: dict[int, ItemWork]
    balance: UnitBalance
    units_ranked: int


def find_unit(session: Session, text: str) -> int:
    """A resident unit by its number or by a part of its name (one match)."""
    text = text.strip()
    if text.isdigit() and session.get(ResidentUnit, int(text)) is not None:
        return int(text)
    rows = session.execute(select(ResidentUnit.id, ResidentUnit.name).where(
        or_(ResidentUnit.name == text, ResidentUnit.name.contains(text)))).all()
    exact = [r for r in rows if r.name == text]
    rows = exact or rows
    if not rows:
        raise UserError("services.unit_unknown", text=text)
    if len(rows) > 1:
        raise UserError("services.unit_ambiguous", text=text,
                        names="、".join(r.name for r in rows[:5]))
    return int(rows[0].id)


def _community_org(session: Session, office: str) -> str:
    name = session.scalar(select(PartyOrg.name).where(PartyOrg.kind.in_(
        ("community_committee", "joint_committee"))).order_by(PartyOrg.id).limit(1))
    return name or f"{office}党委"


def _unit_org(session: Session, unit_id: int, unit: str) -> str:
    name = session.scalar(select(PartyOrg.name).where(PartyOrg.unit_id == unit_id)
                          .order_by(PartyOrg.id).limit(1))
    return name or f"{unit}党组织"


def _work(session: Session, list_id: int) -> dict[int, ItemWork]:
    minutes = dict(session.execute(
        select(ServiceDelivery.item_id, func.sum(ServiceParticipant.minutes))
        .join(ServiceParticipant, ServiceParticipant.delivery_id == ServiceDelivery.id)
        .join(ServiceItem, ServiceItem.id == ServiceDelivery.item_id)
        .where(ServiceItem.list_id == list_id).group_by(ServiceDelivery.item_id)).all())
    found = {}
    for item_id, count, people in session.execute(
            select(ServiceDelivery.item_id, func.count(), func.sum(ServiceDelivery.beneficiaries))
            .join(ServiceItem, ServiceItem.id == ServiceDelivery.item_id)
            .where(ServiceItem.list_id == list_id).group_by(ServiceDelivery.item_id)):
        found[item_id] = ItemWork(int(count), int(minutes.get(item_id) or 0), int(people or 0))
    return found


def list_sheets(session: Session, year: int, office: str, unit_id: int | None = None
                ) -> list[ListSheet]:
    """The year's lists (or one unit's) in ranking order, each with its figures."""
    ranked = balances(session, year)
    if not ranked:
        raise UserError("services.no_lists", year=year)
    chosen = [b for b in ranked if unit_id is None or b.unit_id == unit_id]
    if not chosen:
        raise UserError("services.no_lists", year=year)
    community = _community_org(session, office)
    return [ListSheet(b.list_id, b.unit, year, community, _unit_org(session, b.unit_id, b.unit),
                      tuple(item_rows(session, list_id=b.list_id)), _work(session, b.list_id),
                      b, len(ranked)) for b in chosen]


def year_list_ids(session: Session, year: int) -> list[int]:
    return list(session.scalars(select(ServiceList.id).where(ServiceList.year == year)))
