"""A fast page-content writer on top of a reportlab canvas.

reportlab's `drawString` builds a text object per call; for a ledger with 100,000 cells that
overhead dominates. This writer collects raw PDF operators for a page and hands them to the
canvas once (`Canvas.addLiteral`), while still letting reportlab do the part that matters:
TrueType subsetting (`TTFont.splitString`), so every glyph is embedded and extractable.

Drawing order on a page is: fills, then lines, then one text block, so text is never hidden.
"""
from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

Rgb = tuple[float, float, float]
BLACK: Rgb = (0.0, 0.0, 0.0)
RED: Rgb = (0.85, 0.0, 0.0)

# Stroke width of synthetic bold, as a fraction of the font size (a face without a bold
# variant is drawn with fill + stroke, which is how Chinese office software does it).
BOLD_STROKE = 0.035


class PageWriter:
    """Operators of one page; call `finish()` before `canvas.showPage()`."""

    def __init__(self, canvas: Canvas, encoded: dict[tuple[str, str], list[tuple[str, str]]]
                 | None = None) -> None:
        self._canvas = canvas
        # (font, text) -> [(subset font name, "(bytes) Tj")]: ledgers repeat dates, units and
        # categories thousands of times. Share one dict per canvas, never across canvases
        # (subset codes are assigned per document).
        self._encoded = {} if encoded is None else encoded
        # The document object is needed to allocate subset names; reportlab exposes it only
        # as a private attribute, which its own text objects use the same way.
        self._doc = canvas._doc
        self._graphics: list[str] = []
        self._text: list[str] = []
        self._font: tuple[str, float] | None = None
        self._color: Rgb = BLACK
        self._bold_width: float | None = None
        self._char_space = 0.0

    # -- graphics -------------------------------------------------------------------------

    def fill_rect(self, x: float, y: float, width: float, height: float, grey: float) -> None:
        self._graphics.append(
            f"q {fp_str(grey)} g {fp_str(x, y, width, height)} re f Q")

    def lines(self, segments: Iterable[tuple[float, float, float, float]], width: float,
              color: Rgb = BLACK) -> None:
        """Stroke straight segments (x1, y1, x2, y2) in one path."""
        path = " ".join(f"{fp_str(x1, y1)} m {fp_str(x2, y2)} l" for x1, y1, x2, y2 in segments)
        if path:
            self._graphics.append(f"q {fp_str(width)} w {fp_str(*color)} RG {path} S Q")

    # -- text -----------------------------------------------------------------------------

    def text(self, x: float, y: float, text: str, font: str, size: float, *,
             color: Rgb = BLACK, bold: bool = False, char_space: float = 0.0) -> None:
        """Draw `text` with its baseline starting at (x, y)."""
        if not text:
            return
        out = self._text
        if color != self._color:
            rgb = fp_str(*color)
            out.append(f"{rgb} rg {rgb} RG")
            self._color = color
        bold_width = size * BOLD_STROKE if bold else None
        if bold_width != self._bold_width:
            out.append(f"2 Tr {fp_str(bold_width)} w" if bold_width else "0 Tr")
            self._bold_width = bold_width
        if char_space != self._char_space:
            out.append(f"{fp_str(char_space)} Tc")
            self._char_space = char_space
        out.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        runs = self._encoded.get((font, text))
        if runs is None:
            runs = self._encoded[(font, text)] = self._encode(font, text)
        for subset_name, show in runs:
            if (subset_name, size) != self._font:
                out.append(f"{subset_name} {fp_str(size)} Tf")
                self._font = (subset_name, size)
            out.append(show)

    def _encode(self, font: str, text: str) -> list[tuple[str, str]]:
        """Split into per-subset runs; this is what embeds the glyphs in the subsets."""
        face = pdfmetrics.getFont(font)
        return [(face.getSubsetInternalName(subset, self._doc), f"({escapePDF(chunk)}) Tj")
                for subset, chunk in face.splitString(text, self._doc)]

    def finish(self) -> None:
        """Hand the collected operators to the canvas (call once per page)."""
        parts = list(self._graphics)
        if self._text:
            # q/Q keeps the text colour and render mode from leaking into later pages.
            parts.append("q BT " + "\n".join(self._text) + " ET Q")
        if parts:
            self._canvas.addLiteral("\n".join(parts))
        self._graphics.clear()
        self._text.clear()
        self._font = None
        self._color = BLACK
        self._bold_width = None
        self._char_space = 0.0
