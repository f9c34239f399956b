"""社区微讲堂: the lecture menu, residents' bookings (点单), scheduling (配送), attendance.

A lecture holds `capacity` bookings. A booking over capacity is refused unless the clerk
puts the resident on the waitlist; when a booked resident cancels, the first on the
waitlist (earliest booked) takes the place. Phones are validated as a Chinese mobile or
landline, listed masked, and kept masked and digested in the audit trail.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.volunteers import hours
from models.volunteers.entities import BOOKING_STATES, Lecture, LectureBooking
from models.volunteers.phones import mask_phone

messages.register({
    "lecture.full": "“{topic}”已约满（{capacity} 人）。可登记为候补，有人取消时依次递补。",
    "lecture.booked_twice": "{name}（{phone}）已预约“{topic}”。",
    "lecture.capacity": "容纳人数应为 1 至 10000 人。",
    "lecture.duration": "讲座时长应为 10 分钟至 8 小时。",
    "lecture.phone_required": "请填写联系电话。",
    "lecture.cancelled": "该预约已取消。",
    "lecture.not_booked": "只有已预约（非候补）的居民可以登记签到。",
    "lecture.capacity_below": "已有 {booked} 人预约，容纳人数不能少于此数。",
})


@dataclass(frozen=True)
class LectureData:
    topic: str
    lecturer: str
    provider: str
    duration_minutes: int
    capacity: int
    note: str = ""


@dataclass(frozen=True)
class LectureRow:
    id: int
    version: int
    topic: str
    lecturer: str
    provider: str
    duration_minutes: int
    capacity: int
    day: dt.date | None
    start_minute: int | None
    place: str
    booked: int
    waitlisted: int
    attended: int

    @property
    def schedule_text(self) -> str:
        if self.day is None:
            return "未安排"
        start = "" if self.start_minute is None else " " + hours.clock(self.start_minute)
        return f"{self.day.isoformat()}{start} {self.place}".strip()


@dataclass(frozen=True)
class BookingRow:
    id: int
    version: int
    lecture_id: int
    name: str
    phone_masked: str
    booked_on: dt.date
    state: str
    attended: bool

    @property
    def state_label(self) -> str:
        return BOOKING_STATES[self.state]


def clean_lecture(data: LectureData) -> dict[str, object]:
    check = validation.Collector()
    values: dict[str, object] = {
        "topic": check(validation.text, "topic", "讲座主题", data.topic, required=True),
        "lecturer": check(validation.text, "lecturer", "主讲人", data.lecturer, required=True,
                          limit=50),
        "provider": check(validation.text, "provider", "提供单位", data.provider),
        "note": check(validation.note, "note", "备注", data.note),
    }
    if not 10 <= data.duration_minutes <= 8 * 60:
        check.fail(FieldError("duration_minutes", "lecture.duration"))
    if not 1 <= data.capacity <= 10000:
        check.fail(FieldError("capacity", "lecture.capacity"))
    check.done()
    return {**values, "duration_minutes": data.duration_minutes, "capacity": data.capacity}


def add_lecture(session: Session, actor: Actor, data: LectureData) -> int:
    actor = require(session, actor, "clerk")
    return records.create(session, actor, Lecture(**clean_lecture(data))).id


def update_lecture(session: Session, actor: Actor, lecture_id: int, version: int,
                   data: LectureData) -> None:
    actor = require(session, actor, "clerk")
    lecture = records.load(session, Lecture, lecture_id, "讲座")
    values = clean_lecture(data)
    booked = _count(session, lecture_id, "booked")
    if data.capacity < booked:
        raise UserError("lecture.capacity_below", booked=booked)
    records.update(session, actor, lecture, version, "讲座", values)


def schedule(session: Session, actor: Actor, lecture_id: int, version: int, *,
             day: dt.date, start_minute: int, place: str) -> None:
    """配送: the day, time and place the lecture is given."""
    actor = require(session, actor, "clerk")
    lecture = records.load(session, Lecture, lecture_id, "讲座")
    check = validation.Collector()
    day = check(validation.date, "day", "日期", day, required=True) or day
    place = check(validation.text, "place", "地点", place, required=True)
    check(hours.check_times, start_minute, start_minute + lecture.duration_minutes)
    check.done()
    records.update(session, actor, lecture, version, "讲座",
                   {"day": day, "start_minute": start_minute, "place": place})


def _count(session: Session, lecture_id: int, state: str) -> int:
    return session.execute(select(func.count()).select_from(LectureBooking).where(
        LectureBooking.lecture_id == lecture_id, LectureBooking.state == state)).scalar_one()


def booking_phone(phone: str) -> str:
    """A booking's phone: required, a Chinese mobile or landline (models.validation)."""
    if not (phone or "").strip():
        raise FieldError("phone", "lecture.phone_required")
    return validation.phone("phone", phone)


