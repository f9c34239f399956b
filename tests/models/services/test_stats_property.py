"""`stats services` equals counts kept while generating the data (hypothesis, SQLite).

Each example builds a fresh database, lists for one or two units, items in random
directions driven to random states with random participants' minutes, and keeps its own
tally as it goes; the verb's JSON must say the same.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import shutil
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from models.db import open_database
from models.services import claims, deliveries, lists, signoff
from models.services.hours import hours
from tests.models.issues.helpers import CLERK, build_office
from tests.models.services.helpers import category, version

YEAR = 2025
STATES = ["planned", "claimed", "in_progress", "delivered", "confirmed", "evaluated"]
ITEM = st.tuples(st.sampled_from(["to_unit", "to_community"]), st.sampled_from(STATES),
                 st.lists(st.integers(min_value=1, max_value=600), min_size=1, max_size=2),
                 st.integers(min_value=0, max_value=50))
PLAN = st.lists(st.lists(ITEM, max_size=4), min_size=1, max_size=2)


def _drive(session: object, office: object, item_id: int, target: str, spans: list[int],
           people: int, slot: int) -> None:
    steps = STATES[1:STATES.index(target) + 1]
    day = dt.date(YEAR, 3, 2) + dt.timedelta(days=slot)
    for action in steps:
        v = version(session, item_id)  # type: ignore[arg-type]
        if action == "claimed":
            claims.claim_item(session, CLERK, item_id, v, claimant_kind="volunteer",  # type: ignore[arg-type]
                              text="志愿者甲", on=dt.date(YEAR, 3, 1))
        elif action == "in_progress":
            start = dt.datetime.combine(day, dt.time(8))
            parts = [deliveries.Participation(office.person_ids[i], start,  # type: ignore[attr-defined]
                                              start + dt.timedelta(minutes=m))
                     for i, m in enumerate(spans)]
            deliveries.record_delivery(session, CLERK, item_id, v, deliveries.DeliveryData(  # type: ignore[arg-type]
                day, "社区", parts, beneficiaries=people))
        elif action == "delivered":
            deliveries.finish_item(session, CLERK, item_id, v, on=day)  # type: ignore[arg-type]
        elif action == "confirmed":
            for side in ("community", "unit"):
                signoff.sign_off(session, CLERK, item_id, version(session, item_id),  # type: ignore[arg-type]
                                 side=side, name="甲", post="书记", on=day)
        else:
            signoff.rate_item(session, CLERK, item_id, v, rating="basic", comment="",  # type: ignore[arg-type]
                              on=day)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=PLAN)
def test_stats_verb_matches_the_generated_data(plan: list[list[tuple]],
                                               sqlite_template: Path,
                                               tmp_path: Path) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    expected = {"items": 0, "claimed": 0, "delivered": 0, "minutes": 0, "beneficiaries": 0,
                "to_unit": 0, "to_community": 0, "basic": 0}
    by_state = dict.fromkeys(STATES, 0)
    one_way = []
    slot = 0
    try:
        with database.session() as session:
            office = build_office(session)
            names = ["巴中市供电公司江北供电所", "巴中市第三中学"]
            for unit, items in enumerate(plan):
                list_id = lists.create_list(session, CLERK, office.unit_ids[unit], YEAR)
                for direction, target, spans, people in items:
                    item_id = lists.add_item(session, CLERK, list_id, lists.ItemData(
                        "need" if direction == "to_community" else "offer", direction,
                        category(session), "事项", dt.date(YEAR, 6, 1)))
                    _drive(session, office, item_id, target, spans, people, slot)
                    slot += 1
                    expected["items"] += 1
                    expected[direction] += 1
                    by_state[target] += 1
                    reached = STATES.index(target)
                    expected["claimed"] += reached >= 1
                    expected["delivered"] += reached >= 3
                    expected["basic"] += target == "evaluated"
                    if reached >= 2:
                        expected["minutes"] += sum(spans)
                        expected["beneficiaries"] += people
                directions = {d for d, *_ in items}
                if len(directions) == 1:
                    one_way.append(names[unit])
    finally:
        database.dispose()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main.main(["stats", "services", "--db", str(path), "--year", str(YEAR),
                          "--json"]) == 0
    figures = json.loads(out.getvalue())
    assert figures["lists"] == len(plan)
    assert figures["items"] == expected["items"]
    assert figures["by_direction"] == {"to_unit": expected["to_unit"],
                                       "to_community": expected["to_community"]}
    assert {k: v for k, v in figures["by_state"].items() if k in by_state} == by_state
    assert figures["claimed"] == expected["claimed"]
    assert figures["delivered"] == expected["delivered"]
    assert figures["minutes"] == expected["minutes"]
    assert figures["beneficiaries"] == expected["beneficiaries"]
    assert figures["ratings"]["basic"] == expected["basic"]
    assert sorted(figures["one_way_units"]) == sorted(one_way)


@pytest.mark.parametrize(("minutes", "expected"), [(20, "0.33"), (135, "2.25"), (60, "1.00")])
def test_hours_are_exact(minutes: int, expected: str) -> None:
    assert hours(minutes) == Decimal(expected)
