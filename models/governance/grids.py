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
from models.errors import FieldError, UserError
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


def create_grid(session: Session, actor: Actor, community_id: int, *, name: str,
                keeper_id: int | None, building_ids: Sequence[int] = (),
                lane_ids: Sequence[int] = (), note: str = "") -> int:
    """A grid with its 网格员 and the buildings and lanes it covers."""
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    check = validation.Collector()
    name = check(validation.text, "name", "网格名称", name, required=True, limit=100)
    note = check(validation.note, "note", "备注", note)
    if keeper_id is not None and session.get(Person, keeper_id) is None:
        check.fail(FieldError("keeper_id", "field.bad_choice", label="网格员"))
    check.done()
    if session.execute(select(Grid.id).where(Grid.community_id == community_id,
                                             Grid.name == name)).first():
        raise FieldError("name", "record.duplicate", entity="网格", name=name)
    grid = records.create(session, actor, Grid(community_id=community_id, name=name,
                                               keeper_id=keeper_id, note=note))
    for building_id in building_ids:
        _add_place(session, actor, grid, building_id=building_id)
    for lane_id in lane_ids:
        _add_place(session, actor, grid, lane_id=lane_id)
    return grid.id


def _add_place(session: Session, actor: Actor, grid: Grid, *, building_id: int | None = None,
               lane_id: int | None = None) -> None:
    if building_id is not None:
        building = records.load(session, Building, building_id, "楼栋")
        compound = records.load(session, Compound, building.compound_id, "小区")
        label = f"{compound.name}{building.name}"
        taken = select(Grid.name).join(GridPlace, GridPlace.grid_id == Grid.id).where(
            GridPlace.building_id == building_id)
    else:
        assert lane_id is not None
        label = records.load(session, Lane, lane_id, "街巷").name
        taken = select(Grid.name).join(GridPlace, GridPlace.grid_id == Grid.id).where(
            GridPlace.lane_id == lane_id)
    other = session.execute(taken).scalar()
    if other is not None:
        raise UserError("gov.place_taken", place=label, grid=other)
    records.create(session, actor, GridPlace(grid_id=grid.id, building_id=building_id,
                                             lane_id=lane_id))


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
