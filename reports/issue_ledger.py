"""问题台账: the issue ledger a clerk hands in, for a period (and the page's filters).

    编号 | 发现日期 | 来源 | 类别 | 小区/楼栋 | 问题描述 | 响应层级 | 责任单位 | 期限 | 状态 |
    办结日期

Rows come from models.issues.ledger (the same ids and Core rows as the ledger page), in
the order the problems were found. An open problem past its deadline says so under its
state (逾期 N 天), so the paper is as honest as the screen. The description is the title
followed by the full text; the engine wraps it and never cuts it.

`render_issue_ledger` is the command line's `report issues --from --to --out`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.db import Database
from models.issues import ledger
from models.issues.config import office_name
from models.issues.entities import Problem
from models.issues.ledger import ProblemFilter, ProblemRow
from models.issues.vocab import LEVEL_SHORT
from reports.pdf import Align, Column, LedgerDocument, render_ledger

Progress = Callable[[int, int], None]
TITLE = "问题台账"
CHUNK = 900  # ids per rows query: well under every backend's bound-parameter limit
COLUMNS = (
    Column("编号", 1.3, Align.CENTER), Column("发现日期", 0.95, Align.CENTER),
    Column("来源", 0.8, Align.CENTER), Column("类别", 1.0), Column("小区/楼栋", 1.0),
    Column("问题描述", 3.3), Column("响应层级", 0.8, Align.CENTER), Column("责任单位", 1.3),
    Column("期限", 0.95, Align.CENTER), Column("状态", 0.88, Align.CENTER),
    Column("办结日期", 0.95, Align.CENTER),
)


@dataclass(frozen=True)
class LedgerParams:
    """The period of found dates (inclusive; None: open-ended) and the page's other filters."""

    start: dt.date | None = None
    end: dt.date | None = None
    filters: ProblemFilter | None = None
    today: dt.date | None = None  # for 逾期; default: today
    condition: str = ""  # the other filters in words (状态：已销号), printed after the period


@dataclass(frozen=True)
class IssueLedger:
    office: str
    start: dt.date | None
    end: dt.date | None
    rows: tuple[ProblemRow, ...]
    printed_on: dt.date
    condition: str = ""
    anchor: str = ""  # the audit anchor printed in the footer (models/anchor.py)

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.overdue)

    @property
    def period(self) -> str:
        text = f"期间：{period_text(self.start, self.end)}"
        return f"{text}　{self.condition}" if self.condition else text

    @property
    def note(self) -> str:
        return f"共 {len(self.rows)} 件，其中逾期未办结 {self.overdue} 件"


def _day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return "全部"
    if start is None:
        return f"截至{_day(end)}"  # type: ignore[arg-type]
    if end is None:
        return f"{_day(start)}起"
    return f"{_day(start)}至{_day(end)}"


def _filters(params: LedgerParams) -> ProblemFilter:
    base = params.filters or ProblemFilter()
    return dataclasses.replace(base, found_from=params.start, found_to=params.end,
                               sort="found_on", descending=False)


def _period_bounds(session: Session, params: LedgerParams) -> tuple[dt.date | None,
                                                                      dt.date | None]:
    """An open-ended period prints the dates of its first and last problem."""
    if params.start is not None and params.end is not None:
        return params.start, params.end
    low, high = session.execute(select(func.min(Problem.found_on),
                                       func.max(Problem.found_on))).one()
    return params.start or low, params.end or high


def build(session: Session, params: LedgerParams) -> IssueLedger:
    today = params.today or dt.date.today()
    ids = ledger.problem_ids(session, _filters(params), today=today)
    rows: list[ProblemRow] = []
    for first in range(0, len(ids), CHUNK):
        rows.extend(ledger.problem_rows(session, ids[first:first + CHUNK], today=today))
    start, end = _period_bounds(session, params)
    return IssueLedger(office_name(session), start, end, tuple(rows), today, params.condition,
                       anchor_of(session))


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def description(row: ProblemRow) -> str:
    text = row.description.strip()
    if not text or text == row.title:
        return row.title
    return f"{row.title}：{text}"


def state_text(row: ProblemRow) -> str:
    return f"{row.state_label}\n逾期{row.days_overdue}天" if row.overdue else row.state_label


def cells(row: ProblemRow) -> list[str]:
    # 大类/小类 breaks after the slash rather than inside a word.
    return [row.number, _date(row.found_on), row.source_label,
            row.category.replace("/", "/\n", 1), row.place,
            description(row), LEVEL_SHORT.get(row.level, "") if row.level else "",
            row.responsible, _date(row.deadline), state_text(row), _date(row.resolved_on)]


def document(context: IssueLedger) -> LedgerDocument:
    return LedgerDocument(
        title=TITLE, office=context.office, period=context.period, columns=COLUMNS,
        rows=[cells(row) for row in context.rows], note=context.note,
        printed_on=context.printed_on, anchor=context.anchor)


def render(context: IssueLedger, path: Path | str | None = None,
           progress: Progress | None = None) -> Path:
    """The ledger PDF at `path` (a temporary file when None)."""
    target = Path(path) if path is not None else (
        Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{TITLE}.pdf")
    render_ledger(document(context), target, progress)
    return target


def render_issue_ledger(database: Database, start: dt.date | None, end: dt.date | None,
                        out: Path | str, progress: Progress | None = None, *,
                        today: dt.date | None = None) -> Path:
    """`python main.py report issues --db D --from START --to END --out F.pdf`."""
    with database.read_session() as session:
        context = build(session, LedgerParams(start, end, today=today))
    return render(context, out, progress)
