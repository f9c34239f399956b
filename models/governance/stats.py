"""`main.py stats governance --year Y --json`: the year's figures of 小区治理, each from the
function the pages and printed registers use, so the numbers agree everywhere."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.governance import compound_meetings, homes, mediation, patrols, residents
from models.governance.entities import Grid


def governance_stats(session: Session, year: int, today: dt.date | None = None
                     ) -> dict[str, Any]:
    return {"year": year, **period_figures(session, dt.date(year, 1, 1), dt.date(year, 12, 31),
                                           today or dt.date.today())}


def period_figures(session: Session, start: dt.date, end: dt.date, today: dt.date
                   ) -> dict[str, Any]:
    """The figures between `start` and `end` inclusive (a year here, any period of 上报)."""
    settled = patrols.settled_figures(session, start, end)
    meetings = compound_meetings.list_meetings(session, start, end)
    actions = [a for m in meetings for a in m.actions]
    cadres = residents.cadre_figures(session, start, end)
    managed, compounds = homes.property_counts(session, min(today, end))
    home_rows = homes.list_homes(session)
    return {
        "grids": session.scalar(select(func.count()).select_from(Grid)) or 0,
        "patrols": settled.patrols,
        "findings": settled.findings,
        "findings_by_where": settled.by_where,
        "joint_meetings": len(meetings),
        "compounds_with_joint_meeting": len({m.compound_id for m in meetings}),
        "follow_ups": len(actions),
        "follow_ups_open": sum(1 for a in actions if a.done_on is None),
        "follow_ups_overdue": sum(1 for a in actions if a.overdue(today)),
        "mediation_cases_by_outcome": mediation.outcome_counts(session, start, end),
        "capable_residents": cadres.capable_residents,
        "capable_residents_by_group": cadres.by_group,
        "trainings": cadres.trainings,
        "training_attendances": cadres.attendances,
        "compound_cadres": cadres.compound_cadres,
        "compound_cadres_party_members": cadres.cadres_party_members,
        "compounds_without_party_org": cadres.compounds_without_party_org,
        "party_instructors_sent": cadres.instructors_sent,
        "party_homes": len(home_rows),
        "party_home_bookings": sum(h.bookings for h in home_rows),
        "party_home_spent_fen": sum(h.spent_fen for h in home_rows),
        # Counts, not a ratio: the share is managed/compounds, exact, on the year's last day
        # (or today, within the current year).
        "compounds": compounds,
        "compounds_with_property_management": managed,
    }
