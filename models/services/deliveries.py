"""Delivery records of an item: date, place, participants with their hours, beneficiaries,
evidence and notes.

A delivery is refused when it is dated before the item was claimed, when a participant's
time is not positive or exceeds a day, or when a participant is already taking part in
another record at that time (the message names the other record, models.services.hours).
Recording a delivery moves a claimed item to 实施中; `finish_item` marks it served.
Evidence files are stored by the issue ledger's content store, not a copy of it.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.issues.attachments import store_file
from models.registry.entities import Person
from models.services import hours, lifecycle
from models.services.entities import ServiceAttachment, ServiceDelivery, ServiceParticipant

messages.register({
    "services.before_claim": "服务日期 {day} 早于认领日期 {claimed}，请核对日期。",
    "services.no_participants": "请至少登记一名参与人员及其服务时间。",
    "services.participant_twice": "{name} 在同一次服务中登记了两次。",
    "services.participant_day": "{name} 的开始时间应在服务日期 {day} 当天。",
    "services.no_delivery": "第 {number} 项还没有服务记录，不能标记为服务完成。",
})


@dataclass(frozen=True)
class Participation:
    person_id: int
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class DeliveryData:
    delivered_on: dt.date | None
    place: str
    participants: Sequence[Participation]
    beneficiaries: int | str = 0
    note: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    person_id: int
    name: str
    start: dt.datetime
    end: dt.datetime
    minutes: int

    @property
    def hours_text(self) -> str:
        return hours.hours_text(self.minutes)


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    item_id: int
    delivered_on: dt.date
    place: str
    beneficiaries: int
    note: str
    participants: tuple[ParticipantRow, ...]
    attachments: tuple[str, ...]

    @property
    def minutes(self) -> int:
        return sum(p.minutes for p in self.participants)


def _clean(session: Session, data: DeliveryData, claimed: dt.date | None
           ) -> tuple[dict[str, object], list[tuple[Participation, str, int]]]:
    check = validation.Collector()
    values: dict[str, object] = {
        "delivered_on": check(validation.date, "delivered_on", "服务日期", data.delivered_on,
                              required=True),
        "place": check(validation.text, "place", "服务地点", data.place, required=True,
                       limit=200),
        "beneficiaries": check(validation.whole_number, "beneficiaries", "受益人数",
                               data.beneficiaries),
        "note": check(validation.note, "note", "备注", data.note),
    }
    check.done()
    day = values["delivered_on"]
    assert isinstance(day, dt.date)
    if claimed is not None and day < claimed:
        raise FieldError("delivered_on", "services.before_claim", day=day.isoformat(),
                         claimed=claimed.isoformat())
    if not data.participants:
        raise FieldError("participants", "services.no_participants")
    seen: set[int] = set()
    people = []
    for part in data.participants:
        person = records.load(session, Person, part.person_id, "人员")
        if part.person_id in seen:
            raise FieldError("participants", "services.participant_twice", name=person.name)
        seen.add(part.person_id)
        length = hours.check_span(person.name, part.start, part.end)
        if part.start.date() != day:
            raise FieldError("participants", "services.participant_day", name=person.name,
                             day=day.isoformat())
        people.append((part, person.name, length))
    return values, people


def _check_busy(session: Session, people: list[tuple[Participation, str, int]],
                exclude: hours.Exclude) -> None:
    for part, name, _ in people:
        other = hours.busy(session, part.person_id, part.start, part.end, exclude)
        if other:
            raise FieldError("participants", "services.busy", name=name,
                             start=f"{part.start:%Y-%m-%d %H:%M}", end=f"{part.end:%H:%M}",
                             other=other)


def record_delivery(session: Session, actor: Actor, item_id: int, version: int,
                    data: DeliveryData) -> int:
    """A delivery of a claimed or running item; everything checked before anything is
    written, so a refusal leaves the database as it was."""
    actor = require(session, actor, "clerk")
    item = lifecycle.load_item(session, item_id)
    lifecycle.check(session, item, "record", actor)
    values, people = _clean(session, data, item.claimed_on)
    _check_busy(session, people, None)
    delivery = records.create(session, actor, ServiceDelivery(item_id=item_id, **values))
    for part, _, length in people:
        records.create(session, actor, ServiceParticipant(
            delivery_id=delivery.id, person_id=part.person_id, starts_at=part.start,
            ends_at=part.end, minutes=length))
    lifecycle.apply(session, actor, item, version, "record", on=delivery.delivered_on,
                    note=f"{delivery.place}，{len(people)} 人参与")
    return delivery.id


def finish_item(session: Session, actor: Actor, item_id: int, version: int, *,
                on: dt.date) -> None:
    """The service is done: needs at least one delivery record."""
    item = lifecycle.load_item(session, item_id)
    lifecycle.check(session, item, "finish", actor)
    count = session.scalar(select(func.count()).select_from(ServiceDelivery)
                           .where(ServiceDelivery.item_id == item_id))
    if not count:
        raise UserError("services.no_delivery", number=item.number)
    lifecycle.apply(session, actor, item, version, "finish", on=on)


def attach_evidence(session: Session, actor: Actor, delivery_id: int,
                    source: str | os.PathLike[str], *, note: str = "") -> int:
    """Copy a photo or a sign-in sheet into the attachment store and attach it."""
    actor = require(session, actor, "clerk")
    delivery = records.load(session, ServiceDelivery, delivery_id, "服务记录")
    item = lifecycle.load_item(session, delivery.item_id)
    note = validation.text("note", "附件说明", note)
    path = Path(source)
    sha, size = store_file(path)
    row = records.create(session, actor, ServiceAttachment(
        delivery_id=delivery_id, file_name=path.name[:255], sha256=sha, size=size, note=note))
    lifecycle.add_event(session, actor, item, "attach", from_state=item.state, note=path.name)
    return row.id


def deliveries(session: Session, item_id: int) -> list[DeliveryRow]:
    found = []
    for d in session.scalars(select(ServiceDelivery).where(ServiceDelivery.item_id == item_id)
                             .order_by(ServiceDelivery.delivered_on, ServiceDelivery.id)):
        parts = tuple(ParticipantRow(p.person_id, name, p.starts_at, p.ends_at, p.minutes)
                      for p, name in session.execute(
                          select(ServiceParticipant, Person.name)
                          .join(Person, Person.id == ServiceParticipant.person_id)
                          .where(ServiceParticipant.delivery_id == d.id)
                          .order_by(ServiceParticipant.starts_at, ServiceParticipant.id)))
        files = tuple(session.scalars(select(ServiceAttachment.file_name).where(
            ServiceAttachment.delivery_id == d.id).order_by(ServiceAttachment.id)))
        found.append(DeliveryRow(d.id, d.item_id, d.delivered_on, d.place, d.beneficiaries,
                                 d.note, parts, files))
    return found
