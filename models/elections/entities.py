"""Tables of the owners' roll and of owners' votes (migration 0005_elections).

Every table is Editable and written through `models.records`, so each row has its audit
trail and `check` compares it with the trail.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable

UNIT_KINDS = {"dwelling": "住宅", "shop": "商业用房", "parking": "车位"}
CHANNELS = {"onsite": "现场", "visit": "上门", "written": "书面"}


class OwnerUnit(Editable, Base):
    """业主名册: one exclusive unit (专有部分) of a compound, its area and the area's source."""

    __tablename__ = "owner_unit"
    __table_args__ = (UniqueConstraint("compound_id", "building", "entrance", "room"),)
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    building: Mapped[str] = mapped_column(String(20))
    entrance: Mapped[str] = mapped_column(String(20), default="")  # 单元
    room: Mapped[str] = mapped_column(String(20))
    area: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    area_source: Mapped[str] = mapped_column(String(10), default="registry")
    kind: Mapped[str] = mapped_column(String(10), default="dwelling")
    developer_unsold: Mapped[bool] = mapped_column(Boolean, default=False)


class Owner(Editable, Base):
    """An owner (a person or an organisation) of one or more units of a compound.

    `identity` is the 证件号码 (ID number or credit code) when known, else "名:" + the name:
    the same number on several rows of the roll is the same owner."""

    __tablename__ = "owner"
    __table_args__ = (UniqueConstraint("compound_id", "identity"),)
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    identity: Mapped[str] = mapped_column(String(40))


class OwnerShare(Editable, Base):
    """An owner holds a unit (co-owners: several shares of one unit)."""

    __tablename__ = "owner_share"
    __table_args__ = (UniqueConstraint("unit_id", "owner_id"),)
    unit_id: Mapped[int] = mapped_column(ForeignKey("owner_unit.id", ondelete="CASCADE"),
                                         index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owner.id"), index=True)


class OwnerVote(Editable, Base):
    """业主共同决定: a vote on one matter of Civil Code art. 278 in one compound."""

    __tablename__ = "owner_vote"
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    matter: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    seats: Mapped[int | None] = mapped_column(Integer, nullable=True)
    roll_frozen_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    roll_sha256: Mapped[str] = mapped_column(String(64), default="")


class VoteItem(Editable, Base):
    """A candidate or a proposal of a vote."""

    __tablename__ = "vote_item"
    __table_args__ = (UniqueConstraint("vote_id", "name"),)
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))


class VoteVoter(Editable, Base):
    """One head of the vote's frozen roll: the units that count together, their area."""

    __tablename__ = "vote_voter"
    __table_args__ = (UniqueConstraint("vote_id", "number"),)
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    units: Mapped[str] = mapped_column(Text)  # unit keys joined by "、"
    area: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    owners: Mapped[str] = mapped_column(Text, default="")  # owner names joined by "、"
    developer: Mapped[bool] = mapped_column(Boolean, default=False)


class Ballot(Editable, Base):
    """One owner's ballot: one per head of the roll, whatever the channel."""

    __tablename__ = "ballot"
    __table_args__ = (UniqueConstraint("vote_id", "voter_id"),)
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), index=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("vote_voter.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10), default="onsite")
    choices: Mapped[str] = mapped_column(Text, default="{}")  # JSON: item name → choice
    invalid_reason: Mapped[str] = mapped_column(String(200), default="")


class RollAmendment(Editable, Base):
    """A change to a vote's roll after it was frozen at the 公告, with the reason."""

    __tablename__ = "roll_amendment"
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), index=True)
    reason: Mapped[str] = mapped_column(String(500))
    sha256_before: Mapped[str] = mapped_column(String(64))
    sha256_after: Mapped[str] = mapped_column(String(64))


class BallotDraft(Editable, Base):
    """A ballot typed in one pass of a double entry: two clerks type every paper ballot, and
    only ballots both passes agree on are counted (the mismatches are listed first)."""

    __tablename__ = "ballot_draft"
    __table_args__ = (UniqueConstraint("vote_id", "voter_id", "pass_no"),)
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), index=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("vote_voter.id"), index=True)
    pass_no: Mapped[int] = mapped_column(Integer)  # 1 or 2
    clerk: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(10), default="onsite")
    choices: Mapped[str] = mapped_column(Text, default="{}")
    invalid_reason: Mapped[str] = mapped_column(String(200), default="")


class VoteProxy(Editable, Base):
    """委托: an owner (head) authorises a proxy to vote for them (物业管理条例 art. 12)."""

    __tablename__ = "vote_proxy"
    __table_args__ = (UniqueConstraint("vote_id", "voter_id"),)
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), index=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("vote_voter.id"), index=True)
    proxy_name: Mapped[str] = mapped_column(String(100))
    proxy_id_masked: Mapped[str] = mapped_column(String(40), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class SelfBody(Editable, Base):
    """A compound's self-governance body: 业委会, 自管委, 议事会 (by courtyard or building in a
    resettlement compound) or 自治小组 (scattered buildings)."""

    __tablename__ = "self_body"
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(100), default="")  # the courtyard or buildings
    term_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    filed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 备案
    vote_id: Mapped[int | None] = mapped_column(ForeignKey("owner_vote.id"), nullable=True)


class BodyMember(Editable, Base):
    """A member of a body for a stretch of time: a change ends one row and starts another,
    so the history stays (rows are never overwritten with other people)."""

    __tablename__ = "body_member"
    body_id: Mapped[int] = mapped_column(ForeignKey("self_body.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    post: Mapped[str] = mapped_column(String(20), default="member")
    party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    branch_secretary: Mapped[bool] = mapped_column(Boolean, default=False)  # 小区党支部书记
    community_cadre: Mapped[bool] = mapped_column(Boolean, default=False)  # 社区"两委"成员
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    left_reason: Mapped[str] = mapped_column(String(200), default="")


class ElectionCourse(Editable, Base):
    """The dated steps of an election (one per vote), from the 筹备组 to the 备案."""

    __tablename__ = "election_course"
    vote_id: Mapped[int] = mapped_column(ForeignKey("owner_vote.id"), unique=True)
    prep_formed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notice_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    meeting_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    meeting_place: Mapped[str] = mapped_column(String(200), default="")
    meeting_form: Mapped[str] = mapped_column(String(20), default="collective")
    elected_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 公示
    first_meeting_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    filed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    filing_documents: Mapped[str] = mapped_column(Text, default="[]")  # JSON: keys handed in


class PrepMember(Editable, Base):
    """A member of the 筹备组 (preparatory group) of an election."""

    __tablename__ = "prep_member"
    course_id: Mapped[int] = mapped_column(ForeignKey("election_course.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    side: Mapped[str] = mapped_column(String(20))  # street / residents_committee / developer …
    leader: Mapped[bool] = mapped_column(Boolean, default=False)


class CandidateReview(Editable, Base):
    """资格审查 of one candidate: who recommended them, the verdict, reviewer, date, reason."""

    __tablename__ = "candidate_review"
    item_id: Mapped[int] = mapped_column(ForeignKey("vote_item.id"), unique=True)
    recommended_by: Mapped[str] = mapped_column(String(100), default="")
    eligible: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None: not reviewed
    reviewer: Mapped[str] = mapped_column(String(50), default="")
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    party_member: Mapped[bool] = mapped_column(Boolean, default=False)


class ElectionConfig(Editable, Base):
    """The election rules an administrator may set for the province (one row; none means
    the national defaults of `rules.DEFAULTS`). `values` is a JSON object of integers."""

    __tablename__ = "election_config"
    values: Mapped[str] = mapped_column(Text, default="{}")
