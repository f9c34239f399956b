"""巡查登记簿: a month of 红袖章 patrols, one line per finding, printed as a ledger.

Each line: the day, the grid or route, who walked it, what was seen and where, how it was
handled (就地解决 with what was done, or the problem number it was sent to the issue
ledger under) and where it ended (琐事不出网格、小事不出社区、大事不出街道). The line under
the title sums the month by the same rule (`models.governance.settled_figures`).
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.db import Database
from models.governance.patrols import (
    FindingRow,
    PatrolRow,
    SettledFigures,
    list_patrols,
    settled_figures,
)
from models.governance.vocab import SETTLED_WHERE
from models.office import office_name
from reports.pdf import TOTAL, Align, Column, LedgerDocument, render_ledger


@dataclass(frozen=True)
class PatrolRegister:
    year: int
    month: int
    office: str
    patrols: list[PatrolRow]
    figures: SettledFigures
    anchor: str = ""


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_month(text: str) -> tuple[int, int]:
    """'2026-11' → (2026, 11); ValueError for anything else."""
    year, month = text.strip().split("-")
    value = int(year), int(month)
    if not 1 <= value[1] <= 12 or len(year) != 4:
        raise ValueError(text)
    return value


def build(session: Session, year: int, month: int) -> PatrolRegister:
    start, end = month_range(year, month)
    return PatrolRegister(year, month, office_name(session),
                          list_patrols(session, start, end),
                          settled_figures(session, start, end), anchor_of(session))


def _handling(finding: FindingRow) -> str:
    if finding.settled_on is not None:
        note = f"：{finding.settled_note}" if finding.settled_note else ""
        return f"{finding.settled_on:%m-%d} 就地解决{note}"
    if finding.problem_id is not None:
        return f"转问题台账 {finding.problem_number}"
    return "待处理"


def rows(register: PatrolRegister) -> list[list[str]]:
    found = []
    for patrol in register.patrols:
        head = [f"{patrol.patrolled_on:%m-%d}", patrol.place, patrol.members_text]
        if not patrol.findings:
            found.append([*head, "未发现问题", "", "", ""])
        for index, finding in enumerate(patrol.findings):
            cells = head if index == 0 else ["", "", ""]
            found.append([*cells, finding.description, finding.place, _handling(finding),
                          finding.where_label])
    return found


def summary(figures: SettledFigures) -> list[str]:
    """The closing 合计 line: the month's patrols and where their findings ended."""
    parts = "，".join(f"{label} {figures.by_where[key]}" for key, label in SETTLED_WHERE.items())
    return ["合计", f"巡查 {figures.patrols} 次", "", f"发现 {figures.findings} 项：{parts}",
            "", "", ""]


def render(register: PatrolRegister, path: Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    columns = [Column("日期", 0.6, Align.CENTER), Column("网格 / 路线", 1.3),
               Column("巡查人员", 1.4), Column("发现情况", 3.0), Column("地点", 1.2),
               Column("处置", 2.0), Column("解决层级", 1.5, Align.CENTER)]
    table = [*rows(register), summary(register.figures)]
    document = LedgerDocument(
        title="红袖章巡查登记簿", office=register.office,
        period=f"{register.year}年{register.month}月", columns=columns, rows=table,
        row_styles={len(table) - 1: TOTAL}, signatures=("登记人", "网格员", "社区负责人"),
        anchor=register.anchor)
    render_ledger(document, path, progress)
    return path


def render_patrol_register(database: Database, year: int, month: int, out: Path) -> Path:
    """`python main.py report patrols --db D --month 2026-11 --out F.pdf`."""
    with database.read_session() as session:
        register = build(session, year, month)
    return render(register, out)
