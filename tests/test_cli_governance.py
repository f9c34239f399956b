"""`report patrols` and `stats governance` on a database whose patrols the test wrote."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pypdf import PdfReader

from models.db import open_database
from models.governance import patrols
from tests.models.issues.helpers import CLERK, TODAY, build_office
from tests.test_cli import run


def _database(path: Path) -> None:
    database = open_database(str(path))
    with database.session() as session:
        office = build_office(session)
        patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=dt.date(2026, 6, 3), route="兴文路沿线",
            member_ids=office.person_ids[:2]),
            [patrols.FindingData("楼道堆放杂物", settled=True),
             patrols.FindingData("路灯不亮",
                                 send_category_id=office.categories["市政设施/路灯"])],
            today=TODAY)
    database.dispose()


def test_report_patrols_and_stats_governance(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    _database(path)
    out = tmp_path / "patrols.pdf"
    result = run("report", "patrols", "--db", str(path), "--month", "2026-06",
                 "--out", str(out), data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "红袖章巡查登记簿" in text and "WT-2026-0001" in text
    result = run("stats", "governance", "--db", str(path), "--year", "2026", "--json",
                 data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["patrols"] == 1 and figures["findings"] == 2
    assert figures["findings_by_where"]["grid"] == 1
    assert figures["findings_by_where"]["in_ledger"] == 1


def test_report_patrols_refuses_a_bad_month(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    _database(path)
    result = run("report", "patrols", "--db", str(path), "--month", "2026-13",
                 "--out", str(tmp_path / "x.pdf"), data=tmp_path / "data")
    assert result.returncode != 0 and "2026-11" in result.stderr
