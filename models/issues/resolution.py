"""The end of a problem: 办结 by the responsible unit, 销号 by a reviewer, or 重新办理.

Reopening sends the problem back to 办理中 under the same assignment and counts against
the responsible unit in the scoring (reopen_count on both the problem and the
assignment); the resolution it undoes stays in the history and the audit trail.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from models import records
from models.auth import Actor
from models.issues import lifecycle
from models.issues.assignments import current, not_before
from models.issues.lifecycle import ProblemStatus
from models.issues.steps import step_fields


def resolve(session: Session, actor: Actor, problem_id: int, version: int, *,
            resolved_on: dt.date | None, result: str, today: dt.date | None = None
            ) -> ProblemStatus:
    """办结: the unit reports the problem solved (not before it reported in)."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "resolve", actor)
    day, result = step_fields("resolve", resolved_on, result, today)
    assignment = current(session, problem_id)
    assert assignment is not None
    not_before("resolved_on", "办结日期", day, "报到日期", assignment.reported_on)
    records.update(session, actor, assignment, assignment.version, "交办记录",
                   {"result": "resolved", "ended_on": day, "result_note": result})
    return lifecycle.apply(session, actor, problem, version, "resolve",
                           values={"resolved_on": day}, on=day, note=result)


def close(session: Session, actor: Actor, problem_id: int, version: int, *,
          closed_on: dt.date | None, note: str = "", today: dt.date | None = None
          ) -> ProblemStatus:
    """销号: a reviewer confirms the resolution and closes the problem."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "close", actor)
    day, note = step_fields("close", closed_on, note, today)
    not_before("closed_on", "销号日期", day, "办结日期", problem.resolved_on)
    return lifecycle.apply(session, actor, problem, version, "close",
                           values={"closed_on": day}, on=day,
                           note=note)


def reopen(session: Session, actor: Actor, problem_id: int, version: int, *,
           on: dt.date | None, reason: str, today: dt.date | None = None) -> ProblemStatus:
    """重新办理: the resolution did not hold; back to 办理中 with the same unit."""
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check(session, problem, "reopen", actor)
    day, reason = step_fields("reopen", on, reason, today)
    not_before("on", "重新办理日期", day, "办结日期", problem.resolved_on)
    assignment = current(session, problem_id)
    assert assignment is not None
    records.update(session, actor, assignment, assignment.version, "交办记录",
                   {"result": "open", "ended_on": None,
                    "reopen_count": assignment.reopen_count + 1})
    return lifecycle.apply(session, actor, problem, version, "reopen",
                           values={"resolved_on": None, "closed_on": None,
                                   "reopen_count": problem.reopen_count + 1},
                           on=day, note=reason)
