"""联席会议: the joint meeting of the 社区综合党委 (at least quarterly) and its decisions.

A meeting reviews a batch of collected problems and decides for each whether it enters
the whistle scope (纳入吹哨范围); a "no" needs a reason. A later meeting may revisit a
problem it turned away (复议). Recording decisions is a reviewer's act.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models import audit, records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.issues import lifecycle
from models.issues.assignments import not_before
from models.issues.entities import JointMeeting, JointMeetingAttendee, MeetingDecision, Problem
from models.issues.lifecycle import ProblemStatus
from models.registry.entities import Community, Person


@dataclass(frozen=True)
class MeetingData:
    held_on: dt.date | None
    attendee_ids: tuple[int, ...]
    title: str = ""
    place: str = ""
    minutes: str = ""
    other_attendees: str = ""  # guests without a registry entry, one per line


@dataclass(frozen=True)
class DecisionData:
    problem_id: int
    version: int  # the problem's version as the reviewer saw it
    in_scope: bool
    reason: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: int
    version: int
    held_on: dt.date
    title: str
    place: str
    minutes: str
    other_attendees: str
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]
    in_scope_count: int
    out_of_scope_count: int

    def data(self) -> MeetingData:
        return MeetingData(self.held_on, self.attendee_ids, self.title, self.place,
                           self.minutes, self.other_attendees)


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_id: int
    held_on: dt.date
    problem_id: int
    number: str
    title: str
    in_scope: bool
    reason: str


def _clean(session: Session, data: MeetingData, today: dt.date | None) -> dict[str, object]:
    check = validation.Collector()
    values: dict[str, object] = {
        "held_on": check(validation.past_date, "held_on", "会议日期", data.held_on,
                         required=True, today=today),
        "title": check(validation.text, "title", "会议名称", data.title, limit=200),
        "place": check(validation.text, "place", "会议地点", data.place, limit=200),
        "minutes": check(validation.note, "minutes", "会议纪要", data.minutes, limit=20000),
        "other_attendees": check(validation.note, "other_attendees", "其他参会人员",
                                 data.other_attendees),
    }
    if not data.attendee_ids:
        check.fail(FieldError("attendee_ids", "issue.attendee_required"))
    found = set(session.execute(select(Person.id).where(
        Person.id.in_(data.attendee_ids))).scalars())
    if found != set(data.attendee_ids):
        check.fail(FieldError("attendee_ids", "field.bad_choice", label="参会人员"))
    check.done()
    return values


def _set_attendees(session: Session, actor: Actor, meeting_id: int,
                   person_ids: tuple[int, ...]) -> None:
    audit.record_set(session, actor, "joint_meeting_attendee", meeting_id, column="person_id",
                     before=_attendee_ids(session, meeting_id), after=person_ids)
    session.execute(delete(JointMeetingAttendee).where(
        JointMeetingAttendee.meeting_id == meeting_id))
    session.add_all(JointMeetingAttendee(meeting_id=meeting_id, person_id=p)
                    for p in dict.fromkeys(person_ids))


def record_meeting(session: Session, actor: Actor, community_id: int, data: MeetingData,
                   decisions: Sequence[DecisionData] = (), *, today: dt.date | None = None
                   ) -> int:
    """A held meeting with its attendees and decisions, in one unit of work."""
    actor = require(session, actor, "reviewer")
    records.load(session, Community, community_id, "社区")
    values = _clean(session, data, today)
    meeting = records.create(session, actor, JointMeeting(community_id=community_id, **values))
    _set_attendees(session, actor, meeting.id, data.attendee_ids)
    decide(session, actor, meeting.id, decisions)
    return meeting.id


def update_meeting(session: Session, actor: Actor, meeting_id: int, version: int,
                   data: MeetingData, *, today: dt.date | None = None) -> None:
    """Correct the date, place, minutes or attendees (decisions stand as taken)."""
    actor = require(session, actor, "reviewer")
    meeting = records.load(session, JointMeeting, meeting_id, "联席会议")
    values = _clean(session, data, today)
    records.update(session, actor, meeting, version, "联席会议", values)
    _set_attendees(session, actor, meeting_id, data.attendee_ids)


def decide(session: Session, actor: Actor, meeting_id: int,
           decisions: Sequence[DecisionData]) -> list[ProblemStatus]:
    """The meeting's decisions on a batch of problems: each enters the scope or not."""
    actor = require(session, actor, "reviewer")
    meeting = records.load(session, JointMeeting, meeting_id, "联席会议")
    done: list[ProblemStatus] = []
    for decision in decisions:
        problem = lifecycle.load_problem(session, decision.problem_id)
        if any(d.id == problem.id for d in done) or _decided(session, meeting_id, problem.id):
            raise UserError("issue.duplicate_decision", number=problem.number)
        action = "review_in" if decision.in_scope else "review_out"
        lifecycle.check(session, problem, action, actor)
        reason = validation.note("reason", "理由", decision.reason)
        if not decision.in_scope and not reason:
            raise FieldError("reason", "issue.reason_required", number=problem.number)
        not_before("held_on", "会议日期", meeting.held_on, f"问题 {problem.number} 的发现日期",
                   problem.found_on)
        row = MeetingDecision(meeting_id=meeting_id, problem_id=problem.id,
                              in_scope=decision.in_scope, reason=reason)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "meeting_decision", row.id,
                     after=audit.snapshot(row))
        note = f"{meeting.title or '联席会议'}" + (f"：{reason}" if reason else "")
        done.append(lifecycle.apply(
            session, actor, problem, decision.version, action,
            values={"in_scope": decision.in_scope,
                    "scope_reason": "" if decision.in_scope else reason},
            on=meeting.held_on, note=note))
    return done


