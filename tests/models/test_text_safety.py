"""Bad text, dates and digits are refused with the field named, on both backends.

Invisible characters (NUL and other controls, lone surrogates, text-direction overrides)
would either break the driver (PostgreSQL refuses NUL, no encoding holds a lone
surrogate) or be printed on a ledger as something other than what is stored.
"""
from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from models import validation
from models.db import Database
from models.errors import FieldError
from models.issues import detail, ledger, problems
from models.issues.entities import Problem
from models.registry import people, places
from models.registry.entities import Compound
from models.registry.people import PersonData
from models.registry.places import CompoundData
from tests.models.issues.helpers import (
    CLERK,
    TODAY,
    Office,
    new_problem,
    problem_data,
)

BAD = {
    "NUL": "垃圾\x00清运",
    "bell": "垃圾\x07清运",
    "escape": "垃圾\x1b[31m清运",
    "DEL": "垃圾\x7f清运",
    "C1": "垃圾\x85清运",
    "lone surrogate": "垃圾\ud800清运",
    "right-to-left override": "垃圾\u202e运清",
    "first-strong isolate": "垃圾\u2068清运",
}


def problem_count(db: Database) -> int:
    with db.read_session() as session:
        return session.execute(select(func.count()).select_from(Problem)).scalar_one()


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_character_in_a_title_is_refused_naming_the_field(db: Database, office: Office,
                                                              kind: str) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        new_problem(session, office, title=BAD[kind])
    assert caught.value.field == "title"
    assert "问题标题第 3 个字符" in caught.value.message
    assert problem_count(db) == 0


@pytest.mark.parametrize("kind", ["NUL", "lone surrogate", "right-to-left override"])
def test_bad_character_in_a_multiline_field_is_refused(db: Database, office: Office,
                                                       kind: str) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        new_problem(session, office, description="第一段。\n" + BAD[kind])
    assert caught.value.field == "description"
    assert "问题描述" in caught.value.message
    assert problem_count(db) == 0


def test_tabs_and_line_breaks_belong_to_multiline_fields_only(db: Database,
                                                              office: Office) -> None:
    with db.session() as session:
        created = new_problem(session, office, description="一、垃圾\t满溢\r\n二、异味")
    with db.read_session() as session:
        assert detail.get_problem(session, created.id).description == "一、垃圾\t满溢\n二、异味"
    for title in ("垃圾\n清运", "垃圾\t清运"):
        with pytest.raises(FieldError) as caught, db.session() as session:
            new_problem(session, office, title=title)
        assert caught.value.field == "title"


def test_registry_person_with_a_lone_surrogate_is_refused(db: Database, office: Office) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        people.create_person(session, CLERK, office.community_id,
                             PersonData(name="张\udc00三", gender="M"))
    assert caught.value.field == "name"
    assert "姓名" in caught.value.message


def test_a_write_that_skips_the_service_checks_is_still_refused(db: Database,
                                                                 office: Office) -> None:
    """The flush guard: no String column is written with an unsafe character, and no Date
    column outside 1900-2100, whatever path the write took."""
    with pytest.raises(FieldError) as caught, db.session() as session:
        session.get(Compound, office.compound_id).name = "翰林\x00苑"  # type: ignore[union-attr]
    assert caught.value.field == "name"
    assert "名称第 3 个字符（U+0000）" in caught.value.message
    with pytest.raises(FieldError) as caught, db.session() as session:
        problem = new_problem(session, office)
        session.get(Problem, problem.id).found_on = dt.date(1850, 1, 1)  # type: ignore[union-attr]
        session.flush()
    assert caught.value.field == "found_on"
    with db.read_session() as session:
        assert session.get(Compound, office.compound_id).name == "翰林苑"  # type: ignore[union-attr]
    assert problem_count(db) == 0


def test_a_search_with_control_characters_finds_what_the_words_find(db: Database,
                                                                    office: Office) -> None:
    with db.session() as session:
        new_problem(session, office, title="消防通道被占用")
    with db.read_session() as session:
        ids = ledger.problem_ids(session, ledger.ProblemFilter(text="消防\x00通道 \u202e被占"),
                                 today=TODAY)
    assert len(ids) == 1
    with db.read_session() as session:
        found = people.list_people(session, query="赵\x00春梅")
    assert [person.name for person in found] == ["赵春梅"]


