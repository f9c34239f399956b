"""The `stats services` figures for one year: lists, items by direction and state,
claimed, delivered, hours, beneficiaries, ratings and the units flagged one-way."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.services.balance import balances
from models.services.entities import ServiceItem, ServiceList
from models.services.hours import hours
from models.services.vocab import DIRECTIONS, RATINGS, STATES


def service_stats(session: Session, year: int) -> dict[str, object]:
    """JSON-ready figures (hours as a decimal string, exact)."""
    units = balances(session, year)
    rows = session.execute(select(ServiceItem.direction, ServiceItem.state)
                           .join(ServiceList, ServiceList.id == ServiceItem.list_id)
                           .where(ServiceList.year == year)).all()
    minutes = sum(b.minutes for b in units)
    return {
        "year": year,
        "lists": len(units),
        "items": len(rows),
        "by_direction": {d: sum(1 for r in rows if r[0] == d) for d in DIRECTIONS},
        "by_state": {s: sum(1 for r in rows if r[1] == s) for s in STATES},
        "claimed": sum(b.claimed for b in units),
        "delivered": sum(b.delivered for b in units),
        "minutes": minutes,
        "hours": str(hours(minutes)),
        "beneficiaries": sum(b.beneficiaries for b in units),
        "ratings": {r: sum(b.ratings[r] for b in units) for r in RATINGS},
        "one_way_units": sorted(b.unit for b in units if b.one_way),
        "one_way": {b.unit: b.one_way for b in units if b.one_way},
    }
