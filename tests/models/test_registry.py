"""Registry services: validation, uniqueness, search, versions and the audit trail."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import audit
from models.auth import SYSTEM, Actor
from models.db import Database
from models.errors import FieldError, FieldErrors, StaleRecord, UserError
from models.registry import orgs, people, places, units
from models.registry.people import PersonData
from models.registry.places import CompoundData
from models.registry.units import UnitData
from tests.support.users import add_demo_users

CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")
GOOD_ID = "11010519491231002X"  # GB 11643 example, female


def valid_uscc(body: str = "91511902MA62A0XX1") -> str:
    from stdnum.cn import uscc  # noqa: PLC0415

    return body + uscc.calc_check_digit(body)


@pytest.fixture
def community(db: Database) -> int:
    with db.session() as session:
        add_demo_users(session)
        street = places.create_street(session, SYSTEM, name="江北街道")
        return places.create_community(session, SYSTEM, street_id=street, name="兴文社区")


def test_compound_round_trip_with_decimal_area(db: Database, community: int) -> None:
    with db.session() as session:
        compound_id = places.create_compound(session, CLERK, community, CompoundData(
            name="翰林苑", total_area="86,420.55", unit_count="812"))
    with db.read_session() as session:
        record = places.get_compound(session, compound_id)
    assert (record.name, record.total_area, record.unit_count) == (
        "翰林苑", Decimal("86420.55"), 812)
    assert record.updated_by == "张小军"


def test_compound_every_bad_field_reported(db: Database, community: int) -> None:
    with pytest.raises(FieldErrors) as caught, db.session() as session:
        places.create_compound(session, CLERK, community, CompoundData(
            name=" ", total_area="12.345", unit_count="-3"))
    assert set(caught.value.by_field()) == {"name", "total_area", "unit_count"}
    assert "小区名称不能为空" in caught.value.by_field()["name"]


def test_duplicate_compound_name_refused(db: Database, community: int) -> None:
    with db.session() as session:
        places.create_compound(session, CLERK, community, CompoundData(name="阳光花园"))
    with pytest.raises(FieldError, match="已存在同名的小区"), db.session() as session:
        places.create_compound(session, CLERK, community, CompoundData(name="阳光花园"))


@pytest.mark.parametrize("number", ["110105194912310021", "11010519491331002X", "1101051949123",
                                    "99010519491231002X", "110105290012310027"])
def test_bad_id_numbers_refused(db: Database, community: int, number: str) -> None:
    with pytest.raises(FieldError) as caught, db.session() as session:
        people.create_person(session, CLERK, community, PersonData(name="王五", id_number=number))
    assert caught.value.field == "id_number"


def test_gender_taken_from_id_and_mismatch_refused(db: Database, community: int) -> None:
    with db.session() as session:
        person = people.create_person(session, CLERK, community,
                                      PersonData(name="李四", id_number=GOOD_ID.lower()))
    with db.read_session() as session:
        (record,) = people.list_people(session)
    assert record.id == person and record.gender == "F"
    assert record.id_masked == "110105********002X"
    with pytest.raises(FieldError, match="性别与身份证号码不符"), db.session() as session:
        people.create_person(session, CLERK, community,
                             PersonData(name="赵六", gender="M", id_number=GOOD_ID))


def test_same_id_number_twice_refused(db: Database, community: int) -> None:
    with db.session() as session:
        people.create_person(session, CLERK, community, PersonData(name="甲", id_number=GOOD_ID))
    with pytest.raises(FieldError, match="已登记在“甲”名下"), db.session() as session:
        people.create_person(session, CLERK, community, PersonData(name="乙", id_number=GOOD_ID))


def test_party_member_needs_past_join_date(db: Database, community: int) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(FieldError) as caught, db.session() as session:
        people.create_person(session, CLERK, community,
                             PersonData(name="丙", is_party_member=True, party_since=tomorrow))
    assert caught.value.field == "party_since"


def test_credit_code_checked(db: Database, community: int) -> None:
    good = valid_uscc()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(FieldError, match="统一社会信用代码不正确"), db.session() as session:
        units.create_unit(session, CLERK, community, UnitData(name="某单位", uscc=bad))
    with db.session() as session:
        units.create_unit(session, CLERK, community, UnitData(name="某单位", uscc=good.lower()))
    with pytest.raises(FieldError, match="已登记为“某单位”"), db.session() as session:
        units.create_unit(session, CLERK, community, UnitData(name="另一单位", uscc=good))


def test_search_by_pinyin_initials_and_short_chinese(db: Database, community: int) -> None:
    with db.session() as session:
        for name in ("张三", "张三丰", "李四", "王小张"):
            people.create_person(session, CLERK, community, PersonData(name=name))
    with db.read_session() as session:
        def names(query: str) -> set[str]:
            return {p.name for p in people.list_people(session, query=query)}

        assert names("zs") == {"张三", "张三丰"}
        assert names("张") == {"张三", "张三丰", "王小张"}
        assert names("张三") == {"张三", "张三丰"}
        assert names("zhangsanfeng") == {"张三丰"}
        assert names("ZS") == {"张三", "张三丰"}
        assert names("%") == set()


def test_stale_save_refused_and_first_change_survives(db: Database, community: int) -> None:
    with db.session() as session:
        compound = places.create_compound(session, CLERK, community, CompoundData(name="翰林苑"))
    # Two clerks load version 1 of the same compound.
    with db.read_session() as session:
        first_view = places.get_compound(session, compound)
    with db.read_session() as session:
        second_view = places.get_compound(session, compound)
    with db.session() as session:
        places.update_compound(session, CLERK, compound, first_view.version,
                               CompoundData(name="翰林苑", unit_count=812))
    with pytest.raises(StaleRecord) as caught, db.session() as session:
        places.update_compound(session, REVIEWER, compound, second_view.version,
                               CompoundData(name="翰林苑", unit_count=999))
    assert "张小军" in caught.value.message
    with db.read_session() as session:
        record = places.get_compound(session, compound)
    assert (record.unit_count, record.version) == (812, 2)


def test_concurrent_sessions_cannot_both_win(db: Database, community: int) -> None:
    """Both pass the version check; the database-level version guard stops the second."""
    with db.session() as session:
        compound = places.create_compound(session, CLERK, community, CompoundData(name="A"))
    if db.backend == "sqlite":
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE: the race cannot happen")
    first = db._writer()
    second = db._writer()
    try:
        first.begin()
        second.begin()
        places.update_compound(first, CLERK, compound, 1, CompoundData(name="A", unit_count=1))
        first.commit()
        with pytest.raises(StaleRecord):
            places.update_compound(second, REVIEWER, compound, 1,
                                   CompoundData(name="A", unit_count=2))
        second.rollback()
    finally:
        first.close()
        second.close()


def test_changes_are_audited_with_before_and_after(db: Database, community: int) -> None:
    with db.session() as session:
        compound = places.create_compound(session, CLERK, community, CompoundData(name="翰林苑"))
        places.update_compound(session, REVIEWER, compound, 1,
                               CompoundData(name="翰林苑", unit_count=10))
    with db.read_session() as session:
        entries = audit.history(session, "compound", compound)
        assert audit.verify_chain(session) is None
    assert [(e.action, e.username) for e in entries] == [("create", "jingban"),
                                                        ("update", "shenhe")]
    assert entries[1].before == {"unit_count": 0, "updated_by": "张小军"}
    assert entries[1].after == {"unit_count": 10, "updated_by": "李秀英"}


def test_revealing_an_id_number_is_logged(db: Database, community: int) -> None:
    with db.session() as session:
        person = people.create_person(session, CLERK, community,
                                      PersonData(name="甲", id_number=GOOD_ID))
    with db.session() as session:
        assert people.reveal_id_number(session, CLERK, person) == GOOD_ID
    with db.read_session() as session:
        actions = [e.action for e in audit.history(session, "person", person)]
    assert actions == ["create", "reveal"]


def test_delete_in_use_compound_refused(db: Database, community: int) -> None:
    with db.session() as session:
        compound = places.create_compound(session, CLERK, community, CompoundData(name="翰林苑"))
        places.create_building(session, CLERK, compound, "1栋")
    with pytest.raises(UserError, match="仍被其他记录引用"), db.session() as session:
        places.delete_compound(session, REVIEWER, compound, 1)


def test_org_tree_rules(db: Database, community: int) -> None:
    with db.session() as session:
        root = orgs.create_org(session, CLERK, community, name="社区党委",
                               kind="community_committee")
        branch = orgs.create_org(session, CLERK, community, name="翰林苑党支部",
                                 kind="compound_branch", parent_id=root)
        orgs.create_org(session, CLERK, community, name="1栋党小组", kind="building_group",
                        parent_id=branch)
    with pytest.raises(FieldError, match="不能设在"), db.session() as session:
        orgs.create_org(session, CLERK, community, name="错位党小组", kind="building_group",
                        parent_id=root)
    with db.read_session() as session:
        tree = orgs.list_orgs(session)
    assert [(o.name, o.depth) for o in tree] == [("社区党委", 0), ("翰林苑党支部", 1),
                                                ("1栋党小组", 2)]
