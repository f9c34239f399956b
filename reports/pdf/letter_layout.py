"""Placing a GB/T 9704 letter on pages, and drawing it.

The text block is a grid of 22 lines × 28 characters (156 × 225 mm): the body face is 16 pt,
so characters are pulled together by a small negative character spacing, exactly as the
"文档网格" of an office template does. Lines are placed on the grid top-down; the last body
line stays with the issuer and date, so a signature never stands alone on a page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from reports.pdf.anchor_label import ANCHOR_SIZE, ANCHOR_Y, GREY, anchor_label
from reports.pdf.draw import BLACK, RED, PageWriter, Rgb
from reports.pdf.fonts import FontSet
from reports.pdf.letter import LetterDocument, PageNumbers, chinese_date, paragraphs
from reports.pdf.text import Metrics

PAGE_W, PAGE_H = A4
LEFT = 28 * mm
WIDTH = 156 * mm
TOP = PAGE_H - 37 * mm
BOTTOM = TOP - 225 * mm
RIGHT = LEFT + WIDTH
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
PITCH = (TOP - BOTTOM) / LINES_PER_PAGE  # ≈ 28.9 pt
BODY_SIZE, TITLE_SIZE, NUMBER_SIZE = 16.0, 22.0, 14.0
CHAR = WIDTH / CHARS_PER_LINE  # ≈ 15.76 pt
CHAR_SPACE = CHAR - BODY_SIZE  # ≈ -0.24 pt
TITLE_PITCH = max(PITCH, TITLE_SIZE * 1.4)
MARK_GAP = 35 * mm  # top of the block to the top of the issuer mark
MARK_MAX = 48.0  # issuer mark size cap, in points
RULE_WIDTH = 1.5


@dataclass(frozen=True)
class Line:
    text: str
    font: str
    size: float
    x: float
    height: float = PITCH
    char_space: float = CHAR_SPACE
    color: Rgb = BLACK


@dataclass
class LetterPage:
    number: int
    lines: list[tuple[Line, float]] = field(default_factory=list)  # (line, baseline y)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)


def _baseline(top: float, line: Line) -> float:
    """Baseline of a line whose slot starts at `top`: glyphs centred in the slot."""
    return top - (line.height - line.size) / 2 - line.size * 0.86


class _Composer:
    def __init__(self, doc: LetterDocument, fonts: FontSet) -> None:
        self.doc, self.fonts = doc, fonts
        self.body = Metrics(fonts.fangsong)

    def header(self, page: LetterPage) -> float:
        """Draws the issuer mark, number and red rule on page 1; returns the flow's top."""
        doc, y = self.doc, TOP
        if doc.issuer_mark:
            font = self.fonts.title
            unit = Metrics(font).width(doc.issuer_mark, 1.0)
            size = min(MARK_MAX, WIDTH * 0.92 / max(unit, 1.0))
            baseline = TOP - MARK_GAP - size * 0.86
            mark = Line(doc.issuer_mark, font, size, (LEFT + RIGHT - unit * size) / 2,
                        size, 0.0, RED)
            page.lines.append((mark, baseline))
            y = baseline - size * 0.14 - 2 * PITCH  # 下空二行
        if doc.doc_number:
            line = self._centred(doc.doc_number, self.fonts.fangsong, BODY_SIZE, PITCH)
            baseline = _baseline(y, line)
            page.lines.append((line, baseline))
            y -= PITCH
            if doc.issuer_mark:  # the red rule, 4 mm under the number
                rule_y = baseline - BODY_SIZE * 0.14 - 4 * mm
                page.rules.append((LEFT, rule_y, RIGHT, rule_y))
                y = rule_y - 2 * PITCH + (PITCH - BODY_SIZE) / 2  # 下空二行
            else:
                y -= PITCH
        return y

    def _centred(self, text: str, font: str, size: float, height: float) -> Line:
        width = Metrics(font).width(text, size)
        return Line(text, font, size, (LEFT + RIGHT - width) / 2, height, 0.0)

    def blocks(self) -> list[list[Line]]:
        """Lines in groups that must stay on one page."""
        doc = self.doc
        title_font = self.fonts.title
        title = [self._centred(text, title_font, TITLE_SIZE, TITLE_PITCH)
                 for text in _balanced(Metrics(title_font), doc.title)]
        blocks: list[list[Line]] = [[*title, self._blank()]]
        if doc.recipient:
            blocks += [[line] for line in self._paragraph(f"{doc.recipient}：", "fangsong", False)]
        for para in paragraphs(doc):
            blocks += [[line] for line in self._paragraph(para.text, para.role, para.indent)]
        closing = self._closing()
        if closing:
            last = blocks.pop() if len(blocks) > 1 else []
            blocks.append([*last, *closing])
        return blocks

    def _blank(self) -> Line:
        return Line("", self.fonts.fangsong, BODY_SIZE, LEFT)

    def _paragraph(self, text: str, role: str, indent: bool) -> list[Line]:
        font = self.fonts.name(role)
        metrics = self.body if font == self.fonts.fangsong else Metrics(font)
        lead = 2 * CHAR if indent else 0.0
        # Wrap the first line shorter by the indent: prefix two placeholders, then drop them.
        wrapped = metrics.wrap("\u3000\u3000" + text if indent else text, WIDTH, BODY_SIZE,
                               CHAR_SPACE)
        lines = []
        for i, chunk in enumerate(wrapped):
            body = chunk[2:] if i == 0 and indent else chunk
            x = LEFT + (lead if i == 0 else 0.0)
            space = CHAR_SPACE
            if i < len(wrapped) - 1 and len(body) > 1:  # justify all but the last line
                natural = metrics.width(body, BODY_SIZE, CHAR_SPACE) - CHAR_SPACE
                extra = (RIGHT - x - natural) / (len(body) - 1)
                if 0 < extra < BODY_SIZE / 2:
                    space += extra
            lines.append(Line(body, font, BODY_SIZE, x, PITCH, space))
        return lines

    def _closing(self) -> list[Line]:
        """Blank lines for the seal, the issuer centred over the date, the date 右空四字."""
        doc = self.doc
        if not doc.signature and doc.date is None:
            return []
        font, metrics = self.fonts.fangsong, self.body
        date = chinese_date(doc.date) if doc.date else ""
        date_width = metrics.width(date, BODY_SIZE, CHAR_SPACE)
        date_x = RIGHT - 4 * CHAR - date_width
        lines = [self._blank(), self._blank()]
        if doc.signature:
            width = metrics.width(doc.signature, BODY_SIZE, CHAR_SPACE)
            x = date_x + (date_width - width) / 2 if date else RIGHT - 2 * CHAR - width
            x = max(LEFT, min(x, RIGHT - 2 * CHAR - width))
            lines.append(Line(doc.signature, font, BODY_SIZE, x))
        if date:
            lines.append(Line(date, font, BODY_SIZE, date_x))
        return lines


