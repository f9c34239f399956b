"""问题台账统计表: the statistics of a period as a printable table.

One row per group (合计; then by source, by 大类, by response level, by responsible unit)
with the figures of models.issues.stats: collected, in scope, not in scope, pending review,
solved, open, of which overdue, solved on time and the honest on-time rate
(on time ÷ (solved + open-and-overdue), overdue counted inside open). The figures are the
service's own; nothing is recounted here.

`issue_stats_json` is the command line's `stats issues --from --to --json`.
"""
from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.db import Database
from models.issues.config import office_name
from models.issues.stats import Breakdown, Figures, IssueStats, issue_stats
from reports.issue_ledger import period_text
from reports.pdf import TOTAL, Align, Column, LedgerDocument, RowStyle, render_ledger

Progress = Callable[[int, int], None]
TITLE = "问题台账统计表"
SECTION = RowStyle(bold=True)
RATE_RULE = "按期办结率＝按期办结÷（已办结＋逾期未办结）"
COLUMNS = (
    Column("统计项目", 3.2), Column("收集", 0.8, Align.RIGHT),
    Column("纳入吹哨范围", 1.0, Align.RIGHT), Column("未纳入", 0.8, Align.RIGHT),
    Column("待研判", 0.8, Align.RIGHT), Column("已办结", 0.8, Align.RIGHT),
    Column("未办结", 0.8, Align.RIGHT), Column("其中逾期", 0.8, Align.RIGHT),
    Column("按期办结", 0.8, Align.RIGHT),
    Column("按期办结率\n按期÷(办结＋逾期)", 1.45, Align.RIGHT),
)
SECTIONS = (("一、按问题来源", "by_source"), ("二、按问题类别", "by_category"),
            ("三、按响应层级", "by_level"), ("四、按责任单位", "by_unit"))


@dataclass(frozen=True)
class StatsReport:
    office: str
    stats: IssueStats
    anchor: str = ""  # the audit anchor printed in the footer (models/anchor.py)


def build(session: Session, start: dt.date, end: dt.date, *,
          as_of: dt.date | None = None) -> StatsReport:
    return StatsReport(office_name(session), issue_stats(session, start, end, as_of=as_of),
                       anchor_of(session))


def percent(rate: Fraction | None) -> str:
    """66.67%: two decimals, rounded half up on exact fractions; "—" when nothing counts."""
    if rate is None:
        return "—"
    hundredths = (rate * 10000 * 2 + 1) // 2  # floor(x + 1/2) on a Fraction
    whole, part = divmod(int(hundredths), 100)
    return f"{whole}.{part:02d}%"


def figure_cells(label: str, f: Figures) -> list[str]:
    return [label, *(f"{n:,}" for n in (f.collected, f.in_scope, f.out_of_scope,
                                          f.pending_review, f.solved, f.open, f.overdue,
                                          f.on_time)), percent(f.on_time_rate)]


def table(stats: IssueStats) -> tuple[list[list[str]], dict[int, RowStyle]]:
    """The rows and their styles: 合计 first, then each breakdown under its heading."""
    rows = [figure_cells("合计", stats.total)]
    styles: dict[int, RowStyle] = {0: TOTAL}
    blank = [""] * (len(COLUMNS) - 1)
    for heading, name in SECTIONS:
        groups: Sequence[Breakdown] = getattr(stats, name)
        styles[len(rows)] = SECTION
        rows.append([heading, *blank])
        rows.extend(figure_cells(f"　　{b.label}", b.figures) for b in groups)
    return rows, styles


def document(report: StatsReport) -> LedgerDocument:
    stats = report.stats
    rows, styles = table(stats)
    return LedgerDocument(
        title=TITLE, office=report.office,
        period=f"期间：{period_text(stats.start, stats.end)}（按发现日期）",
        columns=COLUMNS, rows=rows, row_styles=styles,
        note=f"统计日：{stats.as_of.isoformat()}　单位：件",
        printed_on=stats.as_of, anchor=report.anchor)


def render(report: StatsReport, path: Path | str | None = None,
           progress: Progress | None = None) -> Path:
    target = Path(path) if path is not None else (
        Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{TITLE}.pdf")
    render_ledger(document(report), target, progress)
    return target


def render_issue_stats(database: Database, start: dt.date, end: dt.date, out: Path | str,
                       progress: Progress | None = None, *,
                       as_of: dt.date | None = None) -> Path:
    with database.read_session() as session:
        report = build(session, start, end, as_of=as_of)
    return render(report, out, progress)


def issue_stats_json(database: Database, start: dt.date, end: dt.date, *,
                     as_of: dt.date | None = None) -> str:
    """`python main.py stats issues --db D --from START --to END --json`."""
    with database.read_session() as session:
        stats = issue_stats(session, start, end, as_of=as_of)
    return json.dumps(stats.as_json(), ensure_ascii=False, indent=2)
