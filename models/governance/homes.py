"""Property services and 党群之家.

A compound counts as having property management while a contract covers the day asked
about (`property_share`, an exact fraction). A Party-member home lists its rooms; a booking
of a room is refused when it overlaps another booking of the same room (一室多用 means
taking turns, not double-booking). Money spent on a home is a link to a posted 支出 entry
of the funds ledger, found by its voucher number, so the amount is the ledger's own.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, FieldErrors, UserError
from models.funds.entities import FundEntry
from models.funds.entries import find_by_voucher, voucher_label
from models.governance import vocab
from models.governance.entities import HomeBooking, HomeFunding, PartyHome, PropertyService
from models.registry.entities import Compound


@dataclass(frozen=True)
class ServiceData:
    compound_id: int | None
    company: str
    origin: str
    contract_start: dt.date | None
    contract_end: dt.date | None = None
    contact_name: str = ""
    contact_phone: str = ""


def service_fields(data: ServiceData) -> dict[str, object]:
    """What can be checked without the database: the dialog, then the service."""
    check = validation.Collector()
    values: dict[str, object] = {
        "company": check(validation.text, "company", "物业服务企业", data.company,
                         required=True),
        "origin": check(validation.choice, "origin", "企业来源", data.origin,
                        vocab.PROPERTY_ORIGINS),
        "contract_start": check(validation.date, "contract_start", "合同起始日期",
                                data.contract_start, required=True),
        "contract_end": check(validation.date, "contract_end", "合同截止日期",
                              data.contract_end),
        "contact_name": check(validation.text, "contact_name", "联系人", data.contact_name,
                              limit=50),
        "contact_phone": check(validation.phone, "contact_phone", data.contact_phone),
    }
    start, end = values["contract_start"], values["contract_end"]
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        check.fail(FieldError("contract_end", "gov.contract_order"))
    if data.compound_id is None:
        check.fail(FieldError("compound_id", "field.required", label="小区"))
    check.done()
    return values


def record_service(session: Session, actor: Actor, data: ServiceData) -> int:
    actor = require(session, actor, "clerk")
    values = service_fields(data)
    assert data.compound_id is not None
    records.load(session, Compound, data.compound_id, "小区")
    return records.create(session, actor, PropertyService(compound_id=data.compound_id,
                                                           **values)).id


@dataclass(frozen=True)
class ServiceRow:
    id: int
    compound: str
    company: str
    origin: str
    contract_start: dt.date
    contract_end: dt.date | None
    contact_name: str
    contact_phone: str

    @property
    def origin_label(self) -> str:
        return vocab.PROPERTY_ORIGINS[self.origin]

    @property
    def period_text(self) -> str:
        end = self.contract_end.isoformat() if self.contract_end else "—"
        return f"{self.contract_start.isoformat()} 至 {end}"


def list_services(session: Session) -> list[ServiceRow]:
    rows = session.execute(
        select(PropertyService.id, Compound.name, PropertyService.company,
               PropertyService.origin, PropertyService.contract_start,
               PropertyService.contract_end, PropertyService.contact_name,
               PropertyService.contact_phone)
        .join(Compound, Compound.id == PropertyService.compound_id)
        .order_by(Compound.name, PropertyService.contract_start))
    return [ServiceRow(*row) for row in rows]


def compound_names(session: Session) -> dict[int, str]:
    return {row[0]: row[1] for row in
            session.execute(select(Compound.id, Compound.name).order_by(Compound.name))}


def managed_compounds(session: Session, day: dt.date) -> set[int]:
    return set(session.scalars(select(PropertyService.compound_id).where(
        PropertyService.contract_start <= day,
        (PropertyService.contract_end.is_(None)) | (PropertyService.contract_end >= day))))


def property_counts(session: Session, day: dt.date) -> tuple[int, int]:
    """Compounds under a property contract on `day`, and all compounds."""
    total = session.scalar(select(func.count()).select_from(Compound)) or 0
    return len(managed_compounds(session, day)), total


def property_share(session: Session, day: dt.date) -> Fraction:
    """Compounds under a property contract on `day`, as a share of all compounds."""
    managed, total = property_counts(session, day)
    return Fraction(managed, total) if total else Fraction(0)


# --- 党群之家 ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class HomeData:
    compound_id: int
    name: str
    address: str = ""
    rooms: str = ""  # one room a line
    opening_hours: str = ""
    facilities: str = ""


def create_home(session: Session, actor: Actor, data: HomeData) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Compound, data.compound_id, "小区")
    check = validation.Collector()
    values: dict[str, object] = {
        "name": check(validation.text, "name", "名称", data.name, required=True, limit=100),
        "address": check(validation.text, "address", "地址", data.address),
        "rooms": check(validation.note, "rooms", "活动室", data.rooms, required=True),
        "opening_hours": check(validation.text, "opening_hours", "开放时间", data.opening_hours,
                               limit=100),
        "facilities": check(validation.note, "facilities", "设施", data.facilities),
    }
    check.done()
    return records.create(session, actor, PartyHome(compound_id=data.compound_id,
                                                    **values)).id


def rooms_of(home: PartyHome) -> list[str]:
    return [line.strip() for line in home.rooms.splitlines() if line.strip()]


@dataclass(frozen=True)
class BookingData:
    home_id: int
    room: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    purpose: str
    booked_by: str


def booking_time_fields(data: BookingData) -> dict[str, object]:
    """What can be checked without the database: the dialog, then the service."""
    check = validation.Collector()
    values: dict[str, object] = {
        "purpose": check(validation.text, "purpose", "用途", data.purpose, required=True),
        "booked_by": check(validation.text, "booked_by", "预约人", data.booked_by,
                           required=True, limit=100),
        "room": data.room, "starts_at": data.starts_at, "ends_at": data.ends_at,
    }
    if data.starts_at is None:
        check.fail(FieldError("starts_at", "field.required", label="开始时间"))
    if data.ends_at is None:
        check.fail(FieldError("ends_at", "field.required", label="结束时间"))
    elif data.starts_at is not None and data.ends_at <= data.starts_at:
        check.fail(FieldError("ends_at", "gov.booking_order"))
    check.done()
    return values


def booking_fields(session: Session, data: BookingData) -> dict[str, object]:
    """The booking checked against the home's rooms and the room's other bookings."""
    values = booking_time_fields(data)
    home = records.load(session, PartyHome, data.home_id, "党群之家")
    rooms = rooms_of(home)
    if data.room not in rooms:
        raise FieldError("room", "gov.booking_room", room=data.room, rooms="、".join(rooms))
    start, end = data.starts_at, data.ends_at
    other = session.execute(select(HomeBooking).where(
        HomeBooking.home_id == data.home_id, HomeBooking.room == data.room,
        HomeBooking.starts_at < end, HomeBooking.ends_at > start)).scalars().first()
    if other is not None:
        raise FieldErrors([FieldError("starts_at", "gov.booking_overlap", room=data.room,
                                      start=f"{other.starts_at:%Y-%m-%d %H:%M}",
                                      end=f"{other.ends_at:%H:%M}", purpose=other.purpose)])
    return values


def book_room(session: Session, actor: Actor, data: BookingData) -> int:
    actor = require(session, actor, "clerk")
    values = booking_fields(session, data)
    return records.create(session, actor, HomeBooking(home_id=data.home_id, **values)).id


def link_funding(session: Session, actor: Actor, home_id: int, *, year: int,
                 number: int) -> int:
    """Count a posted spending (by its voucher) as money spent on the home, once."""
    actor = require(session, actor, "clerk")
    records.load(session, PartyHome, home_id, "党群之家")
    entry = find_by_voucher(session, year, number)
    voucher = voucher_label(year, number)
    if entry.kind != "spending" or entry.status != "posted":
        raise UserError("gov.funding_not_spending", voucher=voucher)
    if session.execute(select(HomeFunding.id).where(HomeFunding.entry_id == entry.id)).first():
        raise UserError("gov.funding_linked", voucher=voucher)
    return records.create(session, actor, HomeFunding(home_id=home_id, entry_id=entry.id)).id


VOUCHER = re.compile(r"\s*(\d{4})\s*[-－—]\s*(\d{1,6})\s*")


def parse_voucher(text: str) -> tuple[int, int]:
    """"2026-0012" as the funds ledger prints it, into (year, number)."""
    found = VOUCHER.fullmatch(text or "")
    if found is None:
        raise FieldError("voucher", "gov.voucher_format", text=(text or "").strip())
    return int(found.group(1)), int(found.group(2))


def link_voucher(session: Session, actor: Actor, home_id: int, voucher: str) -> int:
    """The dialog's way in: the voucher as typed; every refusal belongs to that field."""
    year, number = parse_voucher(voucher)
    try:
        return link_funding(session, actor, home_id, year=year, number=number)
    except FieldError:
        raise
    except UserError as exc:
        raise FieldError("voucher", exc.code, **exc.params) from exc


