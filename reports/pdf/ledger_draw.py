"""Drawing a laid-out ledger: page furniture, the grid, cell text, the signature block.

Everything here is positioned by ledger_layout; this module only turns slices into PDF
operators through PageWriter, one page at a time.
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from reports.pdf.anchor_label import anchor_label
from reports.pdf.draw import BLACK, RED, PageWriter
from reports.pdf.ledger import Align, LedgerDocument, Progress
from reports.pdf.ledger_layout import (
    PAD_X,
    PAD_Y,
    PROGRESS_STEP,
    LedgerLayout,
    LedgerPage,
    Slice,
)
from reports.pdf.text import Metrics

TITLE_SIZE = 16.0
INFO_SIZE = 9.5
OUTER_LINE = 0.9
INNER_LINE = 0.4
RED_RULE, RED_GAP = 0.7, 1.0  # 结账 rules: stroke, and half the gap of a double rule


class _PageDrawer:
    def __init__(self, canvas: Canvas, doc: LedgerDocument, layout: LedgerLayout) -> None:
        self.canvas, self.doc, self.layout = canvas, doc, layout
        self.geo = layout.geometry
        fonts = layout.fonts
        self.regular, self.bold = fonts.song, fonts.hei
        self.synthetic_bold = fonts.bold_is_synthetic
        self.metrics = {fonts.song: Metrics(fonts.song), fonts.hei: Metrics(fonts.hei)}
        self.aligns = [column.align for column in doc.columns]
        printed = doc.printed_on or dt.date.today()
        self.printed = f"打印日期：{printed.isoformat()}"
        self.encoded: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def page(self, page: LedgerPage, total: int, number: int | None = None) -> None:
        """Draw one page; `number` (from 1) defaults to the page's place in its layout."""
        out = PageWriter(self.canvas, self.encoded)
        self._furniture(out, page.index if number is None else number - 1, total)
        geo = self.geo
        header_slice = Slice(self.layout.header, 0, self.layout.header.lines,
                             geo.table_top, geo.table_top - geo.body_top)
        self._shades(out, [header_slice, *page.slices])
        bottom = page.slices[-1].top - page.slices[-1].height if page.slices else geo.body_top
        self._grid(out, page.slices, bottom)
        self._red_rules(out, page.slices)
        self._cells(out, header_slice, header=True)
        for piece in page.slices:
            self._cells(out, piece, header=False)
        if page.signature_top is not None:
            self._signature(out, page.signature_top)
        out.finish()
        self.canvas.showPage()

    def _text(self, out: PageWriter, x: float, y: float, text: str, size: float,
              bold: bool = False, align: Align = Align.LEFT) -> None:
        font = self.bold if bold else self.regular
        if align is not Align.LEFT:
            width = self.metrics[font].width(text, size)
            x -= width if align is Align.RIGHT else width / 2
        out.text(x, y, text, font, size, bold=bold and self.synthetic_bold)

    def _furniture(self, out: PageWriter, index: int, total: int) -> None:
        geo, doc = self.geo, self.doc
        middle = (geo.left + geo.right) / 2
        self._text(out, middle, geo.title_y, doc.title, TITLE_SIZE, True, Align.CENTER)
        self._text(out, geo.left, geo.info_y, f"填报单位：{doc.office}", INFO_SIZE)
        self._text(out, middle, geo.info_y, doc.period, INFO_SIZE, align=Align.CENTER)
        self._text(out, geo.right, geo.info_y, doc.note, INFO_SIZE, align=Align.RIGHT)
        self._text(out, middle, geo.footer_y, f"第 {index + 1} 页 共 {total} 页", INFO_SIZE,
                   align=Align.CENTER)
        self._text(out, geo.right, geo.footer_y, self.printed, INFO_SIZE, align=Align.RIGHT)
        self._text(out, geo.left, geo.footer_y, anchor_label(doc.anchor), INFO_SIZE)

    def _shades(self, out: PageWriter, slices: list[Slice]) -> None:
        width = self.geo.right - self.geo.left
        for piece in slices:
            shade = piece.row.style.shade
            if shade is not None:
                out.fill_rect(self.geo.left, piece.top - piece.height, width, piece.height, shade)

    def _grid(self, out: PageWriter, slices: list[Slice], bottom: float) -> None:
        geo = self.geo
        left, right, top = geo.left, geo.right, geo.table_top
        inner = [(left, geo.body_top, right, geo.body_top)]
        inner += [(left, s.top - s.height, right, s.top - s.height) for s in slices[:-1]]
        inner += [(x, top, x, bottom) for x in geo.col_x[1:-1]]
        out.lines(inner, INNER_LINE)
        outer = [(left, top, right, top), (left, bottom, right, bottom),
                 (left, top, left, bottom), (right, top, right, bottom)]
        out.lines(outer, OUTER_LINE)

    def _red_rules(self, out: PageWriter, slices: list[Slice]) -> None:
        """One or two red rules across the table under rows that close a period."""
        segments = []
        for piece in slices:
            count = piece.row.style.rules_below
            if not count or piece.last != piece.row.lines:
                continue
            y = piece.top - piece.height
            offsets = (0.0,) if count == 1 else (RED_GAP, -RED_GAP)
            segments += [(self.geo.left, y + d, self.geo.right, y + d) for d in offsets]
        out.lines(segments, RED_RULE, RED)

    def _cells(self, out: PageWriter, piece: Slice, header: bool) -> None:
        geo, row = self.geo, piece.row
        style = row.style
        font = self.bold if style.bold else self.regular
        metrics = self.metrics[font]
        size, leading = geo.size, geo.leading
        fake_bold = style.bold and self.synthetic_bold
        colored = style.color_columns
        # Baseline inside a line box: CJK glyphs sit ~0.12 em below the baseline.
        drop = (leading - size) / 2 + size * 0.86
        col_x = geo.col_x
        for column, lines in enumerate(row.cells):
            if not lines:
                continue
            align = Align.CENTER if header else self.aligns[column]
            color = style.color if colored is None or column in colored else None
            color = color or BLACK
            # Whole rows centre short cells vertically; split rows stay top-aligned.
            offset = (row.lines - len(lines)) * leading / 2 if piece.whole else 0.0
            y = piece.top - PAD_Y - offset - drop
            for line in lines[piece.first:piece.last]:
                if align is Align.LEFT:
                    x = col_x[column] + PAD_X
                elif align is Align.RIGHT:
                    x = col_x[column + 1] - PAD_X - metrics.width(line, size)
                else:
                    x = (col_x[column] + col_x[column + 1] - metrics.width(line, size)) / 2
                out.text(x, y, line, font, size, color=color, bold=fake_bold)
                y -= leading

    def _signature(self, out: PageWriter, top: float) -> None:
        geo, doc = self.geo, self.doc
        names = list(doc.signatures)
        if names:
            part = (geo.right - geo.left) / len(names)
            segments = []
            for i, name in enumerate(names):
                x = geo.left + part * i + 8 * mm
                label = f"{name}："
                self._text(out, x, top - 22, label, INFO_SIZE + 1)
                start = x + self.metrics[self.regular].width(label, INFO_SIZE + 1) + 2
                segments.append((start, top - 24, start + 32 * mm, top - 24))
            out.lines(segments, INNER_LINE)
        # Room for the seal: it is stamped over the unit name and the date.
        owners = list(doc.seals) or [doc.office]
        part = (geo.right - geo.left) / len(owners)
        for i, owner in enumerate(owners):
            seal_x = geo.left + part * (i + 1) - 20 * mm
            self._text(out, seal_x, top - 52, f"{owner}{doc.seal_label}", INFO_SIZE + 1,
                       align=Align.RIGHT)
            self._text(out, seal_x, top - 72, "年　　月　　日", INFO_SIZE + 1,
                       align=Align.RIGHT)


def draw_pages(canvas: Canvas, doc: LedgerDocument, layout: LedgerLayout,
               progress: Progress | None = None, *, first_page: int = 1,
               total_pages: int | None = None) -> None:
    """Draw every page; a document printed as part of a larger book numbers its pages on
    from `first_page` out of `total_pages` (default: its own pages)."""
    drawer = _PageDrawer(canvas, doc, layout)
    total_rows = len(doc.rows)
    total = total_pages or len(layout.pages)
    drawn = 0
    for page in layout.pages:
        drawer.page(page, total, first_page + page.index)
        if progress and total_rows:
            before = drawn
            drawn += sum(1 for s in page.slices if s.row.data and s.last == s.row.lines)
            if drawn // PROGRESS_STEP != before // PROGRESS_STEP or page is layout.pages[-1]:
                progress(total_rows + drawn, 2 * total_rows)

