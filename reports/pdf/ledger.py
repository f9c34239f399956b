"""The landscape ledger (台账): what a report hands to the engine, and `render_ledger`.

A report's `render(context, path)` turns its context into a `LedgerDocument` and calls
`render_ledger`. The engine lays out every row itself (see ledger_layout.py), then draws the
pages straight onto a canvas (ledger_draw.py), so 10,000 rows take seconds, not minutes.

Page turns: a journal prints 承前页 at the top and 过次页 at the bottom of its pages. The
document's `page_top_rows` / `page_bottom_rows` hooks return such rows for a page, given how
many data rows had begun printing before that point; the engine reserves room for them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from reports.pdf.draw import RED, Rgb
from reports.pdf.fonts import register_fonts

Progress = Callable[[int, int], None]


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"  # amounts and counts


@dataclass(frozen=True)
class Column:
    """One column: header text, width relative to the other columns, alignment."""

    header: str
    width: float = 1.0
    align: Align = Align.LEFT


@dataclass(frozen=True)
class RowStyle:
    """How a row prints: bold for 合计 lines, red for reversing entries, a grey shade.

    Paper-book conventions: `color_columns` limits the colour to some cells (a reversal's
    amounts in red, its balance black); `rules_below` draws one or two red rules across
    the table under the row (单红线 under 本月合计, 双红线 under the year's 本年累计);
    `keep_with_previous` never lets a page turn fall between the row and the one before.
    """

    bold: bool = False
    color: Rgb | None = None
    shade: float | None = None  # grey level 0 (black) … 1 (white) behind the row
    color_columns: frozenset[int] | None = None  # None: every cell
    rules_below: int = 0  # red rules under the row: 0, 1 or 2
    keep_with_previous: bool = False


PLAIN = RowStyle()
TOTAL = RowStyle(bold=True, shade=0.93)
REVERSAL = RowStyle(color=RED)


@dataclass(frozen=True)
class StyledRow:
    """A row a page hook inserts (承前页, 过次页); it is not one of the document's rows."""

    cells: Sequence[str]
    style: RowStyle = TOTAL


# hook(page_index, rows_so_far) -> rows; page_index counts from 0, rows_so_far is how many of
# the document's rows have begun printing before the hook's position (a row split across
# pages counts on the page where it starts, where its one-line cells such as amounts print).
# Hooks may be called more than once per page (room is reserved, then checked), so they
# must not have side effects.
PageHook = Callable[[int, int], Sequence[StyledRow]]


@dataclass(frozen=True)
class LedgerDocument:
    title: str
    office: str
    period: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    row_styles: Mapping[int, RowStyle] = field(default_factory=dict)
    note: str = ""  # right end of the line under the title, e.g. 金额单位：元
    printed_on: dt.date | None = None  # default: today
    signatures: Sequence[str] = ("经办人", "审核人", "负责人")
    seal_label: str = "（盖章）"
    # Organisations that each sign and seal (an agreement between two): one block each,
    # side by side, instead of the single block of `office`.
    seals: Sequence[str] = ()
    font_size: float = 9.0
    page_top_rows: PageHook | None = None  # at the top of every page, under the header
    page_bottom_rows: PageHook | None = None  # at the bottom of every page but the last
    anchor: str = ""  # the audit anchor (models/anchor.py), footer left of every page

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a ledger needs at least one column")
        width = len(self.columns)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"row {index} has {len(row)} cells, expected {width}")


@dataclass(frozen=True)
class RenderResult:
    pages: int
    path: Path


PAGE_SIZE = landscape(A4)


def render_ledger(doc: LedgerDocument, path: Path | str,
                  progress: Progress | None = None) -> RenderResult:
    """Write `doc` as a PDF to `path`; `progress(done, total)` is called every ~100 rows.

    The work counts twice per row (layout, then drawing), so `total` is 2 × rows.
    """
    # Imported here: ledger_layout imports this module's dataclasses.
    from reports.pdf.ledger_draw import draw_pages  # noqa: PLC0415
    from reports.pdf.ledger_layout import layout_ledger  # noqa: PLC0415

    fonts = register_fonts()
    layout = layout_ledger(doc, fonts, PAGE_SIZE, progress)
    target = Path(path)
    canvas = Canvas(str(target), pagesize=PAGE_SIZE, initialFontName=fonts.song,
                    initialFontSize=doc.font_size, pageCompression=1)
    canvas.setTitle(doc.title)
    canvas.setAuthor(doc.office)
    canvas.setCreator("共建台账 Gongjian")
    draw_pages(canvas, doc, layout, progress)
    canvas.save()
    return RenderResult(pages=len(layout.pages), path=target)
