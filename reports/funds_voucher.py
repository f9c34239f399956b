"""支出凭单 / 收款凭单 / 拨款凭单: one entry printed as a paper voucher (A5 landscape).

The layout of the pre-printed vouchers offices buy: the title with a double rule, the
unit, date and voucher number on one line, a ruled grid (payee or payer, fund, account,
category, 摘要, the amount in words 人民币（大写） and in figures ¥1,234.50, the collective
decision behind it, a note), 附单据 N 张 down the right edge, and the signature line
(负责人 / 审核人 / 经办人 / 领款人) with the names the books recorded. A reversing entry
prints its amounts in red under a 红字冲销 mark. Fonts and text drawing are the shared
engine's (reports.pdf); a voucher is a form, not a ledger, so it is placed here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.anchor import current_text as anchor_of
from models.db import Database
from models.funds import entries
from models.funds.entities import COMMUNITY_LABEL
from models.funds.entries import EntryRecord
from models.funds.money import format_fen
from models.funds.ui_queries import office_name
from reports.pdf import chinese_date, register_fonts
from reports.pdf.anchor_label import ANCHOR_SIZE, GREY, anchor_label
from reports.pdf.draw import BLACK, RED, PageWriter, Rgb
from reports.pdf.text import Metrics

TITLES = {"spending": "支出凭单", "receipt": "收款凭单", "allocation": "拨款凭单"}
PAGES = {"A5": landscape(A5), "A4": landscape(A4)}
LABEL_SIZE, VALUE_SIZE, WORDS_SIZE, TITLE_SIZE = 10.5, 10.5, 12.5, 20.0
PAD = 2.2 * mm
ROW_MIN = 11 * mm
LEADING = 1.35


@dataclass(frozen=True)
class VoucherContext:
    office: str
    kind: str
    voucher: str  # "2025-0012", or the draft mark
    day: dt.date
    rows: tuple[tuple[tuple[str, str], ...], ...]  # each row: (label, value) pairs, 1 or 2
    amount_fen: int
    amount_words: str
    is_reversal: bool
    attachments: int
    signatures: tuple[tuple[str, str], ...]  # (role, recorded name)
    anchor: str = ""  # the audit anchor printed at the foot (models/anchor.py)

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def amount_figures(self) -> str:
        return f"¥{format_fen(self.amount_fen)}"


def _meeting(record: EntryRecord) -> str:
    if not record.meeting_ref:
        return "—"
    when = f"　会议日期：{chinese_date(record.meeting_date)}" if record.meeting_date else ""
    return record.meeting_ref + when


def _rows(record: EntryRecord, office: str) -> list[tuple[tuple[str, str], ...]]:
    fund = ("经费来源", record.fund_label)
    # The community's own account is printed with the office's name (兴文社区), not "社区".
    community = office or COMMUNITY_LABEL
    holder = community if record.holder_org_id is None else record.holder_name
    if record.kind == "receipt":
        rows = [(("交款单位", record.counterparty or record.source_label), fund),
                (("收款账户", holder), ("收入来源", record.source_label))]
    elif record.kind == "allocation":
        rows = [(("拨出单位", community), fund), (("拨入单位", holder),)]
    else:
        rows = [(("收款人", record.counterparty), fund),
                (("支出单位", holder), ("支出类别", record.category))]
    rows.append((("摘要", record.summary),))
    if record.kind != "receipt" or record.meeting_ref:
        rows.append((("集体决策", _meeting(record)),))
    if record.note and not record.is_reversal:  # a reversal's note repeats its 摘要
        rows.append((("备注", record.note),))
    return rows


def context_for(record: EntryRecord, office: str, voucher: str = "") -> VoucherContext:
    last_role = {"spending": "领款人", "receipt": "交款人", "allocation": "收款人"}[record.kind]
    return VoucherContext(
        office=office, kind=record.kind, voucher=voucher or record.voucher or "草稿（未记账）",
        day=record.entry_date, rows=tuple(_rows(record, office)), amount_fen=record.amount_fen,
        amount_words=record.amount_words, is_reversal=record.is_reversal,
        attachments=record.attachment_count,
        signatures=(("负责人", record.approver), ("审核人", record.posted_by),
                    ("经办人", record.drafted_by), (last_role, "")))


def build(session, entry_id: int) -> VoucherContext:  # noqa: ANN001
    return replace(context_for(entries.get_entry(session, entry_id), office_name(session)),
                   anchor=anchor_of(session))


def build_by_number(session, year: int, number: int) -> VoucherContext:  # noqa: ANN001
    return replace(context_for(entries.find_by_voucher(session, year, number),
                               office_name(session)), anchor=anchor_of(session))


class _Voucher:
    """Draws one voucher on a canvas page."""

    def __init__(self, canvas: Canvas, context: VoucherContext, size: tuple[float, float]):
        self.canvas, self.context = canvas, context
        self.width, self.height = size
        self.fonts = register_fonts()
        self.song, self.hei, self.kai = self.fonts.song, self.fonts.hei, self.fonts.kai
        self.out = PageWriter(canvas)
        self.left, self.right = 15 * mm, self.width - 20 * mm
        self.accent: Rgb = RED if context.is_reversal else BLACK

    def text(self, x: float, y: float, text: str, font: str, size: float, *,
             align: str = "left", color: Rgb = BLACK, bold: bool = False) -> float:
        width = Metrics(font).width(text, size)
        x -= {"left": 0.0, "center": width / 2, "right": width}[align]
        fake = bold and self.fonts.bold_is_synthetic
        self.out.text(x, y, text, font, size, color=color, bold=fake)
        return width

    def draw(self) -> None:
        top = self._heading(self.height - 14 * mm)
        bottom = self._grid(top - 4 * mm)
        self._attachments(top - 4 * mm, bottom)
        # The signatures sit low, where hands sign, but never over a tall grid.
        self._signatures(min(bottom - 10 * mm, 26 * mm))
        self.text(self.left, 6 * mm, anchor_label(self.context.anchor), self.song, ANCHOR_SIZE,
                  color=GREY)
        self.out.finish()
        self.canvas.showPage()

    def _heading(self, y: float) -> float:
        ctx, middle = self.context, (self.left + self.right) / 2
        width = self.text(middle, y, " ".join(ctx.title), self.hei, TITLE_SIZE, align="center",
                          bold=True)
        rule = [(middle - width / 2 - 6, y - 5, middle + width / 2 + 6, y - 5),
                (middle - width / 2 - 6, y - 7.5, middle + width / 2 + 6, y - 7.5)]
        self.out.lines(rule, 0.8)
        if ctx.is_reversal:
            self.text(middle + width / 2 + 10, y, "（红字冲销）", self.song, 11, color=RED)
        info = y - 8 * mm
        self.text(self.left, info, f"单位：{ctx.office}", self.song, LABEL_SIZE)
        self.text(middle, info, chinese_date(ctx.day), self.song, LABEL_SIZE, align="center")
        self.text(self.right, info, f"凭证号：{ctx.voucher}", self.song, LABEL_SIZE,
                  align="right")
        return info - 1.5 * mm

    def _columns(self) -> tuple[float, float, float, float, float]:
        """x of: left edge, end of label 1, end of value 1, end of label 2, right edge."""
        span = self.right - self.left
        return (self.left, self.left + 0.16 * span, self.left + 0.6 * span,
                self.left + 0.74 * span, self.right)

    def _wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        return Metrics(font).wrap(text, width - 2 * PAD, size) or [""]

    def _cell(self, x0: float, x1: float, top: float, lines: list[str], font: str,
              size: float, height: float, *, center: bool = False, color: Rgb = BLACK) -> None:
        block = len(lines) * size * LEADING
        y = top - (height - block) / 2 - size * LEADING * 0.78
        for line in lines:
            x = (x0 + x1) / 2 if center else x0 + PAD
            self.text(x, y, line, font, size, align="center" if center else "left", color=color)
            y -= size * LEADING

    def _grid(self, top: float) -> float:
        c = self._columns()
        segments: list[tuple[float, float, float, float]] = []
        y = top
        for row in (*self.context.rows[:3], None, *self.context.rows[3:]):
            cells = self._amount_cells() if row is None else self._row_cells(row)
            height = max(len(lines) * size * LEADING for _x0, _x1, lines, _f, size, _c, _k
                         in cells) + 2 * PAD
            height = max(height, ROW_MIN)
            for x0, x1, lines, font, size, center, color in cells:
                self._cell(x0, x1, y, lines, font, size, height, center=center, color=color)
                if x0 > c[0]:
                    segments.append((x0, y, x0, y - height))
            y -= height
            segments.append((c[0], y, c[4], y))
        self.out.lines(segments[:-1], 0.4)
        self.out.lines([(c[0], top, c[4], top), (c[0], y, c[4], y), (c[0], top, c[0], y),
                        (c[4], top, c[4], y)], 1.0)
        return y

    def _row_cells(self, row: Sequence[tuple[str, str]]) -> list[tuple]:
        c = self._columns()
        spans = [(c[0], c[1], c[2]), (c[2], c[3], c[4])] if len(row) == 2 else [(c[0], c[1], c[4])]
        cells: list[tuple] = []
        for (label, value), (x0, x1, x2) in zip(row, spans, strict=True):
            cells.append((x0, x1, self._wrap(label, self.song, LABEL_SIZE, x1 - x0), self.song,
                          LABEL_SIZE, True, BLACK))
            cells.append((x1, x2, self._wrap(value, self.song, VALUE_SIZE, x2 - x1), self.song,
                          VALUE_SIZE, False, BLACK))
        return cells

    def _amount_cells(self) -> list[tuple]:
        c, ctx = self._columns(), self.context
        words = self._wrap(ctx.amount_words, self.kai, WORDS_SIZE, c[2] - c[1])
        return [(c[0], c[1], ["人民币", "（大写）"], self.song, LABEL_SIZE, True, BLACK),
                (c[1], c[2], words, self.kai, WORDS_SIZE, False, self.accent),
                (c[2], c[3], ["（小写）"], self.song, LABEL_SIZE, True, BLACK),
                (c[3], c[4], [ctx.amount_figures], self.hei, WORDS_SIZE, False, self.accent)]

    def _attachments(self, top: float, bottom: float) -> None:
        """附单据 N 张, one character under another along the right edge of the grid."""
        chars = ["附", "单", "据", str(self.context.attachments), "张"]
        x = self.right + 5 * mm
        y = (top + bottom) / 2 + len(chars) * 14 / 2 - 10
        for char in chars:
            self.text(x, y, char, self.song, LABEL_SIZE, align="center")
            y -= 14

    def _signatures(self, y: float) -> None:
        part = (self.right - self.left) / len(self.context.signatures)
        lines = []
        for index, (role, name) in enumerate(self.context.signatures):
            x = self.left + part * index
            used = self.text(x, y, f"{role}：", self.song, LABEL_SIZE)
            self.text(x + used + 2, y, name, self.kai, VALUE_SIZE)
            lines.append((x + used, y - 3, x + part - 6 * mm, y - 3))
        self.out.lines(lines, 0.4)


def render(context: VoucherContext, path: Path | str, page: str = "A5") -> Path:
    """Write the voucher as a one-page PDF (A5 landscape; "A4" for A4 landscape)."""
    size = PAGES[page]
    fonts = register_fonts()
    canvas = Canvas(str(path), pagesize=size, initialFontName=fonts.song, pageCompression=1)
    canvas.setTitle(f"{context.title} {context.voucher}")
    canvas.setAuthor(context.office)
    canvas.setCreator("共建台账 Gongjian")
    _Voucher(canvas, context, size).draw()
    canvas.save()
    return Path(path)


def render_voucher(database: Database, year: int, number: int, out: Path | str,
                   page: str = "A5") -> Path:
    """`python main.py voucher --number N --year Y --out F.pdf`."""
    with database.read_session() as session:
        context = build_by_number(session, year, number)
    return render(context, out, page)


def render_entry_voucher(database: Database, entry_id: int, out: Path | str,
                         page: str = "A5") -> Path:
    """The voucher of one entry (the page's 打印凭单); a draft prints marked 草稿."""
    with database.read_session() as session:
        context = build(session, entry_id)
    return render(context, out, page)
