"""Placing a GB/T 9704 letter on pages, and drawing it.

The text block is a grid of 22 lines × 28 characters (156 × 225 mm): the body face is 16 pt,
so characters are pulled together by a small negative character spacing, exactly as the
"文档网格" of an office template does. Lines are placed on the grid top-down; the last body
line stays with the issuer and date, so a signature never stands alone on a page; the 版记
takes the last lines of the last page (a new page when the body leaves no room for it).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from reports.pdf.anchor_label import ANCHOR_SIZE, ANCHOR_Y, GREY, anchor_label
from reports.pdf.draw import BLACK, RED, PageWriter, Rgb
from reports.pdf.fonts import FontSet
from reports.pdf.letter import (
    LetterDocument,
    LetterForm,
    PageNumbers,
    chinese_date,
    paragraphs,
)
from reports.pdf.letter_parts import (
    BOTTOM,
    COLOPHON_SIZE,
    LEFT,
    LINES_PER_PAGE,
    PITCH,
    RIGHT,
    TOP,
    WIDTH,
    Rule,
    colophon,
    double_rule,
    letter_foot_rule,
)
from reports.pdf.text import Metrics

PAGE_W, PAGE_H = A4
CHARS_PER_LINE = 28
BODY_SIZE, TITLE_SIZE, NUMBER_SIZE = 16.0, 22.0, 14.0
CHAR = WIDTH / CHARS_PER_LINE  # ≈ 15.76 pt
CHAR_SPACE = CHAR - BODY_SIZE  # ≈ -0.24 pt
TITLE_PITCH = max(PITCH, TITLE_SIZE * 1.4)
MARK_GAP = 35 * mm  # 文件: top of the block to the top of the issuer mark
LETTER_MARK_TOP = PAGE_H - 30 * mm  # 信函: top of the issuer mark, 30 mm from the paper top
MARK_MAX = 48.0  # issuer mark size cap, in points
RULE_WIDTH = 1.5
SEVEN_EIGHTHS = BODY_SIZE * 7 / 8  # 信函: from the double rule to the top of the 文号


@dataclass(frozen=True)
class Line:
    text: str
    font: str
    size: float
    x: float
    height: float = PITCH
    char_space: float = CHAR_SPACE
    color: Rgb = BLACK
    bold: bool = False  # drawn with a thin outline stroke (stand-in 小标宋)


@dataclass
class LetterPage:
    number: int
    lines: list[tuple[Line, float]] = field(default_factory=list)  # (line, baseline y)
    rules: list[Rule] = field(default_factory=list)


def _baseline(top: float, line: Line) -> float:
    """Baseline of a line whose slot starts at `top`: glyphs centred in the slot."""
    return top - (line.height - line.size) / 2 - line.size * 0.86


class _Composer:
    def __init__(self, doc: LetterDocument, fonts: FontSet) -> None:
        self.doc, self.fonts = doc, fonts
        self.body = Metrics(fonts.fangsong)

    def header(self, page: LetterPage) -> float:
        """Draws the 版头 on page 1 (issuer mark, 文号, red rules); returns the flow's top."""
        if self.doc.form is LetterForm.LETTER:
            return self._letter_header(page)
        doc, y = self.doc, TOP
        if doc.issuer_mark:
            baseline, size = self._mark(page, TOP - MARK_GAP)
            y = baseline - size * 0.14 - 2 * PITCH  # 下空二行
        if doc.doc_number:
            line = self._centred(doc.doc_number, self.fonts.fangsong, BODY_SIZE, PITCH)
            baseline = _baseline(y, line)
            page.lines.append((line, baseline))
            y -= PITCH
            if doc.issuer_mark:  # the red rule, 4 mm under the number
                rule_y = baseline - BODY_SIZE * 0.14 - 4 * mm
                page.rules.append(Rule(LEFT, rule_y, RIGHT, RULE_WIDTH))
                y = rule_y - 2 * PITCH + (PITCH - BODY_SIZE) / 2  # 下空二行
            else:
                y -= PITCH
        return y

    def _mark(self, page: LetterPage, top: float) -> tuple[float, float]:
        """The red issuer mark with its top at `top`: (baseline, size)."""
        font, text = self.fonts.title, self.doc.issuer_mark
        unit = Metrics(font).width(text, 1.0)
        size = min(MARK_MAX, WIDTH * 0.92 / max(unit, 1.0))
        baseline = top - size * 0.86
        mark = Line(text, font, size, (LEFT + RIGHT - unit * size) / 2, size, 0.0, RED,
                    self.fonts.title_stroke)
        page.lines.append((mark, baseline))
        return baseline, size

    def _letter_header(self, page: LetterPage) -> float:
        """信函 (GB/T 9704 §10.1): mark 30 mm from the paper top, double rules, 文号 flush
        right 7/8 of a character under the first rule; the title two lines lower."""
        doc = self.doc
        page.rules += letter_foot_rule()
        if not doc.issuer_mark:
            return TOP
        baseline, size = self._mark(page, LETTER_MARK_TOP)
        upper, lower = double_rule(baseline - size * 0.14 - 4 * mm, thick_on_top=True)
        page.rules += (upper, lower)
        below = lower.y - lower.width / 2
        if not doc.doc_number:
            return below - SEVEN_EIGHTHS - 2 * PITCH
        width = self.body.width(doc.doc_number, BODY_SIZE)
        number = Line(doc.doc_number, self.fonts.fangsong, BODY_SIZE, RIGHT - width, PITCH, 0.0)
        number_base = below - SEVEN_EIGHTHS - BODY_SIZE * 0.86
        page.lines.append((number, number_base))
        return number_base - BODY_SIZE * 0.14 - (PITCH - BODY_SIZE) / 2 - 2 * PITCH

    def _centred(self, text: str, font: str, size: float, height: float) -> Line:
        width = Metrics(font).width(text, size)
        return Line(text, font, size, (LEFT + RIGHT - width) / 2, height, 0.0)

    def blocks(self) -> list[list[Line]]:
        """Lines in groups that must stay on one page."""
        doc = self.doc
        title_font = self.fonts.title
        title = [replace(self._centred(text, title_font, TITLE_SIZE, TITLE_PITCH),
                         bold=self.fonts.title_stroke)
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
    _place_colophon(doc, fonts, pages, y)
    return pages


def _place_colophon(doc: LetterDocument, fonts: FontSet, pages: list[LetterPage],
                    y: float) -> None:
    """The 版记 on the last lines of the last page, with a free line above it."""
    metrics = Metrics(fonts.fangsong)
    top_rule, lines = colophon(doc, lambda text, width: metrics.wrap(text, width,
                                                                     COLOPHON_SIZE))
    if not lines:
        return
    first_slot = LINES_PER_PAGE - len(lines)
    page = pages[-1]
    if y - BOTTOM < (len(lines) + 1) * PITCH - 0.5:
        page = _next_page(pages)
    top = BOTTOM + len(lines) * PITCH
    if top_rule:
        page.rules.append(Rule(LEFT, top, RIGHT, top_rule, BLACK))
    for index, item in enumerate(lines):
        slot_top = TOP - (first_slot + index) * PITCH
        left_x = LEFT + COLOPHON_SIZE * (4 if item.hanging else 1)  # 左空一字
        line = Line(item.left, fonts.fangsong, COLOPHON_SIZE, left_x, PITCH, 0.0)
        page.lines.append((line, _baseline(slot_top, line)))
        if item.right:  # 印发日期, 右空一字
            width = metrics.width(item.right, COLOPHON_SIZE)
            right = Line(item.right, fonts.fangsong, COLOPHON_SIZE,
                         RIGHT - COLOPHON_SIZE - width, PITCH, 0.0)
            page.lines.append((right, _baseline(slot_top, right)))
        if item.rule_below:
            rule_y = slot_top - PITCH
            page.rules.append(Rule(LEFT, rule_y, RIGHT, item.rule_below, BLACK))


def _next_page(pages: list[LetterPage]) -> LetterPage:
    pages.append(LetterPage(len(pages) + 1))
    return pages[-1]


def draw_letter(canvas: Canvas, doc: LetterDocument, pages: list[LetterPage],
                fonts: FontSet) -> None:
    encoded: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for page in pages:
        out = PageWriter(canvas, encoded)
        for rule in page.rules:
            out.lines([(rule.x1, rule.y, rule.x2, rule.y)], rule.width, rule.color)
        for line, baseline in page.lines:
            out.text(line.x, baseline, line.text, line.font, line.size,
                     color=line.color, char_space=line.char_space, bold=line.bold)
        number = page_number(doc, page.number, fonts)
        if number is not None:
            out.text(number[0], number[1], f"— {page.number} —", fonts.song, NUMBER_SIZE)
        out.text(LEFT, ANCHOR_Y, anchor_label(doc.anchor), fonts.song, ANCHOR_SIZE, color=GREY)
        out.finish()
        canvas.showPage()


def page_number(doc: LetterDocument, number: int, fonts: FontSet) -> tuple[float, float] | None:
    """Where "— N —" starts: 7 mm under the block; on the outer side one character in
    (odd right, even left) or centred; none on page 1 of a 信函."""
    if number == 1 and doc.form is LetterForm.LETTER:
        return None
    width = Metrics(fonts.song).width(f"— {number} —", NUMBER_SIZE)
    if doc.page_numbers is PageNumbers.ALTERNATE:
        x = RIGHT - NUMBER_SIZE - width if number % 2 else LEFT + NUMBER_SIZE
    else:
        x = (LEFT + RIGHT - width) / 2
    # The dashes sit ~0.3 em above the baseline; they must be 7 mm under the block.
    return x, BOTTOM - 7 * mm - NUMBER_SIZE * 0.3
