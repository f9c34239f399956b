"""Balance and evaluation per unit and year, and the ranking of units.

For each list of the year: items the unit gives (单位→社区) and receives (社区→单位),
claimed, served, confirmed, hours (participants' minutes in the year's deliveries),
beneficiaries counted, ratings. Items carried over to the next year count in neither
year's "served" until they are served; they are counted as carried over.

One-way: a unit whose items of the year all flow one way — it only receives (只受益) or
only gives (只付出). Ranking: most items served, then most hours, then most 满意, then
fewest 不满意, then the unit's name — a fixed order a clerk can explain.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.registry.entities import ResidentUnit
from models.services.entities import (
    ServiceDelivery,
    ServiceItem,
    ServiceList,
    ServiceParticipant,
)
from models.services.hours import hours_text
from models.services.vocab import RATINGS, SERVED

ONE_WAY = {"receives_only": "只受益", "gives_only": "只付出"}


@dataclass
class UnitBalance:
    list_id: int
    unit_id: int
    unit: str
    year: int
    items: int = 0
    gives: int = 0  # 单位→社区
    receives: int = 0  # 社区→单位
    claimed: int = 0
    delivered: int = 0
    confirmed: int = 0
    evaluated: int = 0
    carried_over: int = 0
    minutes: int = 0
    beneficiaries: int = 0
    ratings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RATINGS, 0))
    rank: int = 0

    @property
    def one_way(self) -> str:
        """'receives_only', 'gives_only' or '' (both ways, or nothing listed)."""
        if self.receives and not self.gives:
            return "receives_only"
        if self.gives and not self.receives:
            return "gives_only"
        return ""

    @property
    def one_way_label(self) -> str:
        return ONE_WAY.get(self.one_way, "")

    @property
    def hours_text(self) -> str:
        return hours_text(self.minutes)

    def sort_key(self) -> tuple[int, int, int, int, str]:
        return (-self.delivered, -self.minutes, -self.ratings["satisfied"],
                self.ratings["unsatisfied"], self.unit)


def balances(session: Session, year: int, unit_id: int | None = None) -> list[UnitBalance]:
    """Every list of `year` (or one unit's), ranked (rank 1 first)."""
    lists = select(ServiceList.id, ServiceList.unit_id, ResidentUnit.name).join(
        ResidentUnit, ResidentUnit.id == ServiceList.unit_id).where(ServiceList.year == year)
    if unit_id is not None:
        lists = lists.where(ServiceList.unit_id == unit_id)
    found = {lid: UnitBalance(lid, uid, name, year) for lid, uid, name in session.execute(lists)}
    for list_id, direction, state, claimed_on, rating in session.execute(
            select(ServiceItem.list_id, ServiceItem.direction, ServiceItem.state,
                   ServiceItem.claimed_on, ServiceItem.rating)
            .where(ServiceItem.list_id.in_(found))):
        _count(found[list_id], direction, state, claimed_on is not None, rating)
    for list_id, minutes in session.execute(
            select(ServiceItem.list_id, ServiceParticipant.minutes)
            .join(ServiceDelivery, ServiceDelivery.item_id == ServiceItem.id)
            .join(ServiceParticipant, ServiceParticipant.delivery_id == ServiceDelivery.id)
            .where(ServiceItem.list_id.in_(found))):
        found[list_id].minutes += minutes
    for list_id, people in session.execute(
            select(ServiceItem.list_id, ServiceDelivery.beneficiaries)
            .join(ServiceDelivery, ServiceDelivery.item_id == ServiceItem.id)
            .where(ServiceItem.list_id.in_(found))):
        found[list_id].beneficiaries += people
    ranked = sorted(found.values(), key=UnitBalance.sort_key)
    for position, balance in enumerate(ranked, start=1):
        balance.rank = position
    return ranked


def _count(b: UnitBalance, direction: str, state: str, claimed: bool, rating: str) -> None:
    b.items += 1
    if direction == "to_community":
        b.gives += 1
    else:
        b.receives += 1
    b.claimed += claimed
    b.delivered += state in SERVED
    b.confirmed += state in ("confirmed", "evaluated")
    b.evaluated += state == "evaluated"
    b.carried_over += state == "carried_over"
    if rating in b.ratings:
        b.ratings[rating] += 1
