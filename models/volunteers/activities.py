"""Team activities and the hours each participant served.

An activity is saved with all its participants at once: every person's hours are checked
(more than 0, not over 24, not more than the activity lasted) and against the overlap rule
(models.volunteers.hours), and a refusal names the person and the other activity, so
nothing is written half-way.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import UserError
from models.registry.entities import Person
from models.volunteers import hours
from models.volunteers.entities import Activity, ActivityHours, VolunteerTeam

messages.register({
    "activity.no_participants": "请至少登记一名参与人员。",
    "activity.participant_twice": "{name} 在本次活动中登记了两次。",
})


@dataclass(frozen=True)
class Participant:
    person_id: int
    minutes: int


@dataclass(frozen=True)
class ActivityData:
    team_id: int
    day: dt.date
    start_minute: int
    end_minute: int
    place: str
    content: str
    participants: tuple[Participant, ...]


@dataclass(frozen=True)
class ActivityRow:
    id: int
    version: int
    team_id: int
    team: str
    day: dt.date
    start_minute: int
    end_minute: int
    place: str
    content: str
    people: int
    minutes: int

    @property
    def time_text(self) -> str:
        return f"{hours.clock(self.start_minute)}–{hours.clock(self.end_minute)}"


@dataclass(frozen=True)
class ParticipantRow:
    person_id: int
    name: str
    minutes: int


def _clean(session: Session, data: ActivityData, exclude: int | None) -> dict[str, object]:
    check = validation.Collector()
    day = check(validation.date, "day", "活动日期", data.day, required=True)
    place = check(validation.text, "place", "地点", data.place, limit=200)
    content = check(validation.note, "content", "活动内容", data.content, required=True)
    check(hours.check_times, data.start_minute, data.end_minute)
    check.done()
    records.load(session, VolunteerTeam, data.team_id, "志愿服务队")
    if not data.participants:
        raise UserError("activity.no_participants")
    span = data.end_minute - data.start_minute
    seen: set[int] = set()
    for part in data.participants:
        person = records.load(session, Person, part.person_id, "人员")
        if part.person_id in seen:
            raise UserError("activity.participant_twice", name=person.name)
        seen.add(part.person_id)
        hours.check_minutes(part.minutes, span)
        hours.refuse_overlap(session, part.person_id, person.name, data.day, data.start_minute,
                             data.end_minute, part.minutes,
                             None if exclude is None else (hours.ACTIVITY, exclude))
    return {"team_id": data.team_id, "day": day, "start_minute": data.start_minute,
            "end_minute": data.end_minute, "place": place, "content": content}


def _write_hours(session: Session, actor: Actor, activity_id: int,
                 participants: Sequence[Participant]) -> None:
    records.create_many(session, actor, ActivityHours, [
        {"activity_id": activity_id, "person_id": part.person_id, "minutes": part.minutes}
        for part in participants])


def record_activity(session: Session, actor: Actor, data: ActivityData) -> int:
    actor = require(session, actor, "clerk")
    values = _clean(session, data, None)
    activity = records.create(session, actor, Activity(**values))
    _write_hours(session, actor, activity.id, data.participants)
    return activity.id


def update_activity(session: Session, actor: Actor, activity_id: int, version: int,
                    data: ActivityData) -> None:
    """Replace the activity's details and its participants (each old row deleted, audited)."""
    actor = require(session, actor, "clerk")
    activity = records.load(session, Activity, activity_id, "志愿活动")
    records.check_version(activity, version, "志愿活动")
    _delete_hours(session, actor, activity_id)
    values = _clean(session, data, activity_id)
    records.update(session, actor, activity, version, "志愿活动", values)
    _write_hours(session, actor, activity_id, data.participants)


def _delete_hours(session: Session, actor: Actor, activity_id: int) -> None:
    for row in session.execute(select(ActivityHours).where(
            ActivityHours.activity_id == activity_id)).scalars().all():
        records.delete(session, actor, row, row.version, "参与人员", str(row.person_id))


def delete_activity(session: Session, actor: Actor, activity_id: int, version: int) -> None:
    actor = require(session, actor, "clerk")
    activity = records.load(session, Activity, activity_id, "志愿活动")
    records.check_version(activity, version, "志愿活动")
    _delete_hours(session, actor, activity_id)
    records.delete(session, actor, activity, version, "志愿活动", activity.content[:20])


def list_activities(session: Session, *, start: dt.date | None = None,
                    end: dt.date | None = None, team_id: int | None = None
                    ) -> list[ActivityRow]:
    """Activities, newest first; a team's filter includes its sub-teams."""
    parent = aliased(VolunteerTeam)
    sums = (select(ActivityHours.activity_id, func.count().label("n"),
                   func.sum(ActivityHours.minutes).label("m"))
            .group_by(ActivityHours.activity_id).subquery())
    stmt = (select(Activity, VolunteerTeam.name, parent.name, func.coalesce(sums.c.n, 0),
                   func.coalesce(sums.c.m, 0))
            .join(VolunteerTeam, VolunteerTeam.id == Activity.team_id)
            .outerjoin(parent, parent.id == VolunteerTeam.parent_id)
            .outerjoin(sums, sums.c.activity_id == Activity.id)
            .order_by(Activity.day.desc(), Activity.start_minute.desc(), Activity.id.desc()))
    if start is not None:
        stmt = stmt.where(Activity.day >= start)
    if end is not None:
        stmt = stmt.where(Activity.day <= end)
    if team_id is not None:
        stmt = stmt.where((VolunteerTeam.id == team_id) | (VolunteerTeam.parent_id == team_id))
    return [ActivityRow(a.id, a.version, a.team_id,
                        f"{parent_name}·{team}" if parent_name else team, a.day,
                        a.start_minute, a.end_minute, a.place, a.content, int(n), int(m))
            for a, team, parent_name, n, m in session.execute(stmt)]


def participants(session: Session, activity_id: int) -> list[ParticipantRow]:
    rows = session.execute(
        select(ActivityHours.person_id, Person.name, ActivityHours.minutes)
        .join(Person, Person.id == ActivityHours.person_id)
        .where(ActivityHours.activity_id == activity_id)
        .order_by(ActivityHours.id)).all()
    return [ParticipantRow(*row) for row in rows]


def activity_data(session: Session, activity_id: int) -> tuple[int, ActivityData]:
    """The stored activity as a form's starting values, with its version."""
    a = records.load(session, Activity, activity_id, "志愿活动")
    parts = tuple(Participant(p.person_id, p.minutes) for p in participants(session, a.id))
    return a.version, ActivityData(a.team_id, a.day, a.start_minute, a.end_minute, a.place,
                                   a.content, parts)
