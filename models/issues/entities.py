"""Issue ledger tables (问题台账). Created by migration 0003_issues.

A problem row carries, besides what the clerk logged, a copy of its current state,
response level and responsible unit: the ledger list filters and sorts 100,000 rows by
them without joining the assignment history. The history itself (assignments, events,
decisions, updates) is kept in full and never rewritten.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable

# SQLite's rowid alias must be INTEGER; PostgreSQL gets room to grow.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class IssueCategory(Editable, Base):
    """问题类别: a 大类 (parent_id None) or a 小类 under one."""

    __tablename__ = "issue_category"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("issue_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Problem(Editable, Base):
    """One problem of the ledger, numbered WT-<year>-<n>."""

    __tablename__ = "problem"
    __table_args__ = (
        Index("ix_problem_found_on_id", "found_on", "id"),
        Index("ix_problem_state_deadline", "state", "deadline"),
    )
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20))
    assigning_body: Mapped[str] = mapped_column(String(200), default="")
    source_unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("issue_category.id"), index=True)
    major_category_id: Mapped[int] = mapped_column(ForeignKey("issue_category.id"), index=True)
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    reporter_name: Mapped[str] = mapped_column(String(50), default="")
    reporter_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    found_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    # The deadline promised for the problem; escalation does not move it (honest rate).
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="collected")
    in_scope: Mapped[bool | None] = mapped_column(Boolean)
    scope_reason: Mapped[str] = mapped_column(Text, default="")
    # Copies of the current assignment, for the list (see module docstring).
    level: Mapped[int | None] = mapped_column(Integer, index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"), index=True)
    department: Mapped[str] = mapped_column(String(200), default="")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)


class IssueCounter(Base):
    """The last number handed out per kind and year; its row is the numbering lock."""

    __tablename__ = "issue_counter"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class ProblemAttachment(Editable, Base):
    """A file attached to a problem, stored once by content under attachments/."""

    __tablename__ = "problem_attachment"
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(200), default="")


class ProblemEvent(Base):
    """Append-only history of a problem (database triggers refuse UPDATE and DELETE)."""

    __tablename__ = "problem_event"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class JointMeeting(Editable, Base):
    """联席会议 of the 社区综合党委."""

    __tablename__ = "joint_meeting"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    other_attendees: Mapped[str] = mapped_column(Text, default="")


class JointMeetingAttendee(Base):
    __tablename__ = "joint_meeting_attendee"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("joint_meeting.id", ondelete="CASCADE"),
                                            primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)


class MeetingDecision(Base):
    """A joint meeting's decision on one problem: in the whistle scope or not (why)."""

    __tablename__ = "meeting_decision"
    __table_args__ = (UniqueConstraint("meeting_id", "problem_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("joint_meeting.id"), index=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    in_scope: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")


class Assignment(Editable, Base):
    """交办: one response level's responsibility for a problem. Escalation ends it (result
    'escalated') and opens the next; nothing of an ended assignment is overwritten."""

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("problem_id", "seq"),)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"), index=True)
    department: Mapped[str] = mapped_column(String(200), default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    assigned_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(20), default="open")
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    result_note: Mapped[str] = mapped_column(Text, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)


class AssignmentUpdate(Base):
    """A progress note of the responsible unit (append-only)."""

    __tablename__ = "assignment_update"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))


class SupervisionLetter(Editable, Base):
    """函告/督办函 with its 文号 "{prefix}〔{year}〕{seq}号"."""

    __tablename__ = "supervision_letter"
    __table_args__ = (UniqueConstraint("year", "seq"),)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)  # paragraphs separated by "\n"
    reply_by: Mapped[dt.date | None] = mapped_column(Date)
    issuer_mark: Mapped[str] = mapped_column(String(100), default="")
    signature: Mapped[str] = mapped_column(String(100), default="")


class CoordinationMeeting(Editable, Base):
    """协调会商: several units around the table for one or more problems."""

    __tablename__ = "coordination_meeting"
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    convener: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[str] = mapped_column(Text, default="")  # one unit per line
    outcome: Mapped[str] = mapped_column(Text, default="")


class CoordinationProblem(Base):
    __tablename__ = "coordination_problem"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("coordination_meeting.id", ondelete="CASCADE"), primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), primary_key=True,
                                            index=True)


class Accountability(Editable, Base):
    """责任追究: a measure taken against a unit or person over a problem."""

    __tablename__ = "accountability"
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignment.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"))
    department: Mapped[str] = mapped_column(String(200), default="")
    person_name: Mapped[str] = mapped_column(String(50), default="")
    measure: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class IssueSetting(Editable, Base):
    """Per-office settings of the ledger as JSON (scoring points, letter prefix)."""

    __tablename__ = "issue_setting"
    key: Mapped[str] = mapped_column(String(50), unique=True)
    value: Mapped[str] = mapped_column(Text)