@dataclass(frozen=True)
class HomeRow:
    id: int
    compound: str
    name: str
    address: str
    rooms: tuple[str, ...]
    opening_hours: str
    facilities: str
    bookings: int
    spent_fen: int


def list_homes(session: Session) -> list[HomeRow]:
    bookings = dict(session.execute(select(HomeBooking.home_id, func.count())
                                    .group_by(HomeBooking.home_id)).all())
    spent = dict(session.execute(
        select(HomeFunding.home_id, func.sum(FundEntry.amount))
        .join(FundEntry, FundEntry.id == HomeFunding.entry_id)
        .group_by(HomeFunding.home_id)).all())
    rows = session.execute(select(PartyHome, Compound.name)
                           .join(Compound, Compound.id == PartyHome.compound_id)
                           .order_by(PartyHome.id))
    return [HomeRow(h.id, compound, h.name, h.address, tuple(rooms_of(h)), h.opening_hours,
                    h.facilities, bookings.get(h.id, 0), int(spent.get(h.id) or 0))
            for h, compound in rows]


@dataclass(frozen=True)
class BookingRow:
    id: int
    home: str
    room: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    purpose: str
    booked_by: str


def list_bookings(session: Session, home_id: int | None = None) -> list[BookingRow]:
    stmt = (select(HomeBooking.id, PartyHome.name, HomeBooking.room, HomeBooking.starts_at,
                   HomeBooking.ends_at, HomeBooking.purpose, HomeBooking.booked_by)
            .join(PartyHome, PartyHome.id == HomeBooking.home_id)
            .order_by(HomeBooking.starts_at))
    if home_id is not None:
        stmt = stmt.where(HomeBooking.home_id == home_id)
    return [BookingRow(*row) for row in session.execute(stmt)]