def _decided(session: Session, meeting_id: int, problem_id: int) -> bool:
    return session.execute(select(MeetingDecision.id).where(
        MeetingDecision.meeting_id == meeting_id,
        MeetingDecision.problem_id == problem_id)).first() is not None


def _attendee_ids(session: Session, meeting_id: int) -> list[int]:
    return list(session.execute(select(JointMeetingAttendee.person_id).where(
        JointMeetingAttendee.meeting_id == meeting_id)).scalars())


def list_meetings(session: Session, *, year: int | None = None) -> list[MeetingRow]:
    """Meetings, newest first, with attendees and decision counts."""
    stmt = select(JointMeeting).order_by(JointMeeting.held_on.desc(), JointMeeting.id.desc())
    if year is not None:
        stmt = stmt.where(JointMeeting.held_on.between(dt.date(year, 1, 1),
                                                       dt.date(year, 12, 31)))
    return _meeting_rows(session, list(session.execute(stmt).scalars()))


def get_meeting(session: Session, meeting_id: int) -> MeetingRow:
    return _meeting_rows(session, [records.load(session, JointMeeting, meeting_id,
                                                "联席会议")])[0]


def _meeting_rows(session: Session, meetings: list[JointMeeting]) -> list[MeetingRow]:
    ids = [m.id for m in meetings]
    people: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for meeting_id, person_id, name in session.execute(
            select(JointMeetingAttendee.meeting_id, Person.id, Person.name)
            .join(Person, Person.id == JointMeetingAttendee.person_id)
            .where(JointMeetingAttendee.meeting_id.in_(ids)).order_by(Person.id)):
        people[meeting_id].append((person_id, name))
    counts: dict[tuple[int, bool], int] = {
        (m, bool(s)): n for m, s, n in session.execute(
            select(MeetingDecision.meeting_id, MeetingDecision.in_scope, func.count())
            .where(MeetingDecision.meeting_id.in_(ids))
            .group_by(MeetingDecision.meeting_id, MeetingDecision.in_scope))}
    return [MeetingRow(m.id, m.version, m.held_on, m.title, m.place, m.minutes,
                       m.other_attendees, tuple(p for p, _ in people[m.id]),
                       tuple(n for _, n in people[m.id]), counts.get((m.id, True), 0),
                       counts.get((m.id, False), 0)) for m in meetings]


def list_decisions(session: Session, *, meeting_id: int | None = None,
                   problem_id: int | None = None) -> list[DecisionRow]:
    stmt = (select(MeetingDecision.id, MeetingDecision.meeting_id, JointMeeting.held_on,
                   MeetingDecision.problem_id, Problem.number, Problem.title,
                   MeetingDecision.in_scope, MeetingDecision.reason)
            .join(JointMeeting, JointMeeting.id == MeetingDecision.meeting_id)
            .join(Problem, Problem.id == MeetingDecision.problem_id)
            .order_by(JointMeeting.held_on, MeetingDecision.id))
    if meeting_id is not None:
        stmt = stmt.where(MeetingDecision.meeting_id == meeting_id)
    if problem_id is not None:
        stmt = stmt.where(MeetingDecision.problem_id == problem_id)
    return [DecisionRow(*row) for row in session.execute(stmt)]
