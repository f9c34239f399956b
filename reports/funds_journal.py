"""小区党建工作经费日记账: the fund journal printed like a paper cash book.

    日期 | 凭证号 | 摘要 | 收入 | 支出 | 借或贷 | 余额

One book per account (fund and holder) and period, on the shared landscape ledger. The
lines come from models.funds.journal (上年结转/承前, entries, 本月合计, 本年累计, 平 and θ
for a zero balance); reversing entries print in red with their negative amount, total
lines bold. At each page turn the engine asks the page hooks for 过次页 (bottom) and 承前页
(top); both carry the figures after the last line begun on the page, built by
models.funds.journal_pages.carry_line, so they agree with what paginate() carries.

`render_journal_report` is the command line's `report funds`: the three funds of one
holder for a year, each its own book (own 第 N 页 共 M 页) in one PDF.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from models.anchor import current_text as anchor_of
from models.db import Database
from models.funds import journal
from models.funds.entities import FUNDS
from models.funds.journal import BROUGHT_FORWARD, CARRIED_FORWARD, JournalContext, JournalLine
from models.funds.journal_pages import carry_line
from models.funds.ui_queries import office_name
from reports.pdf import (
    PLAIN,
    REVERSAL,
    TOTAL,
    Align,
    Column,
    LedgerDocument,
    RowStyle,
    StyledRow,
    register_fonts,
    render_ledger,
)

Progress = Callable[[int, int], None]
TITLE = "小区党建工作经费日记账"
CARRY = RowStyle(bold=True)  # 承前页 / 过次页: bold like a total, without the shade


@dataclass(frozen=True)
class JournalReport:
    """What the printed book needs: the journal and who keeps it."""

    office: str
    journal: JournalContext
    carry: str = "month"  # what 承前页/过次页 carry besides the balance: "month" or "year"
    anchor: str = ""  # the audit anchor printed in the footer (models/anchor.py)

    @property
    def period(self) -> str:
        book = self.journal
        return (f"账户：{book.holder_name}　　经费来源：{book.fund_label}　　"
                f"期间：{_day(book.start)}至{_day(book.end)}")


def _day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def build(session, *, fund: str, holder: int | None | str, start: dt.date,  # noqa: ANN001
          end: dt.date, carry: str = "month") -> JournalReport:
    """The journal of one account (holder: a branch id, None: the community, journal.ALL:
    the fund over every holder) from `start` to `end` inclusive."""
    book = journal.build_journal(session, fund=fund, holder=holder, start=start, end=end)
    return JournalReport(office_name(session), book, carry, anchor_of(session))


def _date_text(line: JournalLine, one_year: bool) -> str:
    if line.date is None:
        return ""
    return f"{line.date:%m-%d}" if one_year else line.date.isoformat()


def line_cells(line: JournalLine, one_year: bool) -> list[str]:
    """A journal line as the book prints it; amounts "1,234.50", θ for a zero balance."""
    return [_date_text(line, one_year), line.voucher_text, line.summary, line.income_text,
            line.expense_text, line.direction, line.balance_text]


def _style(line: JournalLine) -> RowStyle:
    if line.is_reversal:
        return REVERSAL
    return TOTAL if line.is_total else PLAIN


def document(report: JournalReport, printed_on: dt.date | None = None) -> LedgerDocument:
    """The book as a LedgerDocument with 承前页/过次页 hooks."""
    book = report.journal
    lines = book.lines
    one_year = book.start.year == book.end.year
    date_header = f"{book.start.year}年\n月-日" if one_year else "日期"

    def carried(done: int, kind: str) -> list[StyledRow]:
        line = carry_line(lines[max(done, 1) - 1], kind, report.carry)
        return [StyledRow(line_cells(line, one_year), CARRY)]

    def top(page: int, done: int) -> Sequence[StyledRow]:
        return carried(done, BROUGHT_FORWARD) if page > 0 and done > 0 else []

    def bottom(_page: int, done: int) -> Sequence[StyledRow]:
        return carried(done, CARRIED_FORWARD)

    columns = [Column(date_header, 0.9, Align.CENTER), Column("凭证号", 0.75, Align.CENTER),
               Column("摘要", 4.2), Column("收入", 1.45, Align.RIGHT),
               Column("支出", 1.45, Align.RIGHT), Column("借或贷", 0.65, Align.CENTER),
               Column("余额", 1.55, Align.RIGHT)]
    return LedgerDocument(
        title=TITLE, office=report.office, period=report.period, columns=columns,
        rows=[line_cells(line, one_year) for line in lines],
        row_styles={i: _style(line) for i, line in enumerate(lines) if _style(line) != PLAIN},
        note="金额单位：元", printed_on=printed_on,
        page_top_rows=top, page_bottom_rows=bottom, anchor=report.anchor)


def render_books(documents: Sequence[LedgerDocument], path: Path | str,
                 progress: Progress | None = None) -> int:
    """Several ledgers in one PDF, each with its own page numbers (one book per account);
    the number of pages written. One document goes through render_ledger itself."""
    if len(documents) == 1:
        return render_ledger(documents[0], path, progress).pages
    # The engine lays out and draws one document per canvas; several books share one here.
    from reports.pdf.ledger import PAGE_SIZE  # noqa: PLC0415
    from reports.pdf.ledger_draw import draw_pages  # noqa: PLC0415
    from reports.pdf.ledger_layout import layout_ledger  # noqa: PLC0415

    fonts = register_fonts()
    canvas = Canvas(str(path), pagesize=PAGE_SIZE, initialFontName=fonts.song,
                    initialFontSize=documents[0].font_size, pageCompression=1)
    canvas.setTitle(documents[0].title)
    canvas.setAuthor(documents[0].office)
    canvas.setCreator("共建台账 Gongjian")
    pages = 0
    for index, doc in enumerate(documents):
        layout = layout_ledger(doc, fonts, PAGE_SIZE)
        draw_pages(canvas, doc, layout)
        pages += len(layout.pages)
        if progress is not None:
            progress(index + 1, len(documents))
    canvas.save()
    return pages


def default_path(title: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{title}.pdf"


def render_journal(database: Database, *, fund: str, holder: int | None | str,
                   start: dt.date, end: dt.date, out: Path | None = None,
                   progress: Progress | None = None) -> Path:
    """One account's book for a period (the journal dialog's 预览)."""
    with database.read_session() as session:
        report = build(session, fund=fund, holder=holder, start=start, end=end)
    path = out or default_path(TITLE)
    render_ledger(document(report), path, progress)
    return Path(path)


def render_journal_report(database: Database, year: int, branch_id: int | None, out: Path,
                          progress: Progress | None = None, *,
                          fund: str | None = None) -> Path:
    """`python main.py report funds --year Y [--branch B] --out F.pdf`: the books of the
    holder (a branch id; None: the community's own account) for the year, every fund
    unless `fund` names one."""
    start = dt.date(year, 1, 1)
    end = min(dt.date(year, 12, 31), max(dt.date.today(), start))
    funds = [fund] if fund is not None else list(FUNDS)
    with database.read_session() as session:
        reports = [build(session, fund=code, holder=branch_id, start=start, end=end)
                   for code in funds]
    render_books([document(report) for report in reports], out, progress)
    return Path(out)
