"""Capable residents, cadres, 党建指导员, property services and 党群之家 on both backends:
figures equal what the test registered; an overlapping booking is refused and writes
nothing; money spent on a home is the funds ledger's posted spending, linked once."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.errors import FieldErrors, UserError
from models.funds import entries
from models.governance import homes, residents
from models.governance.entities import HomeBooking
from models.registry import orgs, people, places
from models.registry.entities import Community
from tests.models.funds.conftest import make_books, receipt, spending
from tests.models.issues.helpers import CLERK, TODAY, Office

SAT = dt.datetime(2026, 6, 13, 9, 0)


def test_cadre_figures_count_registry_cadres_and_residents_with_posts(
        db: Database, office: Office) -> None:
    with db.session() as session:
        member = people.create_person(session, CLERK, office.community_id, people.PersonData(
            name="孙志刚", is_party_member=True, party_since=dt.date(1990, 7, 1)))
        plain = people.create_person(session, CLERK, office.community_id,
                                     people.PersonData(name="周玉兰"))
        idle = people.create_person(session, CLERK, office.community_id,
                                    people.PersonData(name="郑海", roles=frozenset({"cadre"})))
        ids = [residents.register_resident(session, CLERK, residents.ResidentData(
            person, group, dt.date(2026, 3, 1), frozenset({"has_ability", "has_time"})),
            today=TODAY) for person, group in ((member, "veteran"), (plain, "warm_resident"),
                                               (idle, "warm_resident"))]
        residents.take_post(session, CLERK, ids[0], post="mediator",
                            started_on=dt.date(2026, 4, 1))
        residents.take_post(session, CLERK, ids[1], post="building_chief",
                            started_on=dt.date(2026, 4, 1))
        residents.record_training(session, CLERK, office.community_id,
                                  held_on=dt.date(2026, 5, 8), form="lecture",
                                  topic="群众工作方法", resident_ids=ids[:2], today=TODAY)
        with pytest.raises(UserError, match="已登记为小区能人"):
            residents.register_resident(session, CLERK, residents.ResidentData(
                member, "veteran", dt.date(2026, 3, 1), frozenset()), today=TODAY)
    with db.read_session() as session:
        figures = residents.cadre_figures(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        rows = {r.name: r for r in residents.list_residents(session)}
    assert figures.capable_residents == 3
    assert figures.by_group["warm_resident"] == 2 and figures.by_group["veteran"] == 1
    assert (figures.trainings, figures.attendances) == (1, 2)
    assert (figures.compound_cadres, figures.cadres_party_members) == (3, 1)
    assert rows["孙志刚"].qualities_text == "有能力、有时间"
    assert rows["孙志刚"].posts == ("调解员",)


def test_an_instructor_goes_only_where_there_is_no_party_organisation(
        db: Database, office: Office) -> None:
    with db.session() as session:
        committee = orgs.create_org(session, CLERK, office.community_id, name="社区党委",
                                    kind="community_committee")
        orgs.create_org(session, CLERK, office.community_id, name="翰林苑小区党支部",
                        kind="compound_branch", parent_id=committee,
                        compound_id=office.compound_id)
        with pytest.raises(UserError, match="已有小区党组织"):
            residents.send_instructor(session, CLERK, office.compound_id, name="刘强",
                                      sent_on=dt.date(2026, 5, 1))
        residents.send_instructor(session, CLERK, office.other_compound_id, name="刘强",
                                  sent_on=dt.date(2026, 5, 1))
    with db.read_session() as session:
        figures = residents.cadre_figures(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert (figures.compounds_without_party_org, figures.instructors_sent) == (1, 1)


def test_property_share_counts_compounds_under_contract(db: Database, office: Office) -> None:
    with db.session() as session:
        homes.record_service(session, CLERK, homes.ServiceData(
            office.compound_id, "巴中翰林物业服务有限公司", "local", dt.date(2025, 1, 1),
            dt.date(2026, 12, 31), "陈红", "13981612345"))
    with db.read_session() as session:
        assert homes.property_share(session, dt.date(2026, 6, 1)) == Fraction(1, 2)
        assert homes.property_share(session, dt.date(2027, 1, 1)) == 0


def _home(db: Database, compound: int) -> int:
    with db.session() as session:
        return homes.create_home(session, CLERK, homes.HomeData(
            compound, "翰林苑党群之家", "翰林苑3栋一楼", "活动室\n会议室", "每日 9:00—21:00",
            "投影仪、图书角"))


def test_an_overlapping_booking_is_refused_and_writes_nothing(db: Database,
                                                              office: Office) -> None:
    home = _home(db, office.compound_id)
    with db.session() as session:
        homes.book_room(session, CLERK, homes.BookingData(
            home, "活动室", SAT, SAT + dt.timedelta(hours=2), "老年书法班", "李秀英"))
        homes.book_room(session, CLERK, homes.BookingData(  # the other room, same time
            home, "会议室", SAT, SAT + dt.timedelta(hours=2), "业委会例会", "王建国"))
        homes.book_room(session, CLERK, homes.BookingData(  # right after: no overlap
            home, "活动室", SAT + dt.timedelta(hours=2), SAT + dt.timedelta(hours=3),
            "四点半课堂", "赵春梅"))
    with db.session() as session, pytest.raises(FieldErrors) as refused:
        homes.book_room(session, CLERK, homes.BookingData(
            home, "活动室", SAT + dt.timedelta(hours=1), SAT + dt.timedelta(hours=4),
            "舞蹈排练", "周玉兰"))
    assert refused.value.by_field()["starts_at"] == (
        "活动室在 2026-06-13 09:00—11:00 已被“老年书法班”预约，时间不能重叠。")
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(HomeBooking)) == 3


def home_and_spending(db: Database, amount: int) -> tuple[int, entries.EntryRecord]:
    """Funds books with one posted spending of `amount` fen, and a home to count it for."""
    books = make_books(db)
    books.book(receipt(500_000))
    posted = books.book(spending(amount, None))
    with db.session() as session:
        community = session.scalar(select(Community.id))
        assert community is not None
        compound = places.create_compound(session, CLERK, community,
                                          places.CompoundData(name="翰林苑"))
    return _home(db, compound), posted


def test_money_spent_on_a_home_is_a_posted_spending_linked_once(db: Database) -> None:
    home, posted = home_and_spending(db, 128_050)
    assert posted.voucher_year is not None and posted.voucher_no is not None
    with db.session() as session:
        homes.link_funding(session, CLERK, home, year=posted.voucher_year,
                           number=posted.voucher_no)
        with pytest.raises(UserError, match="不能重复计入"):
            homes.link_funding(session, CLERK, home, year=posted.voucher_year,
                               number=posted.voucher_no)
    with db.read_session() as session:
        (row,) = homes.list_homes(session)
    assert row.spent_fen == 128_050
