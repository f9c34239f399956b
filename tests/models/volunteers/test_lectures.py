"""社区微讲堂 on SQLite and PostgreSQL: capacity, waitlist, promotion, phones kept private."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from models.check import check_database
from models.db import Database
from models.errors import UserError
from models.users_entities import AuditEntry
from models.volunteers import lectures
from models.volunteers.entities import LectureBooking
from tests.models.volunteers.helpers import CLERK, DAY, Place

SLIPS = [("张桂兰", "13800001111"), ("李德明", "028-83334444"), ("王秀珍", "13900002222")]


def _lecture(db: Database, capacity: int = 2) -> int:
    with db.session() as session:
        return lectures.add_lecture(session, CLERK, lectures.LectureData(
            topic="老年人防诈骗", lecturer="何警官", provider="江北派出所",
            duration_minutes=60, capacity=capacity))


def _book(db: Database, lecture: int, name: str, phone: str, *, waitlist: bool = False
          ) -> int:
    with db.session() as session:
        return lectures.book(session, CLERK, lecture, name=name, phone=phone, booked_on=DAY,
                             waitlist=waitlist)


def _states(db: Database, lecture: int) -> list[tuple[str, str]]:
    with db.read_session() as session:
        return [(b.name, b.state) for b in lectures.bookings(session, lecture)]


def test_a_booking_over_capacity_is_refused_without_the_waitlist(db: Database,
                                                                  place: Place) -> None:
    lecture = _lecture(db)
    for name, phone in SLIPS[:2]:
        _book(db, lecture, name, phone)
    with pytest.raises(UserError, match="已约满（2 人）"):
        _book(db, lecture, *SLIPS[2])
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(LectureBooking)) == 2
    _book(db, lecture, *SLIPS[2], waitlist=True)
    assert _states(db, lecture) == [("张桂兰", "booked"), ("李德明", "booked"),
                                    ("王秀珍", "waitlist")]


def test_a_cancellation_promotes_the_first_on_the_waitlist(db: Database,
                                                           place: Place) -> None:
    lecture = _lecture(db, capacity=1)
    first = _book(db, lecture, *SLIPS[0])
    _book(db, lecture, *SLIPS[1], waitlist=True)
    _book(db, lecture, *SLIPS[2], waitlist=True)
    with db.session() as session:
        version = session.get(LectureBooking, first).version  # type: ignore[union-attr]
        lectures.cancel(session, CLERK, first, version)
    assert _states(db, lecture) == [("李德明", "booked"), ("王秀珍", "waitlist")]
    with db.read_session() as session:
        row = lectures.get_lecture(session, lecture)
    assert (row.booked, row.waitlisted) == (1, 1)


def test_cancelling_a_waitlisted_booking_promotes_nobody(db: Database, place: Place) -> None:
    lecture = _lecture(db, capacity=1)
    _book(db, lecture, *SLIPS[0])
    waiting = _book(db, lecture, *SLIPS[1], waitlist=True)
    with db.session() as session:
        lectures.cancel(session, CLERK, waiting, 1)
    assert _states(db, lecture) == [("张桂兰", "booked")]


@pytest.mark.parametrize(("phone", "ok"), [
    ("13800001111", True), ("028-83334444", True), ("83334444", True),
    ("1380000111", False), ("12800001111", False), ("abc", False), ("", False)])
def test_phones_must_be_a_mobile_or_a_landline(db: Database, place: Place, phone: str,
                                               ok: bool) -> None:
    lecture = _lecture(db, capacity=5)
    if ok:
        _book(db, lecture, "张桂兰", phone)
    else:
        with pytest.raises(UserError, match="电话"):
            _book(db, lecture, "张桂兰", phone)


def test_the_same_resident_cannot_book_twice(db: Database, place: Place) -> None:
    lecture = _lecture(db, capacity=5)
    _book(db, lecture, *SLIPS[0])
    with pytest.raises(UserError, match="已预约“老年人防诈骗”"):
        _book(db, lecture, *SLIPS[0])


def test_phones_are_masked_in_lists_and_in_the_trail(db: Database, db_url: str,
                                                     place: Place) -> None:
    lecture = _lecture(db)
    booking = _book(db, lecture, *SLIPS[0])
    with db.session() as session:
        lectures.schedule(session, CLERK, lecture, 1, day=dt.date(2026, 5, 20),
                          start_minute=9 * 60 + 30, place="社区活动室")
        lectures.set_attended(session, CLERK, booking, 1, True)
    with db.read_session() as session:
        shown = lectures.bookings(session, lecture)[0]
        entries = list(session.execute(select(AuditEntry.after).where(
            AuditEntry.entity == "lecture_booking").order_by(AuditEntry.id)).scalars())
        trail = "\n".join(entries)
        row = lectures.get_lecture(session, lecture)
    assert shown.phone_masked == "138****1111" and shown.attended
    assert "13800001111" not in trail and "138****1111" in trail
    assert json.loads(entries[0])["name"] == "张桂兰"
    assert row.schedule_text == "2026-05-20 09:30 社区活动室" and row.attended == 1
    db.dispose()
    assert check_database(db_url).problems == []
