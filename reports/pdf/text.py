"""Measuring and line-breaking Chinese text for hand-made PDF layout.

Platypus is far too slow for ledgers of 10,000 rows, so the engine measures text itself:
character advance widths are cached per font (CJK text repeats a few thousand characters),
and lines break greedily with the rules a Chinese reader expects:

- a break may fall between any two CJK characters;
- Latin words and numbers (letters, digits, ASCII punctuation) stay together when they fit;
- no line starts with closing punctuation (，。、；：）》” …) and none ends with opening
  punctuation (（《“ …): the greedy breaker backs off to the previous break opportunity, so
  the character before a closing mark moves down with it (推出 in typesetting terms).
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

CLOSING = frozenset("，。、；：？！）》」』】〕〉〗”’…‥·｝］｠%,.;:!?)]}")
OPENING = frozenset("（《「『【〔〈〖“‘｛［｟([{")

# Character classes for break opportunities.
_WORD, _SPACE, _OTHER = 0, 1, 2


class _WidthTable(dict[str, float]):
    """Advance width at 1 pt per character, filled on first use."""

    def __init__(self, font_name: str) -> None:
        super().__init__()
        self._font = pdfmetrics.getFont(font_name)

    def __missing__(self, char: str) -> float:
        width = float(self._font.stringWidth(char, 1.0))
        self[char] = width
        return width


class Metrics:
    """Cached text widths for one font; share one instance per font across a document."""

    _tables: dict[str, _WidthTable] = {}

    def __init__(self, font_name: str) -> None:
        table = Metrics._tables.get(font_name)
        if table is None:
            table = Metrics._tables[font_name] = _WidthTable(font_name)
        self.font_name = font_name
        self._widths = table

    def width(self, text: str, size: float, char_space: float = 0.0) -> float:
        """Width of `text` at `size` pt, with `char_space` pt added after every character."""
        return sum(map(self._widths.__getitem__, text)) * size + char_space * len(text)

    def wrap(self, text: str, width: float, size: float,
             char_space: float = 0.0) -> list[str]:
        """Break `text` into lines no wider than `width`; explicit newlines are kept.

        Nothing is ever dropped except spaces at a break; a single character wider than
        `width` still gets a line of its own.
        """
        lines: list[str] = []
        for paragraph in text.split("\n"):
            if self.width(paragraph, size, char_space) <= width:
                lines.append(paragraph)  # the common case: no per-character work
            else:
                lines.extend(self._break(paragraph, width / size, char_space / size))
        return lines

    def _break(self, text: str, limit: float, space: float) -> list[str]:
        """Greedy breaking of one paragraph; `limit` and `space` are in units of 1 pt size."""
        widths = self._widths
        lines: list[str] = []
        start = 0
        n = len(text)
        while start < n:
            while start < n and text[start] == " ":
                start += 1  # a line never begins with the space it broke at
            if start >= n:
                break
            end = _fit(text, start, limit, space, widths)
            if end >= n:
                lines.append(text[start:].rstrip(" "))
                break
            cut = _last_break(text, start, end)
            lines.append(text[start:cut].rstrip(" "))
            start = cut
        return lines


def _fit(text: str, start: int, limit: float, space: float, widths: _WidthTable) -> int:
    """The end index of the longest run from `start` that fits in `limit` (at least 1 char)."""
    total = 0.0
    i = start
    n = len(text)
    while i < n:
        total += widths[text[i]] + space
        if total > limit and i > start:
            return i
        i += 1
    return n


def _last_break(text: str, start: int, end: int) -> int:
    """The best break at or before `end` (the first character that did not fit).

    Prefers the last legal opportunity in (start, end]; with none (one long word), the line
    breaks at `end` anyway so nothing overflows the cell.
    """
    for i in range(end, start, -1):
        if _can_break_before(text, i):
            return i
    return end


def _can_break_before(text: str, i: int) -> bool:
    before, after = text[i - 1], text[i]
    if after in CLOSING or before in OPENING:
        return False
    kind_before, kind_after = _kind(before), _kind(after)
    if kind_before == _WORD and kind_after == _WORD:
        return False  # inside a Latin word or a number
    return True


def _kind(char: str) -> int:
    if char == " ":
        return _SPACE
    if char < "\u0250":  # ASCII and Latin letters, digits and ASCII punctuation
        return _WORD
    return _OTHER
