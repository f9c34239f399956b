"""Every transition of a service item, allowed and refused, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.errors import UserError
from models.services import lifecycle, signoff
from models.services.entities import ServiceEvent, ServiceItem
from tests.models.issues.helpers import CLERK, Office
from tests.models.services.helpers import (
    PATHS,
    SERVED,
    drive,
    new_item,
    new_list,
    step,
    version,
)

# What a clerk may do from each state (our own table, written from the issue's rules).
ALLOWED = {
    "planned": {"claim", "carry_over"},
    "claimed": {"release", "record", "carry_over"},
    "in_progress": {"record", "finish", "carry_over"},
    "delivered": {"confirm"},
    "confirmed": {"evaluate"},
    "evaluated": set(),
}
TARGET = {"claim": "claimed", "release": "planned", "record": "in_progress",
          "finish": "delivered", "confirm": "confirmed", "evaluate": "evaluated",
          "carry_over": "carried_over"}
CASES = [(state, action, action in ALLOWED[state]) for state in PATHS
         for action in TARGET]


def events(session: object, item_id: int) -> int:
    return session.scalar(select(func.count()).select_from(ServiceEvent)  # type: ignore[attr-defined]
                          .where(ServiceEvent.item_id == item_id)) or 0


@pytest.mark.parametrize(("state", "action", "allowed"), CASES)
def test_transition(db: Database, office: Office, state: str, action: str,
                    allowed: bool) -> None:
    with db.session() as session:
        item_id = new_item(session, new_list(session, office))
        drive(session, office, item_id, state)
    with db.session() as session:
        before = events(session, item_id)
        if allowed:
            step(session, office, item_id, action)
        else:
            with pytest.raises(UserError) as refused:
                step(session, office, item_id, action)
            assert "不能" in refused.value.message or "没有" in refused.value.message
            session.rollback()
    with db.read_session() as session:
        item = session.get(ServiceItem, item_id)
        assert item is not None
        if allowed:
            assert item.state == TARGET[action]
            assert events(session, item_id) > before
        else:
            assert item.state == state
            assert events(session, item_id) == before


def test_the_refusal_names_state_and_action(db: Database, office: Office) -> None:
    with db.session() as session:
        item_id = new_item(session, new_list(session, office))
        with pytest.raises(UserError) as refused:
            step(session, office, item_id, "finish")
    assert refused.value.message == (
        "第 1 项当前为“待认领”，不能服务完成（只有“实施中”的事项可以服务完成）。")


def test_one_signature_does_not_confirm(db: Database, office: Office) -> None:
    with db.session() as session:
        item_id = new_item(session, new_list(session, office))
        drive(session, office, item_id, "delivered")
        done = signoff.sign_off(session, CLERK, item_id, version(session, item_id),
                                side="unit", name="刘主任", post="党支部书记", on=SERVED)
        assert not done
        with pytest.raises(UserError, match="已于 2026-03-10 签字"):
            signoff.sign_off(session, CLERK, item_id, version(session, item_id),
                             side="unit", name="刘主任", post="党支部书记", on=SERVED)
    with db.read_session() as session:
        item = session.get(ServiceItem, item_id)
        assert item is not None and item.state == "delivered"
        assert item.unit_signer == "刘主任" and item.community_signer == ""


def test_history_lists_every_step(db: Database, office: Office) -> None:
    with db.session() as session:
        item_id = new_item(session, new_list(session, office))
        drive(session, office, item_id, "evaluated")
    with db.read_session() as session:
        labels = [e.action_label for e in lifecycle.history(session, item_id)]
    assert labels == ["列入清单", "认领", "记录服务", "服务完成", "签字", "双方签字确认", "评价"]
