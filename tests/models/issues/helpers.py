"""A small office and problem helpers shared by the issue ledger tests.

Dates are fixed (TODAY is passed to every service), so the tests mean the same on any
day they run. `drive` takes a new problem to any state through the real services.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from models import demo
from models.auth import SYSTEM, Actor
from models.db import Database
from models.issues import assignments, meetings, problems, resolution, taxonomy
from models.issues.lifecycle import ProblemStatus
from models.office import Office as OfficeRow
from models.registry import people, places, units
from tests.support.users import add_demo_users

TODAY = dt.date(2026, 6, 30)
CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")
ADMIN = Actor("admin", "王建国", "admin")
FOUND = dt.date(2026, 1, 5)
# The day each step of `drive` happens on.
DAYS = {"review_in": dt.date(2026, 1, 10), "review_out": dt.date(2026, 1, 10),
        "assign": dt.date(2026, 1, 11), "report": dt.date(2026, 1, 12),
        "progress": dt.date(2026, 1, 13), "resolve": dt.date(2026, 1, 14),
        "close": dt.date(2026, 1, 15), "reopen": dt.date(2026, 1, 16),
        "escalate": dt.date(2026, 1, 17)}
DEADLINE = dt.date(2026, 1, 31)
PATHS: dict[str, list[str]] = {
    "collected": [],
    "in_scope": ["review_in"],
    "out_of_scope": ["review_out"],
    "assigned": ["review_in", "assign"],
    "reported": ["review_in", "assign", "report"],
    "in_progress": ["review_in", "assign", "report", "progress"],
    "resolved": ["review_in", "assign", "report", "progress", "resolve"],
    "closed": ["review_in", "assign", "report", "progress", "resolve", "close"],
}


@dataclass(frozen=True)
class Office:
    community_id: int
    compound_id: int
    building_id: int
    other_compound_id: int
    unit_ids: tuple[int, int]
    person_ids: tuple[int, int, int]
    categories: dict[str, int]  # by path: 环境卫生/垃圾清运


Shared = tuple[Database, Office]  # a module's database and its office (conftest `shared`)


def build_office(session: Session) -> Office:
    rng = random.Random(4)
    add_demo_users(session)
    street = places.create_street(session, SYSTEM, name="江北街道")
    community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
    session.add(OfficeRow(name="兴文社区", level="community", community_id=community,
                       street_id=street))
    taxonomy.seed_categories(session, ADMIN)
    compound = places.create_compound(session, CLERK, community,
                                      places.CompoundData(name="翰林苑"))
    building = places.create_building(session, CLERK, compound, "3栋")
    other = places.create_compound(session, CLERK, community,
                                   places.CompoundData(name="阳光花园"))
    unit_ids = tuple(units.create_unit(session, CLERK, community, units.UnitData(
        name=name, uscc=demo.credit_code(rng, "enterprise"), kind="enterprise"))
        for name in ("巴中市供电公司江北供电所", "巴中市第三中学"))
    person_ids = tuple(people.create_person(session, CLERK, community,
                                            people.PersonData(name=name))
                       for name in ("王建国", "李秀英", "赵春梅"))
    categories = {c.path: c.id for c in taxonomy.list_categories(session)}
    return Office(community, compound, building, other, unit_ids,  # type: ignore[arg-type]
                  person_ids, categories)  # type: ignore[arg-type]


def problem_data(office: Office, **changes: object) -> problems.ProblemData:
    data = problems.ProblemData(
        source="ground", category_id=office.categories["环境卫生/垃圾清运"], found_on=FOUND,
        title="翰林苑3栋垃圾清运不及时", description="垃圾桶满溢，夏季异味严重。",
        compound_id=office.compound_id, building_id=office.building_id,
        reporter_name="网格员何春梅")
    return replace(data, **changes)  # type: ignore[arg-type]


def new_problem(session: Session, office: Office, **changes: object) -> ProblemStatus:
    return problems.create_problem(session, CLERK, office.community_id,
                                   problem_data(office, **changes), today=TODAY)


def assignment(level: int = 1, *, day: dt.date | None = None,
               deadline: dt.date = DEADLINE, unit_id: int | None = None,
               department: str = "巴州区综合行政执法局") -> assignments.AssignmentData:
    return assignments.AssignmentData(level=level, deadline=deadline,
                                      assigned_on=day or DAYS["assign"], decision="限期解决",
                                      unit_id=unit_id, department=department)


def act(session: Session, office: Office, status: ProblemStatus, action: str, *,
        actor: Actor | None = None, day: dt.date | None = None) -> ProblemStatus:
    """Perform one lifecycle action with valid arguments, as `actor` (default: the role
    the transition table asks for), on `day` (default: the action's day in DAYS)."""
    clerk, reviewer = actor or CLERK, actor or REVIEWER
    pid, version, day = status.id, status.version, day or DAYS[action]
    if action in ("review_in", "review_out"):
        decision = meetings.DecisionData(pid, version, action == "review_in",
                                         "" if action == "review_in" else "属于民事纠纷")
        meetings.record_meeting(session, reviewer, office.community_id, meetings.MeetingData(
            held_on=day, attendee_ids=office.person_ids[:2], title="联席会议"),
            [decision], today=TODAY)
        return problems_status(session, pid)
    calls = {
        "assign": lambda: assignments.assign(session, reviewer, pid, version,
                                             assignment(day=day), today=TODAY),
        "report": lambda: assignments.report_in(session, clerk, pid, version,
                                                 reported_on=day, today=TODAY),
        "progress": lambda: assignments.record_progress(session, clerk, pid, version, on=day,
                                                        text="已到现场核实", today=TODAY),
        "escalate": lambda: assignments.escalate(session, reviewer, pid, version,
                                                 assignment(2, day=day), reason="本级协调未果",
                                                 today=TODAY),
        "resolve": lambda: resolution.resolve(session, clerk, pid, version, resolved_on=day,
                                              result="已清运完毕", today=TODAY),
        "close": lambda: resolution.close(session, reviewer, pid, version, closed_on=day,
                                          today=TODAY),
        "reopen": lambda: resolution.reopen(session, reviewer, pid, version, on=day,
                                            reason="回访发现复发", today=TODAY),
    }
    return calls[action]()


def problems_status(session: Session, problem_id: int) -> ProblemStatus:
    from models.issues import lifecycle  # noqa: PLC0415

    return lifecycle.status(lifecycle.load_problem(session, problem_id))


def drive(session: Session, office: Office, state: str, **changes: object) -> ProblemStatus:
    """A new problem taken to `state` by the shortest path of real service calls."""
    status = new_problem(session, office, **changes)
    for action in PATHS[state]:
        status = act(session, office, status, action)
    assert status.state == state
    return status
