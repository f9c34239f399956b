"""Fixtures of the funds tests: a small office with compound branches, and people.

`books` is a community with its Party committee and two compound branches (made with
the registry services, as models.demo does, but without the demo's eighty residents,
which would cost a third of a second per test and backend), with the actors of the
funds workflow and helpers that draft, post and read balances. The demo itself is
used where the demo is under test (test_demo.py).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models.auth import Actor
from models.db import Database, open_database
from models.funds import accounts, entries, posting
from models.funds.entries import EntryData
from models.registry import orgs, places
from tests.conftest import BACKENDS, TEMPLATE_DB
from tests.support.users import add_demo_users

CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")
ADMIN = Actor("admin", "王建国", "admin")
DAY = dt.date(2025, 3, 10)


@dataclass(frozen=True)
class Books:
    db: Database
    branches: tuple[int, ...]

    def draft(self, data: EntryData) -> int:
        with self.db.session() as session:
            return entries.create_draft(session, CLERK, data)

    def post(self, entry_id: int) -> entries.EntryRecord:
        with self.db.session() as session:
            version = entries.get_entry(session, entry_id).version
            return posting.post_entry(session, REVIEWER, entry_id, version)

    def book(self, data: EntryData) -> entries.EntryRecord:
        """Draft and post in one go."""
        return self.post(self.draft(data))

    def reverse(self, entry_id: int, on: dt.date, reason: str = "更正") -> entries.EntryRecord:
        """The reviewer drafts the reversal, the administrator posts it (two people)."""
        with self.db.session() as session:
            draft = posting.reverse_entry(session, REVIEWER, entry_id, on=on, reason=reason)
            return posting.post_entry(session, ADMIN, draft.id, draft.version)

    def name(self, holder: int | None) -> str:
        with self.db.read_session() as session:
            return accounts.holder_name(session, holder)

    def balance(self, fund: str, holder: int | None) -> int:
        with self.db.read_session() as session:
            return accounts.balance(session, fund, holder)


def receipt(fen: int, fund: str = "fiscal", day: dt.date = DAY,
            holder: int | None = None) -> EntryData:
    source = {"fiscal": "street", "dues": "dues", "donation": "donation"}[fund]
    return EntryData("receipt", fund, day, fen, f"收到{fund}经费", holder_org_id=holder,
                     source=source, counterparty="江北街道党工委")


def allocation(fen: int, branch: int, fund: str = "fiscal", day: dt.date = DAY) -> EntryData:
    return EntryData("allocation", fund, day, fen, "拨付党建经费", holder_org_id=branch)


def spending(fen: int, holder: int | None, fund: str = "fiscal", *, day: dt.date = DAY,
             category: str = "党建活动", meeting: str = "") -> EntryData:
    return EntryData("spending", fund, day, fen, "主题党日活动用品", holder_org_id=holder,
                     category=category, counterparty="兴文超市", approver="王建国",
                     meeting_ref=meeting, meeting_date=day if meeting else None)


def make_books(db: Database) -> Books:
    with db.session() as session:
        add_demo_users(session)
        street = places.create_street(session, ADMIN, name="江北街道")
        community = places.create_community(session, ADMIN, street_id=street, name="兴文社区")
        committee = orgs.create_org(session, ADMIN, community, name="中共兴文社区委员会",
                                    kind="community_committee")
        branches = tuple(orgs.create_org(session, ADMIN, community, name=name,
                                         kind="compound_branch", parent_id=committee)
                         for name in ("翰林苑小区党支部", "阳光花园小区党支部"))
        orgs.create_org(session, ADMIN, community, name="翰林苑1栋党小组",
                        kind="building_group", parent_id=branches[0])
    return Books(db, branches)


@pytest.fixture
def books(db: Database) -> Books:
    return make_books(db)


@pytest.fixture(scope="module", params=BACKENDS)
def module_db(request: pytest.FixtureRequest, sqlite_template: Path,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One migrated database per test module and backend, for tests that only read what
    a module fixture wrote (creating a PostgreSQL database per test is the slow part)."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("funds") / "module.db"
        shutil.copyfile(sqlite_template, path)
        database = open_database(str(path))
        yield database
        database.dispose()
        return
    base = request.getfixturevalue("pg_base_url")
    if base is None:
        if os.environ.get("GONGJIAN_REQUIRE_PG") == "1":
            pytest.fail("PostgreSQL binaries not found and GONGJIAN_REQUIRE_PG=1")
        pytest.skip("PostgreSQL binaries not found")
    name = f"m_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}"))
    database = open_database(f"{base}/{name}")
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()
