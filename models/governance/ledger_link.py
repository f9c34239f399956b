"""The one way a governance record (a patrol finding, a meeting's decision, a failed
mediation) is linked to the issue ledger: the record keeps the problem's id in a unique
column, and is refused a second sending with the number it already went under."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.issues.entities import Problem


def problem_number(session: Session, problem_id: int | None) -> str:
    """The number of the problem a record was sent as ("" if it was not sent)."""
    if problem_id is None:
        return ""
    return session.execute(select(Problem.number).where(Problem.id == problem_id)).scalar() or ""
