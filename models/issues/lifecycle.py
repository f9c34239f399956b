"""The lifecycle of a problem: one transition table, checked by every service.

    collected ─纳入→ in_scope ─交办→ assigned ─报到→ reported ─进展→ in_progress
        │                                                       ─办结→ resolved ─销号→ closed
        └─不纳入→ out_of_scope (复议 may still put it in scope)
    assigned/reported/in_progress ─升级→ assigned (a new assignment at a higher level)
    resolved/closed ─重新办理→ in_progress

Every transition appends a problem_event row (who, when, from, to, note); the row
change itself is versioned and audited by models.records. Nothing here is rewritten.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit, records
from models.auth import Actor, acting, require
from models.base import utcnow
from models.errors import UserError
from models.issues.entities import Problem, ProblemEvent
from models.issues.vocab import STATES, state_label


@dataclass(frozen=True)
class Transition:
    action: str
    label: str  # the verb, as the refusal message and the history show it
    sources: frozenset[str]
    target: str
    role: str


def _t(action: str, label: str, sources: set[str], target: str, role: str) -> Transition:
    return Transition(action, label, frozenset(sources), target, role)


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    _t("review_in", "纳入吹哨范围", {"collected", "out_of_scope"}, "in_scope", "reviewer"),
    _t("review_out", "不纳入吹哨范围", {"collected"}, "out_of_scope", "reviewer"),
    _t("assign", "交办", {"in_scope"}, "assigned", "reviewer"),
    _t("report", "报到", {"assigned"}, "reported", "clerk"),
    _t("progress", "记录办理进展", {"reported", "in_progress"}, "in_progress", "clerk"),
    _t("escalate", "升级响应", {"assigned", "reported", "in_progress"}, "assigned", "reviewer"),
    _t("resolve", "办结", {"reported", "in_progress"}, "resolved", "clerk"),
    _t("close", "销号", {"resolved"}, "closed", "reviewer"),
    _t("reopen", "重新办理", {"resolved", "closed"}, "in_progress", "reviewer"),
)}
# History entries that are not transitions (the state stays as it is).
OTHER_ACTIONS = {"create": "登记", "update": "修改", "attach": "添加附件", "letter": "发函",
                 "coordinate": "协调会商", "accountability": "责任追究"}


def action_label(action: str) -> str:
    if action in TRANSITIONS:
        return TRANSITIONS[action].label
    return OTHER_ACTIONS.get(action, action)


@dataclass(frozen=True)
class ProblemStatus:
    """What a lifecycle service returns: enough to chain the next call."""

    id: int
    number: str
    state: str
    version: int

    @property
    def state_label(self) -> str:
        return state_label(self.state)


@dataclass(frozen=True)
class EventRow:
    id: int
    at: dt.datetime
    username: str
    display_name: str
    action: str
    from_state: str
    to_state: str
    event_date: dt.date | None
    note: str

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def from_label(self) -> str:
        return state_label(self.from_state) if self.from_state else ""

    @property
    def to_label(self) -> str:
        return state_label(self.to_state)


def allowed_actions(state: str, actor: Actor | None = None) -> list[str]:
    """Actions possible from `state` (and for `actor`, if given): for enabling buttons."""
    return [t.action for t in TRANSITIONS.values()
            if state in t.sources and (actor is None or actor.can(t.role))]


# The measures beside the lifecycle: who may take them, and on which problems. A letter
# goes to a unit that has the problem in hand; accountability needs a responsible unit
# (a response level); a coordination meeting helps any problem not yet signed off.
LETTER_STATES = frozenset({"assigned", "reported", "in_progress"})
MEASURE_ROLE = "reviewer"


def allowed_measures(state: str, has_level: bool, actor: Actor | None = None) -> list[str]:
    """'letter', 'coordinate', 'accountability' as far as `state` (and `actor`) allow."""
    if actor is not None and not actor.can(MEASURE_ROLE):
        return []
    possible = {"letter": state in LETTER_STATES, "coordinate": state != "closed",
                "accountability": has_level}
    return [measure for measure, ok in possible.items() if ok]


MEASURES = {"letter": "发督办函", "coordinate": "协调会商", "accountability": "责任追究"}


def check_measure(session: Session, problem: Problem, measure: str,
                  actor: Actor | None) -> None:
    """Refuse a measure that `allowed_measures` does not offer: the service's side of the
    rule that enables the buttons, so a caller that skips the UI is refused the same.
    Without an actor (drafting a letter, which writes nothing) only the problem counts."""
    if actor is not None:
        require(session, actor, MEASURE_ROLE)
    if measure in allowed_measures(problem.state, problem.level is not None):
        return
    if measure != "coordinate" and problem.level is None:
        raise UserError("issue.measure_unassigned", number=problem.number,
                        action=MEASURES[measure])
    raise UserError("issue.measure_state", number=problem.number,
                    current=state_label(problem.state), action=MEASURES[measure])


def check(session: Session, problem: Problem, action: str, actor: Actor) -> Transition:
    """The transition, or a refusal: the role (read from the database) first, then the
    state."""
    transition = TRANSITIONS[action]
    require(session, actor, transition.role)
    if problem.state not in transition.sources:
        allowed = "或".join(f"“{STATES[s]}”" for s in STATES if s in transition.sources)
        raise UserError("issue.bad_transition", number=problem.number,
                        current=state_label(problem.state), action=transition.label,
                        requested=state_label(transition.target), allowed=allowed)
    return transition


def status(problem: Problem) -> ProblemStatus:
    return ProblemStatus(problem.id, problem.number, problem.state, problem.version)


def add_event(session: Session, actor: Actor, problem_id: int, action: str, *,
              from_state: str, to_state: str, on: dt.date | None = None,
              note: str = "") -> None:
    actor = acting(session, actor)
    event = ProblemEvent(problem_id=problem_id, at=utcnow(), username=actor.username,
                         display_name=actor.display_name, action=action, from_state=from_state,
                         to_state=to_state, event_date=on, note=note)
    session.add(event)
    session.flush()
    audit.record(session, actor, "create", "problem_event", event.id,
                 after=audit.snapshot(event))


def note_event(session: Session, actor: Actor, problem: Problem, action: str, *,
               on: dt.date | None = None, note: str = "") -> None:
    """A history entry that is not a transition (letter, attachment …): the state stays."""
    add_event(session, actor, problem.id, action, from_state=problem.state,
              to_state=problem.state, on=on, note=note)


def apply(session: Session, actor: Actor, problem: Problem, version: int, action: str, *,
          values: dict[str, object] | None = None, on: dt.date | None = None,
          note: str = "") -> ProblemStatus:
    """Check and perform `action` on `problem` (seen by the clerk at `version`)."""
    transition = check(session, problem, action, actor)
    before = problem.state
    records.update(session, actor, problem, version, "问题",
                   {"state": transition.target, **(values or {})})
    add_event(session, actor, problem.id, action, from_state=before,
              to_state=transition.target, on=on, note=note)
    session.flush()
    return status(problem)


def load_problem(session: Session, problem_id: int) -> Problem:
    return records.load(session, Problem, problem_id, "问题")


def history(session: Session, problem_id: int) -> list[EventRow]:
    """The problem's timeline, oldest first."""
    rows = session.execute(
        select(ProblemEvent.id, ProblemEvent.at, ProblemEvent.username,
               ProblemEvent.display_name, ProblemEvent.action, ProblemEvent.from_state,
               ProblemEvent.to_state, ProblemEvent.event_date, ProblemEvent.note)
        .where(ProblemEvent.problem_id == problem_id).order_by(ProblemEvent.id))
    return [EventRow(*row) for row in rows]
