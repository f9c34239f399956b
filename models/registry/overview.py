"""Counts for the home page: the office at a glance."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.office import Office
from models.registry.entities import (
    Building,
    Community,
    Compound,
    PartyOrg,
    Person,
    PersonRole,
    ResidentUnit,
    Street,
)


@dataclass(frozen=True)
class Overview:
    office_name: str
    street_name: str
    compounds: int
    buildings: int
    people: int
    party_members: int
    cadres: int
    units: int
    party_orgs: int


def _count(session: Session, stmt: object) -> int:
    return int(session.execute(stmt).scalar() or 0)  # type: ignore[call-overload]


def registry_overview(session: Session) -> Overview:
    office = session.execute(select(Office).limit(1)).scalar()
    community = (session.get(Community, office.community_id)
                 if office and office.community_id else None)
    street = session.get(Street, community.street_id) if community else None
    return Overview(
        office_name=office.name if office else "",
        street_name=street.name if street else "",
        compounds=_count(session, select(func.count()).select_from(Compound)),
        buildings=_count(session, select(func.count()).select_from(Building)),
        people=_count(session, select(func.count()).select_from(Person)),
        party_members=_count(session, select(func.count()).where(Person.is_party_member.is_(True))),
        cadres=_count(session, select(func.count()).where(PersonRole.role == "cadre")),
        units=_count(session, select(func.count()).select_from(ResidentUnit)),
        party_orgs=_count(session, select(func.count()).select_from(PartyOrg)),
    )


def office_community_id(session: Session) -> int | None:
    """The office's own community, else the only community, else None."""
    office = session.execute(select(Office).limit(1)).scalar()
    if office and office.community_id:
        return office.community_id
    ids = session.execute(select(Community.id).limit(2)).scalars().all()
    return ids[0] if len(ids) == 1 else None
