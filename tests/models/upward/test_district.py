"""One level up with the same machinery: a street passes its communities' figures on to
its district in a signed package of its own, and the district's figures are the street's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.auth import SYSTEM
from models.db import Database
from models.errors import UserError
from models.upward import importing, keys, schemas, street
from models.upward.keys import KeyStore
from models.upward.privacy import PERSON_FIELDS
from reports.upward_package import export_package
from tests.models.upward.helpers import Q1, STREET_CODE, Community, export, register


def _accept(database: Database, path: Path) -> None:
    with database.session() as session:
        importing.accept(session, SYSTEM, importing.stage_file(session, path))


def _register_street(street_db: Database, district_db: Database) -> None:
    with street_db.read_session() as session:
        info = keys.current_own_key(session)
    assert info is not None
    with district_db.session() as session:
        keys.register_key(session, SYSTEM, keys.key_file(info))


def test_the_district_sees_what_the_street_summed(
        community: Community, street_db: Database, district_db: Database, store: KeyStore,
        tmp_path: Path) -> None:
    export(community, tmp_path / "community.zip", store)
    register(street_db, community)
    _accept(street_db, tmp_path / "community.zip")
    export_package(street_db, SYSTEM, Q1, tmp_path / "street.zip", store=store)
    _register_street(street_db, district_db)
    _accept(district_db, tmp_path / "street.zip")

    with district_db.read_session() as session:
        figures = street.street_stats(session, Q1)
        grid = street.completeness(session, 2026, "quarter", Q1.end.replace(month=5))
    [one] = figures["communities"]
    assert (one["code"], one["name"]) == (STREET_CODE, "江北街道")
    total = figures["street"]["issues"]["total"]
    assert (total["collected"], total["solved"]) == (7, 3)  # the community's own 7 and 3
    funds = figures["street"]["funds"]["total"]
    assert (funds["received"], funds["spent"]) == ("10000.00", "450.50")
    assert [(code, name) for code, name, _ in grid.rows] == [(STREET_CODE, "江北街道")]
    assert grid.rows[0][2][0].accepted_on is not None


def test_each_office_takes_packages_only_from_the_level_below(
        community: Community, street_db: Database, district_db: Database, store: KeyStore,
        tmp_path: Path) -> None:
    export(community, tmp_path / "community.zip", store)
    with community.db.read_session() as session:
        info = keys.current_own_key(session)
    assert info is not None
    with district_db.session() as session:  # even with the community's key registered
        keys.register_key(session, SYSTEM, keys.key_file(info))
        with pytest.raises(UserError) as refused:
            importing.stage_file(session, tmp_path / "community.zip")
    assert refused.value.code == "upward.wrong_level"
    assert "社区报送的" in refused.value.message and "只接收街道" in refused.value.message


def test_a_street_with_nothing_accepted_has_nothing_to_pass_on(
        street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        export_package(street_db, SYSTEM, Q1, tmp_path / "street.zip", store=store)
    assert refused.value.code == "upward.nothing_to_pass_on"
    assert not (tmp_path / "street.zip").exists()


def test_the_name_fields_a_street_drops_are_the_schemas_optional_fields() -> None:
    optional = set()
    for path in sorted(schemas.SCHEMA_DIR.glob("upward-*.schema.json")):
        items = json.loads(path.read_text(encoding="utf-8"))["properties"].get(
            "records", {}).get("items", {})
        optional |= set(items.get("properties", {})) - set(items.get("required", []))
    assert optional == PERSON_FIELDS
