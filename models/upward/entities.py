"""Tables of the upward packages (上报). Created by migration 0011_upward.

A community keeps its own key pair's public half (`upward_key`, own=True; the private half
is in the keyring) and one row per package it made (`upward_export`: the sequence number
per period and the digest of the data, so exporting unchanged data again gives the same
bytes). A street keeps its communities' public keys (`upward_key`, own=False) and every
package it accepted or returned (`upward_package`) with each module's data
(`upward_data`). Every write goes through models.records, so `check` replays them all.

Record UUIDs are not stored per row: they are uuid5 of a random per-database namespace
(app_key "upward_namespace", made by the migration) and "table:id", stable for the life of
the database and its backups; the revision is the record's own `version`.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable


class UpwardSetting(Editable, Base):
    """What a community lets go upward beyond the defaults (one row; none means defaults)."""

    __tablename__ = "upward_setting"
    share_person_names: Mapped[bool] = mapped_column(Boolean, default=False)


class UpwardKey(Editable, Base):
    """A public signing key: the office's own (own=True) or a community's, registered by
    the street. A rotation retires the old row (active=False, retired_at) and adds one."""

    __tablename__ = "upward_key"
    office_code: Mapped[str] = mapped_column(String(20), index=True)
    office_name: Mapped[str] = mapped_column(String(100))
    street_name: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32 raw bytes
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class UpwardExport(Editable, Base):
    """A package this office made: its period, sequence and what it held."""

    __tablename__ = "upward_export"
    __table_args__ = (UniqueConstraint("period", "sequence"),)
    period: Mapped[str] = mapped_column(String(10), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 over the data members
    created: Mapped[str] = mapped_column(String(32))  # the manifest's created_at, as written
    audit_head: Mapped[str] = mapped_column(String(64))  # the trail's head when it was made
    fingerprint: Mapped[str] = mapped_column(String(40))


class UpwardPackage(Editable, Base):
    """A community's package at the street: accepted, returned (退回) or superseded."""

    __tablename__ = "upward_package"
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    office_code: Mapped[str] = mapped_column(String(20), index=True)
    office_name: Mapped[str] = mapped_column(String(100))
    period: Mapped[str] = mapped_column(String(10), index=True)
    period_kind: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(40))
    manifest: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12))  # accepted | returned | superseded
    received_on: Mapped[dt.date] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(50), default="")


class UpwardData(Editable, Base):
    """One module's data of a package, as the canonical JSON it arrived in."""

    __tablename__ = "upward_data"
    __table_args__ = (UniqueConstraint("package_id", "module"),)
    package_id: Mapped[int] = mapped_column(ForeignKey("upward_package.id"), index=True)
    module: Mapped[str] = mapped_column(String(30))
    body: Mapped[str] = mapped_column(Text)


class UpwardReceipt(Editable, Base):
    """A street's signed 回执 for a package this office made (migration 0014): what the
    street decided (accepted, returned with its comment, or superseded by a correction),
    when and by whom, and the street key that signed it. The export's current outcome is
    its latest receipt; the same receipt again (same digest) adds nothing."""

    __tablename__ = "upward_receipt"
    export_id: Mapped[int] = mapped_column(ForeignKey("upward_export.id"), index=True)
    receipt_sha256: Mapped[str] = mapped_column(String(64), unique=True)  # over the signed body
    status: Mapped[str] = mapped_column(String(12))  # accepted | returned | superseded
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(50), default="")
    street_code: Mapped[str] = mapped_column(String(20))
    street_name: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(40))  # the street key that signed it
