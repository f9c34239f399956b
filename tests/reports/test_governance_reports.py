"""The patrol register and the mediation agreement, rendered and read back."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from models.db import Database
from models.errors import UserError
from models.governance import mediation, patrols
from reports import governance_agreement, governance_patrols
from tests.models.issues.helpers import CLERK, TODAY, build_office

ID_NUMBER = "11010519491231002X"


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_register_lists_each_finding_and_sums_the_month(sqlite_db: Database,
                                                            tmp_path: Path) -> None:
    with sqlite_db.session() as session:
        office = build_office(session)
        patrol = patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=dt.date(2026, 6, 3), route="兴文路沿线",
            member_ids=office.person_ids[:2]),
            [patrols.FindingData("楼道堆放杂物", settled=True, settled_note="当场清理"),
             patrols.FindingData("路灯不亮")], today=TODAY)
        patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=dt.date(2026, 5, 31), route="五月的路线",
            member_ids=office.person_ids[:1]), today=TODAY)
        sent = patrols.get_patrol(session, patrol).findings[1]
        status = patrols.send_finding(session, CLERK, sent.id, sent.version,
                                      category_id=office.categories["市政设施/路灯"],
                                      today=TODAY)
    with sqlite_db.read_session() as session:
        register = governance_patrols.build(session, 2026, 6)
    text = _text(governance_patrols.render(register, tmp_path / "register.pdf"))
    assert "红袖章巡查登记簿" in text and "2026年6月" in text
    assert "楼道堆放杂物" in text and "当场清理" in text
    assert status.number in text
    assert "五月的路线" not in text
    assert "巡查 1 次" in text and "发现 2 项" in text
    assert "网格内解决 1" in text and "已转问题台账，办理中 1" in text


def _case(database: Database, outcome: str) -> int:
    with database.session() as session:
        office = build_office(session)
        case = mediation.open_case(session, CLERK, office.community_id, mediation.CaseData(
            opened_on=dt.date(2026, 6, 5), dispute_type="leak", summary="卫生间漏水",
            parties=(mediation.PartyData("first", "赵春梅", id_number=ID_NUMBER),
                     mediation.PartyData("second", "钱刚")),
            mediators=("何春梅", "王建国")), today=TODAY)
        version = mediation.get_case(session, case).version
        mediation.close_case(session, CLERK, case, version, outcome=outcome,
                             closed_on=dt.date(2026, 6, 9),
                             agreement="乙方修复防水层\n乙方补偿八百元" if outcome != "failed"
                             else "", today=TODAY)
    return case


def test_the_agreement_names_the_terms_and_has_a_line_for_every_signature(
        sqlite_db: Database, tmp_path: Path) -> None:
    case = _case(sqlite_db, "agreement")
    with sqlite_db.read_session() as session:
        built = governance_agreement.build(session, case)
    text = _text(governance_agreement.render(built, tmp_path / "agreement.pdf"))
    assert "调解协议书" in text and "TJ-2026-001" in text
    assert "1. 乙方修复防水层" in text and "2. 乙方补偿八百元" in text
    assert "110105********002X" in text and ID_NUMBER not in text
    for signer in ("甲方 赵春梅（签名）", "乙方 钱刚（签名）", "调解员 何春梅（签名）",
                   "调解员 王建国（签名）"):
        assert signer in text
    assert "2026年6月9日" in text


def test_a_failed_case_has_no_agreement(sqlite_db: Database) -> None:
    case = _case(sqlite_db, "failed")
    with sqlite_db.read_session() as session, pytest.raises(UserError, match="尚未达成协议"):
        governance_agreement.build(session, case)
