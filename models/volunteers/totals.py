"""Hours per person, per team and per period: the figures of the hours report and its
Excel export. Sub-teams roll up into their team; a person in two sub-teams counts once
per activity, under the sub-team that held it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models.registry.entities import Person
from models.volunteers.entities import Activity, ActivityHours, VolunteerTeam


@dataclass(frozen=True)
class PersonHours:
    team: str  # the top-level team
    sub_team: str  # "" for the team itself
    person_id: int
    name: str
    activities: int
    minutes: int


@dataclass(frozen=True)
class TeamHours:
    team: str
    people: int
    activities: int
    minutes: int


def hours_by_person(session: Session, start: dt.date, end: dt.date,
                    team_id: int | None = None) -> list[PersonHours]:
    """Per (team, sub-team, person) between `start` and `end` inclusive."""
    parent = aliased(VolunteerTeam)
    top = func.coalesce(parent.name, VolunteerTeam.name)
    sub = func.coalesce(func.nullif(VolunteerTeam.name, top), "")
    stmt = (select(top, sub, Person.id, Person.name, func.count(ActivityHours.id),
                   func.sum(ActivityHours.minutes))
            .select_from(ActivityHours)
            .join(Activity, Activity.id == ActivityHours.activity_id)
            .join(VolunteerTeam, VolunteerTeam.id == Activity.team_id)
            .outerjoin(parent, parent.id == VolunteerTeam.parent_id)
            .join(Person, Person.id == ActivityHours.person_id)
            .where(Activity.day >= start, Activity.day <= end)
            .group_by(top, sub, Person.id, Person.name))
    if team_id is not None:
        stmt = stmt.where((VolunteerTeam.id == team_id) | (VolunteerTeam.parent_id == team_id))
    rows = [PersonHours(str(t), str(s), int(pid), str(name), int(n), int(m))
            for t, s, pid, name, n, m in session.execute(stmt)]
    return sorted(rows, key=lambda r: (r.team, r.sub_team, -r.minutes, r.name, r.person_id))


def hours_by_team(session: Session, start: dt.date, end: dt.date) -> list[TeamHours]:
    """Per top-level team: distinct people, distinct activities, minutes."""
    parent = aliased(VolunteerTeam)
    top = func.coalesce(parent.name, VolunteerTeam.name)
    stmt = (select(top, func.count(func.distinct(ActivityHours.person_id)),
                   func.count(func.distinct(Activity.id)), func.sum(ActivityHours.minutes))
            .select_from(ActivityHours)
            .join(Activity, Activity.id == ActivityHours.activity_id)
            .join(VolunteerTeam, VolunteerTeam.id == Activity.team_id)
            .outerjoin(parent, parent.id == VolunteerTeam.parent_id)
            .where(Activity.day >= start, Activity.day <= end)
            .group_by(top).order_by(top))
    return [TeamHours(str(t), int(p), int(a), int(m)) for t, p, a, m in session.execute(stmt)]
