"""退回 a package already accepted: audited with its comment, its figures stop counting,
the grid shows it returned, and the community's re-sent revision supersedes it."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models import records
from models.auth import SYSTEM
from models.db import Database
from models.errors import UserError
from models.issues.entities import Problem
from models.upward import importing, street
from models.upward.entities import UpwardPackage
from models.upward.keys import KeyStore
from models.users_entities import AuditEntry
from tests.models.issues.helpers import CLERK
from tests.models.upward.helpers import Q1, Community, export, register
from tests.support.users import DEMO_ACTORS

STREET_CLERK = DEMO_ACTORS[2]  # jingban, a clerk at the street
MAY = dt.date(2026, 5, 1)


def _accepted(street_db: Database, path: Path) -> UpwardPackage:
    with street_db.session() as session:
        staged = importing.stage_file(session, path)
        package_id = importing.accept(session, SYSTEM, staged, today=dt.date(2026, 4, 5))
        return session.get(UpwardPackage, package_id)  # type: ignore[return-value]


def test_returning_an_accepted_package_then_the_correction_supersedes_it(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    package = _accepted(street_db, tmp_path / "v1.zip")
    with street_db.session() as session:
        importing.return_accepted(session, STREET_CLERK, package.id, package.version,
                                  "  路灯问题的标题有误，请更正后重报  ")
    with street_db.read_session() as session:
        row = session.get(UpwardPackage, package.id)
        assert row is not None
        assert (row.status, row.comment, row.decided_by) == (
            "returned", "路灯问题的标题有误，请更正后重报", "张小军")
        entry = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalar()
        assert entry is not None and entry.username == "jingban"
        assert "路灯问题的标题有误" in entry.after and "accepted" in entry.before
        assert street.street_stats(session, Q1)["communities"] == []  # no longer counted
        [(_, _, cells)] = street.completeness(session, 2026, "quarter", MAY).rows
    assert cells[0].text == "已退回" and cells[0].accepted_id is None
    with street_db.session() as session:  # its receipt is dated the day of the return
        body = json.loads(street.receipt(session, STREET_CLERK, store, package.id))["receipt"]
    assert (body["status"], body["date"]) == ("returned", dt.date.today().isoformat())
    assert body["date"] != "2026-04-05"  # not the day it was received

    with community.db.session() as session:  # the community corrects and re-sends
        problem = session.execute(select(Problem).where(Problem.title == "阳光花园路灯不亮")
                                  ).scalar_one()
        records.update(session, CLERK, problem, problem.version, "问题",
                       {"title": "阳光花园3号路灯不亮"})
    assert export(community, tmp_path / "v2.zip", store).sequence == 2
    with street_db.session() as session:
        staged = importing.stage_file(session, tmp_path / "v2.zip")
        assert staged.state == "newer" and staged.previous_id == package.id
        assert ("title", "阳光花园路灯不亮", "阳光花园3号路灯不亮") in [
            (c.field, c.old, c.new) for c in staged.changes]
        importing.accept(session, STREET_CLERK, staged, today=dt.date(2026, 4, 20))
    with street_db.read_session() as session:
        assert session.get(UpwardPackage, package.id).status == "superseded"  # type: ignore[union-attr]
        assert [c["sequence"] for c in street.street_stats(session, Q1)["communities"]] == [2]
        [(_, _, cells)] = street.completeness(session, 2026, "quarter", MAY).rows
    assert cells[0].text == "已接收 04-20（第2次）"


def test_a_return_needs_a_comment_and_an_accepted_package(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    package = _accepted(street_db, tmp_path / "v1.zip")
    with street_db.session() as session, pytest.raises(UserError, match="退回意见"):
        importing.return_accepted(session, STREET_CLERK, package.id, package.version, " ")
    with street_db.session() as session:
        importing.return_accepted(session, STREET_CLERK, package.id, package.version, "有误")
    with street_db.session() as session, pytest.raises(UserError, match="已退回"):
        importing.return_accepted(session, STREET_CLERK, package.id, package.version + 1,
                                  "再次退回")
