"""A realistic year of the issue ledger for the demo database, through the real services.

About 150 problems found over the year before `today`, quarterly joint meetings that put
most of them in the whistle scope, assignments at all four levels, 报到 and progress,
escalations, on-time and late resolutions, reopenings, 销号, supervision letters,
coordination meetings for level-3 problems and accountability records (see demo_plan).
Deterministic: the same seed and `today` give the same ledger.

The lead wires it into models/demo.py: build_issue_demo(session, office, seed).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.auth import Actor
from models.issues import coordination, meetings, taxonomy
from models.issues import demo_data as words
from models.issues.demo_plan import REVIEWER, OfficeIds, Planner
from models.issues.entities import (
    Accountability,
    CoordinationMeeting,
    JointMeeting,
    Problem,
    SupervisionLetter,
)

ADMIN = Actor("admin", "王建国", "admin")


@dataclass(frozen=True)
class IssueDemo:
    problems: int
    meetings: int
    letters: int
    coordinations: int
    accountability: int


def _quarter_title(day: dt.date) -> str:
    return f"{day.year}年第{(day.month - 1) // 3 + 1}季度社区综合党委联席会议"


def _schedule_meetings(planner: Planner, rng: random.Random, office: OfficeIds) -> None:
    members = rng.sample(office.person_ids, min(8, len(office.person_ids)))
    for day in planner.meeting_days:
        batch = planner.decisions.get(day, [])
        present = tuple(m for m in members if rng.random() < 0.9) or tuple(members[:1])
        taken = sum(1 for _, in_scope, _ in batch if in_scope)
        minutes = (f"会议由社区党委书记主持，驻区单位党组织负责人参加。会议逐一研究了本季度"
                   f"收集的 {len(batch)} 个问题，其中 {taken} 个纳入吹哨范围，"
                   f"{len(batch) - taken} 个不纳入并说明理由；明确了责任单位、响应层级和办理时限。")

        def hold(day: dt.date = day, batch: list[tuple[int, bool, str]] = batch,
                 present: tuple[int, ...] = present, minutes: str = minutes) -> None:
            decisions = [meetings.DecisionData(pid, planner.versions[pid], in_scope, reason)
                         for pid, in_scope, reason in batch]
            meeting_id = meetings.record_meeting(
                planner.s, REVIEWER, office.community_id, meetings.MeetingData(
                    held_on=day, attendee_ids=present, title=_quarter_title(day),
                    place=rng.choice(words.MEETING_PLACES), minutes=minutes,
                    other_attendees="江北街道党工委联系领导"), today=planner.today)
            for status in meetings.decide(planner.s, REVIEWER, meeting_id, decisions):
                planner.keep(status)
        planner.push(day, hold)


def _schedule_coordinations(planner: Planner) -> None:
    """One 协调会商 per quarter for the problems that reached level 3 in it."""
    groups: dict[int, list[tuple[dt.date, int]]] = {}
    for day, pid in planner.level3:
        groups.setdefault((day - planner.start).days // 91, []).append((day, pid))
    for items in groups.values():
        day = max(d for d, _ in items) + dt.timedelta(days=3)
        if day > planner.today:
            continue
        pids = tuple(dict.fromkeys(pid for _, pid in items))

        def hold(day: dt.date = day, pids: tuple[int, ...] = pids) -> None:
            open_ids = tuple(planner.s.execute(select(Problem.id).where(
                Problem.id.in_(pids), Problem.state != "closed")).scalars())
            if not open_ids:  # a meeting takes up only problems not yet signed off
                return
            coordination.record_coordination(planner.s, REVIEWER, coordination.CoordinationData(
                held_on=day, topic="涉及多部门问题协调会商", problem_ids=open_ids,
                participants=("巴州区委组织部", "江北街道党工委", "巴州区住房和城乡建设局",
                              "巴州区综合行政执法局", "兴文社区综合党委"),
                place="江北街道办事处三楼会议室", convener="巴州区委组织部",
                outcome="明确牵头部门和配合部门职责分工，建立问题销号清单，"
                        "牵头部门每周报告进展。"), today=planner.today)
        planner.push(day, hold)


def _count(session: Session, entity: type) -> int:
    return int(session.execute(select(func.count()).select_from(entity)).scalar_one())


def build_issue_demo(session: Session, office: OfficeIds, seed: int = 2026, *,
                     today: dt.date | None = None) -> IssueDemo:
    """Seed the categories (if none) and a year of the ledger ending on `today`."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    taxonomy.seed_categories(session, ADMIN)
    planner = Planner(session, office, rng, today)
    for pid, found_on, urgency in planner.create_problems():
        planner.plan(pid, found_on, urgency)
    _schedule_meetings(planner, rng, office)
    _schedule_coordinations(planner)
    planner.run()
    return IssueDemo(_count(session, Problem), _count(session, JointMeeting),
                     _count(session, SupervisionLetter), _count(session, CoordinationMeeting),
                     _count(session, Accountability))
