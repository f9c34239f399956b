"""Tampered packages are refused, each with its own message, and nothing is written."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from models import records
from models.auth import SYSTEM
from models.db import Database
from models.errors import UserError
from models.issues.entities import Problem
from models.upward import importing
from models.upward.keys import KeyStore
from tests.models.issues.helpers import CLERK
from tests.models.upward.helpers import Community, export, footprint, register
from tests.models.upward.tampering import (
    Members,
    flip_byte,
    members_of,
    relist,
    rewrite,
    sign_with,
)

MEMBERS = ("manifest.json", "manifest.sig", "data/issues.json", "data/funds.json",
           "data/elections.json", "data/volunteers.json", "data/governance.json",
           "data/services.json",
           "workbook.xlsx", "cover.pdf")


def refused(street_db: Database, path: Path) -> str:
    """The refusal's code and message; the street's database must be as it was."""
    before = footprint(street_db)
    with pytest.raises(UserError) as caught, street_db.session() as session:
        staged = importing.stage_file(session, path)
        importing.accept(session, SYSTEM, staged, today=dt.date(2026, 4, 5))
    assert footprint(street_db) == before
    assert caught.value.message  # said in words
    return caught.value.code


@pytest.fixture
def package(community: Community, street_db: Database, store: KeyStore,
            tmp_path: Path) -> Path:
    export(community, tmp_path / "good.zip", store)
    register(street_db, community)
    return tmp_path / "good.zip"


def test_every_member_with_one_changed_byte_is_refused(
        package: Path, street_db: Database, tmp_path: Path) -> None:
    assert set(members_of(package)) == set(MEMBERS)
    codes = {}
    for member in MEMBERS:
        def edit(members: Members, member: str = member) -> Members:
            if member == "manifest.json":  # inside a text value: still valid JSON
                at = members[member].index("兴文".encode()) + 1
                members[member] = members[member][:at] + b"\x80" + members[member][at + 1:]
            else:
                members[member] = flip_byte(members[member])
            return members
        codes[member] = refused(street_db, rewrite(package, tmp_path / "t.zip", edit))
    assert codes == {"manifest.json": "upward.bad_signature",
                     "manifest.sig": "upward.bad_signature",
                     **{m: "upward.hash_mismatch" for m in MEMBERS[2:]}}


def test_a_byte_changed_in_the_zip_itself_is_refused(
        package: Path, street_db: Database, tmp_path: Path) -> None:
    data = package.read_bytes()
    start = data.index(b"data/issues.json") + 40  # inside the deflated member
    (tmp_path / "raw.zip").write_bytes(flip_byte(data, start))
    assert refused(street_db, tmp_path / "raw.zip") in ("upward.damaged_member",
                                                        "upward.hash_mismatch")


@pytest.mark.parametrize(("edit", "code"), [
    (lambda m: {**m, "data/notes.json": b"{}"}, "upward.extra_member"),
    (lambda m: {k: v for k, v in m.items() if k != "cover.pdf"}, "upward.missing_member"),
])
def test_a_member_added_or_removed_is_refused(
        package: Path, street_db: Database, tmp_path: Path,
        edit: Callable[[Members], Members], code: str) -> None:
    assert refused(street_db, rewrite(package, tmp_path / "t.zip", edit)) == code


def test_a_manifest_edited_and_re_signed_with_another_key_is_refused(
        package: Path, street_db: Database, tmp_path: Path) -> None:
    def edit(members: Members) -> Members:
        data = json.loads(members["data/issues.json"])
        data["figures"]["total"]["solved"] += 10
        members["data/issues.json"] = json.dumps(data, ensure_ascii=False).encode()
        return sign_with(relist(members), Ed25519PrivateKey.generate())
    assert refused(street_db, rewrite(package, tmp_path / "t.zip", edit)) == (
        "upward.bad_signature")


def test_a_package_from_an_unregistered_office_is_refused(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "q1.zip", store)
    assert refused(street_db, tmp_path / "q1.zip") == "upward.unknown_office"


def test_a_replayed_older_sequence_is_refused(
        community: Community, street_db: Database, store: KeyStore, package: Path,
        tmp_path: Path) -> None:
    with street_db.session() as session:
        importing.accept(session, SYSTEM, importing.stage_file(session, package))
    with community.db.session() as session:
        problem = session.execute(select(Problem).order_by(Problem.id)).scalars().first()
        assert problem is not None
        records.update(session, CLERK, problem, problem.version, "问题", {"title": "更正后的标题"})
    export(community, tmp_path / "v2.zip", store)
    with street_db.session() as session:
        importing.accept(session, SYSTEM, importing.stage_file(session, tmp_path / "v2.zip"))
    assert refused(street_db, package) == "upward.older_sequence"


@pytest.mark.parametrize(("text_edit", "code"), [
    (lambda t: t.replace('{"figures":', '{"module":"issues","figures":', 1),
     "upward.strict_json"),  # a duplicate key
    (lambda t: t.replace('"collected":7', '"collected":NaN', 1), "upward.strict_json"),
    (lambda t: t.replace('"collected":7', '"collected":7.0', 1), "upward.strict_json"),
    (lambda t: t.replace('"collected":7', '"collected":"7"', 1), "upward.schema"),
    # a character no field may hold, hidden behind an escape the bytes do not show
    (lambda t: t.replace('"responsible":"', '"responsible":"\\u202e', 1), "field.bad_char"),
    (lambda t: t.replace('"responsible":"', '"responsible":"\\u0000', 1), "field.bad_char"),
    (lambda t: t.replace('"responsible":"', '"responsible":"\\ud800', 1), "field.bad_char"),
    (lambda t: t.replace('"responsible":"', '"responsible":"\\b', 1), "field.bad_char"),
])
def test_a_signed_package_with_lax_json_is_refused(
        package: Path, street_db: Database, store: KeyStore, community: Community,
        tmp_path: Path, text_edit: Callable[[str], str], code: str) -> None:
    """Even the community's own key cannot make the street read NaN, floats or a key
    said twice: the rules are checked on what the signature covers."""
    with community.db.read_session() as session:
        from models.upward.keys import current_own_key  # noqa: PLC0415

        key = current_own_key(session)
    assert key is not None
    private = store.load(key.fingerprint)

    def edit(members: Members) -> Members:
        text = members["data/issues.json"].decode()
        changed = text_edit(text)
        assert changed != text
        members["data/issues.json"] = changed.encode()
        return sign_with(relist(members), private)
    assert refused(street_db, rewrite(package, tmp_path / "t.zip", edit)) == code


def test_a_hidden_character_in_the_manifest_is_refused_before_its_names_are_shown(
        package: Path, street_db: Database, tmp_path: Path) -> None:
    def edit(members: Members) -> Members:
        manifest = json.loads(members["manifest.json"])
        manifest["office"]["name"] = "兴文\u202e社区"
        members["manifest.json"] = json.dumps(manifest, sort_keys=True,
                                              separators=(",", ":")).encode()
        return members
    assert refused(street_db, rewrite(package, tmp_path / "t.zip", edit)) == "field.bad_char"
