"""网格 and the 红袖章 patrol team.

A grid covers buildings and lanes of the registry; the chiefs the registry already keeps
(楼栋长 and 楼口长 on the building, 街巷长 on the lane) are shown against the grid that
holds their building or lane, so nobody types them twice.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.governance.entities import Grid, GridPlace, PatrolTeam, PatrolTeamMember
from models.registry.entities import Building, Community, Compound, Lane, Person


@dataclass(frozen=True)
class Chief:
    """A chief the registry records, against the place they look after."""

    place: str  # 翰林苑3栋, 解放路
    post: str  # 楼栋长, 楼口长, 街巷长
    name: str


@dataclass(frozen=True)
class GridRow:
    id: int
    version: int
    name: str
    keeper_id: int | None
    keeper: str
    places: tuple[str, ...]
    chiefs: tuple[Chief, ...]

    @property
    def places_text(self) -> str:
        return "、".join(self.places)

    @property
    def chiefs_text(self) -> str:
        return "；".join(f"{c.place}{c.post}{c.name}" for c in self.chiefs)


@dataclass(frozen=True)
class GridData:
    """What the grid dialog edits: name, 网格员, and the buildings and lanes covered."""

    name: str
    keeper_id: int | None
    building_ids: frozenset[int] = frozenset()
    lane_ids: frozenset[int] = frozenset()
    note: str = ""


def grid_fields(data: GridData) -> dict[str, object]:
    """What can be checked without the database: the dialog, then the service."""
    check = validation.Collector()
    values: dict[str, object] = {
        "name": check(validation.text, "name", "网格名称", data.name, required=True, limit=100),
        "note": check(validation.note, "note", "备注", data.note),
    }
    check.done()
    return values


def create_grid(session: Session, actor: Actor, community_id: int, *, name: str,
                keeper_id: int | None, building_ids: Sequence[int] = (),
                lane_ids: Sequence[int] = (), note: str = "") -> int:
    """A grid with its 网格员 and the buildings and lanes it covers."""
    return add_grid(session, actor, community_id, GridData(
        name, keeper_id, frozenset(building_ids), frozenset(lane_ids), note))


def add_grid(session: Session, actor: Actor, community_id: int, data: GridData) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = _checked(session, community_id, data, None)
    grid = records.create(session, actor, Grid(community_id=community_id,
                                               keeper_id=data.keeper_id, **values))
    _set_places(session, actor, grid, data)
    return grid.id


def update_grid(session: Session, actor: Actor, grid_id: int, version: int,
                data: GridData) -> None:
    """Rename a grid, change its 网格员, or redraw the buildings and lanes it covers."""
    actor = require(session, actor, "clerk")
    grid = records.load(session, Grid, grid_id, "网格")
    values = _checked(session, grid.community_id, data, grid_id)
    records.update(session, actor, grid, version, "网格", {"keeper_id": data.keeper_id, **values})
    _set_places(session, actor, grid, data)


def fetch_grid(session: Session, grid_id: int) -> tuple[GridData, int]:
    grid = records.load(session, Grid, grid_id, "网格")
    places = session.scalars(select(GridPlace).where(GridPlace.grid_id == grid_id)).all()
    return GridData(grid.name, grid.keeper_id,
                    frozenset(p.building_id for p in places if p.building_id is not None),
                    frozenset(p.lane_id for p in places if p.lane_id is not None),
                    grid.note), grid.version


def _checked(session: Session, community_id: int, data: GridData,
             grid_id: int | None) -> dict[str, object]:
    values = grid_fields(data)
    if data.keeper_id is not None and session.get(Person, data.keeper_id) is None:
        raise FieldError("keeper_id", "field.bad_choice", label="网格员")
    same = select(Grid.id).where(Grid.community_id == community_id, Grid.name == values["name"])
    if grid_id is not None:
        same = same.where(Grid.id != grid_id)
    if session.execute(same).first():
        raise FieldError("name", "record.duplicate", entity="网格", name=values["name"])
    return values


def _set_places(session: Session, actor: Actor, grid: Grid, data: GridData) -> None:
    """Make the grid cover exactly the chosen buildings and lanes."""
    existing = session.scalars(select(GridPlace).where(GridPlace.grid_id == grid.id)).all()
    have_buildings = {p.building_id for p in existing if p.building_id is not None}
    have_lanes = {p.lane_id for p in existing if p.lane_id is not None}
    for place in existing:
        if (place.building_id not in data.building_ids if place.building_id is not None
                else place.lane_id not in data.lane_ids):
            records.delete(session, actor, place, place.version, "网格范围", grid.name)
    for building_id in sorted(data.building_ids - have_buildings):
        _add_place(session, actor, grid, building_id=building_id)
    for lane_id in sorted(data.lane_ids - have_lanes):
        _add_place(session, actor, grid, lane_id=lane_id)


def _add_place(session: Session, actor: Actor, grid: Grid, *, building_id: int | None = None,
               lane_id: int | None = None) -> None:
    if building_id is not None:
        building = records.load(session, Building, building_id, "楼栋")
        compound = records.load(session, Compound, building.compound_id, "小区")
        label, field = f"{compound.name}{building.name}", "building_ids"
        taken = select(Grid.name).join(GridPlace, GridPlace.grid_id == Grid.id).where(
            GridPlace.building_id == building_id)
    else:
        assert lane_id is not None
        label, field = records.load(session, Lane, lane_id, "街巷").name, "lane_ids"
        taken = select(Grid.name).join(GridPlace, GridPlace.grid_id == Grid.id).where(
            GridPlace.lane_id == lane_id)
    other = session.execute(taken.where(Grid.id != grid.id)).scalar()
    if other is not None:
        raise FieldError(field, "gov.place_taken", place=label, grid=other)
    records.create(session, actor, GridPlace(grid_id=grid.id, building_id=building_id,
                                             lane_id=lane_id))


@dataclass(frozen=True)
class GridChoices:
    """What the grid dialog offers: people for 网格员, the buildings and lanes."""

    people: dict[int, str]
    buildings: dict[int, str]
    lanes: dict[int, str]


def grid_choices(session: Session) -> GridChoices:
    people = {row[0]: row[1] for row in session.execute(
        select(Person.id, Person.name).order_by(Person.search_key))}
    buildings = {row[0]: f"{row[1]}{row[2]}" for row in session.execute(
        select(Building.id, Compound.name, Building.name)
        .join(Compound, Compound.id == Building.compound_id)
        .order_by(Compound.name, Building.name))}
    lanes = {row[0]: row[1] for row in session.execute(
        select(Lane.id, Lane.name).order_by(Lane.name))}
    return GridChoices(people, buildings, lanes)


def list_grids(session: Session, community_id: int | None = None) -> list[GridRow]:
    keeper = aliased(Person)
    stmt = (select(Grid.id, Grid.version, Grid.name, Grid.keeper_id, keeper.name)
            .outerjoin(keeper, keeper.id == Grid.keeper_id).order_by(Grid.name))
    if community_id is not None:
        stmt = stmt.where(Grid.community_id == community_id)
    found = []
    for grid_id, version, name, keeper_id, keeper_name in session.execute(stmt):
        places, chiefs = _places(session, grid_id)
        found.append(GridRow(grid_id, version, name, keeper_id, keeper_name or "",
                             tuple(places), tuple(chiefs)))
    return found


def _places(session: Session, grid_id: int) -> tuple[list[str], list[Chief]]:
    chief, entrance = aliased(Person), aliased(Person)
    places: list[str] = []
    chiefs: list[Chief] = []
    buildings = session.execute(
        select(Compound.name, Building.name, chief.name, entrance.name)
        .join(GridPlace, GridPlace.building_id == Building.id)
        .join(Compound, Compound.id == Building.compound_id)
        .outerjoin(chief, chief.id == Building.chief_id)
        .outerjoin(entrance, entrance.id == Building.entrance_chief_id)
        .where(GridPlace.grid_id == grid_id).order_by(Compound.name, Building.name))
    for compound, building, chief_name, entrance_name in buildings:
        place = f"{compound}{building}"
        places.append(place)
        chiefs += [Chief(place, post, person) for post, person
                   in (("楼栋长", chief_name), ("楼口长", entrance_name)) if person]
    lanes = session.execute(
        select(Lane.name, chief.name).join(GridPlace, GridPlace.lane_id == Lane.id)
        .outerjoin(chief, chief.id == Lane.chief_id)
        .where(GridPlace.grid_id == grid_id).order_by(Lane.name))
    for lane, chief_name in lanes:
        places.append(lane)
        if chief_name:
            chiefs.append(Chief(lane, "街巷长", chief_name))
    return places, chiefs


def grid_for_building(session: Session, building_id: int) -> int | None:
    return session.execute(select(GridPlace.grid_id).where(
        GridPlace.building_id == building_id)).scalar()


# --- the 红袖章 patrol team --------------------------------------------------------------

@dataclass(frozen=True)
class TeamMemberRow:
    id: int
    person_id: int
    name: str
    joined_on: dt.date
    left_on: dt.date | None


def create_team(session: Session, actor: Actor, community_id: int, *, name: str,
                leader_id: int | None = None, member_ids: Sequence[int] = (),
                joined_on: dt.date) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    name = validation.text("name", "巡逻队名称", name, required=True, limit=100)
    team = records.create(session, actor, PatrolTeam(community_id=community_id, name=name,
                                                     leader_id=leader_id))
    for person_id in member_ids:
        add_member(session, actor, team.id, person_id, joined_on)
    return team.id


def add_member(session: Session, actor: Actor, team_id: int, person_id: int,
               joined_on: dt.date) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, PatrolTeam, team_id, "巡逻队")
    records.load(session, Person, person_id, "人员")
    validation.date("joined_on", "加入日期", joined_on, required=True)
    return records.create(session, actor, PatrolTeamMember(
        team_id=team_id, person_id=person_id, joined_on=joined_on)).id


def team_members(session: Session, team_id: int) -> list[TeamMemberRow]:
    rows = session.execute(
        select(PatrolTeamMember.id, PatrolTeamMember.person_id, Person.name,
               PatrolTeamMember.joined_on, PatrolTeamMember.left_on)
        .join(Person, Person.id == PatrolTeamMember.person_id)
        .where(PatrolTeamMember.team_id == team_id).order_by(PatrolTeamMember.id))
    return [TeamMemberRow(*row) for row in rows]


def list_teams(session: Session) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in
            session.execute(select(PatrolTeam.id, PatrolTeam.name).order_by(PatrolTeam.id))]
