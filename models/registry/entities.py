"""Registry tables. Everything the four ledgers refer to."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable

COMPOUND_KINDS = {
    "commercial": "商品住宅小区",
    "resettlement": "安置小区",
    "old_courtyard": "老旧院落",
    "scattered": "散居院落/独立楼栋",
}
UNIT_KINDS = {
    "agency": "机关",
    "institution": "事业单位",
    "school": "学校",
    "hospital": "医院",
    "enterprise": "企业",
    "social_org": "社会组织",
    "other": "其他",
}
ORG_KINDS = {
    "community_committee": "社区党委",
    "joint_committee": "社区综合党委",
    "compound_branch": "小区党支部",
    "building_group": "楼栋党小组",
    "unit_org": "驻区单位党组织",
}
PERSON_ROLES = {
    "cadre": "小区干部",
    "talent": "小区能人",
    "volunteer": "志愿者",
    "building_chief": "楼栋长",
    "entrance_chief": "楼口长",
    "lane_chief": "街巷长",
    "owner": "业主",
}
GENDERS = {"M": "男", "F": "女"}


class Street(Editable, Base):
    """街道."""

    __tablename__ = "street"
    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str] = mapped_column(String(20), default="")


class Community(Editable, Base):
    """社区."""

    __tablename__ = "community"
    __table_args__ = (UniqueConstraint("street_id", "name"),)
    street_id: Mapped[int] = mapped_column(ForeignKey("street.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(20), default="")


class Compound(Editable, Base):
    """小区: the unit of owners' self-government and of a Party branch."""

    __tablename__ = "compound"
    __table_args__ = (UniqueConstraint("community_id", "name"),)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="commercial")
    total_area: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    unit_count: Mapped[int] = mapped_column(Integer, default=0)
    property_company: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class Building(Editable, Base):
    """楼栋, with its 楼栋长 and 楼口长."""

    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("compound_id", "name"),)
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    chief_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", use_alter=True))
    entrance_chief_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", use_alter=True))


class Lane(Editable, Base):
    """街巷, with its 街巷长."""

    __tablename__ = "lane"
    __table_args__ = (UniqueConstraint("community_id", "name"),)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    chief_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", use_alter=True))


class ResidentUnit(Editable, Base):
    """驻区单位, identified by its 统一社会信用代码."""

    __tablename__ = "resident_unit"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    address: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class PartyOrg(Editable, Base):
    """A Party organisation in the community tree."""

    __tablename__ = "party_org"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("party_org.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("resident_unit.id"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", use_alter=True))


class Person(Editable, Base):
    """A resident, Party member, cadre, volunteer or owner."""

    __tablename__ = "person"
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(1), default="")
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    compound_id: Mapped[int | None] = mapped_column(ForeignKey("compound.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    is_party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    party_since: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class PersonRole(Base):
    """Roles a person holds (小区干部, 小区能人 ...); a set, so no version of its own."""

    __tablename__ = "person_role"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
