"""The printed lists, evaluation sheet and ranking, rendered and read back; the export."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pypdf
import pytest

import main
from models.db import Database
from models.errors import UserError
from models.registry import orgs
from models.services import lists, signoff
from reports import service_lists
from tests.models.issues.helpers import CLERK, Office, build_office
from tests.models.services.helpers import category, drive, new_item, new_list


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    """Two units: the power station gives twice and is served; the school only receives."""
    with sqlite_db.session() as session:
        office = build_office(session)
        orgs.create_org(session, CLERK, office.community_id, name="中共兴文社区委员会",
                        kind="community_committee")
        power = new_list(session, office, unit=0)
        served = new_item(session, power, content="清理滨河步道垃圾")
        drive(session, office, served, "evaluated")  # two people, two hours each
        new_item(session, power, content="=HYPERLINK(\"x\")讲解用电安全")
        school = new_list(session, office, unit=1)
        lists.add_item(session, CLERK, school, lists.ItemData(
            "offer", "to_unit", category(session, "文体活动"), "社区文艺队到校演出",
            dt.date(2026, 5, 4), 200))
    return office


def test_the_list_carries_both_seal_blocks(sqlite_db: Database, office: Office,
                                           tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    main.main(["report", "services", "--db", str(sqlite_db.path), "--year", "2026",
               "--unit", "供电所", "--out", str(out)])
    text = text_of(out)
    assert "巴中市供电公司江北供电所 2026 年双服务清单" in text
    assert "中共兴文社区委员会（盖章）" in text
    assert "巴中市供电公司江北供电所党组织（盖章）" in text
    assert "社区党组织负责人" in text and "驻区单位党组织负责人" in text
    assert "清理滨河步道垃圾" in text and "已评价" in text
    # The evaluation sheet: 2 people × 2 hours, rated 满意, first of two units.
    assert "2026 年度双服务评价表" in text
    assert "服务关系：只付出" in text and "第 1 名（共 2 家）" in text
    assert "满意 1，基本满意 0，不满意 0" in text


def test_the_book_ranks_the_units(sqlite_db: Database, office: Office,
                                  tmp_path: Path) -> None:
    with sqlite_db.read_session() as session:
        report = service_lists.build(session, 2026)
    rows = service_lists.ranking_rows(report)
    assert [(r[0], r[1], r[7], r[12]) for r in rows] == [
        ("1", "巴中市供电公司江北供电所", "4", "只付出"), ("2", "巴中市第三中学", "0", "只受益")]
    out = tmp_path / "all.pdf"
    service_lists.render_services_report(sqlite_db, 2026, None, out)
    text = text_of(out)
    ranking = text.index("2026 年度驻区单位双服务排名")
    assert ranking < text.index("巴中市第三中学 2026 年双服务清单")


def test_an_unknown_unit_or_year_is_refused(sqlite_db: Database, office: Office,
                                            tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到驻区单位“税务局”"):
        service_lists.render_services_report(sqlite_db, 2026, "税务局", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="2019 年还没有双服务清单"):
        service_lists.render_services_report(sqlite_db, 2019, None, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_export_keeps_typed_text_as_text(sqlite_db: Database, office: Office,
                                             tmp_path: Path) -> None:
    with sqlite_db.read_session() as session:
        items = lists.item_rows(session, year=2026)
    out = service_lists.export_items(items, tmp_path / "items.xlsx")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("年度", "驻区单位", "序号")
    formula = next(r for r in rows[1:] if "HYPERLINK" in str(r[6]))
    assert formula[6] == "=HYPERLINK(\"x\")讲解用电安全"
    cell = next(c for c in sheet["G"] if "HYPERLINK" in str(c.value))
    assert cell.data_type == "s"
    assert rows[1][0] == 2026 and rows[1][7] == dt.datetime(2026, 4, 1)


def test_a_carried_over_item_is_marked(sqlite_db: Database, office: Office,
                                       tmp_path: Path) -> None:
    with sqlite_db.session() as session:
        signoff.carry_over(session, CLERK, 2026)  # the school's offer and the formula item
    out = tmp_path / "next.pdf"
    service_lists.render_services_report(sqlite_db, 2027, "第三中学", out)
    assert "社区文艺队到校演出（上年结转）" in text_of(out)
