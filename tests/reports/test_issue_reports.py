"""The issue ledger's printed documents as a reader sees them (pypdf text extraction):
问题台账 (ledger), 督办函 (GB/T 9704 letter) and 问题台账统计表 (statistics), all built from a
demo year of the ledger (models.demo.build_demo + models.issues.demo.build_issue_demo)."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pypdf
import pytest

from models.auth import Actor
from models.db import Database, open_database
from models.demo import build_demo
from models.errors import FieldError, UserError
from models.issues import letters, problems
from models.issues.demo import build_issue_demo
from models.issues.ledger import ProblemFilter, problem_ids
from models.issues.stats import issue_stats
from models.issues.taxonomy import list_categories
from models.issues.ui_queries import (
    check_problem,
    lookups,
    problem_ids_by_number,
    responsible,
    review_candidates,
)
from reports import issue_ledger, issue_letter
from reports import issue_stats as stats_report
from reports.pdf import register_fonts
from reports.pdf.ledger import PAGE_SIZE
from reports.pdf.ledger_layout import layout_ledger
from tests.models.issues.helpers import TODAY as H_TODAY
from tests.models.issues.helpers import build_office, drive, problem_data
from tests.support.users import add_demo_users

TODAY = dt.date(2026, 11, 25)
START, END = dt.date(2025, 11, 1), TODAY
CLERK = Actor("jingban", "张小军", "clerk")
_A = "楼顶防水层老化开裂，雨季顶楼六户住户家中墙面渗水发霉，"
_B = "物业多次修补未见成效，业主要求启用专项维修资金整体翻修；"
LONG = "".join(f"{_A}第{i}次反映时{_B}" for i in range(1, 13))  # about 600 characters


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A demo year ending on TODAY, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("issue-reports") / "demo.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    with database.session() as session:
        add_demo_users(session)
        office = build_demo(session)
        build_issue_demo(session, office, 2026, today=TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    database = open_database(str(copy))
    yield database
    database.dispose()


def squashed_pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def font_names(path: Path) -> list[str]:
    """The BaseFont of every font on every page; each must be an embedded TrueType file."""
    names = []
    for page in pypdf.PdfReader(path).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            names.append(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    return names


def test_ledger_has_title_cells_page_numbers_and_header_on_every_page(
        demo: Database, tmp_path: Path) -> None:
    with demo.read_session() as session:
        context = issue_ledger.build(session, issue_ledger.LedgerParams(START, END,
                                                                        today=TODAY))
    path = issue_ledger.render(context, tmp_path / "ledger.pdf")
    pages = squashed_pages(path)
    total = len(pages)
    assert total >= 2 and len(context.rows) >= 100
    first = pages[0]
    assert first.startswith("问题台账") and "填报单位：兴文社区" in first
    assert "发现日期：2025年11月1日至2026年11月25日" in first
    assert f"共{len(context.rows)}件，其中逾期未办结{context.overdue}件" in first
    assert context.overdue > 0
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{total}页" in page
        assert "编号发现日期来源类别小区/楼栋问题层级责任单位期限报到督办状态办结日期" in page
    row = next(r for r in context.rows if r.overdue and r.responsible)
    text = "".join(pages)
    assert row.number in text and row.responsible in text and row.title in text
    assert f"逾期{row.days_overdue}天" in text
    # Rows run in the order found, so the first problem of the period opens page 1.
    assert context.rows[0].number in first and context.rows[0].found_on >= START


def _log_long_problem(database: Database, description: str, found_on: dt.date) -> str:
    with database.session() as session:
        category = next(c.id for c in list_categories(session) if c.name == "屋顶漏水")
        created = problems.create_problem(
            session, CLERK, lookups(session).community_id, problems.ProblemData(
                source="ground", category_id=category, found_on=found_on,
                title="翰林苑2栋屋顶漏水", description=description), today=TODAY)
    return created.number


def test_long_description_moves_whole_to_the_next_page(demo: Database, tmp_path: Path) -> None:
    number = _log_long_problem(demo, LONG[:300], dt.date(2026, 6, 1))
    out = issue_ledger.render_issue_ledger(demo, dt.date(2026, 5, 1), dt.date(2026, 7, 31),
                                           tmp_path / "ledger.pdf", today=TODAY)
    holding = [p for p in squashed_pages(out) if number in p]
    assert len(holding) == 1  # the row is never cut across a page when it fits on one
    assert f"翰林苑2栋屋顶漏水：{LONG[:300]}" in holding[0]


def test_description_longer_than_a_page_continues_overleaf(demo: Database,
                                                           tmp_path: Path) -> None:
    longest = (LONG * 7)[:problems.DESCRIPTION_LIMIT]
    day = dt.date(2026, 11, 24)  # alone in its one-day period
    _log_long_problem(demo, longest, day)
    out = issue_ledger.render_issue_ledger(demo, day, day, tmp_path / "ledger.pdf",
                                           today=TODAY)
    pages = squashed_pages(out)
    assert len(pages) >= 2
    header = "编号发现日期来源类别小区/楼栋问题层级责任单位期限报到督办状态办结日期"
    assert all(header in page for page in pages)  # repeated above the continuation
    body = "".join(page.split(header, 1)[1] for page in pages).replace("已收集", "", 1)
    assert f"翰林苑2栋屋顶漏水：{longest}" in body  # every character, in order


def test_ledger_font_is_embedded_cjk_never_helvetica(demo: Database, tmp_path: Path) -> None:
    out = issue_ledger.render_issue_ledger(demo, START, END, tmp_path / "ledger.pdf",
                                           today=TODAY)
    names = font_names(out)
    assert names and not any("Helvetica" in name for name in names)


def test_letter_is_issued_once_then_reprinted(demo: Database, tmp_path: Path) -> None:
    with demo.read_session() as session:
        assigned = problem_ids(session, ProblemFilter(states=frozenset({"assigned"})))
        problem_id = next(p for p in assigned
                          if not letters.list_letters(session, problem_id=p))
        before = letters.list_letters(session, year=TODAY.year)
    out = issue_letter.render_problem_letter(demo, problem_id, tmp_path / "letter.pdf",
                                             today=TODAY)
    with demo.read_session() as session:
        issued = letters.list_letters(session, problem_id=problem_id)
    assert len(issued) == 1
    letter = issued[0]
    assert letter.seq == max(x.seq for x in before) + 1  # the year's next 文号, no gap
    text = "".join(squashed_pages(out))
    assert re.search(r"兴文社区〔2026〕\d+号", text)
    assert letter.number in text and "—1—" not in text  # 信函: no number on page 1
    assert re.sub(r"\s+", "", letter.title) in text
    assert f"{letter.recipient}：" in text and "中共兴文社区综合委员会" in text
    assert "特此督办。" in text and "2026年11月25日" in text
    assert not any("Helvetica" in name for name in font_names(out))
    again = issue_letter.render_problem_letter(demo, problem_id, tmp_path / "again.pdf",
                                               today=TODAY)
    with demo.read_session() as session:
        assert len(letters.list_letters(session, problem_id=problem_id)) == 1
    assert letter.number in "".join(squashed_pages(again))


def test_letter_refused_for_a_problem_not_assigned(demo: Database, tmp_path: Path) -> None:
    with demo.read_session() as session:
        waiting = problem_ids(session, ProblemFilter(states=frozenset({"collected"})))[0]
    with pytest.raises(UserError) as refused:
        issue_letter.render_problem_letter(demo, waiting, tmp_path / "x.pdf", today=TODAY)
    assert "尚未交办" in refused.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_statistics_pdf_prints_the_service_figures(demo: Database, tmp_path: Path) -> None:
    with demo.read_session() as session:
        report = stats_report.build(session, START, END, as_of=TODAY)
    stats = report.stats
    path = stats_report.render(report, tmp_path / "stats.pdf")
    text = "".join(squashed_pages(path))
    assert text.startswith("问题台账统计表") and "统计日：2026-11-25" in text
    t = stats.total
    assert f"合计{t.collected}{t.in_scope}{t.out_of_scope}{t.pending_review}{t.solved}" \
           f"{t.open}{t.overdue}{t.on_time}" in text
    assert t.open == t.collected - t.solved - t.out_of_scope  # overdue is inside open
    rate = stats_report.percent(t.on_time_rate)
    exact = Decimal(t.on_time * 100) / Decimal(t.solved + t.overdue)
    assert rate == f"{exact.quantize(Decimal('0.01'), ROUND_HALF_UP)}%"
    assert rate in text
    for group in (*stats.by_source, *stats.by_category, *stats.by_level, *stats.by_unit):
        f = group.figures
        line = (f"{group.label}{f.collected}{f.in_scope}{f.out_of_scope}{f.pending_review}"
                f"{f.solved}{f.open}{f.overdue}{f.on_time}{stats_report.percent(f.on_time_rate)}")
        assert re.sub(r"\s+", "", line) in text, group.label
    for heading in ("一、按问题来源", "二、按问题类别", "三、按响应层级", "四、按责任单位"):
        assert heading in text


def test_stats_json_is_the_service_figures(demo: Database) -> None:
    printed = json.loads(stats_report.issue_stats_json(demo, START, END, as_of=TODAY))
    with demo.read_session() as session:
        expected = issue_stats(session, START, END, as_of=TODAY).as_json()
    assert printed == expected
    assert printed["total"]["collected"] == sum(s["collected"] for s in printed["by_source"])


def test_percent_rounds_half_up_on_exact_fractions() -> None:
    assert stats_report.percent(Fraction(2, 3)) == "66.67%"
    assert stats_report.percent(Fraction(1, 8)) == "12.50%"
    assert stats_report.percent(Fraction(1, 800)) == "0.13%"  # 0.125 % → 0.13 %
    assert stats_report.percent(Fraction(1)) == "100.00%"
    assert stats_report.percent(None) == "—"


def test_reports_and_screen_queries_on_both_backends(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        office = build_office(session)
        closed = drive(session, office, "closed")
        late = drive(session, office, "assigned", title="阳光花园化粪池外溢")
        waiting = drive(session, office, "collected", found_on=dt.date(2026, 2, 1))
        turned = drive(session, office, "out_of_scope")
    with db.read_session() as session:
        context = issue_ledger.build(session, issue_ledger.LedgerParams(
            dt.date(2026, 1, 1), dt.date(2026, 6, 30), today=H_TODAY))
        found = lookups(session)
        candidates = [r.id for r in review_candidates(session, today=H_TODAY)]
        errors = check_problem(session, problem_data(office, title="",
                                                     category_id=office.categories["环境卫生"]))
        named = problem_ids_by_number(session, "numbers", f"{late.number}、{closed.number}")
        with pytest.raises(FieldError) as unknown:
            problem_ids_by_number(session, "numbers", f"{late.number} WT-2026-9999")
        answering = responsible(session, late.id)
    assert [r.id for r in context.rows] == [closed.id, late.id, turned.id, waiting.id]
    assert context.overdue == 1 and next(r for r in context.rows if r.overdue).id == late.id
    assert found.office == "兴文社区" and found.community_id == office.community_id
    assert [name for _, name in found.units] == sorted(name for _, name in found.units)
    assert found.departments == ("巴州区综合行政执法局",)
    assert candidates == [turned.id, waiting.id]  # oldest first; 未纳入 may be revisited
    assert set(errors) == {"title", "category_id"}
    assert named == (late.id, closed.id)
    assert unknown.value.field == "numbers" and "WT-2026-9999" in unknown.value.message
    assert answering.department == "巴州区综合行政执法局" and answering.assignment_id
    text = "".join(squashed_pages(issue_ledger.render(context, tmp_path / "ledger.pdf")))
    assert "阳光花园化粪池外溢" in text and "逾期150天" in text
    letter = issue_letter.render_problem_letter(db, late.id, tmp_path / "letter.pdf",
                                                today=H_TODAY)
    assert "兴文社区〔2026〕1号" in "".join(squashed_pages(letter))


@pytest.mark.usefixtures("faces")
def test_ledger_prints_reporting_and_letters_with_a_readable_problem_column(
        demo: Database, tmp_path: Path) -> None:
    with demo.read_session() as session:
        context = issue_ledger.build(session, issue_ledger.LedgerParams(START, END,
                                                                        today=TODAY))
        letter = letters.list_letters(session)[0]
    row = next(r for r in context.rows if r.id == letter.problem_id)
    follow = context.follow[row.id]
    assert follow.letter and follow.letters >= 1 and follow.reported_on is not None
    doc = issue_ledger.document(context)
    layout = layout_ledger(doc, register_fonts(), PAGE_SIZE)
    geometry = layout.geometry
    headers = [column.header for column in doc.columns]
    problem = headers.index("问题")
    width = geometry.col_x[problem + 1] - geometry.col_x[problem]
    assert width >= 24 * doc.font_size + 6  # at least 24 characters a line
    dated = [headers.index(h) for h in ("编号", "发现日期", "期限", "报到", "办结日期")]
    for page in layout.pages:
        for piece in page.slices:
            if piece.row.data:
                assert all(len(piece.row.cells[c]) <= 1 for c in dated)  # never wrapped
    path = issue_ledger.render(context, tmp_path / "ledger.pdf")
    text = "".join(squashed_pages(path))
    assert re.sub(r"\s+", "", letter.number) in text
    assert follow.reported_on.isoformat() in text


def test_last_page_never_holds_a_single_row_when_rows_can_balance(
        demo: Database, tmp_path: Path) -> None:
    with demo.read_session() as session:
        context = issue_ledger.build(session, issue_ledger.LedgerParams(START, END,
                                                                        today=TODAY))
    fonts = register_fonts()
    counts = [len(layout_ledger(issue_ledger.document(
        issue_ledger.IssueLedger(context.office, START, END, context.rows[:n], TODAY)),
        fonts, PAGE_SIZE).pages[-1].slices) for n in range(2, 40)]
    assert 1 not in counts  # no count of rows leaves one row alone on the last page
    pages = [len(layout_ledger(issue_ledger.document(
        issue_ledger.IssueLedger(context.office, START, END, context.rows[:n], TODAY)),
        fonts, PAGE_SIZE).pages) for n in range(2, 40)]
    assert max(pages) >= 3  # the range does turn pages


def test_period_line_says_exactly_what_was_filtered(demo: Database) -> None:
    with demo.read_session() as session:
        compound = next(c for c in lookups(session).compounds if "翰林苑" in c[1])
        params = issue_ledger.LedgerParams(
            dt.date(2026, 1, 1), None, ProblemFilter(
                source="ground", states=frozenset({"assigned", "in_progress"}),
                compound_id=compound[0], overdue_only=True, text="漏水"),
            today=TODAY, condition="这段文字不应出现")
        context = issue_ledger.build(session, params)
    assert context.period == ("发现日期：2026年1月1日起　来源：社区一线查找，"
                              f"状态：办理中、已交办，小区：{compound[1]}，只看逾期，含“漏水”")
