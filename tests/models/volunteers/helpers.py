"""A small office for the volunteer tests: a community, a compound, people (some Party
members) and two resident units, made through the registry's services."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import demo
from models.auth import SYSTEM, Actor
from models.registry import people, places, units
from tests.support.users import add_demo_users

CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")
DAY = dt.date(2026, 5, 9)
NAMES = ("王建国", "李秀英", "赵春梅", "刘海波", "陈晓燕", "周志强")


@dataclass(frozen=True)
class Place:
    community_id: int
    compound_id: int
    unit_ids: tuple[int, int]
    people: dict[str, int]


def build_place(session: Session) -> Place:
    rng = random.Random(14)
    add_demo_users(session)
    street = places.create_street(session, SYSTEM, name="江北街道")
    community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
    compound = places.create_compound(session, CLERK, community,
                                      places.CompoundData(name="翰林苑"))
    unit_ids = tuple(units.create_unit(session, CLERK, community, units.UnitData(
        name=name, uscc=demo.credit_code(rng, "enterprise"), kind="enterprise"))
        for name in ("巴中市供电公司江北供电所", "巴中市第三中学"))
    ids = {name: people.create_person(session, CLERK, community, people.PersonData(
        name=name, compound_id=compound, is_party_member=True,
        party_since=dt.date(2005, 7, 1))) for name in NAMES}
    return Place(community, compound, unit_ids, ids)  # type: ignore[arg-type]
