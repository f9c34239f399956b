"""小区治理 goes up as the figures of `stats governance` for the period, aggregates only."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.db import Database, open_database
from models.demo import create_demo_database
from models.governance.stats import governance_stats
from models.upward import governance as exporter
from models.upward import schemas
from models.upward.modules import ExportContext, RecordIds
from models.upward.period import parse_period


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(str(tmp_path_factory.mktemp("gov") / "demo.db"))
    create_demo_database(database)
    return database


def test_the_years_package_carries_the_communitys_own_governance_statistics(
        demo: Database) -> None:
    year = dt.date.today().year  # the demo's patrols, meetings and cases are this year's
    with demo.read_session() as session:
        data = exporter.export(session, parse_period(str(year)),
                               ExportContext(RecordIds(session)))
        own = governance_stats(session, year, today=dt.date(year, 12, 31))
    schemas.check("governance", json.loads(json.dumps(data)), "data/governance.json")
    figures = data["figures"]
    assert {k: v for k, v in figures.items() if k != "party_home_spent"} == {
        k: v for k, v in own.items() if k != "year"}
    fen = figures["party_home_spent_fen"]
    assert figures["party_home_spent"] == f"{fen // 100}.{fen % 100:02d}"
    assert figures["patrols"] > 0 and figures["joint_meetings"] > 0  # not an empty year
    assert data["records"] == []
    street = exporter.aggregate([data, data])
    assert street["patrols"] == 2 * figures["patrols"]
    assert street["party_home_spent_fen"] == 2 * fen
    assert sum(street["findings_by_where"].values()) == 2 * sum(
        figures["findings_by_where"].values())


def test_a_money_figure_as_a_float_is_refused_by_the_schema(demo: Database) -> None:
    from models.errors import UserError  # noqa: PLC0415

    with demo.read_session() as session:
        data = exporter.export(session, parse_period("2026-Q1"),
                               ExportContext(RecordIds(session)))
    data["figures"]["party_home_spent_fen"] = 12.5
    with pytest.raises(UserError):
        schemas.check("governance", data, "data/governance.json")
