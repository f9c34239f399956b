"""Letters and announcements in the GB/T 9704-2012 layout (函告, 督办函, 通知, 公示).

A4 portrait; margins top 37 mm and left 28 mm around a 156 × 225 mm text block holding 22
lines of 28 characters; title in 22 pt (小标宋, else stroked 宋), body in 16 pt 仿宋 with a
two-character first-line indent; issuer and date at the end (date four characters from the
right, issuer centred over it, room for the seal). Two 版头 forms (`LetterForm`):

- 文件 (§7.2, announcements and notices): red issuer mark 35 mm below the top of the block,
  文号 centred two lines under it, a red rule 4 mm under the 文号; 版记 at the foot of the
  last page: 抄送, then 印发机关 and 印发日期, between a thick, a thin and a thick rule;
- 信函 (§10.1, 函 and 督办函): issuer mark with its top 30 mm from the top of the paper,
  a red double rule (thick over thin) 4 mm under it and one (thin over thick) 20 mm above
  the foot of the paper, both 170 mm long; the 文号 flush right under the first rule; no
  page number on page 1; the 版记 holds only 抄送, without rules.

Page numbers "— N —" in 4号 宋体, 7 mm below the block, on the outer side (odd pages right,
even pages left, one character in) as two-sided printing needs; `CENTRE` on request.
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


class LetterForm(StrEnum):
    FILE = "file"  # 文件格式: 通知, 公示 and other announcements
    LETTER = "letter"  # 信函格式: 函, 督办函


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
    page_numbers: PageNumbers = PageNumbers.ALTERNATE
    form: LetterForm = LetterForm.FILE
    copy_to: Sequence[str] = ()  # 抄送机关, in the 版记
    # 文件 form: a 版记 is printed when any of copy_to, printer, printed_on is given.
    printer: str = ""  # 印发机关; empty: the signature
    printed_on: dt.date | None = None  # 印发日期; None: the date
    anchor: str = ""  # the audit anchor (models/anchor.py), small at the foot of every page


def chinese_date(day: dt.date) -> str:
    """成文日期 with Arabic numerals and no leading zeros, as GB/T 9704-2012 asks."""
    return f"{day.year}年{day.month}月{day.day}日"


def render_letter(doc: LetterDocument, path: Path | str) -> RenderResult:
    """Write `doc` as a PDF to `path`."""
    from reports.pdf.letter_layout import draw_letter, layout_letter  # noqa: PLC0415

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