def book(session: Session, actor: Actor, lecture_id: int, *, name: str, phone: str,
         booked_on: dt.date, waitlist: bool = False) -> int:
    """A resident's booking; over capacity only onto the waitlist (`waitlist=True`)."""
    actor = require(session, actor, "clerk")
    # Locked (PostgreSQL; SQLite writes one at a time) so two clerks cannot both take
    # the last place.
    lecture = session.execute(select(Lecture).where(Lecture.id == lecture_id)
                              .with_for_update()).scalar_one_or_none()
    if lecture is None:
        raise UserError("record.missing", entity="讲座", id=lecture_id)
    check = validation.Collector()
    name = check(validation.text, "name", "姓名", name, required=True, limit=50)
    phone = check(booking_phone, phone)
    check.done()
    twice = session.execute(select(LectureBooking.id).where(
        LectureBooking.lecture_id == lecture_id, LectureBooking.phone == phone,
        LectureBooking.name == name, LectureBooking.state != "cancelled")).first()
    if twice is not None:
        raise UserError("lecture.booked_twice", name=name, phone=mask_phone(phone),
                        topic=lecture.topic)
    full = _count(session, lecture_id, "booked") >= lecture.capacity
    if full and not waitlist:
        raise UserError("lecture.full", topic=lecture.topic, capacity=lecture.capacity)
    return records.create(session, actor, LectureBooking(
        lecture_id=lecture_id, name=name, phone=phone, booked_on=booked_on,
        state="waitlist" if full else "booked")).id


def cancel(session: Session, actor: Actor, booking_id: int, version: int) -> int | None:
    """Cancel a booking; if it held a place, the first waitlisted resident gets it.
    Returns the promoted booking's id, if any."""
    actor = require(session, actor, "clerk")
    booking = records.load(session, LectureBooking, booking_id, "预约")
    if booking.state == "cancelled":
        raise UserError("lecture.cancelled")
    held = booking.state == "booked"
    records.update(session, actor, booking, version, "预约", {"state": "cancelled"})
    if not held:
        return None
    first = session.execute(select(LectureBooking).where(
        LectureBooking.lecture_id == booking.lecture_id, LectureBooking.state == "waitlist")
        .order_by(LectureBooking.id).limit(1)).scalar_one_or_none()
    if first is None:
        return None
    records.update(session, actor, first, first.version, "预约", {"state": "booked"})
    return first.id


def set_attended(session: Session, actor: Actor, booking_id: int, version: int,
                 attended: bool) -> None:
    actor = require(session, actor, "clerk")
    booking = records.load(session, LectureBooking, booking_id, "预约")
    if booking.state != "booked":
        raise UserError("lecture.not_booked")
    records.update(session, actor, booking, version, "预约", {"attended": attended})


def list_lectures(session: Session) -> list[LectureRow]:
    counts = (select(LectureBooking.lecture_id,
                     func.sum(case((LectureBooking.state == "booked", 1), else_=0)).label("b"),
                     func.sum(case((LectureBooking.state == "waitlist", 1), else_=0)).label("w"),
                     func.sum(case((LectureBooking.attended.is_(True), 1), else_=0)).label("a"))
              .group_by(LectureBooking.lecture_id).subquery())
    rows = session.execute(
        select(Lecture, func.coalesce(counts.c.b, 0), func.coalesce(counts.c.w, 0),
               func.coalesce(counts.c.a, 0))
        .outerjoin(counts, counts.c.lecture_id == Lecture.id)
        .order_by(Lecture.day.is_(None), Lecture.day, Lecture.id)).all()
    return [LectureRow(x.id, x.version, x.topic, x.lecturer, x.provider, x.duration_minutes,
                       x.capacity, x.day, x.start_minute, x.place, int(b), int(w), int(a))
            for x, b, w, a in rows]


def get_lecture(session: Session, lecture_id: int) -> LectureRow:
    for row in list_lectures(session):
        if row.id == lecture_id:
            return row
    raise UserError("record.missing", entity="讲座", id=lecture_id)


def bookings(session: Session, lecture_id: int, *, include_cancelled: bool = False
             ) -> list[BookingRow]:
    """Booked first, then the waitlist in order, each in booking order."""
    stmt = select(LectureBooking).where(LectureBooking.lecture_id == lecture_id)
    if not include_cancelled:
        stmt = stmt.where(LectureBooking.state != "cancelled")
    order = {"booked": 0, "waitlist": 1, "cancelled": 2}
    rows = sorted(session.execute(stmt).scalars(), key=lambda b: (order[b.state], b.id))
    return [BookingRow(b.id, b.version, b.lecture_id, b.name, mask_phone(b.phone), b.booked_on,
                       b.state, b.attended) for b in rows]
