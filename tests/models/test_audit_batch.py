"""Batch writes (a bulk import) keep the audit chain exactly as single saves build it."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import func, select
from stdnum.cn import ric

from models import audit, records
from models.auth import Actor
from models.check import check_database
from models.db import Database
from models.demo import DemoOffice, build_demo
from models.registry.entities import Person
from models.registry.people import PersonData, create_people, create_person, list_people
from models.users_entities import AuditEntry
from tests.support.users import add_users

CLERK = Actor(username="clerk", display_name="张会计", role="clerk")


def valid_id(day: int, seq: int) -> str:
    body = f"110105{dt.date(1980, 1, 1) + dt.timedelta(days=day):%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture(autouse=True)
def clerk_user(db: Database) -> None:
    """Services read who acts from the database: the clerk must be a user."""
    with db.session() as session:
        add_users(session, CLERK)


@pytest.fixture
def demo(db: Database) -> DemoOffice:
    with db.session() as session:
        return build_demo(session)


def test_batch_entries_chain_like_single_ones(db: Database, db_url: str) -> None:
    with db.session() as session:
        audit.record(session, CLERK, "create", "thing", 1, after={"n": 1})
        audit.record_many(session, CLERK, [
            audit.Change("create", "thing", 2, after={"n": 2, "名": "甲"}),
            audit.Change("update", "thing", 2, before={"n": 2}, after={"n": 3}),
            audit.Change("delete", "thing", 1, before={"n": 1})])
        audit.record(session, CLERK, "create", "thing", 3, after={"n": 4})
    with db.read_session() as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
        assert audit.verify_chain(session) is None
    things = [r for r in rows if r.entity == "thing"]  # after the clerk's own user row
    first = things[0].id
    assert [r.id for r in things] == [first, first + 1, first + 2, first + 3, first + 4]
    assert [r.action for r in things] == ["create", "create", "update", "delete", "create"]
    prev = "0" * 64
    for row in rows:  # the chain recomputed here, from the stored fields
        content = json.dumps([row.id, row.at.isoformat(timespec="microseconds"), row.username,
                              row.action, row.entity, row.record_id, row.before, row.after],
                             ensure_ascii=False, separators=(",", ":"))
        assert row.prev_hash == prev
        assert row.row_hash == hashlib.sha256((prev + content).encode()).hexdigest()
        prev = row.row_hash
    assert json.loads(things[1].after) == {"n": 2, "名": "甲"}
    assert check_database(db_url).ok


def test_a_batch_of_people_is_saved_and_audited_as_single_saves(
        db: Database, db_url: str, demo: DemoOffice) -> None:
    compound = demo.compound_ids[0]
    one = PersonData(name="单个", id_number=valid_id(1, 1), compound_id=compound,
                     roles=frozenset({"volunteer"}))
    batch = [PersonData(name=f"批量{i}", id_number=valid_id(2, i), phone="13800000000",
                        compound_id=compound, roles=frozenset({"volunteer", "talent"}))
             for i in range(5)]
    with db.session() as session:
        single_id = create_person(session, CLERK, demo.community_id, one)
        ids = create_people(session, CLERK, demo.community_id, batch)
    assert len(ids) == 5 and len(set(ids)) == 5
    with db.read_session() as session:
        found = {p.name: p for p in list_people(session, query="批量")}
        entries = {int(e.record_id): json.loads(e.after) for e in session.execute(
            select(AuditEntry).where(AuditEntry.entity == "person",
                                     AuditEntry.action == "create")).scalars()}
        assert audit.verify_chain(session) is None
    assert set(found) == {f"批量{i}" for i in range(5)}
    assert found["批量3"].roles == {"volunteer", "talent"}
    assert found["批量3"].gender == "M" and found["批量3"].updated_by == "张会计"
    assert entries[ids[3]].keys() == entries[single_id].keys()
    assert entries[ids[3]]["name"] == "批量3" and entries[ids[3]]["version"] == 1
    assert "pi" in entries[ids[3]]["search_key"]  # 批 → pi, the search key is pinyin too
    assert check_database(db_url).ok


def test_a_bad_item_names_its_place_and_writes_nothing(db: Database,
                                                       demo: DemoOffice) -> None:
    with db.read_session() as session:
        before = session.execute(select(func.count()).select_from(Person)).scalar_one()
        audited = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    bad_check = valid_id(3, 2)[:-1] + ("1" if valid_id(3, 2)[-1] != "1" else "2")
    cases = {
        2: [PersonData(name="甲", id_number=valid_id(3, 1)), PersonData(name="乙"),
            PersonData(name="丙", id_number=bad_check)],
        1: [PersonData(name="甲", id_number=valid_id(3, 1)),
            PersonData(name="乙", id_number=valid_id(3, 1))],  # the same number twice
    }
    for index, batch in cases.items():
        with pytest.raises(records.ItemFailed) as failed, db.session() as session:
            create_people(session, CLERK, demo.community_id, batch)
        assert failed.value.index == index
        assert failed.value.error.message
    with db.read_session() as session:
        assert session.execute(select(func.count()).select_from(Person)).scalar_one() == before
        assert session.execute(
            select(func.count()).select_from(AuditEntry)).scalar_one() == audited
