"""Letters and announcements in the GB/T 9704-2012 layout (函告, 督办函, 通知, 公示).

A4 portrait; margins top 37 mm and left 28 mm around a 156 × 225 mm text block holding 22
lines of 28 characters; optional red issuer mark (发文机关标志) 35 mm below the top of the
block, document number (文号) two lines under it, a red separator 4 mm below the number;
title in 22 pt, body in 16 pt 仿宋 with a two-character first-line indent; issuer and date
at the end (date four characters from the right, issuer centred over it, room for the seal);
page numbers "— N —" 7 mm below the block.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from reports.pdf.fonts import register_fonts
from reports.pdf.ledger import RenderResult


class PageNumbers(StrEnum):
    CENTRE = "centre"  # one-sided printing, as most community offices do
    ALTERNATE = "alternate"  # GB/T 9704: odd pages right, even pages left (two-sided)


@dataclass(frozen=True)
class LetterParagraph:
    """A body paragraph in another face, e.g. "hei" for 一、 headings, "kai" for （一）."""

    text: str
    role: str = "fangsong"
    indent: bool = True  # two-character first-line indent


@dataclass(frozen=True)
class LetterDocument:
    title: str
    body: Sequence[str | LetterParagraph]
    recipient: str = ""  # 主送机关, printed flush left with a full-width colon
    issuer_mark: str = ""  # 发文机关标志, red, e.g. 中共兴文社区综合委员会; empty: none
    doc_number: str = ""  # 文号, e.g. 兴文社区〔2026〕12号
    signature: str = ""  # 发文机关署名
    date: dt.date | None = None  # 成文日期
    page_numbers: PageNumbers = PageNumbers.CENTRE
    anchor: str = ""  # the audit anchor (models/anchor.py), small at the foot of every page


def chinese_date(day: dt.date) -> str:
    """成文日期 with Arabic numerals and no leading zeros, as GB/T 9704-2012 asks."""
    return f"{day.year}年{day.month}月{day.day}日"


def render_letter(doc: LetterDocument, path: Path | str) -> RenderResult:
    """Write `doc` as a PDF to `path`."""
    from reports.pdf.letter_layout import draw_letter, layout_letter

    fonts = register_fonts()
    pages = layout_letter(doc, fonts)
    target = Path(path)
    canvas = Canvas(str(target), pagesize=A4, initialFontName=fonts.fangsong,
                    initialFontSize=16, pageCompression=1)
    canvas.setTitle(doc.title)
    canvas.setAuthor(doc.signature)
    canvas.setCreator("共建台账 Gongjian")
    draw_letter(canvas, doc, pages, fonts)
    canvas.save()
    return RenderResult(pages=len(pages), path=target)


def paragraphs(doc: LetterDocument) -> Sequence[LetterParagraph]:
    return [p if isinstance(p, LetterParagraph) else LetterParagraph(p) for p in doc.body]
