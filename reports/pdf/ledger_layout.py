"""Measuring and paginating a ledger before anything is drawn.

Layout comes first so the total page count is known when "第 N 页 共 M 页" is drawn. Every
row is wrapped into lines per cell; its height is lines × leading plus padding. Rows go onto
pages top-down; a row that does not fit moves to the next page, and a row taller than a
whole page is split by lines, its remainder continuing under the repeated header. A row
styled `keep_with_previous` that moves takes the row before it along (本年累计 never stands
alone at the top of a page without its 本月合计). A last page that would hold one row
while the page before is full is balanced: the row before it moves over too, when that
costs no extra page.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm

from reports.pdf.fonts import FontSet
from reports.pdf.ledger import PLAIN, LedgerDocument, PageHook, Progress, RowStyle
from reports.pdf.text import Metrics

MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 10 * mm
PAD_X = 3.0
PAD_Y = 2.5
LEADING = 1.32  # × font size
SIGNATURE_HEIGHT = 30 * mm  # names line, then room for the seal and the date
PROGRESS_STEP = 100


@dataclass(slots=True)
class LaidRow:
    """A row broken into lines: `cells[c]` is the list of lines of column c."""

    cells: list[list[str]]
    style: RowStyle
    lines: int  # the tallest cell's line count (at least 1)
    data: bool  # one of the document's rows (counts for the hooks), not an inserted one


@dataclass(slots=True)
class Slice:
    """Lines [first, last) of a row, drawn with their top edge at `top`."""

    row: LaidRow
    first: int
    last: int
    top: float
    height: float

    @property
    def whole(self) -> bool:
        return self.first == 0 and self.last == self.row.lines


@dataclass(slots=True)
class LedgerPage:
    index: int
    slices: list[Slice] = field(default_factory=list)
    signature_top: float | None = None  # set on the last page only


@dataclass(frozen=True)
class Geometry:
    """Positions shared by every page (points, origin bottom-left)."""

    width: float
    height: float
    left: float
    right: float
    title_y: float
    info_y: float
    table_top: float
    body_top: float
    body_bottom: float
    footer_y: float
    col_x: tuple[float, ...]  # column boundaries, len(columns) + 1
    size: float
    leading: float

    def row_height(self, lines: int) -> float:
        return lines * self.leading + 2 * PAD_Y


@dataclass
class LedgerLayout:
    geometry: Geometry
    header: LaidRow
    pages: list[LedgerPage]
    fonts: FontSet


class RowMeasurer:
    """Wraps a row's cells into lines with the width of each column."""

    def __init__(self, doc: LedgerDocument, fonts: FontSet, col_x: Sequence[float]) -> None:
        self.size = doc.font_size
        self.regular = Metrics(fonts.song)
        self.bold = Metrics(fonts.hei)
        # A hair of slack: synthetic bold is stroked a little wider than its advance.
        slack = self.size * 0.05
        self.widths = [col_x[i + 1] - col_x[i] - 2 * PAD_X - slack for i in range(len(col_x) - 1)]

    def lay(self, cells: Sequence[str], style: RowStyle, data: bool) -> LaidRow:
        metrics = self.bold if style.bold else self.regular
        wrapped = [metrics.wrap(text, width, self.size) if text else []
                   for text, width in zip(cells, self.widths, strict=True)]
        lines = max(1, *map(len, wrapped))
        return LaidRow(wrapped, style, lines, data)


def make_geometry(doc: LedgerDocument, fonts: FontSet,
                  page_size: tuple[float, float]) -> tuple[Geometry, LaidRow]:
    width, height = page_size
    left, right = MARGIN_X, width - MARGIN_X
    total = sum(column.width for column in doc.columns)
    col_x = [left]
    for column in doc.columns:
        col_x.append(col_x[-1] + (right - left) * column.width / total)
    col_x[-1] = right  # no rounding gap at the right border
    measurer = RowMeasurer(doc, fonts, col_x)
    header = measurer.lay([c.header for c in doc.columns], RowStyle(bold=True, shade=0.9), False)
    size = doc.font_size
    title_y = height - MARGIN_TOP - 17
    info_y = title_y - 22
    table_top = info_y - 7
    geometry = Geometry(
        width=width, height=height, left=left, right=right, title_y=title_y, info_y=info_y,
        table_top=table_top, body_top=table_top - (header.lines * size * LEADING + 2 * PAD_Y),
        body_bottom=MARGIN_BOTTOM + 16, footer_y=MARGIN_BOTTOM + 2, col_x=tuple(col_x),
        size=size, leading=size * LEADING)
    return geometry, header


def layout_ledger(doc: LedgerDocument, fonts: FontSet, page_size: tuple[float, float],
                  progress: Progress | None = None) -> LedgerLayout:
    geometry, header = make_geometry(doc, fonts, page_size)
    measurer = RowMeasurer(doc, fonts, geometry.col_x)
    pages = _Paginator(doc, geometry, measurer, progress).run()
    if _lone_last_row(pages):  # balance: the last page takes one more row along
        balanced = _Paginator(doc, geometry, measurer, None,
                              break_before=len(doc.rows) - 2).run()
        if len(balanced) == len(pages):
            pages = balanced
    return LedgerLayout(geometry, header, pages, fonts)


