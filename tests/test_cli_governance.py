"""`report patrols` and `stats governance` on a database whose patrols the test wrote."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pypdf import PdfReader

from models.db import open_database
from models.governance import mediation, patrols
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


def _mediated(path: Path) -> None:
    """An office with case TJ-2026-001 closed by agreement and TJ-2026-002 still open."""
    database = open_database(str(path))
    with database.session() as session:
        office = build_office(session)
        cases = [mediation.open_case(session, CLERK, office.community_id, mediation.CaseData(
            opened_on=dt.date(2026, 6, 5), dispute_type="leak", summary=summary,
            parties=(mediation.PartyData("first", "赵春梅", id_number="11010519491231002X"),
                     mediation.PartyData("second", "吴德明")),
            mediators=("何春梅",)), today=TODAY)
            for summary in ("楼上卫生间漏水至楼下", "车位被占")]
        version = mediation.get_case(session, cases[0]).version
        mediation.close_case(session, CLERK, cases[0], version, outcome="agreement",
                             closed_on=dt.date(2026, 6, 8), agreement="吴德明承担维修费用",
                             today=TODAY)
    database.dispose()


def test_report_agreement_prints_the_case_named_by_number(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    _mediated(path)
    out = tmp_path / "agreement.pdf"
    result = run("report", "agreement", "--db", str(path), "--case", "TJ-2026-001",
                 "--out", str(out), data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "调解协议书" in text and "吴德明承担维修费用" in text
    assert "110105********002X" in text and "11010519491231002X" not in text
    for case, words in (("TJ-2026-002", "尚未达成协议"), ("TJ-2026-099", "找不到调解案件")):
        result = run("report", "agreement", "--db", str(path), "--case", case,
                     "--out", str(tmp_path / "x.pdf"), data=tmp_path / "data")
        assert result.returncode == 1 and words in result.stderr
