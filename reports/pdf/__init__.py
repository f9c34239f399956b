"""The PDF engine shared by every printed ledger and letter (reportlab, no Qt).

A report module follows one pattern (after Tryton's report engine):

    def build(session: Session, params: Params) -> Context   # queries and sums, tested
    def render(context: Context, path: Path) -> RenderResult  # calls this engine

`render` maps its context onto a `LedgerDocument` (A4 landscape 台账) or a `LetterDocument`
(GB/T 9704 函 / 通知) and calls `render_ledger` or `render_letter`. Fonts are registered on
first use (`register_fonts`), so callers never touch reportlab's font registry.
"""
from reports.pdf.fonts import FontSet, register_fonts
from reports.pdf.ledger import (
    PLAIN,
    REVERSAL,
    TOTAL,
    Align,
    Column,
    LedgerDocument,
    PageHook,
    RenderResult,
    RowStyle,
    StyledRow,
    render_ledger,
)
from reports.pdf.letter import (
    LetterDocument,
    LetterForm,
    LetterParagraph,
    PageNumbers,
    chinese_date,
    render_letter,
)

__all__ = [
    "PLAIN", "REVERSAL", "TOTAL", "Align", "Column", "FontSet", "LedgerDocument",
    "LetterDocument", "LetterForm", "LetterParagraph", "PageHook", "PageNumbers",
    "RenderResult", "RowStyle",
    "StyledRow", "chinese_date", "register_fonts", "render_ledger", "render_letter",
]
