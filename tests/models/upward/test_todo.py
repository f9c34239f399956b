"""上报 on the home page's to-do list: at a community, a quarter to send (due soon, then
overdue) and a package the street returned; at a street, the communities that have not
sent or were returned and have not re-sent."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, text

from models import records, todo
from models.auth import SYSTEM
from models.db import Database
from models.issues.entities import Problem
from models.todo import Urgency
from models.upward import importing, keys, receipts
from models.upward.keys import KeyStore
from models.upward.period import parse_period
from reports.upward_package import export_package
from tests.models.issues.helpers import ADMIN, CLERK
from tests.models.upward.helpers import Community, export, register, return_with_receipt
from tests.support.users import DEMO_ACTORS

STREET_CLERK = DEMO_ACTORS[2]


def _set_up_on(database: Database, day: str) -> None:
    """The office's first run: quarters due before it are not asked for."""
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE office SET created_at = :day"), {"day": f"{day} 09:00:00"})


def _upward(database: Database, today: dt.date) -> list[tuple[str, Urgency]]:
    with database.read_session() as session:
        return [(item.text, item.urgency) for item in todo.collect(session, today)
                if item.area == "上报"]


def test_a_community_is_reminded_of_the_quarter_then_of_the_return(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    _set_up_on(community.db, "2026-01-15")  # 2025-Q4 was due on 01-10: not asked for
    assert _upward(community.db, dt.date(2026, 3, 31)) == []  # Q1 has not ended yet
    assert _upward(community.db, dt.date(2026, 4, 5)) == [
        ("2026年第1季度的上报数据包尚未生成，04-10 前报送街道", Urgency.DUE_SOON)]
    assert _upward(community.db, dt.date(2026, 4, 11)) == [
        ("2026年第1季度的上报数据包尚未生成，已逾期（04-10 截止）", Urgency.OVERDUE)]

    export(community, tmp_path / "v1.zip", store)
    assert _upward(community.db, dt.date(2026, 4, 11)) == []

    register(street_db, community)
    receipt, street_key = return_with_receipt(street_db, tmp_path / "v1.zip", "经费支出缺少凭证号",
                                              dt.date(2026, 4, 12), store, STREET_CLERK)
    with community.db.session() as session:
        keys.register_key(session, ADMIN, keys.key_file(street_key))
        receipts.import_receipt(session, CLERK, receipt)
    with community.db.read_session() as session:
        [item] = [i for i in todo.collect(session, dt.date(2026, 4, 13)) if i.area == "上报"]
        [row] = receipts.history(session)
    assert (item.text, item.urgency, item.page, item.records) == (
        "2026年第1季度的数据包（第 1 次）被街道退回，请更正后重新生成报送：经费支出缺少凭证号",
        Urgency.OVERDUE, "UpwardPage", (row.id,))

    with community.db.session() as session:
        problem = session.execute(select(Problem).where(Problem.title == "阳光花园路灯不亮")
                                  ).scalar_one()
        records.update(session, CLERK, problem, problem.version, "问题", {"title": "路灯不亮"})
    export(community, tmp_path / "v2.zip", store)
    assert _upward(community.db, dt.date(2026, 4, 13)) == []


def test_a_street_sees_who_has_not_sent_and_who_was_returned(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    _set_up_on(street_db, "2026-01-12")  # after 2025-Q4 was due
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)  # 兴文社区 is expected from now on
    assert _upward(street_db, dt.date(2026, 4, 8)) == []  # not past due yet
    assert _upward(street_db, dt.date(2026, 4, 15)) == [
        ("2026年第1季度：1 个社区逾期未报（兴文社区）", Urgency.OVERDUE)]

    with street_db.session() as session:
        staged = importing.stage_file(session, tmp_path / "v1.zip")
        importing.return_package(session, STREET_CLERK, staged, "请补充凭证号",
                                 today=dt.date(2026, 4, 16))
    assert _upward(street_db, dt.date(2026, 4, 17)) == [
        ("2026年第1季度：1 个社区的数据包已退回，待重报（兴文社区）", Urgency.OVERDUE)]

    with community.db.session() as session:
        problem = session.execute(select(Problem).where(Problem.title == "阳光花园路灯不亮")
                                  ).scalar_one()
        records.update(session, CLERK, problem, problem.version, "问题", {"title": "路灯不亮"})
    export(community, tmp_path / "v2.zip", store)
    with street_db.session() as session:
        importing.accept(session, STREET_CLERK, importing.stage_file(session, tmp_path / "v2.zip"),
                         today=dt.date(2026, 4, 18))
    assert _upward(street_db, dt.date(2026, 4, 19)) == []


def test_one_level_up_a_street_is_told_of_its_own_return_and_a_district_of_its_streets(
        community: Community, street_db: Database, district_db: Database, store: KeyStore,
        tmp_path: Path) -> None:
    _set_up_on(street_db, "2026-01-12")
    _set_up_on(district_db, "2026-01-12")
    export(community, tmp_path / "community.zip", store)
    register(street_db, community)
    with street_db.session() as session:
        importing.accept(session, STREET_CLERK,
                         importing.stage_file(session, tmp_path / "community.zip"),
                         today=dt.date(2026, 4, 3))
    export_package(street_db, SYSTEM, parse_period("2026-Q1"), tmp_path / "street.zip",
                   store=store)
    with street_db.read_session() as session:
        street_key = keys.current_own_key(session)
    assert street_key is not None
    with district_db.session() as session:
        keys.register_key(session, SYSTEM, keys.key_file(street_key))
    receipt, district_key = return_with_receipt(district_db, tmp_path / "street.zip",
                                                "请补报经费明细", dt.date(2026, 4, 15), store,
                                                SYSTEM)
    with street_db.session() as session:
        keys.register_key(session, SYSTEM, keys.key_file(district_key))
        assert receipts.import_receipt(session, STREET_CLERK, receipt).status == "returned"

    assert _upward(street_db, dt.date(2026, 4, 20)) == [
        ("2026年第1季度的数据包（第 1 次）被区（县）退回，请更正后重新生成报送：请补报经费明细",
         Urgency.OVERDUE)]
    assert _upward(district_db, dt.date(2026, 4, 20)) == [
        ("2026年第1季度：1 个街道的数据包已退回，待重报（江北街道）", Urgency.OVERDUE)]
