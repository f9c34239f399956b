"""The audit trail holds an imported package's data members as their SHA-256 (the digest
the community signed in its manifest), and `check` still proves every stored member is
the one that was imported, also in a database whose older entries hold members whole."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models import audit
from models.auth import SYSTEM
from models.check import check_database
from models.db import Database
from models.upward import importing
from models.upward.keys import KeyStore
from models.users_entities import AuditEntry
from tests.models.upward.helpers import Community, export, register


def _import(street_db: Database, path: Path) -> None:
    with street_db.session() as session:
        importing.accept(session, SYSTEM, importing.stage_file(session, path))


def _trail_bodies(street_db: Database) -> list[str]:
    with street_db.read_session() as session:
        afters = session.scalars(select(AuditEntry.after).where(
            AuditEntry.entity == "upward_data").order_by(AuditEntry.id))
        return [json.loads(after)["body"] for after in afters]


def _tamper_one_body(street_db: Database) -> None:
    with street_db.engine.begin() as connection:
        connection.execute(text(
            "UPDATE upward_data SET body = replace(body, '\"period\"', '\"period_\"') "
            "WHERE module = 'issues'"))


def test_the_trail_holds_each_member_as_the_digest_the_community_signed(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "q1.zip", store)
    register(street_db, community)
    _import(street_db, tmp_path / "q1.zip")
    with zipfile.ZipFile(tmp_path / "q1.zip") as archive:
        signed = {f"sha256:{hashlib.sha256(archive.read(name)).hexdigest()}"
                  for name in archive.namelist() if name.startswith("data/")}
    bodies = _trail_bodies(street_db)
    assert len(bodies) >= 2 and set(bodies) == signed
    assert check_database(str(street_db.url)).ok
    _tamper_one_body(street_db)
    problems = check_database(str(street_db.url)).problems
    assert any("upward_data" in p and "body" in p for p in problems), problems


def test_an_older_trail_holding_whole_members_still_checks_clean(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    export(community, tmp_path / "q1.zip", store)
    register(street_db, community)
    with monkeypatch.context() as before_the_change:
        before_the_change.setattr(audit, "CONCEALED", {("app_user", "password_hash")})
        _import(street_db, tmp_path / "q1.zip")
    assert all(body.startswith("{") for body in _trail_bodies(street_db))
    assert check_database(str(street_db.url)).ok
    _tamper_one_body(street_db)
    assert not check_database(str(street_db.url)).ok
