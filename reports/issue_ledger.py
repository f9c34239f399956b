"""问题台账: the issue ledger a clerk hands in, for a period (and the page's filters).

    编号 | 发现日期 | 来源 | 类别 | 小区/楼栋 | 问题 | 层级 | 责任单位 | 期限 | 报到 | 督办 |
    状态 | 办结日期

报到 is the date the current responsible unit reported (三四五 吹哨报到), 督办 the number of
the latest supervision letter (and how many were sent). The 问题 column keeps at least 24
characters a line (8.5 pt, dates and numbers on one line), so a description reads as a
sentence, not a column of words.
The period line says exactly what was filtered: the found dates as given (an open end
stays open) and every other filter in words, described here from the filter itself.

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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.db import Database
from models.issues import ledger
from models.issues.config import office_name
from models.issues.entities import Assignment, IssueCategory, SupervisionLetter
from models.issues.ledger import ProblemFilter, ProblemRow
from models.issues.vocab import LEVEL_SHORT, SOURCES, level_label, state_label
from models.registry.entities import Compound, ResidentUnit
from reports.pdf import Align, Column, LedgerDocument, render_ledger

Progress = Callable[[int, int], None]
TITLE = "问题台账"
CHUNK = 900  # ids per rows query: well under every backend's bound-parameter limit
FONT_SIZE = 8.5
# Widths in points of the 757 pt table (A4 landscape less margins): dates and numbers on one
# line at 8.5 pt, two-character labels wrapped, the rest (213 pt, 25 characters) to 问题.
COLUMNS = (
    Column("编号", 60, Align.CENTER), Column("发现日期", 50, Align.CENTER),
    Column("来源", 34, Align.CENTER), Column("类别", 44), Column("小区/楼栋", 44),
    Column("问题", 213), Column("层级", 22, Align.CENTER), Column("责任单位", 48),
    Column("期限", 50, Align.CENTER), Column("报到", 50, Align.CENTER),
    Column("督办", 50, Align.CENTER), Column("状态", 42, Align.CENTER),
    Column("办结日期", 50, Align.CENTER),
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
class Follow:
    """What happened after assignment: 报到 date of the current unit, letters sent."""

    reported_on: dt.date | None = None
    letter: str = ""  # the latest letter's number
    letters: int = 0


@dataclass(frozen=True)
class IssueLedger:
    office: str
    start: dt.date | None
    end: dt.date | None
    rows: tuple[ProblemRow, ...]
    printed_on: dt.date
    condition: str = ""
    follow: Mapping[int, Follow] = field(default_factory=dict)  # by problem id
    anchor: str = ""  # the audit anchor printed in the footer (models/anchor.py)

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.overdue)

    @property
    def period(self) -> str:
        text = f"发现日期：{period_text(self.start, self.end)}"
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


def describe(session: Session, filters: ProblemFilter | None) -> str:
    """The filters besides the found dates in words (来源：上级交办，状态：已交办…)."""
    if filters is None:
        return ""
    parts = []
    if filters.source:
        parts.append(f"来源：{SOURCES.get(filters.source, filters.source)}")
    if filters.category_id is not None:
        parts.append(f"类别：{_name(session, IssueCategory, filters.category_id)}")
    if filters.level is not None:
        parts.append(f"响应层级：{level_label(filters.level)}")
    if filters.states:
        parts.append("状态：" + "、".join(sorted(state_label(s) for s in filters.states)))
    if filters.unit_id is not None:
        parts.append(f"责任单位：{_name(session, ResidentUnit, filters.unit_id)}")
    if filters.department:
        parts.append(f"责任单位：{filters.department}")
    if filters.compound_id is not None:
        parts.append(f"小区：{_name(session, Compound, filters.compound_id)}")
    if filters.overdue_only:
        parts.append("只看逾期")
    if filters.text.strip():
        parts.append(f"含“{filters.text.strip()}”")
    return "，".join(parts)


def _name(session: Session, entity: type, entity_id: int) -> str:
    row = session.get(entity, entity_id)
    return str(getattr(row, "name", entity_id)) if row is not None else str(entity_id)


def _follow(session: Session, ids: Sequence[int]) -> dict[int, Follow]:
    """报到 of each problem's current assignment and its supervision letters."""
    reported: dict[int, tuple[int, dt.date | None]] = {}
    for problem_id, seq, day in session.execute(
            select(Assignment.problem_id, Assignment.seq, Assignment.reported_on)
            .where(Assignment.problem_id.in_(ids))):
        if problem_id not in reported or seq > reported[problem_id][0]:
            reported[problem_id] = (seq, day)
    letters: dict[int, list[str]] = {}
    for problem_id, number in session.execute(
            select(SupervisionLetter.problem_id, SupervisionLetter.number)
            .where(SupervisionLetter.problem_id.in_(ids))
            .order_by(SupervisionLetter.year, SupervisionLetter.seq)):
        letters.setdefault(problem_id, []).append(number)
    return {i: Follow(reported.get(i, (0, None))[1], letters.get(i, [""])[-1],
                      len(letters.get(i, []))) for i in ids}


def build(session: Session, params: LedgerParams) -> IssueLedger:
    today = params.today or dt.date.today()
    ids = ledger.problem_ids(session, _filters(params), today=today)
    rows: list[ProblemRow] = []
    follow: dict[int, Follow] = {}
    for first in range(0, len(ids), CHUNK):
        rows.extend(ledger.problem_rows(session, ids[first:first + CHUNK], today=today))
        follow.update(_follow(session, ids[first:first + CHUNK]))
    # The filter itself is described; `condition` (words from a caller) only without one.
    condition = describe(session, params.filters) if params.filters else params.condition
    return IssueLedger(office_name(session), params.start, params.end, tuple(rows), today,
                       condition, follow, anchor_of(session))


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def description(row: ProblemRow) -> str:
    text = row.description.strip()
    if not text or text == row.title:
        return row.title
    return f"{row.title}：{text}"


def state_text(row: ProblemRow) -> str:
    return f"{row.state_label}\n逾期{row.days_overdue}天" if row.overdue else row.state_label


def letter_text(follow: Follow) -> str:
    if follow.letters > 1:
        return f"{follow.letter}\n（共{follow.letters}件）"
    return follow.letter


def cells(row: ProblemRow, follow: Follow | None = None) -> list[str]:
    # 大类/小类 breaks after the slash rather than inside a word.
    follow = follow or Follow()
    return [row.number, _date(row.found_on), row.source_label,
            row.category.replace("/", "/\n", 1), row.place,
            description(row), LEVEL_SHORT.get(row.level, "") if row.level else "",
            row.responsible, _date(row.deadline), _date(follow.reported_on),
            letter_text(follow), state_text(row), _date(row.resolved_on)]


def document(context: IssueLedger) -> LedgerDocument:
    return LedgerDocument(
        title=TITLE, office=context.office, period=context.period, columns=COLUMNS,
        rows=[cells(row, context.follow.get(row.id)) for row in context.rows],
        note=context.note, printed_on=context.printed_on, font_size=FONT_SIZE,
        anchor=context.anchor)


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
