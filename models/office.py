"""The office this installation belongs to (one row), created by first-run set-up."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, Editable

OFFICE_LEVELS = {"community": "社区", "street": "街道", "district": "区（县）"}
# Who receives whose packages (上报): a street its communities', a district its streets'.
RECEIVES = {"street": "community", "district": "street"}


class Office(Editable, Base):
    __tablename__ = "office"
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(20), default="community")
    community_id: Mapped[int | None] = mapped_column(ForeignKey("community.id"))
    street_id: Mapped[int | None] = mapped_column(ForeignKey("street.id"))
    code: Mapped[str] = mapped_column(String(20), default="")
    seq: Mapped[int] = mapped_column(Integer, default=1)


def office_name(session: Session) -> str:
    """The office's name (兴文社区), or "" before the first-run set-up."""
    return session.execute(select(Office.name).order_by(Office.id).limit(1)).scalar() or ""