def _balanced(metrics: Metrics, title: str) -> list[str]:
    """Title lines of even length (GB/T 9704: 排列对称), not a long line and a stub."""
    lines = metrics.wrap(title, WIDTH, TITLE_SIZE)
    width = metrics.width(title, TITLE_SIZE) / len(lines)
    while width < WIDTH:
        candidate = metrics.wrap(title, width, TITLE_SIZE)
        if len(candidate) <= len(lines):
            return candidate
        width += TITLE_SIZE / 2
    return lines


def layout_letter(doc: LetterDocument, fonts: FontSet) -> list[LetterPage]:
    composer = _Composer(doc, fonts)
    page = LetterPage(1)
    pages = [page]
    y = composer.header(page)
    placed = False  # any flow line on the current page yet
    for block in composer.blocks():
        if placed and y - sum(line.height for line in block) < BOTTOM - 0.5:
            page, y, placed = _next_page(pages), TOP, False
        for line in block:
            if y - line.height < BOTTOM - 0.5:  # a block taller than a page
                page, y, placed = _next_page(pages), TOP, False
            if not line.text and not placed:
                continue  # no blank line at the top of a page
            page.lines.append((line, _baseline(y, line)))
            y -= line.height
            placed = True
    return pages


def _next_page(pages: list[LetterPage]) -> LetterPage:
    pages.append(LetterPage(len(pages) + 1))
    return pages[-1]


def draw_letter(canvas: Canvas, doc: LetterDocument, pages: list[LetterPage],
                fonts: FontSet) -> None:
    encoded: dict[tuple[str, str], list[tuple[str, str]]] = {}
    number_metrics = Metrics(fonts.song)
    for page in pages:
        out = PageWriter(canvas, encoded)
        out.lines(page.rules, RULE_WIDTH, RED)
        for line, baseline in page.lines:
            out.text(line.x, baseline, line.text, line.font, line.size,
                     color=line.color, char_space=line.char_space)
        label = f"— {page.number} —"
        width = number_metrics.width(label, NUMBER_SIZE)
        if doc.page_numbers is PageNumbers.ALTERNATE:
            x = RIGHT - NUMBER_SIZE - width if page.number % 2 else LEFT + NUMBER_SIZE
        else:
            x = (LEFT + RIGHT - width) / 2
        # The dashes sit ~0.3 em above the baseline; they must be 7 mm under the block.
        out.text(x, BOTTOM - 7 * mm - NUMBER_SIZE * 0.3, label, fonts.song, NUMBER_SIZE)
        out.text(LEFT, ANCHOR_Y, anchor_label(doc.anchor), fonts.song, ANCHOR_SIZE, color=GREY)
        out.finish()
        canvas.showPage()
