"""The demo ledger's planner: dated steps per problem, run in date order.

Each problem gets a plan (交办, 报到, progress, maybe 升级, 办结 on time or late, reopening,
销号, letters after a missed deadline, accountability for the worst delays). The steps of
all problems go into one queue and run in date order, so letter numbers follow their
dates; steps dated after `today` are dropped, which leaves a realistic mix of states.
"""
from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.auth import Actor
from models.issues import accountability, assignments, letters, problems, resolution, taxonomy
from models.issues import demo_data as words
from models.issues.lifecycle import ProblemStatus
from models.registry.entities import Building, Compound

CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")
PROBLEM_COUNT = 150
MEETING_DAYS = (75, 166, 257, 336)  # days after the start of the demo year
Step = Callable[[], None]


class OfficeIds(Protocol):
    """What the demo needs of models.demo.DemoOffice."""

    @property
    def community_id(self) -> int: ...
    @property
    def compound_ids(self) -> list[int]: ...
    @property
    def unit_ids(self) -> list[int]: ...
    @property
    def person_ids(self) -> list[int]: ...


class Planner:
    def __init__(self, session: Session, office: OfficeIds, rng: random.Random,
                 today: dt.date) -> None:
        self.s, self.office, self.rng, self.today = session, office, rng, today
        self.start = today - dt.timedelta(days=364)
        self.meeting_days = [self.start + dt.timedelta(days=d) for d in MEETING_DAYS
                             if self.start + dt.timedelta(days=d) < today]
        self.versions: dict[int, int] = {}
        self.queue: list[tuple[dt.date, int, Step]] = []
        self.decisions: dict[dt.date, list[tuple[int, bool, str]]] = {}
        self.level3: list[tuple[dt.date, int]] = []
        self.counter = 0

    # --- the queue --------------------------------------------------------------------

    def push(self, day: dt.date, step: Step) -> None:
        self.counter += 1
        heapq.heappush(self.queue, (day, self.counter, step))

    def run(self) -> None:
        while self.queue:
            heapq.heappop(self.queue)[2]()

    def keep(self, status: ProblemStatus) -> None:
        self.versions[status.id] = status.version

    def later(self, day: dt.date, low: int, high: int) -> dt.date:
        return day + dt.timedelta(days=self.rng.randint(low, high))

    # --- problems -----------------------------------------------------------------------

    def create_problems(self) -> list[tuple[int, dt.date, str]]:
        categories = {c.path: c.id for c in taxonomy.list_categories(self.s)}
        places = {cid: name for cid, name in self.s.execute(
            select(Compound.id, Compound.name).where(Compound.id.in_(self.office.compound_ids)))}
        buildings: dict[int, list[tuple[int, str]]] = {}
        for bid, cid, name in self.s.execute(select(Building.id, Building.compound_id,
                                                    Building.name).order_by(Building.id)):
            buildings.setdefault(cid, []).append((bid, name))
        span = (self.today - self.start).days - 2
        days = sorted(self.start + dt.timedelta(days=self.rng.randrange(span))
                      for _ in range(PROBLEM_COUNT))
        made = []
        for found_on in days:
            major, minor, title, description = self.rng.choice(words.PROBLEMS)
            compound = self.rng.choice(self.office.compound_ids)
            building = self.rng.choice(buildings.get(compound, [(None, "")]))
            place = places[compound] + building[1]
            source = self.rng.choices(["ground", "unit", "assigned"], [50, 25, 25])[0]
            urgency = self.rng.choices(["normal", "urgent", "critical"], [75, 20, 5])[0]
            reporter = self.rng.random() < 0.6
            status = problems.create_problem(self.s, CLERK, self.office.community_id,
                                             problems.ProblemData(
                source=source, category_id=categories[f"{major}/{minor}"], found_on=found_on,
                title=title.format(place=place), description=description + "。",
                assigning_body=self.rng.choice(words.ASSIGNING_BODIES),
                source_unit_id=self.rng.choice(self.office.unit_ids),
                compound_id=compound, building_id=building[0],
                reporter_person_id=self.rng.choice(self.office.person_ids) if reporter
                else None,
                reporter_name="" if reporter else self.rng.choice(words.GRID_REPORTERS),
                urgency=urgency), today=self.today)
            self.keep(status)
            made.append((status.id, found_on, urgency))
        return made

    # --- plans --------------------------------------------------------------------------

    def plan(self, pid: int, found_on: dt.date, urgency: str) -> None:
        meeting = next((m for m in self.meeting_days if m > found_on), None)
        if meeting is None:
            return  # found after the last meeting: awaits review
        if self.rng.random() < 0.18:
            reason = self.rng.choice(words.OUT_OF_SCOPE_REASONS)
            self.decisions.setdefault(meeting, []).append((pid, False, reason))
            return
        self.decisions.setdefault(meeting, []).append((pid, True, ""))
        level = self.rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
        steps: list[tuple[dt.date, Step]] = []
        self.respond(steps, pid, self.later(meeting, 1, 3), level, urgency, first=True)
        if meeting == self.meeting_days[-1]:
            # Fresh from the last meeting, some wait to be assigned or for the unit.
            stall = self.rng.choices([None, 0, 1, 2], [45, 10, 25, 20])[0]
            steps = steps[:stall] if stall is not None else steps
        for day, step in steps:
            if day > self.today:
                break  # the rest has not happened yet
            self.push(day, step)

    def deadline(self, day: dt.date, level: int, urgency: str) -> dt.date:
        days = words.LEVEL_DAYS[level] // {"normal": 1, "urgent": 2, "critical": 3}[urgency]
        return day + dt.timedelta(days=days)

    def respond(self, steps: list[tuple[dt.date, Step]], pid: int, day: dt.date, level: int,
                urgency: str, *, first: bool) -> None:
        """Steps from 交办 (or 升级) at `level` on `day` to the end of this level."""
        rng, deadline = self.rng, self.deadline(day, level, urgency)
        unit = level == 1 and rng.random() < 0.6
        data = assignments.AssignmentData(
            level=level, deadline=deadline, assigned_on=day, decision=words.DECISIONS[level],
            unit_id=rng.choice(self.office.unit_ids) if unit else None,
            department="" if unit else rng.choice(words.DEPARTMENTS[level]))
        if first:
            steps.append((day, lambda: self.keep(assignments.assign(
                self.s, REVIEWER, pid, self.versions[pid], data, today=self.today))))
        else:
            reason = rng.choice(words.ESCALATION_REASONS)
            steps.append((day, lambda: self.keep(assignments.escalate(
                self.s, REVIEWER, pid, self.versions[pid], data, reason=reason,
                today=self.today))))
        if level == 3:
            self.level3.append((day, pid))
        if level == 2 and rng.random() < 0.25:
            notice = self.later(day, 1, 1)
            steps.append((notice, self.letter(pid, "notice", notice)))
        reported = self.later(steps[-1][0], 1, 3 if rng.random() < 0.9 else 8)
        steps.append((reported, lambda: self.keep(assignments.report_in(
            self.s, CLERK, pid, self.versions[pid], reported_on=reported, today=self.today))))
        progress = self.later(reported, 1, 3)
        steps.append((progress, self.progress(pid, progress)))
        outcome = rng.choices(["on_time", "late", "escalate", "open", "reopen"],
                              [50, 15, 15, 14, 6])[0]
        if outcome == "escalate" and level < 4:
            self.respond(steps, pid, self.later(progress, 2, 8), level + 1, urgency,
                         first=False)
            return
        if outcome == "open":
            self.overdue_measures(steps, pid, deadline, None)
            return
        if outcome in ("on_time", "reopen"):
            solved = max(self.later(progress, 1, 6), progress + dt.timedelta(days=1))
            solved = min(solved, max(deadline, progress + dt.timedelta(days=1)))
        else:
            solved = self.later(max(deadline, progress), 4, 25)
            self.overdue_measures(steps, pid, deadline, solved)
        self.finish(steps, pid, solved, reopen=outcome == "reopen")

    def finish(self, steps: list[tuple[dt.date, Step]], pid: int, solved: dt.date, *,
               reopen: bool) -> None:
        result = self.rng.choice(words.RESULTS)
        steps.append((solved, lambda: self.keep(resolution.resolve(
            self.s, CLERK, pid, self.versions[pid], resolved_on=solved, result=result,
            today=self.today))))
        if reopen:
            again = self.later(solved, 5, 12)
            reason = self.rng.choice(words.REOPEN_REASONS)
            steps.append((again, lambda: self.keep(resolution.reopen(
                self.s, REVIEWER, pid, self.versions[pid], on=again, reason=reason,
                today=self.today))))
            self.finish(steps, pid, self.later(again, 4, 10), reopen=False)
            return
        if self.rng.random() < 0.85:
            closed = self.later(solved, 2, 8)
            steps.append((closed, lambda: self.keep(resolution.close(
                self.s, REVIEWER, pid, self.versions[pid], closed_on=closed,
                note="经回访核实，同意销号。", today=self.today))))

    def overdue_measures(self, steps: list[tuple[dt.date, Step]], pid: int,
                         deadline: dt.date, solved: dt.date | None) -> None:
        """A 督办函 a few days after a missed deadline; accountability for the worst."""
        letter_day = self.later(deadline, 2, 3)
        if (solved is None or letter_day < solved) and self.rng.random() < 0.7:
            steps.append((letter_day, self.letter(pid, "supervise", letter_day)))
        late = ((solved or self.today) - deadline).days
        if late > 20 and self.rng.random() < 0.5:
            day = deadline + dt.timedelta(days=20)
            measure = self.rng.choice(["talk", "criticism", "deduction"])
            steps.append((day, lambda: self.accountable(pid, day, measure)))

    # --- steps ---------------------------------------------------------------------------

    def progress(self, pid: int, day: dt.date) -> Step:
        text = self.rng.choice(words.PROGRESS)
        return lambda: self.keep(assignments.record_progress(
            self.s, CLERK, pid, self.versions[pid], on=day, text=text, today=self.today))

    def letter(self, pid: int, kind: str, day: dt.date) -> Step:
        def issue() -> None:
            draft = letters.draft_letter(self.s, pid, kind, issued_on=day)
            letters.issue_letter(self.s, REVIEWER, draft, today=self.today)
        return issue

    def accountable(self, pid: int, day: dt.date, measure: str) -> None:
        responsible = assignments.list_assignments(self.s, pid)[-1]
        accountability.record_accountability(self.s, REVIEWER, accountability.AccountabilityData(
            problem_id=pid, measure=measure, decided_on=day, unit_id=responsible.unit_id,
            department=responsible.department, assignment_id=responsible.id,
            note="逾期未办结，经社区综合党委研究，启动责任追究。"), today=self.today)
