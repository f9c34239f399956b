"""The compound joint meeting's own table, apart from the rest of 小区治理's tables
(models.governance.entities, which re-exports it): the home page asks every quarter
whether each compound has met (models.governance.meeting_todo), and that question need
not load the twenty-odd other governance classes at start-up (issue 12)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable


class CompoundMeeting(Editable, Base):
    """小区治理联席会议 of a compound's Party branch, owners' committee and property company."""

    __tablename__ = "compound_meeting"
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
