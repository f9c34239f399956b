"""红袖章 patrols and what they find.

A patrol is refused without members (nobody walked it) and without a grid or a route
(nobody could find it again). Each finding is settled on the spot, or sent into the issue
ledger as a problem from 社区一线查找 in one step, through the ledger's own
`problems.create_problem`: the finding keeps the problem's id (unique, so a second sending
is refused by the service and, failing that, by the database), and `finding_for_problem`
answers from the problem's side.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.governance import ledger_link, vocab
from models.governance.entities import (
    Finding,
    Grid,
    Patrol,
    PatrolMember,
    PatrolTeam,
    PatrolTeamMember,
)
from models.issues import problems
from models.issues.entities import Problem
from models.issues.lifecycle import ProblemStatus
from models.issues.vocab import OPEN_STATES, SOLVED_STATES
from models.registry.entities import Building, Community, Compound, Lane, Person

SOURCE = "ground"  # 社区一线查找, models.issues.vocab.SOURCES


@dataclass(frozen=True)
class FindingData:
    description: str
    compound_id: int | None = None
    building_id: int | None = None
    lane_id: int | None = None
    settled: bool = False  # settled on the spot, on the patrol's day
    settled_note: str = ""
    send_category_id: int | None = None  # sent into the ledger with the patrol, this category


@dataclass(frozen=True)
class PatrolData:
    patrolled_on: dt.date | None
    member_ids: tuple[int, ...]
    grid_id: int | None = None
    route: str = ""
    team_id: int | None = None
    note: str = ""


def patrol_fields(data: PatrolData, today: dt.date | None = None) -> dict[str, object]:
    """The patrol as typed, checked: the service and the patrol dialog."""
    check = validation.Collector()
    values: dict[str, object] = {
        "patrolled_on": check(validation.past_date, "patrolled_on", "巡查日期",
                              data.patrolled_on, required=True, today=today),
        "route": check(validation.text, "route", "巡查路线", data.route, limit=200),
        "note": check(validation.note, "note", "备注", data.note),
    }
    if data.grid_id is None and not values["route"]:
        check.fail(FieldError("grid_id", "gov.place_required"))
    if not data.member_ids:
        check.fail(FieldError("member_ids", "gov.members_required"))
    check.done()
    return values


def finding_fields(data: FindingData) -> str:
    return validation.note("description", "发现情况", data.description, required=True)


def record_patrol(session: Session, actor: Actor, community_id: int, data: PatrolData,
                  findings: Sequence[FindingData] = (), *, today: dt.date | None = None
                  ) -> int:
    """A patrol with its members and findings, in one unit of work."""
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = patrol_fields(data, today)
    if data.grid_id is not None:
        records.load(session, Grid, data.grid_id, "网格")
    if data.team_id is not None:
        records.load(session, PatrolTeam, data.team_id, "巡逻队")
    descriptions = [finding_fields(finding) for finding in findings]
    patrol = records.create(session, actor, Patrol(
        community_id=community_id, grid_id=data.grid_id, team_id=data.team_id, **values))
    for person_id in dict.fromkeys(data.member_ids):
        records.load(session, Person, person_id, "巡查人员")
        records.create(session, actor, PatrolMember(patrol_id=patrol.id, person_id=person_id))
    for finding, description in zip(findings, descriptions, strict=True):
        _check_place(session, finding)
        row = records.create(session, actor, Finding(
            patrol_id=patrol.id, description=description, compound_id=finding.compound_id,
            building_id=finding.building_id, lane_id=finding.lane_id,
            settled_on=patrol.patrolled_on if finding.settled else None,
            settled_note=validation.note("settled_note", "解决情况", finding.settled_note)))
        if finding.send_category_id is not None:
            send_finding(session, actor, row.id, row.version,
                         category_id=finding.send_category_id, today=today)
    return patrol.id


def _check_place(session: Session, finding: FindingData) -> None:
    if finding.compound_id is not None:
        records.load(session, Compound, finding.compound_id, "小区")
    if finding.building_id is not None:
        building = records.load(session, Building, finding.building_id, "楼栋")
        if building.compound_id != finding.compound_id:
            raise FieldError("building_id", "person.building_mismatch")
    if finding.lane_id is not None:
        records.load(session, Lane, finding.lane_id, "街巷")


def add_finding(session: Session, actor: Actor, patrol_id: int, data: FindingData) -> int:
    actor = require(session, actor, "clerk")
    patrol = records.load(session, Patrol, patrol_id, "巡查")
    description = finding_fields(data)
    _check_place(session, data)
    return records.create(session, actor, Finding(
        patrol_id=patrol_id, description=description, compound_id=data.compound_id,
        building_id=data.building_id, lane_id=data.lane_id,
        settled_on=patrol.patrolled_on if data.settled else None,
        settled_note=data.settled_note.strip())).id


def _refuse_if_handled(session: Session, finding: Finding) -> None:
    if finding.problem_id is not None:
        raise UserError("gov.finding_sent",
                        number=ledger_link.problem_number(session, finding.problem_id))
    if finding.settled_on is not None:
        raise UserError("gov.finding_settled", day=finding.settled_on.isoformat())


def settle_finding(session: Session, actor: Actor, finding_id: int, version: int, *,
                   on: dt.date, note: str = "") -> None:
    """Record that a finding was settled in the grid (on the spot or later)."""
    actor = require(session, actor, "clerk")
    finding = records.load(session, Finding, finding_id, "巡查发现")
    _refuse_if_handled(session, finding)
    patrol = records.load(session, Patrol, finding.patrol_id, "巡查")
    validation.date("settled_on", "解决日期", on, required=True)
    if on < patrol.patrolled_on:
        raise FieldError("settled_on", "gov.settle_before_patrol",
                         day=patrol.patrolled_on.isoformat())
    records.update(session, actor, finding, version, "巡查发现", {
        "settled_on": on, "settled_note": validation.note("settled_note", "解决情况", note)})


def send_finding(session: Session, actor: Actor, finding_id: int, version: int, *,
                 category_id: int, title: str = "", urgency: str = "normal",
                 today: dt.date | None = None) -> ProblemStatus:
    """Send a finding into the issue ledger as a problem from 社区一线查找, once."""
    actor = require(session, actor, "clerk")
    finding = records.load(session, Finding, finding_id, "巡查发现")
    records.check_version(finding, version, "巡查发现")
    _refuse_if_handled(session, finding)
    patrol = records.load(session, Patrol, finding.patrol_id, "巡查")
    members = patrol_member_names(session, patrol.id)
    where = _patrol_place(session, patrol)
    status = problems.create_problem(session, actor, patrol.community_id, problems.ProblemData(
        source=SOURCE, category_id=category_id, found_on=patrol.patrolled_on,
        title=(title.strip() or _title(finding.description)),
        description=f"{finding.description}\n（{patrol.patrolled_on:%Y-%m-%d} {where}巡查发现，"
                    f"巡查人员：{'、'.join(members)}）",
        compound_id=finding.compound_id, building_id=finding.building_id,
        reporter_name=_reporter(members), urgency=urgency), today=today)
    records.update(session, actor, finding, version, "巡查发现", {"problem_id": status.id})
    return status


def _title(description: str) -> str:
    first = description.strip().splitlines()[0]
    return first if len(first) <= 60 else first[:59] + "…"


def _reporter(members: list[str]) -> str:
    text = "红袖章巡逻队 " + "、".join(members)
    return text if len(text) <= 50 else text[:49] + "…"


def _patrol_place(session: Session, patrol: Patrol) -> str:
    if patrol.grid_id is not None:
        return records.load(session, Grid, patrol.grid_id, "网格").name
    return patrol.route


def patrol_member_names(session: Session, patrol_id: int) -> list[str]:
    return list(session.scalars(
        select(Person.name).join(PatrolMember, PatrolMember.person_id == Person.id)
        .where(PatrolMember.patrol_id == patrol_id).order_by(PatrolMember.id)))


def finding_for_problem(session: Session, problem_id: int) -> int | None:
    """The finding a problem was sent from (the link read from the ledger's side)."""
    return session.execute(select(Finding.id).where(Finding.problem_id == problem_id)).scalar()


# --- reading -----------------------------------------------------------------------------

@dataclass(frozen=True)
class FindingRow:
    id: int
    version: int
    patrol_id: int
    description: str
    place: str
    settled_on: dt.date | None
    settled_note: str
    problem_id: int | None
    problem_number: str
    where: str  # a key of vocab.SETTLED_WHERE

    @property
    def where_label(self) -> str:
        return vocab.SETTLED_WHERE[self.where]


@dataclass(frozen=True)
class PatrolRow:
    id: int
    version: int
    patrolled_on: dt.date
    place: str  # grid name, or the route
    members: tuple[str, ...]
    findings: tuple[FindingRow, ...]
    note: str

    @property
    def members_text(self) -> str:
        return "、".join(self.members)

    @property
    def settled(self) -> int:
        return sum(1 for f in self.findings if f.settled_on is not None)

    @property
    def sent(self) -> int:
        return sum(1 for f in self.findings if f.problem_id is not None)


def where_settled(settled_on: dt.date | None, problem_state: str | None,
                  problem_level: int | None) -> str:
    """琐事不出网格、小事不出社区、大事不出街道: where a finding ended. A problem counts
    as settled once the ledger has it 办结 or 销号, at the response level it was solved at
    (1: the community; 2 and above: the street, the district, the city)."""
    if settled_on is not None:
        return "grid"
    if problem_state is None:
        return "open"
    if problem_state in SOLVED_STATES:
        return "community" if (problem_level or 1) <= 1 else "street"
    if problem_state in OPEN_STATES:
        return "in_ledger"
    return "out_of_scope"


def _findings(session: Session, patrol_ids: Sequence[int]) -> dict[int, list[FindingRow]]:
    rows = session.execute(
        select(Finding.id, Finding.version, Finding.patrol_id, Finding.description,
               func.coalesce(Compound.name, ""), func.coalesce(Building.name, ""),
               func.coalesce(Lane.name, ""), Finding.settled_on, Finding.settled_note,
               Finding.problem_id, Problem.number, Problem.state, Problem.level)
        .outerjoin(Compound, Compound.id == Finding.compound_id)
        .outerjoin(Building, Building.id == Finding.building_id)
        .outerjoin(Lane, Lane.id == Finding.lane_id)
        .outerjoin(Problem, Problem.id == Finding.problem_id)
        .where(Finding.patrol_id.in_(patrol_ids)).order_by(Finding.id))
    found: dict[int, list[FindingRow]] = {}
    for (fid, version, patrol_id, text, compound, building, lane, settled_on, note,
         problem_id, number, state, level) in rows:
        found.setdefault(patrol_id, []).append(FindingRow(
            fid, version, patrol_id, text, "".join((compound, building, lane)), settled_on,
            note, problem_id, number or "", where_settled(settled_on, state, level)))
    return found


def list_patrols(session: Session, start: dt.date | None = None, end: dt.date | None = None,
                 grid_id: int | None = None, patrol_id: int | None = None) -> list[PatrolRow]:
    """Patrols between `start` and `end` (inclusive), oldest first."""
    stmt = (select(Patrol.id, Patrol.version, Patrol.patrolled_on,
                   func.coalesce(Grid.name, Patrol.route), Patrol.route, Patrol.note)
            .outerjoin(Grid, Grid.id == Patrol.grid_id)
            .order_by(Patrol.patrolled_on, Patrol.id))
    if start is not None:
        stmt = stmt.where(Patrol.patrolled_on >= start)
    if end is not None:
        stmt = stmt.where(Patrol.patrolled_on <= end)
    if grid_id is not None:
        stmt = stmt.where(Patrol.grid_id == grid_id)
    if patrol_id is not None:
        stmt = stmt.where(Patrol.id == patrol_id)
    patrols = session.execute(stmt).all()
    ids = [row[0] for row in patrols]
    findings = _findings(session, ids)
    members: dict[int, list[str]] = {}
    for walked, name in session.execute(
            select(PatrolMember.patrol_id, Person.name)
            .join(Person, Person.id == PatrolMember.person_id)
            .where(PatrolMember.patrol_id.in_(ids)).order_by(PatrolMember.id)):
        members.setdefault(walked, []).append(name)
    return [PatrolRow(pid, version, day, _place(grid, route), tuple(members.get(pid, [])),
                      tuple(findings.get(pid, [])), note)
            for pid, version, day, grid, route, note in patrols]


def _place(grid: str, route: str) -> str:
    if route and grid != route:
        return f"{grid}（{route}）"
    return grid


def get_patrol(session: Session, patrol_id: int) -> PatrolRow:
    records.load(session, Patrol, patrol_id, "巡查")
    return list_patrols(session, patrol_id=patrol_id)[0]


@dataclass(frozen=True)
class SettledFigures:
    """琐事不出网格、小事不出社区、大事不出街道, for the findings of a period's patrols."""

    patrols: int
    findings: int
    by_where: dict[str, int]


def settled_figures(session: Session, start: dt.date, end: dt.date) -> SettledFigures:
    rows = list_patrols(session, start, end)
    counts = dict.fromkeys(vocab.SETTLED_WHERE, 0)
    for patrol in rows:
        for finding in patrol.findings:
            counts[finding.where] += 1
    return SettledFigures(len(rows), sum(counts.values()), counts)


@dataclass(frozen=True)
class PatrolChoices:
    """What the patrol dialog offers: grids, the team's current members, the ledger's
    小类 (a problem needs one), compounds."""

    grids: dict[int, str]
    members: dict[int, str]
    categories: dict[int, str]
    compounds: dict[int, str]


def patrol_choices(session: Session) -> PatrolChoices:
    from models.issues import taxonomy  # noqa: PLC0415

    members = dict(session.execute(
        select(Person.id, Person.name).join(PatrolTeamMember,
                                            PatrolTeamMember.person_id == Person.id)
        .where(PatrolTeamMember.left_on.is_(None)).order_by(PatrolTeamMember.id)).all())
    if not members:  # no team yet: anybody in the registry may walk
        members = dict(session.execute(select(Person.id, Person.name)
                                       .order_by(Person.id).limit(60)).all())
    return PatrolChoices(
        grids=dict(session.execute(select(Grid.id, Grid.name).order_by(Grid.name)).all()),
        members=members,
        categories={c.id: f"{c.major_name}/{c.name}"
                    for c in taxonomy.list_categories(session, active_only=True)
                    if not c.is_major},
        compounds=dict(session.execute(select(Compound.id, Compound.name)
                                       .order_by(Compound.name)).all()))
