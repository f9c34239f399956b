"""Tables of the owners' roll and of owners' votes (migration 0005_elections).

Every table is Editable and written through `models.records`, so each row has its audit
trail and `check` compares it with the trail.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
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
