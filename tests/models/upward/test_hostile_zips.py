"""Hostile zips are refused before any member is read, with their own message, and
nothing is written (built here: zip-slip names, a bomb, a symlink, 100,000 members,
duplicate names, encryption, a directory, not a zip at all)."""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from models.db import Database
from models.errors import UserError
from models.upward import importing
from tests.models.upward.helpers import build_street, footprint
from tests.models.upward.tampering import raw_zip


@pytest.fixture
def street(sqlite_db: Database) -> Database:
    with sqlite_db.session() as session:
        build_street(session)
    return sqlite_db


def refusal(street: Database, data: bytes) -> str:
    before = footprint(street)
    with pytest.raises(UserError) as caught, street.session() as session:
        importing.stage_bytes(session, data, "hostile.zip")
    assert footprint(street) == before
    return caught.value.code


def _info(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    return info


@pytest.mark.parametrize("name", ["../../evil.json", "data/../../evil.json", "/etc/passwd",
                                  "C:/Windows/evil.json", "data\\..\\evil.json",
                                  "c:evil.json", "./manifest.json"])
def test_zip_slip_names(street: Database, name: str) -> None:
    assert refusal(street, raw_zip([(name, b"{}")])) == "upward.unsafe_name"


def test_a_symlink(street: Database) -> None:
    data = raw_zip([(_info("manifest.json", 0o120777), b"/etc/passwd")])
    assert refusal(street, data) == "upward.symlink"


def test_a_compression_bomb(street: Database) -> None:
    data = raw_zip([("data/issues.json", b"\0" * (50 * 1024 * 1024))])
    assert len(data) < 100 * 1024
    assert refusal(street, data) == "upward.bad_ratio"


def test_a_bomb_that_lies_about_its_size(street: Database) -> None:
    """The directory says 1 KB; reading stops at 1 KB and the member is refused."""
    data = bytearray(raw_zip([("manifest.json", b"{" + b" " * (5 * 1024 * 1024) + b"}"),
                              ("manifest.sig", b"x")]))
    directory = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, directory + 24, 1024)  # uncompressed size in the directory
    code = refusal(street, bytes(data))
    assert code in ("upward.damaged_member", "upward.not_zip")


def test_a_hundred_thousand_members(street: Database) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for index in range(100_000):
            archive.writestr(f"m{index}.json", b"")
    assert refusal(street, out.getvalue()) == "upward.too_many_members"


def test_duplicate_names(street: Database) -> None:
    with pytest.warns(UserWarning):  # zipfile itself warns: it would overwrite
        data = raw_zip([("manifest.json", b"{}"), ("manifest.json", b"{}")])
    assert refusal(street, data) == "upward.duplicate_member"


def test_an_encrypted_member(street: Database) -> None:
    data = bytearray(raw_zip([("manifest.json", b"{}")]))
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + flag_at] |= 0x01
    assert refusal(street, bytes(data)) == "upward.encrypted"


def test_a_directory_entry(street: Database) -> None:
    assert refusal(street, raw_zip([(_info("data/", 0o40755), b"")])) == (
        "upward.directory_member")


@pytest.mark.parametrize("data", [b"", b"not a zip at all", b"PK\x05\x06" + b"\0" * 10])
def test_not_a_zip(street: Database, data: bytes) -> None:
    assert refusal(street, data) == "upward.not_zip"


def test_a_zip_without_manifest(street: Database) -> None:
    assert refusal(street, raw_zip([("data/issues.json", b"{}")])) == "upward.no_manifest"


def test_only_a_street_imports(tmp_path: Path, sqlite_db: Database) -> None:
    with pytest.raises(UserError) as caught, sqlite_db.session() as session:
        importing.stage_bytes(session, raw_zip([("manifest.json", b"{}")]))
    assert caught.value.code == "upward.not_street"
