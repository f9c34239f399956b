"""问题台账 PDF from the 100,000-problem database: reports.issue_ledger against LibreOffice.

Run (see README.md):
    .venv/bin/python -m pytest tests/benchmarks/test_issue_ledger_pdf.py --benchmark-only \\
        --benchmark-enable -s

Ours is the whole `report issues` path: render_issue_ledger(database, start, end, out)
(the filtered ids, the Core rows in chunks, the cells, layout and drawing). LibreOffice
converts the very same cells from an .xlsx written with openpyxl beforehand (landscape A4,
header row repeated, wrapped description, page numbers in the footer); only its
conversion is timed. The periods end on the generator's last day and reach back far
enough for about 1,000 and 10,000 problems (ties on the first day make a few more).
Goal (issue 4): ours ≤ 0.3× LibreOffice at 1,000 rows and ≤ 0.5× at 10,000 rows; the
ratio is in `extra_info["ours_to_libreoffice"]` and printed with -s.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from models.db import Database
from models.issues.entities import Problem
from reports import issue_ledger
from tests.benchmarks.make_issue_db import LAST_DAY

SIZES = (1_000, 10_000)
_ours: dict[int, float] = {}


def period_for(database: Database, count: int) -> tuple[dt.date, dt.date]:
    """The period ending on LAST_DAY that holds (at least) `count` problems."""
    with database.read_session() as session:
        first = session.execute(select(Problem.found_on).order_by(Problem.found_on.desc())
                                .offset(count - 1).limit(1)).scalar_one()
    return first, LAST_DAY


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_xlsx(context: issue_ledger.IssueLedger, path: Path) -> None:
    """The ledger's own cells, laid out as a clerk would before printing from Calc."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = issue_ledger.TITLE
    sheet.append([column.header for column in issue_ledger.COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in context.rows:
        sheet.append(issue_ledger.cells(row))
    wrap = Alignment(wrap_text=True, vertical="center")
    for index, column in enumerate(issue_ledger.COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width * 11
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.alignment = wrap
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.center.text = issue_ledger.TITLE
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"
    book.save(path)


@pytest.mark.parametrize("count", SIZES)
def test_ours(benchmark, issue_db: Database, tmp_path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"issue-ledger-pdf-{count}"
    start, end = period_for(issue_db, count)
    target = tmp_path / "ledger.pdf"
    benchmark.pedantic(issue_ledger.render_issue_ledger, args=(issue_db, start, end, target),
                       kwargs={"today": LAST_DAY}, rounds=5 if count < 5000 else 3,
                       iterations=1, warmup_rounds=1)
    with issue_db.read_session() as session:
        rows = len(issue_ledger.build(session, issue_ledger.LedgerParams(start, end)).rows)
    assert count <= rows < count + 100 and target.stat().st_size > 0
    benchmark.extra_info["rows"] = rows
    _ours[count] = benchmark.stats.stats.median


@pytest.mark.timeout(3600)
@pytest.mark.skipif(_office() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("count", SIZES)
def test_libreoffice(benchmark, issue_db: Database, tmp_path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"issue-ledger-pdf-{count}"
    office = _office()
    assert office is not None
    start, end = period_for(issue_db, count)
    with issue_db.read_session() as session:
        context = issue_ledger.build(session, issue_ledger.LedgerParams(start, end,
                                                                        today=LAST_DAY))
    source = tmp_path / "ledger.xlsx"
    write_xlsx(context, source)
    profile = (tmp_path / "lo-profile").as_uri()  # own profile: no clash with a running office
    command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(tmp_path / "out"), str(source)]

    def convert() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=1800)

    benchmark.pedantic(convert, rounds=3 if count < 5000 else 2, iterations=1,
                       warmup_rounds=1)
    assert (tmp_path / "out" / "ledger.pdf").stat().st_size > 0
    median = benchmark.stats.stats.median
    benchmark.extra_info["rows"] = len(context.rows)
    if count in _ours:
        ratio = _ours[count] / median
        benchmark.extra_info["ours_to_libreoffice"] = round(ratio, 3)
        goal = 0.3 if count < 5000 else 0.5
        print(f"\n问题台账 {len(context.rows):,} rows: ours {_ours[count]:.3f} s, "
              f"LibreOffice {median:.3f} s, ratio {ratio:.3f} (goal ≤ {goal})")
