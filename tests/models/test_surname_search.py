"""Search finds people by any reading of their surname (issue 10 item 11), on both backends."""
from __future__ import annotations

import pytest

from models.auth import SYSTEM
from models.db import Database
from models.registry import people, places

NAMES = ("曾小凡", "单雄信", "解晓东", "仇建国", "区志明", "朴春花", "查良镛")


@pytest.fixture
def registered(db: Database) -> Database:
    with db.session() as session:
        street = places.create_street(session, SYSTEM, name="江北街道")
        community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
        for name in NAMES:
            people.create_person(session, SYSTEM, community, people.PersonData(name=name))
    return db


@pytest.mark.parametrize(("query", "name"), [
    ("zeng", "曾小凡"), ("zxf", "曾小凡"), ("shan", "单雄信"), ("xie", "解晓东"),
    ("qiu", "仇建国"), ("ou", "区志明"), ("piao", "朴春花"), ("zha", "查良镛"),
    ("zhaliangyong", "查良镛")])
def test_surname_reading_finds_the_person(registered: Database, query: str, name: str) -> None:
    with registered.read_session() as session:
        found = [p.name for p in people.list_people(session, query=query)]
    assert name in found
