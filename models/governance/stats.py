"""`main.py stats governance --year Y --json`: the year's figures of 小区治理, each from the
function the pages and printed registers use, so the numbers agree everywhere."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.governance import compound_meetings, mediation, patrols
from models.governance.entities import Grid


def governance_stats(session: Session, year: int, today: dt.date | None = None
                     ) -> dict[str, Any]:
    today = today or dt.date.today()
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    settled = patrols.settled_figures(session, start, end)
    meetings = compound_meetings.list_meetings(session, start, end)
    actions = [a for m in meetings for a in m.actions]
    return {
        "year": year,
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
    }
