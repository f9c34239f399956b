"""Ledger PDF speed: our engine against LibreOffice converting the same rows from an .xlsx.

Run (see README.md):
    .venv/bin/python -m pytest tests/benchmarks --benchmark-only --benchmark-enable

Each size is one benchmark group, so pytest-benchmark's table shows the engine and
LibreOffice side by side with their ratio. Goal (issue 4): engine ≤ 0.3× LibreOffice at
1,000 rows and ≤ 0.5× at 10,000 rows.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import random
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from reports.pdf import Align, Column, LedgerDocument, render_ledger

SIZES = (1_000, 10_000)
COLUMNS = [
    Column("序号", 0.5, Align.CENTER), Column("发现日期", 0.9, Align.CENTER),
    Column("问题来源", 0.9), Column("问题类别", 1.1), Column("小区/楼栋", 1.0),
    Column("问题描述", 3.2), Column("责任单位", 1.1), Column("响应层级", 0.6, Align.CENTER),
    Column("办理状态", 0.6, Align.CENTER), Column("涉及金额（元）", 0.9, Align.RIGHT),
]
SOURCES = ("上级交办", "驻区单位收集", "社区一线查找")
CATEGORIES = ("环境卫生/垃圾清运", "市政设施/路灯维修", "物业管理/电梯故障", "公共安全/消防通道",
              "民生服务/停车难", "园林绿化/树木修剪", "供水供电/管网老化")
PLACES = ("锦绣小区3栋", "兴文花园7栋", "滨河苑2栋", "金港湾小区12栋", "幸福里5栋", "翠屏山庄1栋")
UNITS = ("区住建局", "区城管执法局", "兴文街道办事处", "国网供电公司", "区水务局", "锦绣物业公司")
LEVELS = ("社区", "街道", "县区", "市级")
STATES = ("已销号", "办理中", "已报到", "待研判", "已解决")
PHRASES = (
    "小区内垃圾清运不及时，夏季异味严重，居民多次反映",
    "路灯损坏已逾两周，夜间出行存在安全隐患",
    "电梯频繁故障停运，老年居民上下楼困难",
    "消防通道被私家车长期占用，影响应急救援",
    "雨污管网堵塞，雨天积水约30cm，影响通行",
    "绿化带树木遮挡低层住户采光，需修剪",
    "楼道堆放杂物，存在火灾隐患",
    "供水管道老化漏水，水压不足，高层住户用水困难",
)


def sample_rows(count: int, seed: int = 2026) -> list[tuple[str, ...]]:
    """Realistic ledger rows; about one description in three wraps onto two or more lines."""
    rng = random.Random(seed)
    start = dt.date(2026, 1, 1)
    rows = []
    for i in range(count):
        description = "；".join(rng.sample(PHRASES, rng.choice((1, 1, 2, 3)))) + "。"
        found = start + dt.timedelta(days=rng.randrange(330))
        rows.append((str(i + 1), found.isoformat(), rng.choice(SOURCES), rng.choice(CATEGORIES),
                     rng.choice(PLACES), description, rng.choice(UNITS), rng.choice(LEVELS),
                     rng.choice(STATES), f"{rng.randrange(0, 2_000_000) / 100:,.2f}"))
    return rows


def sample_document(count: int) -> LedgerDocument:
    return LedgerDocument(title="兴文社区问题台账", office="兴文社区居民委员会",
                          period="2026年1月1日至2026年11月25日", columns=COLUMNS,
                          rows=sample_rows(count), note="金额单位：元",
                          printed_on=dt.date(2026, 11, 25))


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_xlsx(rows: list[tuple[str, ...]], path: Path) -> None:
    """The same rows as a clerk would lay them out in a spreadsheet before printing."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "问题台账"
    sheet.append([column.header for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        sheet.append(row)
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width * 11
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.alignment = wrap
    sheet.print_title_rows = "1:1"  # header repeated on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"
    book.save(path)


_engine_medians: dict[int, float] = {}


@pytest.mark.parametrize("count", SIZES)
def test_engine(benchmark, tmp_path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"ledger-pdf-{count}"
    benchmark.extra_info["rl_accel"] = importlib.util.find_spec("_rl_accel") is not None
    doc = sample_document(count)
    target = tmp_path / "ledger.pdf"
    result = benchmark.pedantic(render_ledger, args=(doc, target), rounds=5 if count < 5000
                                else 3, iterations=1, warmup_rounds=1)
    assert result.pages > count // 20 and target.stat().st_size > 0
    _engine_medians[count] = benchmark.stats.stats.median


@pytest.mark.timeout(3600)
@pytest.mark.skipif(_office() is None, reason="LibreOffice (soffice) is not installed; install "
                    "Debian's libreoffice-calc-nogui to compare against it")
@pytest.mark.parametrize("count", SIZES)
def test_libreoffice(benchmark, tmp_path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"ledger-pdf-{count}"
    office = _office()
    assert office is not None
    source = tmp_path / "ledger.xlsx"
    write_xlsx(sample_rows(count), source)
    profile = (tmp_path / "lo-profile").as_uri()  # own profile: no clash with a running office
    command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(tmp_path / "out"), str(source)]

    def convert() -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=1800)

    benchmark.pedantic(convert, rounds=3 if count < 5000 else 2, iterations=1, warmup_rounds=1)
    assert (tmp_path / "out" / "ledger.pdf").stat().st_size > 0
    if count in _engine_medians:
        ratio = _engine_medians[count] / benchmark.stats.stats.median
        benchmark.extra_info["engine_to_libreoffice"] = round(ratio, 3)
