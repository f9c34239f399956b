"""Personal data stays where it belongs (issue 9, item 3): the 公民身份号码 is kept whole
only in the person's row; the audit trail and the log files hold it masked."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, StatementError

from models import audit
from models.auth import SYSTEM
from models.db import Database
from models.field_labels import describe_change
from models.log_privacy import private_handlers, scrub
from models.registry import people, places
from models.registry.entities import Person
from models.users_entities import AuditEntry
from tests.support.users import DEMO_ACTORS, add_demo_users

ADMIN, REVIEWER, CLERK = DEMO_ACTORS
FIRST = "11010519491231002X"  # GB 11643's example, a woman born 1949-12-31
SECOND = "110105194912310038"  # the same day, a man


def person_data(number: str, gender: str = "F") -> people.PersonData:
    return people.PersonData(name="赵春梅", gender=gender, id_number=number)


@pytest.fixture
def community(db: Database) -> int:
    with db.session() as session:
        add_demo_users(session)
        street = places.create_street(session, SYSTEM, name="江北街道")
        return places.create_community(session, SYSTEM, street_id=street, name="兴文社区")


def trail_text(db: Database) -> str:
    with db.read_session() as session:
        rows = session.execute(select(AuditEntry.before, AuditEntry.after)).all()
    return "\n".join(f"{row.before}\n{row.after}" for row in rows)


def test_the_trail_never_holds_a_whole_id_number(db: Database, community: int) -> None:
    with db.session() as session:
        person = people.create_person(session, CLERK, community, person_data(FIRST))
    with db.session() as session:
        people.update_person(session, CLERK, person, 1, person_data(SECOND, "M"))
    with db.session() as session:
        people.reveal_id_number(session, CLERK, person)
        people.delete_person(session, REVIEWER, person, 2)
    trail = trail_text(db)
    for number in (FIRST, SECOND):
        assert number not in trail
        assert number[6:14] not in trail  # not even the birth date in the middle
    assert "110105********002X" in trail and "110105********0038" in trail


def test_an_inspector_sees_which_number_changed_and_check_can_compare(
        db: Database, community: int) -> None:
    with db.session() as session:
        person = people.create_person(session, CLERK, community, person_data(FIRST))
    with db.session() as session:
        people.update_person(session, CLERK, person, 1, person_data(SECOND, "M"))
    with db.read_session() as session:
        *_, change = audit.history(session, "person", person)
        stored = session.get(Person, person)
        assert stored is not None and stored.id_number == SECOND
        # The digest of the current value equals the trail's: the replay can compare.
        assert audit.trail_value(session, "person", "id_number", stored.id_number) == (
            change.after["id_number"])
        assert audit.trail_value(session, "person", "id_number", FIRST) == (
            change.before["id_number"])
    assert change.before["id_number"] != change.after["id_number"]
    assert "公民身份号码：110105********002X → 110105********0038" in describe_change(
        change.before, change.after)


def test_the_digest_needs_the_database_key(db: Database, community: int) -> None:
    """Hashing candidate numbers without the key does not find the number."""
    import hashlib  # noqa: PLC0415

    with db.session() as session:
        people.create_person(session, CLERK, community, person_data(FIRST))
    trail = trail_text(db)
    assert hashlib.sha256(FIRST.encode()).hexdigest() not in trail
    assert hashlib.sha256(FIRST.lower().encode()).hexdigest() not in trail


# --- logs --------------------------------------------------------------------------------

def test_scrub_masks_id_like_strings_only() -> None:
    assert scrub(f"号码 {FIRST}，另一 {SECOND.lower()}") == (
        "号码 110105********002X，另一 110105********0038")
    amount = "1234567890123456789"  # 19 digits: not an ID number, left alone
    assert scrub(amount) == amount
    assert scrub("a" + FIRST) == "a" + FIRST  # part of a longer token (a hash, a key)


def test_a_database_error_leaves_no_id_number_in_the_log_file(
        db: Database, community: int, tmp_path: Path) -> None:
    with db.session() as session:
        people.create_person(session, CLERK, community, person_data(FIRST))
    with pytest.raises(DBAPIError) as failed, db.session() as session:
        # A duplicate number straight into the table (the service would refuse it first).
        session.execute(text(
            "INSERT INTO person (community_id, name, gender, id_number, phone, address,"
            " is_party_member, note, search_key, version, updated_by)"
            " VALUES (:c, '钱七', 'F', :n, '', '', false, '', '', 1, 'x')"),
            {"c": community, "n": FIRST})
    assert "[parameters:" not in str(failed.value)  # hide_parameters: none in the text
    log_file = tmp_path / "gongjian.log"
    logger = logging.getLogger("gongjian.test.privacy")
    handlers = private_handlers(log_file)
    for handler in handlers:
        logger.addHandler(handler)
    try:
        logger.error("saving person %s failed", FIRST, exc_info=failed.value)
        try:
            raise ValueError(f"bad row {FIRST}") from failed.value
        except ValueError:
            logger.exception("unexpected")
    finally:
        for handler in handlers:
            logger.removeHandler(handler)
            handler.close()
    written = log_file.read_text(encoding="utf-8")
    assert "Traceback" in written and "110105********002X" in written
    assert FIRST not in written and FIRST[6:14] not in written


def test_statement_errors_carry_no_parameters(db: Database) -> None:
    with pytest.raises(StatementError) as failed, db.session() as session:
        session.execute(text("SELECT :n FROM no_such_table"), {"n": FIRST})
    assert FIRST not in str(failed.value)
