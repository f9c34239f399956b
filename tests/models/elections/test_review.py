"""资格审查 from the property company's arrears list, and the two printed course forms."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from openpyxl import Workbook

from models.auth import SYSTEM
from models.db import Database
from models.elections import course
from models.elections.course import ArrearsRow
from models.errors import UserError
from reports import election_forms, election_sheets
from tests.models.elections.test_votes import compound, make_vote, row  # noqa: F401

TODAY = dt.date(2026, 11, 30)
CANDIDATES = ["王建国", "李秀英", "张志强"]


def election(db: Database, compound: int) -> int:  # noqa: F811
    return make_vote(db, compound, [row("101", "90", ("甲", ""))], matter=3,
                     items=CANDIDATES, seats=2)


def test_candidates_on_the_arrears_list_are_found_ineligible_with_the_reason(
        db: Database, compound: int) -> None:  # noqa: F811
    vote = election(db, compound)
    with db.session() as session:
        course.review_candidate(session, SYSTEM, vote, course.ReviewData(
            "张志强", "业主联名推荐", True, "周主任", dt.date(2026, 11, 1)))
        marked = course.apply_arrears(session, SYSTEM, vote, [
            ArrearsRow(("李秀英", "刘强"), "3栋-1单元-502", "1,234.00", 2),
            ArrearsRow(("赵六",), "4栋-101", "", 3)], TODAY)
    assert marked == ["李秀英"]
    with db.read_session() as session:
        found = {r.candidate: r for r in course.reviews(session, vote)}
    assert found["李秀英"].eligible is False and found["李秀英"].reviewed_on == TODAY
    assert "3栋-1单元-502" in found["李秀英"].reason and "1,234.00 元" in found["李秀英"].reason
    assert found["王建国"].eligible is None  # not on the list: not reviewed by it
    assert found["张志强"].eligible is True and found["张志强"].reviewer == "周主任"


def test_only_an_election_has_candidates_to_review(db: Database,
                                                   compound: int) -> None:  # noqa: F811
    vote = make_vote(db, compound, [row("101", "90", ("甲", ""))])
    with db.session() as session, pytest.raises(UserError, match="选举业主委员会"):
        course.apply_arrears(session, SYSTEM, vote, [ArrearsRow(("续聘",))], TODAY)


def test_the_arrears_sheet_is_read_with_co_owners_and_units(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["翰林苑物业费欠费名单"])
    book.active.append(["楼栋", "单元", "房号", "业主姓名", "欠费金额"])
    book.active.append(["3栋", "1单元", "502", "李秀英、刘强", "1234.00"])
    book.active.append([None, None, None, None, None])
    book.active.append(["5栋", None, "101", "赵六", None])
    book.save(tmp_path / "arrears.xlsx")
    rows = election_sheets.read_arrears(tmp_path / "arrears.xlsx")
    assert [(r.names, r.unit, r.amount) for r in rows] == [
        (("李秀英", "刘强"), "3栋-1单元-502", "1234.00"), (("赵六",), "5栋-101", "")]


def _text(path: Path) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\n", "")


def test_the_review_form_shows_every_candidate_and_the_gaps(
        sqlite_db: Database, tmp_path: Path) -> None:
    vote = election(sqlite_db, _compound(sqlite_db))
    with sqlite_db.session() as session:
        course.apply_arrears(session, SYSTEM, vote, [ArrearsRow(("李秀英",), "3栋-502")], TODAY)
    with sqlite_db.read_session() as session:
        forms = election_forms.build(session, vote, TODAY)
    text = _text(election_forms.render_review(forms, tmp_path / "review.pdf"))
    assert "候选人资格审查表" in text and all(name in text for name in CANDIDATES)
    assert "不符合" in text and "3栋-502" in text
    assert "候选人 3 名，符合 0 名，未审查 2 名" in text


def test_the_filing_checklist_ticks_what_was_handed_in_and_dates_the_deadline(
        sqlite_db: Database, tmp_path: Path) -> None:
    vote = election(sqlite_db, _compound(sqlite_db))
    with sqlite_db.session() as session:
        course.save_course(session, SYSTEM, vote, course.CourseData(
            elected_on=dt.date(2026, 10, 1), first_meeting_on=dt.date(2026, 10, 5),
            filing_documents=("management_rules",)))
    with sqlite_db.read_session() as session:
        forms = election_forms.build(session, vote, TODAY)
    rows = election_forms.filing_rows(forms)
    by_label = {r[1]: r[2] for r in rows}
    assert by_label["管理规约"] == "已提交" and by_label["业主大会议事规则"] == "未提交"
    # Elected on 1 October: filing due by 31 October, not done by 30 November.
    assert any("2026-10-31" in label and state == "已超期" for label, state in by_label.items())
    assert any("2026-10-08" in label and state == "按期完成" for label, state in by_label.items())
    text = _text(election_forms.render_filing(forms, tmp_path / "filing.pdf"))
    assert "备案材料清单" in text and "已超期" in text


def _compound(database: Database) -> int:
    from models.registry import places  # noqa: PLC0415

    with database.session() as session:
        street = places.create_street(session, SYSTEM, name="东城街道")
        community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
        return places.create_compound(session, SYSTEM, community,
                                      places.CompoundData(name="翰林苑"))