@pytest.mark.parametrize(("field", "changes"), [
    ("found_on", {"found_on": dt.date(1899, 12, 31)}),
    ("deadline", {"deadline": dt.date(2101, 1, 1)}),
])
def test_dates_outside_1900_to_2100_are_refused(db: Database, office: Office, field: str,
                                                changes: dict[str, dt.date]) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        problems.create_problem(session, CLERK, office.community_id,
                                problem_data(office, **changes), today=TODAY)
    assert "1900 年至 2100 年之间" in caught.value.by_field()[field]  # type: ignore[attr-defined]
    assert problem_count(db) == 0


@pytest.mark.parametrize(("field", "data"), [
    ("total_area", CompoundData(name="甲", total_area="１２３.５")),
    ("total_area", CompoundData(name="乙", total_area="١٢٣")),
    ("unit_count", CompoundData(name="丙", unit_count="８１２")),
    ("unit_count", CompoundData(name="丁", unit_count="८१२")),
])
def test_numbers_in_other_digits_are_refused(db: Database, office: Office, field: str,
                                             data: CompoundData) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        places.create_compound(session, CLERK, office.community_id, data)
    message = caught.value.by_field()[field]  # type: ignore[attr-defined]
    assert "请用半角数字 0–9 填写" in message


@pytest.mark.parametrize(("field", "data"), [
    ("id_number", PersonData(name="张三", id_number="١١٠١٠٥١٩٤٩١٢٣١٠٠٢X")),
    ("phone", PersonData(name="张三", phone="138１２３４５６７８")),
])
def test_identity_and_phone_numbers_in_other_digits_are_refused(
        db: Database, office: Office, field: str, data: PersonData) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        people.create_person(session, CLERK, office.community_id, data)
    assert field in caught.value.by_field()  # type: ignore[attr-defined]


@pytest.mark.parametrize("multiline", [True, False])
def test_the_byte_level_check_finds_exactly_what_the_text_check_finds(multiline: bool) -> None:
    """A package member is checked on its UTF-8 bytes (models.validation.unsafe_in_utf8):
    every short mix of safe and unsafe characters gets the text check's verdict."""
    pool = ("a中“”—…·é\u00a0\u2026\u2027\u2028\u2029\u206a\U0001f600\t\n\r"
            "\x00\x08\x0b\x1f\x7f\x80\x85\x9f\u202a\u202e\u2066\u2069\ud800\udfff")
    rng = random.Random(11)
    judged = {True: 0, False: 0}
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(5)))
        cleaned = text.replace("\r\n", "\n").replace("\r", "\n") if multiline else text
        expected = validation.unsafe_character(cleaned, multiline=multiline) is not None
        data = text.encode("utf-8", "surrogatepass")
        assert validation.unsafe_in_utf8(data, multiline=multiline) is expected, repr(text)
        judged[expected] += 1
    assert min(judged.values()) > 1000  # both verdicts were really exercised


def test_a_bulk_write_is_refused_like_a_single_one(db: Database) -> None:
    """records.create_many writes without the ORM's flush: it makes the guard's check
    itself, so a batch with one bad value writes nothing."""
    from models import records  # noqa: PLC0415
    from models.auth import SYSTEM  # noqa: PLC0415
    from models.upward.entities import UpwardKey  # noqa: PLC0415

    def key(name: str) -> dict[str, object]:
        return {"office_code": "511902003001", "office_name": name, "street_name": "江北街道",
                "public_key": "A" * 44, "fingerprint": "F" * 40, "own": False,
                "active": True, "retired_at": None, "note": ""}

    with pytest.raises(FieldError) as caught, db.session() as session:
        records.create_many(session, SYSTEM, UpwardKey, [key("兴文社区"), key("兴文\u202e社区")])
    assert caught.value.field == "office_name"
    assert "U+202E" in caught.value.message
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(UpwardKey)) == 0
