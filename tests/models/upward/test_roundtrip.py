"""A community exports, the street imports: the street's figures are the community's own
statistics; the same package again changes nothing; a corrected one shows its changes."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from models import records
from models.auth import SYSTEM
from models.db import Database
from models.errors import UserError
from models.funds.stats import fund_stats
from models.issues.entities import Problem
from models.issues.stats import issue_stats
from models.upward import importing, keys, street
from models.upward.entities import UpwardKey
from models.upward.keys import KeyStore
from models.upward.period import parse_period
from tests.models.issues.helpers import CLERK
from tests.models.upward.helpers import Q1, Community, export, footprint, register


def _import(street_db: Database, path: Path, *, today: dt.date = dt.date(2026, 4, 5)
            ) -> importing.Staged:
    with street_db.session() as session:
        staged = importing.stage_file(session, path)
        importing.accept(session, SYSTEM, staged, today=today)
    return staged


def test_street_figures_equal_the_communitys_own_statistics(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "q1.zip", store)
    register(street_db, community)
    _import(street_db, tmp_path / "q1.zip")
    with community.db.read_session() as session:
        own = issue_stats(session, Q1.start, Q1.end, as_of=Q1.end).as_json()["total"]
        funds_year = fund_stats(session, 2026).as_dict()
    with street_db.read_session() as session:
        figures = street.street_stats(session, Q1)
    issues_total = figures["street"]["issues"]["total"]
    assert issues_total == {k: own[k] for k in issues_total}
    assert issues_total["collected"] == 7 and issues_total["solved"] == 3
    [mine] = figures["communities"]
    assert mine["name"] == "兴文社区" and mine["figures"]["issues"]["total"] == issues_total
    funds = figures["street"]["funds"]["total"]
    # everything was booked in Q1, so the quarter equals the year's own statistics
    assert (funds["received_fen"], funds["allocated_fen"], funds["spent_fen"]) == (
        funds_year["received_fen"], funds_year["allocated_fen"], funds_year["spent_fen"])
    assert (funds["received"], funds["spent"]) == ("10000.00", "450.50")
    assert figures["street"]["funds"]["vouchers"]["count"] == 3


def test_same_data_gives_the_same_bytes_and_the_same_package_changes_nothing(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    first = export(community, tmp_path / "a.zip", store)
    again = export(community, tmp_path / "b.zip", store)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert again.reused and again.sequence == first.sequence == 1
    register(street_db, community)
    _import(street_db, tmp_path / "a.zip")
    before = footprint(street_db)
    with street_db.session() as session:
        staged = importing.stage_file(session, tmp_path / "b.zip")
        assert staged.unchanged
        importing.accept(session, SYSTEM, staged)
    assert footprint(street_db) == before


def test_a_corrected_package_supersedes_and_shows_its_differences(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    _import(street_db, tmp_path / "v1.zip")
    with community.db.session() as session:  # the community corrects a title
        problem = session.execute(select(Problem).where(Problem.title == "阳光花园路灯不亮")
                                  ).scalar_one()
        records.update(session, CLERK, problem, problem.version, "问题",
                       {"title": "阳光花园3号路灯不亮"})
    second = export(community, tmp_path / "v2.zip", store)
    assert second.sequence == 2
    with street_db.session() as session:
        staged = importing.stage_file(session, tmp_path / "v2.zip")
        assert staged.state == "newer"
        titles = [(c.field, c.shown_field, c.old, c.new) for c in staged.changes
                  if c.module == "issues"]
        assert ("title", "问题描述", "阳光花园路灯不亮", "阳光花园3号路灯不亮") in titles
        importing.accept(session, SYSTEM, staged, today=dt.date(2026, 4, 20))
    with street_db.read_session() as session:
        figures = street.street_stats(session, Q1)
        grid = street.completeness(session, 2026, "quarter", dt.date(2026, 5, 1))
    assert [c["sequence"] for c in figures["communities"]] == [2]
    [(code, name, cells)] = grid.rows
    assert cells[0].sequence == 2 and cells[0].received_on == dt.date(2026, 4, 5)
    assert not cells[0].late and cells[1].text == "—"


def test_a_receipt_is_signed_by_the_street(community: Community, street_db: Database,
                                           store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "q1.zip", store)
    register(street_db, community)
    _import(street_db, tmp_path / "q1.zip")
    with street_db.session() as session:
        package_id = street.accepted_packages(session, parse_period("2026-Q1"))[0].id
        data = street.receipt(session, SYSTEM, store, package_id)
        street_key = keys.current_own_key(session)
    assert street_key is not None
    body = street.verify_receipt(data, street_key.public_key)
    assert (body["status_label"], body["sequence"], body["office_code"]) == (
        "已接收", 1, "511902003005")


def test_a_rotated_key_is_recorded_and_the_old_one_no_longer_accepted(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    old = export(community, tmp_path / "old.zip", store)
    register(street_db, community)
    with community.db.session() as session:
        new = keys.rotate_key(session, SYSTEM, store, "经办人更换")
        history = [(k.fingerprint, k.active) for k in session.scalars(
            select(UpwardKey).where(UpwardKey.own.is_(True)).order_by(UpwardKey.id))]
    assert history == [(old.fingerprint, False), (new.fingerprint, True)]
    registered = register(street_db, community)
    assert registered.replaced == old.fingerprint
    assert registered.info.fingerprint == new.fingerprint
    with street_db.session() as session, pytest.raises(UserError) as caught:
        importing.stage_file(session, tmp_path / "old.zip")
    assert caught.value.code == "upward.bad_signature"
    export(community, tmp_path / "new.zip", store)
    staged = _import(street_db, tmp_path / "new.zip")
    assert staged.fingerprint == new.fingerprint and staged.sequence == 2
