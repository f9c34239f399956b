"""Tables of the two-way service lists (migration 0013_services).

Every table is Editable and written through `models.records`, so each row has its audit
trail and `check` compares it with the trail. Times of participation are stored as start
and end, so a person's overlapping hours can be found; durations are whole minutes.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable


class ServiceCategory(Editable, Base):
    """A category of service items (政策宣讲, 环境治理 …); the office may add its own."""

    __tablename__ = "service_category"
    name: Mapped[str] = mapped_column(String(50), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceList(Editable, Base):
    """One resident unit's 双服务清单 with the community for one year."""

    __tablename__ = "service_list"
    __table_args__ = (UniqueConstraint("unit_id", "year"),)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("resident_unit.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ServiceItem(Editable, Base):
    """A need or an offer of a list, its claim, both sides' sign-off and its rating.

    `direction` says who serves whom ("to_unit": the community serves the unit,
    "to_community": the unit serves the community). `origin_id` links an item carried over
    from last year's list to the item it continues, so its history stays reachable."""

    __tablename__ = "service_item"
    __table_args__ = (UniqueConstraint("list_id", "number"),)
    list_id: Mapped[int] = mapped_column(ForeignKey("service_list.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # need / offer
    direction: Mapped[str] = mapped_column(String(20))  # to_unit / to_community
    category_id: Mapped[int] = mapped_column(ForeignKey("service_category.id"), index=True)
    content: Mapped[str] = mapped_column(Text)
    planned_on: Mapped[dt.date] = mapped_column(Date)
    expected_beneficiaries: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    claimant_kind: Mapped[str] = mapped_column(String(20), default="")
    claimant_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"),
                                                           nullable=True, index=True)
    claimant_text: Mapped[str] = mapped_column(String(100), default="")
    claimed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    community_signer: Mapped[str] = mapped_column(String(50), default="")
    community_post: Mapped[str] = mapped_column(String(50), default="")
    community_signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    unit_signer: Mapped[str] = mapped_column(String(50), default="")
    unit_post: Mapped[str] = mapped_column(String(50), default="")
    unit_signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rating: Mapped[str] = mapped_column(String(20), default="")
    rating_comment: Mapped[str] = mapped_column(String(500), default="")
    rated_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    origin_id: Mapped[int | None] = mapped_column(ForeignKey("service_item.id"),
                                                  nullable=True, index=True)


class ServiceEvent(Editable, Base):
    """One entry of an item's history: a transition or a note (who, when, from, to)."""

    __tablename__ = "service_event"
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")


class ServiceDelivery(Editable, Base):
    """A delivery record of an item: when, where, how many benefited, notes."""

    __tablename__ = "service_delivery"
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), index=True)
    delivered_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    beneficiaries: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class ServiceParticipant(Editable, Base):
    """A person (from the registry) who took part in a delivery, from when to when."""

    __tablename__ = "service_participant"
    __table_args__ = (UniqueConstraint("delivery_id", "person_id"),)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("service_delivery.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    minutes: Mapped[int] = mapped_column(Integer)


class ServiceAttachment(Editable, Base):
    """Evidence of a delivery (photos, sign-in sheets), stored once by content like the
    issue ledger's attachments (models.issues.attachments.store_file)."""

    __tablename__ = "service_attachment"
    delivery_id: Mapped[int] = mapped_column(ForeignKey("service_delivery.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(200), default="")
