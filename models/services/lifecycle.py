"""The lifecycle of a service item: one transition table, checked by every service.

    planned ─认领→ claimed ─记录服务→ in_progress ─服务完成→ delivered
        ↑  ─退回认领─┘          (记录服务 again)          │
                                             双方签字确认 (the second side's sign-off)
                                                         ↓
                                     confirmed ─评价→ evaluated
    planned / claimed / in_progress ─年末结转→ carried_over (a copy opens next year)

Refused, with the reason in the message: anything not in the table. In particular an item
is not served before it is claimed (no claimant to name), is not finished without a
delivery record, is not confirmed before it is served (nothing to confirm), is not rated
before both sides signed, and a served, confirmed, rated or carried-over item is not
carried over (it is finished, or continues elsewhere). Every transition appends a
service_event row; the item's change itself is audited by models.records.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records
from models.auth import Actor, acting, require
from models.errors import UserError
from models.services.entities import ServiceEvent, ServiceItem
from models.services.vocab import STATES, state_label

messages.register({
    "services.bad_transition": "第 {number} 项当前为“{current}”，不能{action}"
                               "（只有{allowed}的事项可以{action}）。",
})


@dataclass(frozen=True)
class Transition:
    action: str
    label: str
    sources: frozenset[str]
    target: str
    role: str


def _t(action: str, label: str, sources: set[str], target: str, role: str = "clerk"
       ) -> Transition:
    return Transition(action, label, frozenset(sources), target, role)


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    _t("claim", "认领", {"planned"}, "claimed"),
    _t("release", "退回认领", {"claimed"}, "planned"),
    _t("record", "记录服务", {"claimed", "in_progress"}, "in_progress"),
    _t("finish", "服务完成", {"in_progress"}, "delivered"),
    _t("confirm", "双方签字确认", {"delivered"}, "confirmed"),
    _t("evaluate", "评价", {"confirmed"}, "evaluated"),
    _t("carry_over", "结转下年", {"planned", "claimed", "in_progress"}, "carried_over"),
)}
OTHER_ACTIONS = {"create": "列入清单", "update": "修改", "sign": "签字", "attach": "添加附件",
                 "carried_in": "由上年结转"}


ACTION_LABELS = {**{t.action: t.label for t in TRANSITIONS.values()}, **OTHER_ACTIONS}


def action_label(action: str) -> str:
    if action in TRANSITIONS:
        return TRANSITIONS[action].label
    return OTHER_ACTIONS.get(action, action)


def allowed_actions(state: str, actor: Actor | None = None) -> list[str]:
    """Actions possible from `state` (and for `actor`): for enabling buttons."""
    return [t.action for t in TRANSITIONS.values()
            if state in t.sources and (actor is None or actor.can(t.role))]


@dataclass(frozen=True)
class EventRow:
    item_id: int
    year: int
    at: dt.datetime
    username: str
    action: str
    from_state: str
    to_state: str
    event_date: dt.date | None
    note: str

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def to_label(self) -> str:
        return state_label(self.to_state)


def check(session: Session, item: ServiceItem, action: str, actor: Actor) -> Transition:
    """The transition, or a refusal: the role (read from the database), then the state."""
    transition = TRANSITIONS[action]
    require(session, actor, transition.role)
    if item.state not in transition.sources:
        allowed = "或".join(f"“{STATES[s]}”" for s in STATES if s in transition.sources)
        raise UserError("services.bad_transition", number=item.number,
                        current=state_label(item.state), action=transition.label,
                        allowed=allowed)
    return transition


def add_event(session: Session, actor: Actor, item: ServiceItem, action: str, *,
              from_state: str, on: dt.date | None = None, note: str = "") -> None:
    actor = acting(session, actor)
    records.create(session, actor, ServiceEvent(
        item_id=item.id, username=actor.username, action=action, from_state=from_state,
        to_state=item.state, event_date=on, note=note[:500]))


def apply(session: Session, actor: Actor, item: ServiceItem, version: int, action: str, *,
          values: dict[str, object] | None = None, on: dt.date | None = None,
          note: str = "") -> ServiceItem:
    """Check and perform `action` on `item` (seen by the clerk at `version`)."""
    transition = check(session, item, action, actor)
    before = item.state
    records.update(session, actor, item, version, "服务事项",
                   {"state": transition.target, **(values or {})})
    add_event(session, actor, item, action, from_state=before, on=on, note=note)
    return item


def load_item(session: Session, item_id: int) -> ServiceItem:
    return records.load(session, ServiceItem, item_id, "服务事项")


def history(session: Session, item_id: int) -> list[EventRow]:
    """The item's timeline, oldest first, through every year it was carried over from."""
    from models.services.entities import ServiceList  # noqa: PLC0415 - avoid a cycle

    chain, current = [], session.get(ServiceItem, item_id)
    while current is not None:
        chain.append(current.id)
        current = session.get(ServiceItem, current.origin_id) if current.origin_id else None
    rows = session.execute(
        select(ServiceEvent.item_id, ServiceList.year, ServiceEvent.created_at,
               ServiceEvent.username, ServiceEvent.action, ServiceEvent.from_state,
               ServiceEvent.to_state, ServiceEvent.event_date, ServiceEvent.note)
        .join(ServiceItem, ServiceItem.id == ServiceEvent.item_id)
        .join(ServiceList, ServiceList.id == ServiceItem.list_id)
        .where(ServiceEvent.item_id.in_(chain)).order_by(ServiceEvent.id))
    return [EventRow(*row) for row in rows]
