"""A person's participation times, and the check that nobody is in two places at once.

`busy(session, person_id, start, end, exclude=None)` answers with the description of a
record that overlaps [start, end) for that person, or None. It asks every registered
source: this ledger's delivery records first, then whatever another ledger (volunteer
activities, 微讲堂 …) added with `register`. `exclude` names the record being edited, as
(table name, id), so a record does not clash with itself.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages
from models.errors import FieldError
from models.registry.entities import ResidentUnit
from models.services.entities import (
    ServiceDelivery,
    ServiceItem,
    ServiceList,
    ServiceParticipant,
)

messages.register({
    "services.hours_positive": "{name} 的服务时长应大于 0（结束时间须晚于开始时间）。",
    "services.hours_day": "{name} 的服务时长 {hours} 小时超过一天 24 小时。",
    "services.busy": "{name} 在 {start}–{end} 已有服务记录：{other}，时间不能重叠。",
})

Exclude = tuple[str, int] | None
Source = Callable[[Session, int, dt.datetime, dt.datetime, Exclude], "str | None"]
MAX_MINUTES = 24 * 60


def minutes(start: dt.datetime, end: dt.datetime) -> int:
    return int((end - start).total_seconds() // 60)


def check_span(name: str, start: dt.datetime, end: dt.datetime) -> int:
    """The span's length in whole minutes, refused if not positive or over a day."""
    length = minutes(start, end)
    if end <= start or length <= 0:
        raise FieldError("participants", "services.hours_positive", name=name)
    if length > MAX_MINUTES:
        raise FieldError("participants", "services.hours_day", name=name,
                         hours=hours_text(length))
    return length


def hours(total_minutes: int) -> Decimal:
    """Minutes as hours, exactly, rounded half up to two decimals (20 → 0.33)."""
    return (Decimal(total_minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def hours_text(total_minutes: int) -> str:
    """Hours for a person to read: "1.5", "2", "0.33"."""
    text = f"{hours(total_minutes):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _deliveries(session: Session, person_id: int, start: dt.datetime, end: dt.datetime,
                exclude: Exclude) -> str | None:
    stmt = (select(ServiceDelivery.id, ServiceParticipant.starts_at, ServiceParticipant.ends_at,
                   ResidentUnit.name, ServiceList.year, ServiceItem.number, ServiceItem.content)
            .join(ServiceDelivery, ServiceDelivery.id == ServiceParticipant.delivery_id)
            .join(ServiceItem, ServiceItem.id == ServiceDelivery.item_id)
            .join(ServiceList, ServiceList.id == ServiceItem.list_id)
            .join(ResidentUnit, ResidentUnit.id == ServiceList.unit_id)
            .where(ServiceParticipant.person_id == person_id,
                   ServiceParticipant.starts_at < end, ServiceParticipant.ends_at > start)
            .order_by(ServiceParticipant.starts_at))
    if exclude is not None and exclude[0] == "service_delivery":
        stmt = stmt.where(ServiceDelivery.id != exclude[1])
    row = session.execute(stmt).first()
    if row is None:
        return None
    _, begins, ends, unit, year, number, content = row
    return (f"{unit} {year} 年双服务清单第 {number} 项“{_short(content)}”"
            f"（{begins:%Y-%m-%d %H:%M}–{ends:%H:%M}）")


def _short(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


SOURCES: list[Source] = [_deliveries]


def register(source: Source) -> None:
    """Add another ledger's participation records to the overlap check (once)."""
    if source not in SOURCES:
        SOURCES.append(source)


def busy(session: Session, person_id: int, start: dt.datetime, end: dt.datetime,
         exclude: Exclude = None) -> str | None:
    """The description of a record in which the person takes part during [start, end)."""
    for source in SOURCES:
        found = source(session, person_id, start, end, exclude)
        if found:
            return found
    return None
