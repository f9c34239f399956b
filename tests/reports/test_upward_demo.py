"""`demo --street`: three communities sent this year's quarters, one late, one corrected
(the communities here are the small test office instead of full demo databases)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from models import records
from models.auth import SYSTEM
from models.db import Database, open_database
from models.office import Office
from models.upward import street
from models.upward.period import parse_period
from models.users_entities import User
from reports import upward_demo
from tests.models.upward.helpers import build_community


def test_three_communities_one_late_one_corrected(
        tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def small_community(path: Path, name: str, code: str, seed: int) -> Database:
        shutil.copyfile(sqlite_template, path)
        database = open_database(str(path))
        with database.session() as session:
            build_community(database, session, code=code, name=name)
            office = session.execute(select(Office)).scalar_one()
            records.update(session, SYSTEM, office, office.version, "单位", {"name": name})
        return database
    monkeypatch.setattr(upward_demo, "_community", small_community)
    target = tmp_path / "street.db"
    shutil.copyfile(sqlite_template, target)
    database = open_database(str(target))
    today = dt.date(2026, 11, 30)
    demo = upward_demo.build_street_demo(database, tmp_path / "communities", today=today,
                                         say=lambda _text: None)
    assert len(demo.packages) == 3 * 3 + 1
    with database.read_session() as session:
        grid = street.completeness(session, 2026, "quarter", today)
        q1 = street.street_stats(session, parse_period("2026-Q1"))
        users = set(session.scalars(select(User.username)))
    database.dispose()
    late = [(name, [c.late for c in cells]) for _, name, cells in grid.rows]
    assert late == [("兴文社区", [False] * 4), ("回风社区", [False, True, False, False]),
                    ("滨河社区", [False] * 4)]
    assert [c["sequence"] for c in q1["communities"]] == [1, 1, 2]
    assert {"admin", "jingban"} <= users  # a clerk can log in to the demo street
