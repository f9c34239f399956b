"""Grids edited from their dialog on both backends: a grid is renamed, gets another 网格员
and covers other buildings and lanes; a building held by another grid, or a name taken,
is refused beside its field and nothing changes."""
from __future__ import annotations

import pytest

from models.db import Database
from models.errors import FieldError
from models.governance import grids
from models.registry import places
from tests.models.issues.helpers import CLERK, Office


def _two_grids(db: Database, office: Office) -> tuple[int, int, int, int]:
    with db.session() as session:
        second = places.create_building(session, CLERK, office.compound_id, "9栋")
        lane = places.create_lane(session, CLERK, office.community_id, "文化路")
        first = grids.add_grid(session, CLERK, office.community_id, grids.GridData(
            "第一网格", office.person_ids[0], frozenset({office.building_id})))
        other = grids.add_grid(session, CLERK, office.community_id, grids.GridData(
            "第二网格", None, frozenset({second})))
    return first, other, second, lane


def test_a_grid_is_renamed_and_redrawn(db: Database, office: Office) -> None:
    first, _other, _second, lane = _two_grids(db, office)
    with db.session() as session:
        data, version = grids.fetch_grid(session, first)
        grids.update_grid(session, CLERK, first, version, grids.GridData(
            "兴文第一网格", office.person_ids[1], frozenset(), frozenset({lane}), "含文化路"))
    with db.read_session() as session:
        rows = {g.name: g for g in grids.list_grids(session)}
        again, _ = grids.fetch_grid(session, first)
    assert data.building_ids == {office.building_id}
    assert set(rows) == {"兴文第一网格", "第二网格"}
    assert rows["兴文第一网格"].places == ("文化路",)
    assert rows["兴文第一网格"].keeper_id == office.person_ids[1]
    assert again.note == "含文化路"
    # The building it gave up can now go to the other grid.
    with db.session() as session:
        _, version = grids.fetch_grid(session, _other)
        grids.update_grid(session, CLERK, _other, version, grids.GridData(
            "第二网格", None, frozenset({_second, office.building_id})))
    with db.read_session() as session:
        assert len({g.name: g for g in grids.list_grids(session)}["第二网格"].places) == 2


def test_a_building_of_another_grid_is_refused_and_nothing_changes(
        db: Database, office: Office) -> None:
    first, _other, second, _lane = _two_grids(db, office)
    with db.session() as session:
        _, version = grids.fetch_grid(session, first)
    with pytest.raises(FieldError, match="第二网格") as caught, db.session() as session:
        grids.update_grid(session, CLERK, first, version, grids.GridData(
            "改名网格", None, frozenset({office.building_id, second})))
    assert caught.value.field == "building_ids"
    with pytest.raises(FieldError) as taken, db.session() as session:
        grids.update_grid(session, CLERK, first, version, grids.GridData(
            "第二网格", None, frozenset({office.building_id})))
    assert taken.value.field == "name"
    with db.read_session() as session:
        rows = {g.name: g for g in grids.list_grids(session)}
    assert set(rows) == {"第一网格", "第二网格"}
    assert len(rows["第一网格"].places) == 1
    assert rows["第一网格"].keeper_id == office.person_ids[0]


def test_a_grid_needs_a_name(db: Database, office: Office) -> None:
    with pytest.raises(FieldError) as caught:
        grids.grid_fields(grids.GridData("  ", None))
    assert caught.value.field == "name"