def _lone_last_row(pages: list[LedgerPage]) -> bool:
    """The last page holds a single whole document row while the page before has plenty."""
    if len(pages) < 2:
        return False
    last = [piece for piece in pages[-1].slices if piece.row.data]
    before = [piece for piece in pages[-2].slices if piece.row.data]
    return len(last) == 1 and last[0].whole and len(before) >= 3 and before[-1].whole


class _Paginator:
    """Places rows page by page; see the module docstring for the rules."""

    def __init__(self, doc: LedgerDocument, geo: Geometry, measurer: RowMeasurer,
                 progress: Progress | None, *, break_before: int | None = None) -> None:
        self.doc, self.geo, self.measurer, self.progress = doc, geo, measurer, progress
        self.break_before = break_before  # a document row that must begin a page
        self.pages: list[LedgerPage] = []
        # Document rows begun so far: a split row counts where it starts, because its
        # one-line cells (dates, amounts) print there; this is what page totals must add up.
        self.done = 0
        self.pending: list[tuple[LaidRow, int]] = []  # pushed-back (row, first line), LIFO
        self.page = LedgerPage(0)
        self.y = geo.body_top
        self.floor = geo.body_bottom

    def run(self) -> list[LedgerPage]:
        rows, styles, total = self.doc.rows, self.doc.row_styles, len(self.doc.rows)
        self._open_page()
        index = 0
        while self.pending or index < total:
            if self.pending:
                row, first = self.pending.pop()
            else:
                if index == self.break_before and any(s.row.data for s in self.page.slices):
                    self._close_page()
                    self._open_page()
                row = self.measurer.lay(rows[index], styles.get(index, PLAIN), True)
                first, index = 0, index + 1
                if self.progress and index % PROGRESS_STEP == 0:
                    self.progress(index, 2 * total)
            is_last = not self.pending and index == total
            self._place(row, first, SIGNATURE_HEIGHT if is_last else 0.0)
        if self.y - SIGNATURE_HEIGHT < self.geo.body_bottom:
            self._close_page()
            self._open_page()
        self.page.signature_top = self.y
        self.pages.append(self.page)
        return self.pages

    def _place(self, row: LaidRow, first: int, extra: float) -> None:
        geo = self.geo
        height = geo.row_height(row.lines - first)
        if self.y - height - extra >= self.floor:
            self._add(row, first, row.lines)
            return
        capacity = geo.body_top - self.floor - self._inserted_height()
        fresh = not any(s.row.data for s in self.page.slices)
        fits = int((self.y - self.floor - 2 * PAD_Y) // geo.leading)
        if not fresh and (height + extra <= capacity or fits < 2):
            self.pending.append((row, first))  # move the whole row to the next page
            if row.style.keep_with_previous and first == 0:
                self._pop_data_slice()  # ...and the row it must stay with
        else:  # taller than a page: fill this one, the rest continues overleaf
            keep = min(max(fits, 1), row.lines - first)
            self._add(row, first, first + keep)
            if first + keep < row.lines:
                self.pending.append((row, first + keep))
            elif extra:  # the row fitted but the signature did not: it gets a page
                return
        self._close_page()
        self._open_page()

    def _add(self, row: LaidRow, first: int, last: int) -> None:
        height = self.geo.row_height(last - first)
        self.page.slices.append(Slice(row, first, last, self.y, height))
        self.y -= height
        if row.data and first == 0:
            self.done += 1

    def _inserted_height(self) -> float:
        return sum(s.height for s in self.page.slices if not s.row.data)

    def _hook_rows(self, hook: PageHook | None) -> list[LaidRow]:
        if hook is None:
            return []
        lay = self.measurer.lay
        return [lay(r.cells, r.style, False) for r in hook(self.page.index, self.done)]

    def _open_page(self) -> None:
        self.page = LedgerPage(len(self.pages))
        self.y = self.geo.body_top
        for row in self._hook_rows(self.doc.page_top_rows):
            self._add(row, 0, row.lines)
        # Reserve room for the bottom rows as they would read now; _close_page checks again.
        reserve = sum(self.geo.row_height(r.lines)
                      for r in self._hook_rows(self.doc.page_bottom_rows))
        self.floor = self.geo.body_bottom + reserve

    def _close_page(self) -> None:
        while True:
            bottom = self._hook_rows(self.doc.page_bottom_rows)
            need = sum(self.geo.row_height(r.lines) for r in bottom)
            if self.y - need >= self.geo.body_bottom or not self._pop_data_slice():
                break
        for row in bottom:
            self._add(row, 0, row.lines)
        self.pages.append(self.page)

    def _pop_data_slice(self) -> bool:
        """Take the last document row back off the page (its bottom rows grew taller)."""
        slices = self.page.slices
        if sum(s.row.data for s in slices) < 2 or not slices[-1].row.data:
            return False  # never empty a page of its rows: that could loop forever
        piece = slices.pop()
        self.y += piece.height
        if piece.first == 0:
            self.done -= 1
        if self.pending and self.pending[-1][0] is piece.row:
            self.pending[-1] = (piece.row, piece.first)
        else:
            self.pending.append((piece.row, piece.first))
        return True
