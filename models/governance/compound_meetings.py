"""小区治理联席会议: the compound's Party branch, owners' committee and property company
around one table, and what they decided — who does what by when — tracked to done.

A decision can open a problem in the issue ledger (through `problems.create_problem`,
once): the meeting's follow-up then points at the problem.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.governance import ledger_link, vocab
from models.governance.entities import CompoundMeetingAttendee, MeetingAction
from models.governance.meeting_entities import CompoundMeeting
from models.issues import problems
from models.issues.entities import Problem
from models.issues.lifecycle import ProblemStatus
from models.registry.entities import Compound


@dataclass(frozen=True)
class Attendee:
    side: str  # a key of vocab.MEETING_SIDES
    name: str
    person_id: int | None = None


@dataclass(frozen=True)
class ActionData:
    decision: str
    owner: str
    due_on: dt.date | None


@dataclass(frozen=True)
class MeetingData:
    compound_id: int | None
    held_on: dt.date | None
    attendees: tuple[Attendee, ...]
    agenda: str = ""
    place: str = ""


def meeting_fields(data: MeetingData, today: dt.date | None = None) -> dict[str, object]:
    """The meeting as typed, checked: the service and the dialog."""
    check = validation.Collector()
    values: dict[str, object] = {
        "held_on": check(validation.past_date, "held_on", "会议日期", data.held_on,
                         required=True, today=today),
        "place": check(validation.text, "place", "会议地点", data.place, limit=200),
        "agenda": check(validation.note, "agenda", "议题", data.agenda),
    }
    if data.compound_id is None:
        check.fail(FieldError("compound_id", "field.required", label="小区"))
    if not [a for a in data.attendees if a.name.strip()]:
        check.fail(FieldError("attendees", "gov.attendee_required"))
    for attendee in data.attendees:
        check(validation.choice, "attendees", "参会方", attendee.side, vocab.MEETING_SIDES)
        check(validation.text, "attendees", "参会人员", attendee.name, limit=50)
    check.done()
    return values


def action_fields(action: ActionData, held_on: dt.date) -> dict[str, object]:
    check = validation.Collector()
    values: dict[str, object] = {
        "decision": check(validation.note, "decision", "决定事项", action.decision,
                          required=True),
        "owner": check(validation.text, "owner", "责任人", action.owner, limit=100),
        "due_on": check(validation.date, "due_on", "完成时限", action.due_on, required=True),
    }
    if not values["owner"] and "owner" not in {e.field for e in check.errors}:
        check.fail(FieldError("owner", "gov.action_owner"))
    due = values["due_on"]
    if isinstance(due, dt.date) and due < held_on:
        check.fail(FieldError("due_on", "gov.action_before_meeting", label="完成时限",
                              day=held_on.isoformat()))
    check.done()
    return values


def record_meeting(session: Session, actor: Actor, data: MeetingData,
                   actions: Sequence[ActionData] = (), *, today: dt.date | None = None) -> int:
    actor = require(session, actor, "clerk")
    values = meeting_fields(data, today)
    assert data.compound_id is not None
    records.load(session, Compound, data.compound_id, "小区")
    held_on = values["held_on"]
    assert isinstance(held_on, dt.date)
    checked = [action_fields(action, held_on) for action in actions]
    meeting = records.create(session, actor, CompoundMeeting(compound_id=data.compound_id,
                                                             **values))
    for attendee in data.attendees:
        if attendee.name.strip():
            records.create(session, actor, CompoundMeetingAttendee(
                meeting_id=meeting.id, side=attendee.side, name=attendee.name.strip(),
                person_id=attendee.person_id))
    for action in checked:
        records.create(session, actor, MeetingAction(meeting_id=meeting.id, **action))
    return meeting.id


def add_action(session: Session, actor: Actor, meeting_id: int, action: ActionData) -> int:
    actor = require(session, actor, "clerk")
    meeting = records.load(session, CompoundMeeting, meeting_id, "联席会议")
    values = action_fields(action, meeting.held_on)
    return records.create(session, actor, MeetingAction(meeting_id=meeting_id, **values)).id


def done_fields(held_on: dt.date, on: dt.date | None, note: str,
                today: dt.date | None = None) -> dict[str, object]:
    """办结 as typed, checked: the service and the dialog."""
    check = validation.Collector()
    done_on = check(validation.past_date, "done_on", "办结日期", on, required=True,
                    today=today)
    values: dict[str, object] = {
        "done_on": done_on, "done_note": check(validation.note, "note", "办理结果", note)}
    if isinstance(done_on, dt.date) and done_on < held_on:
        check.fail(FieldError("done_on", "gov.action_before_meeting", label="办结日期",
                              day=held_on.isoformat()))
    check.done()
    return values


def complete_action(session: Session, actor: Actor, action_id: int, version: int, *,
                    on: dt.date | None, note: str = "", today: dt.date | None = None) -> None:
    """A follow-up done: when, and what came of it."""
    actor = require(session, actor, "clerk")
    action = records.load(session, MeetingAction, action_id, "决定事项")
    if action.done_on is not None:
        raise UserError("gov.action_done", day=action.done_on.isoformat())
    meeting = records.load(session, CompoundMeeting, action.meeting_id, "联席会议")
    values = done_fields(meeting.held_on, on, note, today)
    records.update(session, actor, action, version, "决定事项", values)


def open_problem(session: Session, actor: Actor, action_id: int, version: int, *,
                 category_id: int, title: str = "", today: dt.date | None = None
                 ) -> ProblemStatus:
    """A decision that needs the street or a department: a problem in the ledger, once."""
    actor = require(session, actor, "clerk")
    action = records.load(session, MeetingAction, action_id, "决定事项")
    records.check_version(action, version, "决定事项")
    if action.problem_id is not None:
        raise UserError("gov.action_sent",
                        number=ledger_link.problem_number(session, action.problem_id))
    meeting = records.load(session, CompoundMeeting, action.meeting_id, "联席会议")
    compound = records.load(session, Compound, meeting.compound_id, "小区")
    status = problems.create_problem(session, actor, compound.community_id, problems.ProblemData(
        source="ground", category_id=category_id, found_on=meeting.held_on,
        title=title.strip() or action.decision.strip().splitlines()[0][:60],
        description=f"{action.decision}\n（{meeting.held_on:%Y-%m-%d} {compound.name}"
                    f"小区治理联席会议决定，责任方：{action.owner}）",
        compound_id=compound.id, reporter_name=f"{compound.name}小区治理联席会议"[:50],
        deadline=action.due_on), today=today)
    records.update(session, actor, action, version, "决定事项", {"problem_id": status.id})
    return status


# --- reading -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ActionRow:
    id: int
    version: int
    meeting_id: int
    compound: str
    held_on: dt.date
    decision: str
    owner: str
    due_on: dt.date
    done_on: dt.date | None
    done_note: str
    problem_number: str

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_on < today


@dataclass(frozen=True)
class MeetingRow:
    id: int
    version: int
    compound_id: int
    compound: str
    held_on: dt.date
    place: str
    agenda: str
    attendees: tuple[Attendee, ...]
    actions: tuple[ActionRow, ...]

    def side_text(self, side: str) -> str:
        return "、".join(a.name for a in self.attendees if a.side == side)

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if a.done_on is None)


def list_actions(session: Session, *, open_only: bool = False) -> list[ActionRow]:
    stmt = (select(MeetingAction.id, MeetingAction.version, MeetingAction.meeting_id,
                   Compound.name, CompoundMeeting.held_on, MeetingAction.decision,
                   MeetingAction.owner, MeetingAction.due_on, MeetingAction.done_on,
                   MeetingAction.done_note, Problem.number)
            .join(CompoundMeeting, CompoundMeeting.id == MeetingAction.meeting_id)
            .join(Compound, Compound.id == CompoundMeeting.compound_id)
            .outerjoin(Problem, Problem.id == MeetingAction.problem_id)
            .order_by(MeetingAction.due_on, MeetingAction.id))
    if open_only:
        stmt = stmt.where(MeetingAction.done_on.is_(None))
    return [ActionRow(*row[:-1], row[-1] or "")  # type: ignore[arg-type, call-arg]
            for row in session.execute(stmt)]


def list_meetings(session: Session, start: dt.date | None = None,
                  end: dt.date | None = None) -> list[MeetingRow]:
    stmt = (select(CompoundMeeting.id, CompoundMeeting.version, CompoundMeeting.compound_id,
                   Compound.name, CompoundMeeting.held_on, CompoundMeeting.place,
                   CompoundMeeting.agenda)
            .join(Compound, Compound.id == CompoundMeeting.compound_id)
            .order_by(CompoundMeeting.held_on.desc(), CompoundMeeting.id.desc()))
    if start is not None:
        stmt = stmt.where(CompoundMeeting.held_on >= start)
    if end is not None:
        stmt = stmt.where(CompoundMeeting.held_on <= end)
    meetings = session.execute(stmt).all()
    ids = [m[0] for m in meetings]
    attendees: dict[int, list[Attendee]] = {}
    for meeting_id, side, name, person_id in session.execute(
            select(CompoundMeetingAttendee.meeting_id, CompoundMeetingAttendee.side,
                   CompoundMeetingAttendee.name, CompoundMeetingAttendee.person_id)
            .where(CompoundMeetingAttendee.meeting_id.in_(ids))
            .order_by(CompoundMeetingAttendee.id)):
        attendees.setdefault(meeting_id, []).append(Attendee(side, name, person_id))
    actions: dict[int, list[ActionRow]] = {}
    for action in list_actions(session):
        actions.setdefault(action.meeting_id, []).append(action)
    return [MeetingRow(*m, tuple(attendees.get(m[0], [])), tuple(actions.get(m[0], [])))
            for m in meetings]


# --- typed in one box each (the meeting dialog) ------------------------------------------

def names(text: str) -> list[str]:
    """'王建国、李秀英，陈红' → the names, in order."""
    for separator in "，,;；\n":
        text = text.replace(separator, "、")
    return [name.strip() for name in text.split("、") if name.strip()]


def parse_actions(text: str) -> list[ActionData]:
    """One decision a line: '事项｜责任方｜2026-12-10' (| or ｜ between the parts)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.replace("｜", "|").split("|")]
        due: dt.date | None = None
        if len(parts) == 3:
            try:
                due = dt.date.fromisoformat(parts[2])
            except ValueError:
                due = None
        if len(parts) != 3 or due is None:
            raise FieldError("actions", "gov.action_line", line=number)
        found.append(ActionData(parts[0], parts[1], due))
    return found
