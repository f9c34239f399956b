"""Posts and trainings of capable residents on both backends: a post held from one day to
another is no longer counted as current; a post that ends before it starts, or a training
without its topic, is refused and writes nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.errors import FieldError
from models.governance import residents
from models.governance.entities import ResidentPost, Training
from models.registry import people
from tests.models.issues.helpers import CLERK, TODAY, Office


def _resident(db: Database, office: Office) -> int:
    with db.session() as session:
        person = people.create_person(session, CLERK, office.community_id,
                                      people.PersonData(name="孙志刚"))
        return residents.register_resident(session, CLERK, residents.ResidentData(
            person, "veteran", dt.date(2026, 3, 1), frozenset({"has_time"})), today=TODAY)


def test_an_ended_post_is_kept_but_not_current(db: Database, office: Office) -> None:
    resident = _resident(db, office)
    with db.session() as session:
        residents.record_post(session, CLERK, resident, residents.PostData(
            "mediator", dt.date(2026, 3, 1), dt.date(2026, 5, 31)))
        residents.record_post(session, CLERK, resident, residents.PostData(
            "building_chief", dt.date(2026, 6, 1)))
    with db.read_session() as session:
        (row,) = residents.list_residents(session)
        held = session.scalar(select(func.count()).select_from(ResidentPost))
    assert row.posts == ("楼栋长",)
    assert held == 2


def test_a_post_ending_before_it_starts_writes_nothing(db: Database, office: Office) -> None:
    resident = _resident(db, office)
    with pytest.raises(FieldError) as refused, db.session() as session:
        residents.record_post(session, CLERK, resident, residents.PostData(
            "mediator", dt.date(2026, 5, 1), dt.date(2026, 4, 30)))
    assert refused.value.field == "ended_on"
    assert str(refused.value) == "离任日期不能早于任职日期。"
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ResidentPost)) == 0


def test_a_training_without_topic_writes_nothing(db: Database, office: Office) -> None:
    resident = _resident(db, office)
    with pytest.raises(FieldError) as refused, db.session() as session:
        residents.record_training(session, CLERK, office.community_id,
                                  held_on=dt.date(2026, 5, 8), form="site_visit", topic=" ",
                                  resident_ids=[resident], today=TODAY)
    assert refused.value.field == "topic"
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Training)) == 0
