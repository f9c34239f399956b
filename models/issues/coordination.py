"""协调会商: coordination meetings of several units about one or more problems.

A meeting names its convener (e.g. 县区委组织部 for a level-3 consultation), the units at
the table, the problems it took up and the outcome. Each linked problem's history
records that it was discussed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import audit, records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.issues import lifecycle
from models.issues.entities import CoordinationMeeting, CoordinationProblem, Problem


@dataclass(frozen=True)
class CoordinationData:
    held_on: dt.date | None
    topic: str
    problem_ids: tuple[int, ...]
    participants: tuple[str, ...] = ()  # units and departments at the table
    place: str = ""
    convener: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class CoordinationRow:
    id: int
    version: int
    held_on: dt.date
    topic: str
    place: str
    convener: str
    participants: tuple[str, ...]
    outcome: str
    problem_ids: tuple[int, ...]
    problem_numbers: tuple[str, ...]

    def data(self) -> CoordinationData:
        return CoordinationData(self.held_on, self.topic, self.problem_ids, self.participants,
                                self.place, self.convener, self.outcome)


PARTICIPANTS_LIMIT = 4000  # characters of the list, one unit per line
OUTCOME_LIMIT = 20000


def coordination_fields(data: CoordinationData,
                        today: dt.date | None = None) -> dict[str, object]:
    """The meeting's own fields, checked without the database: the service runs this,
    and the coordination dialog runs it as the reviewer types."""
    check = validation.Collector()
    participants = "\n".join(dict.fromkeys(p.strip() for p in data.participants if p.strip()))
    values: dict[str, object] = {
        "held_on": check(validation.past_date, "held_on", "会商日期", data.held_on,
                         required=True, today=today),
        "topic": check(validation.text, "topic", "会商议题", data.topic, required=True),
        "place": check(validation.text, "place", "会商地点", data.place),
        "convener": check(validation.text, "convener", "召集单位", data.convener),
        "participants": check(validation.note, "participants", "参加单位", participants,
                              required=True, limit=PARTICIPANTS_LIMIT),
        "outcome": check(validation.note, "outcome", "会商结果", data.outcome,
                         limit=OUTCOME_LIMIT),
    }
    check.done()
    return values


def _clean(session: Session, actor: Actor, data: CoordinationData, today: dt.date | None,
           already: set[int]) -> dict[str, object]:
    check = validation.Collector()
    values = check(coordination_fields, data, today)
    if not data.problem_ids:
        check.fail(FieldError("problem_ids", "issue.problem_required"))
    found = {p.id: p for p in session.execute(select(Problem).where(
        Problem.id.in_(data.problem_ids))).scalars()}
    if set(found) != set(data.problem_ids):
        check.fail(FieldError("problem_ids", "field.bad_choice", label="问题"))
    check.done()
    for problem_id in data.problem_ids:
        if problem_id not in already:  # a problem closed after the meeting stays linked
            lifecycle.check_measure(session, found[problem_id], "coordinate", actor)
    return values


def _link(session: Session, actor: Actor, meeting: CoordinationMeeting,
          problem_ids: tuple[int, ...], already: set[int]) -> None:
    audit.record_set(session, actor, "coordination_problem", meeting.id, column="problem_id",
                     before=already, after=problem_ids)
    session.execute(delete(CoordinationProblem).where(
        CoordinationProblem.meeting_id == meeting.id))
    for problem_id in dict.fromkeys(problem_ids):
        session.add(CoordinationProblem(meeting_id=meeting.id, problem_id=problem_id))
        if problem_id not in already:
            lifecycle.note_event(session, actor, lifecycle.load_problem(session, problem_id),
                                 "coordinate", on=meeting.held_on, note=meeting.topic)
    session.flush()


def record_coordination(session: Session, actor: Actor, data: CoordinationData, *,
                        today: dt.date | None = None) -> int:
    actor = require(session, actor, "reviewer")
    values = _clean(session, actor, data, today, set())
    meeting = records.create(session, actor, CoordinationMeeting(**values))
    _link(session, actor, meeting, data.problem_ids, set())
    return meeting.id


def update_coordination(session: Session, actor: Actor, meeting_id: int, version: int,
                        data: CoordinationData, *, today: dt.date | None = None) -> None:
    actor = require(session, actor, "reviewer")
    meeting = records.load(session, CoordinationMeeting, meeting_id, "协调会商")
    before = set(_problem_ids(session, meeting_id))
    values = _clean(session, actor, data, today, before)
    records.update(session, actor, meeting, version, "协调会商", values)
    _link(session, actor, meeting, data.problem_ids, before)


def _problem_ids(session: Session, meeting_id: int) -> list[int]:
    return list(session.execute(select(CoordinationProblem.problem_id).where(
        CoordinationProblem.meeting_id == meeting_id)).scalars())


def list_coordinations(session: Session, *, problem_id: int | None = None,
                       year: int | None = None) -> list[CoordinationRow]:
    """Coordination meetings, newest first."""
    stmt = select(CoordinationMeeting).order_by(CoordinationMeeting.held_on.desc(),
                                                CoordinationMeeting.id.desc())
    if problem_id is not None:
        stmt = stmt.where(CoordinationMeeting.id.in_(select(CoordinationProblem.meeting_id)
                                                     .where(CoordinationProblem.problem_id
                                                            == problem_id)))
    if year is not None:
        stmt = stmt.where(CoordinationMeeting.held_on.between(dt.date(year, 1, 1),
                                                              dt.date(year, 12, 31)))
    meetings = list(session.execute(stmt).scalars())
    linked: dict[int, list[tuple[int, str]]] = {m.id: [] for m in meetings}
    for meeting_id, pid, number in session.execute(
            select(CoordinationProblem.meeting_id, Problem.id, Problem.number)
            .join(Problem, Problem.id == CoordinationProblem.problem_id)
            .where(CoordinationProblem.meeting_id.in_(list(linked)))
            .order_by(Problem.number)):
        linked[meeting_id].append((pid, number))
    return [CoordinationRow(m.id, m.version, m.held_on, m.topic, m.place, m.convener,
                            tuple(p for p in m.participants.split("\n") if p), m.outcome,
                            tuple(p for p, _ in linked[m.id]), tuple(n for _, n in linked[m.id]))
            for m in meetings]
