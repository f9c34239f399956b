"""党建指导员 and property contracts on both backends, as the dialogs use them: a compound
with a Party organisation is refused on its own field and nothing is written; contracts
are listed with their period; a contract ending before it starts is refused."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.errors import FieldError
from models.governance import homes, residents
from models.governance.entities import PartyInstructor, PropertyService
from models.registry import orgs
from tests.models.governance.test_residents_homes import home_and_spending
from tests.models.issues.helpers import CLERK, Office


def test_an_instructor_for_a_compound_with_a_branch_is_refused_on_the_compound(
        db: Database, office: Office) -> None:
    with db.session() as session:
        committee = orgs.create_org(session, CLERK, office.community_id, name="社区党委",
                                    kind="community_committee")
        orgs.create_org(session, CLERK, office.community_id, name="翰林苑小区党支部",
                        kind="compound_branch", parent_id=committee,
                        compound_id=office.compound_id)
    with pytest.raises(FieldError) as refused, db.session() as session:
        residents.assign_instructor(session, CLERK, residents.InstructorData(
            office.compound_id, "刘强", dt.date(2026, 5, 1)))
    assert refused.value.field == "compound_id"
    assert "已有小区党组织" in str(refused.value)
    with db.session() as session:
        residents.assign_instructor(session, CLERK, residents.InstructorData(
            office.other_compound_id, "刘强", dt.date(2026, 5, 1)))
    with db.read_session() as session:
        (row,) = residents.list_instructors(session)
        choices = residents.compound_choices(session)
        assert session.scalar(select(func.count()).select_from(PartyInstructor)) == 1
    assert (row.name, row.sent_on) == ("刘强", dt.date(2026, 5, 1))
    assert choices[office.compound_id] == "翰林苑（已有党组织）"
    assert "已有党组织" not in choices[office.other_compound_id]


def test_contracts_are_listed_and_a_backwards_period_is_refused(db: Database,
                                                                office: Office) -> None:
    with db.session() as session:
        homes.record_service(session, CLERK, homes.ServiceData(
            office.compound_id, "巴中翰林物业服务有限公司", "local", dt.date(2025, 1, 1),
            dt.date(2026, 12, 31), "陈红", "13981612345"))
    with pytest.raises(FieldError) as refused, db.session() as session:
        homes.record_service(session, CLERK, homes.ServiceData(
            office.other_compound_id, "引入物业公司", "introduced", dt.date(2026, 1, 1),
            dt.date(2025, 12, 31)))
    assert refused.value.field == "contract_end"
    with db.read_session() as session:
        (row,) = homes.list_services(session)
        assert session.scalar(select(func.count()).select_from(PropertyService)) == 1
    assert (row.compound, row.origin_label) == ("翰林苑", "本地培育")
    assert row.period_text == "2025-01-01 至 2026-12-31"


def test_a_voucher_typed_in_the_dialog_is_linked_once(db: Database) -> None:
    home, posted = home_and_spending(db, 45_600)
    typed = f"{posted.voucher_year}-{posted.voucher_no:04d}"
    with db.session() as session:
        homes.link_voucher(session, CLERK, home, typed)
    for bad, words in ((typed, "不能重复计入"), ("2026/12", "不是凭证号"),
                       ("2026-9999", "9999")):
        with pytest.raises(FieldError, match=words) as refused, db.session() as session:
            homes.link_voucher(session, CLERK, home, bad)
        assert refused.value.field == "voucher"
    with db.read_session() as session:
        (row,) = homes.list_homes(session)
    assert row.spent_fen == 45_600
