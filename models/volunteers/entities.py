"""Volunteer service tables (migration 0010_volunteers): teams, activities and hours,
the 社区微讲堂 menu and its bookings, in-service Party members (在职党员双报到), their
微心愿 and their service.

Times of day are whole minutes after midnight and hours are whole minutes, so sums are
exact and an overlap is a comparison of integers on either backend.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models import audit
from models.base import Base, Editable
from models.volunteers.phones import mask_phone

# Phones of residents who book a lecture are personal data: the trail keeps them masked
# and digested, as it keeps ID numbers (models.audit.SENSITIVE).
audit.SENSITIVE[("lecture_booking", "phone")] = mask_phone

SUB_TEAMS = ("矛盾化解", "环境治理", "困难关爱", "政策宣讲", "文明劝导", "民情调查")
BOOKING_STATES = {"booked": "已预约", "waitlist": "候补", "cancelled": "已取消"}
PERIODS = {"quarter": "每季度", "half": "每半年"}


class VolunteerTeam(Editable, Base):
    """A team (青年号) or, with a parent, one of its sub-teams (矛盾化解 …)."""

    __tablename__ = "volunteer_team"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    leader: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class TeamMember(Editable, Base):
    """A person of the registry in a team or sub-team."""

    __tablename__ = "volunteer_member"
    __table_args__ = (UniqueConstraint("team_id", "person_id"),)
    team_id: Mapped[int] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)


class Activity(Editable, Base):
    """One activity of a team: when, where, what."""

    __tablename__ = "volunteer_activity"
    team_id: Mapped[int] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text, default="")


class ActivityHours(Editable, Base):
    """A participant of an activity and the minutes they served."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)
    activity_id: Mapped[int] = mapped_column(ForeignKey("volunteer_activity.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)


class Lecture(Editable, Base):
    """A lecture on the 微讲堂 menu; scheduled (配送) when it has a day and a place."""

    __tablename__ = "lecture"
    topic: Mapped[str] = mapped_column(String(200))
    lecturer: Mapped[str] = mapped_column(String(50))
    provider: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)
    day: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_minute: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class LectureBooking(Editable, Base):
    """A resident's 点单, typed in from a paper slip or taken on the phone."""

    __tablename__ = "lecture_booking"
    lecture_id: Mapped[int] = mapped_column(ForeignKey("lecture.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(30))
    booked_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="booked")
    attended: Mapped[bool] = mapped_column(Boolean, default=False)


class ServiceMember(Editable, Base):
    """An in-service Party member registered with the community (双报到)."""

    __tablename__ = "service_member"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"), index=True)
    employer: Mapped[str] = mapped_column(String(200))
    employer_org: Mapped[str] = mapped_column(String(200))
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"))
    registered_on: Mapped[dt.date] = mapped_column(Date)


class Wish(Editable, Base):
    """A 微心愿: who wishes what, which member claimed it, when it was fulfilled."""

    __tablename__ = "micro_wish"
    wisher: Mapped[str] = mapped_column(String(50))
    content: Mapped[str] = mapped_column(String(200))
    posted_on: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("service_member.id"), index=True)
    claimed_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class MemberService(Editable, Base):
    """A service an in-service member reports: when, where, what, for which wish."""

    __tablename__ = "member_service"
    member_id: Mapped[int] = mapped_column(ForeignKey("service_member.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    wish_id: Mapped[int | None] = mapped_column(ForeignKey("micro_wish.id"))


class VolunteerSetting(Editable, Base):
    """The office's choice of feedback period (quarter or half year); one row at most."""

    __tablename__ = "volunteer_setting"
    feedback_period: Mapped[str] = mapped_column(String(10), default="half")
