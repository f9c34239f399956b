"""A unit's list and items driven to any state through the real services."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.services import claims, deliveries, lists, signoff
from models.services.entities import ServiceCategory, ServiceDelivery, ServiceItem
from tests.models.issues.helpers import CLERK, Office

YEAR = 2026
CLAIMED = dt.date(2026, 3, 1)
SERVED = dt.date(2026, 3, 10)
PATHS: dict[str, list[str]] = {
    "planned": [],
    "claimed": ["claim"],
    "in_progress": ["claim", "record"],
    "delivered": ["claim", "record", "finish"],
    "confirmed": ["claim", "record", "finish", "confirm"],
    "evaluated": ["claim", "record", "finish", "confirm", "evaluate"],
}


def category(session: Session, name: str = "政策宣讲") -> int:
    found = session.scalar(select(ServiceCategory.id).where(ServiceCategory.name == name))
    assert found is not None
    return found


def new_list(session: Session, office: Office, unit: int = 0, year: int = YEAR) -> int:
    return lists.create_list(session, CLERK, office.unit_ids[unit], year)


def new_item(session: Session, list_id: int, *, direction: str = "to_community",
             kind: str = "need", planned: dt.date = dt.date(2026, 4, 1),
             content: str = "为社区老人讲解医保政策") -> int:
    return lists.add_item(session, CLERK, list_id, lists.ItemData(
        kind=kind, direction=direction, category_id=category(session), content=content,
        planned_on=planned, expected_beneficiaries=30))


def version(session: Session, item_id: int) -> int:
    item = session.get(ServiceItem, item_id)
    assert item is not None
    return item.version


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def delivery(person_ids: tuple[int, ...], day: dt.date = SERVED, start: int = 9,
             end: int = 11) -> deliveries.DeliveryData:
    return deliveries.DeliveryData(
        delivered_on=day, place="社区党群服务中心",
        participants=[deliveries.Participation(p, at(day, start), at(day, end))
                      for p in person_ids], beneficiaries=25, note="")


def step(session: Session, office: Office, item_id: int, action: str,
         person_ids: tuple[int, ...] | None = None) -> None:
    """One action with valid arguments (a need of the community: the unit claims it).
    Each delivery takes the next free two hours of the day, so none overlaps another."""
    v = version(session, item_id)
    people = office.person_ids[:2] if person_ids is None else person_ids
    if action == "claim":
        claims.claim_item(session, CLERK, item_id, v, claimant_kind="unit", on=CLAIMED)
    elif action == "release":
        claims.release_item(session, CLERK, item_id, v, reason="人手不足", on=CLAIMED)
    elif action == "record":
        later = 2 * (session.scalar(select(func.count()).select_from(ServiceDelivery)) or 0)
        deliveries.record_delivery(session, CLERK, item_id, v,
                                   delivery(people, start=9 + later, end=11 + later))
    elif action == "finish":
        deliveries.finish_item(session, CLERK, item_id, v, on=SERVED)
    elif action == "confirm":
        signoff.sign_off(session, CLERK, item_id, v, side="community", name="王书记",
                         post="社区党委书记", on=SERVED)
        signoff.sign_off(session, CLERK, item_id, version(session, item_id), side="unit",
                         name="刘主任", post="党支部书记", on=SERVED)
    elif action == "evaluate":
        signoff.rate_item(session, CLERK, item_id, v, rating="satisfied", comment="讲得清楚",
                          on=SERVED)
    elif action == "carry_over":
        signoff.carry_over(session, CLERK, YEAR)
    else:
        raise AssertionError(action)


def drive(session: Session, office: Office, item_id: int, state: str) -> None:
    for action in PATHS[state]:
        step(session, office, item_id, action)
