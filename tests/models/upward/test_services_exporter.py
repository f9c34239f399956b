"""双服务清单 goes up as the year's `stats services` figures, aggregates only; the street
sums them and recomputes the hours from the summed minutes."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.db import Database, open_database
from models.demo import create_demo_database
from models.services.stats import service_stats
from models.upward import schemas
from models.upward import services as exporter
from models.upward.modules import ExportContext, RecordIds
from models.upward.period import parse_period


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(str(tmp_path_factory.mktemp("services") / "demo.db"))
    create_demo_database(database)
    return database


def test_the_quarters_package_carries_the_years_service_figures(demo: Database) -> None:
    year = dt.date.today().year
    with demo.read_session() as session:
        data = exporter.export(session, parse_period(f"{year}-Q2"),
                               ExportContext(RecordIds(session)))
        own = service_stats(session, year)
    schemas.check("services", json.loads(json.dumps(data)), "data/services.json")
    figures = data["figures"]
    assert figures["items"] > 0 and figures["lists"] > 0  # the demo has lists
    for key in ("lists", "items", "by_direction", "by_state", "claimed", "delivered",
                "minutes", "hours", "beneficiaries", "ratings", "one_way"):
        assert figures[key] == own[key], key
    assert figures["one_way_units"] == len(own["one_way_units"])  # type: ignore[arg-type]
    assert data["records"] == []
    street = exporter.aggregate([data, data, data])
    assert street["items"] == 3 * figures["items"]
    assert street["minutes"] == 3 * figures["minutes"]


def test_hours_are_recomputed_not_summed_as_text() -> None:
    one = {"figures": {"minutes": 20, "hours": "0.33", "items": 1}}
    assert exporter.aggregate([one, one, one]) == {"minutes": 60, "hours": "1.00", "items": 3}
