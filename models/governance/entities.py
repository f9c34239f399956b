"""Tables of 小区治理 (migration 0012_governance): grids and patrols, compound joint meetings,
the 融心调解室, capable residents and their trainings, property services and 党群之家.

Every table is Editable and written through `models.records`, so each row has its audit
trail and `check` compares it with the trail. A mediation party's identity number is
personal data: the trail keeps it masked with a keyed digest (models.audit.SENSITIVE).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable
from models.governance import meeting_entities  # noqa: F401 - compound_meeting, kept apart


class Grid(Editable, Base):
    """网格: a set of buildings and lanes walked by one 网格员."""

    __tablename__ = "grid"
    __table_args__ = (UniqueConstraint("community_id", "name"),)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    keeper_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # 网格员
    note: Mapped[str] = mapped_column(Text, default="")


class GridPlace(Editable, Base):
    """A building or a lane in a grid; each belongs to at most one grid."""

    __tablename__ = "grid_place"
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), unique=True)
    lane_id: Mapped[int | None] = mapped_column(ForeignKey("lane.id"), unique=True)


class PatrolTeam(Editable, Base):
    """红袖章 volunteer patrol team."""

    __tablename__ = "patrol_team"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class PatrolTeamMember(Editable, Base):
    """A member of a patrol team; leaving ends the row, the history stays."""

    __tablename__ = "patrol_team_member"
    team_id: Mapped[int] = mapped_column(ForeignKey("patrol_team.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)


class Patrol(Editable, Base):
    """One patrol walk: a grid or a route, on one day, by its members."""

    __tablename__ = "patrol"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    patrolled_on: Mapped[dt.date] = mapped_column(Date, index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_team.id"))
    route: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PatrolMember(Editable, Base):
    """Who walked a patrol."""

    __tablename__ = "patrol_member"
    __table_args__ = (UniqueConstraint("patrol_id", "person_id"),)
    patrol_id: Mapped[int] = mapped_column(ForeignKey("patrol.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


class Finding(Editable, Base):
    """What a patrol saw: settled on the spot (settled_on), or sent into the issue ledger
    (problem_id, at most one finding per problem), or still open."""

    __tablename__ = "patrol_finding"
    patrol_id: Mapped[int] = mapped_column(ForeignKey("patrol.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    lane_id: Mapped[int | None] = mapped_column(ForeignKey("lane.id"))
    settled_on: Mapped[dt.date | None] = mapped_column(Date)
    settled_note: Mapped[str] = mapped_column(Text, default="")
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id"), unique=True)


class CompoundMeetingAttendee(Editable, Base):
    """One attendee and the side they sat for."""

    __tablename__ = "compound_meeting_attendee"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("compound_meeting.id"), index=True)
    side: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class MeetingAction(Editable, Base):
    """A decision of a compound meeting: who does what by when; done when done_on is set.
    A decision may open a problem in the issue ledger (problem_id, at most once)."""

    __tablename__ = "compound_meeting_action"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("compound_meeting.id"), index=True)
    decision: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(100))
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_note: Mapped[str] = mapped_column(Text, default="")
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id"), unique=True)


class MediationCase(Editable, Base):
    """融心调解室: one dispute, numbered TJ-<year>-<n>, from opening to its outcome."""

    __tablename__ = "mediation_case"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    opened_on: Mapped[dt.date] = mapped_column(Date, index=True)
    dispute_type: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"))
    outcome: Mapped[str | None] = mapped_column(String(20))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    agreement: Mapped[str] = mapped_column(Text, default="")  # the agreed terms, one per line
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id"), unique=True)


class MediationParty(Editable, Base):
    """A party to a case: a resident (registry person or a name) or a unit."""

    __tablename__ = "mediation_party"
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    side: Mapped[str] = mapped_column(String(10))  # 甲方 first, 乙方 second
    kind: Mapped[str] = mapped_column(String(10))  # resident, unit
    name: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"))
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")


class Mediator(Editable, Base):
    __tablename__ = "mediator"
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))


class MediationSession(Editable, Base):
    """One sitting of the mediation room on a case."""

    __tablename__ = "mediation_session"
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")



# --- 小区能人, trainings, posts, 党建指导员 (part 4) ----------------------------------------

class CapableResident(Editable, Base):
    """小区能人: a resident found through visits and talks, with the group they come from
    and the five qualities the seed names, each ticked or not."""

    __tablename__ = "capable_resident"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"), index=True)
    source_group: Mapped[str] = mapped_column(String(20))
    found_how: Mapped[str] = mapped_column(String(20), default="visit")
    registered_on: Mapped[dt.date] = mapped_column(Date)
    has_ability: Mapped[bool] = mapped_column(Boolean, default=False)
    has_public_spirit: Mapped[bool] = mapped_column(Boolean, default=False)
    is_willing: Mapped[bool] = mapped_column(Boolean, default=False)
    has_influence: Mapped[bool] = mapped_column(Boolean, default=False)
    has_time: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Training(Editable, Base):
    """A training of compound cadres and capable residents."""

    __tablename__ = "governance_training"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    form: Mapped[str] = mapped_column(String(20))  # lecture, discussion, site_visit
    topic: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")


class TrainingAttendance(Editable, Base):
    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("training_id", "resident_id"),)
    training_id: Mapped[int] = mapped_column(ForeignKey("governance_training.id"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("capable_resident.id"), index=True)


class ResidentPost(Editable, Base):
    """A post a capable resident takes (业委会 member, mediator, volunteer leader, 楼栋长)."""

    __tablename__ = "resident_post"
    resident_id: Mapped[int] = mapped_column(ForeignKey("capable_resident.id"), index=True)
    post: Mapped[str] = mapped_column(String(20))
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)


class PartyInstructor(Editable, Base):
    """党建指导员 sent to a compound that has no Party organisation of its own."""

    __tablename__ = "party_instructor"
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)


# --- property services and 党群之家 (part 5) -----------------------------------------------

class PropertyService(Editable, Base):
    """The property company serving a compound under a contract."""

    __tablename__ = "property_service"
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    company: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(20))  # local (本地培育), introduced (引入)
    contract_start: Mapped[dt.date] = mapped_column(Date)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")


class PartyHome(Editable, Base):
    """党群之家: a Party-member home in a compound, shared for many uses (一室多用)."""

    __tablename__ = "party_home"
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    rooms: Mapped[str] = mapped_column(Text, default="")  # one room a line
    opening_hours: Mapped[str] = mapped_column(String(100), default="")
    facilities: Mapped[str] = mapped_column(Text, default="")


class HomeBooking(Editable, Base):
    """A booking of a room of a home; two bookings of one room never overlap."""

    __tablename__ = "home_booking"
    home_id: Mapped[int] = mapped_column(ForeignKey("party_home.id"), index=True)
    room: Mapped[str] = mapped_column(String(50))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    purpose: Mapped[str] = mapped_column(String(200))
    booked_by: Mapped[str] = mapped_column(String(100))


class HomeFunding(Editable, Base):
    """Money spent on a home: a link to a posted funds entry, found by its voucher."""

    __tablename__ = "home_funding"
    home_id: Mapped[int] = mapped_column(ForeignKey("party_home.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("fund_entry.id"), unique=True)
