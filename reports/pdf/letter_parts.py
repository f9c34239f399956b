"""The furniture of a GB/T 9704 page around the body: 版头 rules and the 版记 at the foot.

Kept apart from the flow (letter_layout.py) because it is placed by measure, not on the
line grid: the 信函 double rules hang from the paper edges, the 版记 is anchored to the
last lines of the block.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from reports.pdf.draw import RED, Rgb
from reports.pdf.letter import LetterDocument, LetterForm, chinese_date

PAGE_W, PAGE_H = A4
LEFT = 28 * mm
WIDTH = 156 * mm
RIGHT = LEFT + WIDTH
TOP = PAGE_H - 37 * mm
BOTTOM = TOP - 225 * mm
LINES_PER_PAGE = 22
PITCH = (TOP - BOTTOM) / LINES_PER_PAGE  # ≈ 28.9 pt
COLOPHON_SIZE = 14.0  # 4号
DOUBLE_RULE = 170 * mm  # 信函 rules
THICK, THIN, RULE_GAP = 1.5, 0.6, 1.2  # double-rule strokes and the gap between them
COLOPHON_THICK, COLOPHON_THIN = 0.35 * mm, 0.25 * mm


@dataclass(frozen=True)
class Rule:
    x1: float
    y: float
    x2: float
    width: float
    color: Rgb = RED


def double_rule(y: float, *, thick_on_top: bool) -> tuple[Rule, Rule]:
    """A 170 mm red double rule whose upper edge is at `y`."""
    x1 = (PAGE_W - DOUBLE_RULE) / 2
    x2 = x1 + DOUBLE_RULE
    upper, lower = (THICK, THIN) if thick_on_top else (THIN, THICK)
    first = Rule(x1, y - upper / 2, x2, upper)
    second = Rule(x1, y - upper - RULE_GAP - lower / 2, x2, lower)
    return first, second


def letter_foot_rule() -> tuple[Rule, Rule]:
    """The second 信函 double rule, thin over thick, its lower edge 20 mm above the foot."""
    top = 20 * mm + THICK + RULE_GAP + THIN
    return double_rule(top, thick_on_top=False)


@dataclass(frozen=True)
class ColophonLine:
    """One line of the 版记: left text, optional right text, the rule under it."""

    left: str
    right: str = ""
    rule_below: float = 0.0  # stroke width; 0: none
    hanging: bool = False  # a continuation of 抄送, aligned after "抄送："


def colophon(doc: LetterDocument,
             wrap: Callable[[str, float], list[str]]) -> tuple[float, list[ColophonLine]]:
    """The 版记 lines top-down and the width of the rule above the first (0: none).

    文件: 抄送 (when any) and 印发机关 with 印发日期, thick rule above, thin between, thick
    under the last (印发机关 defaults to the signature, 印发日期 to the date). 信函: 抄送
    only and no rules (GB/T 9704 §10.1). `wrap(text, width)`
    breaks text at the 4号 size; 抄送 stays one character in from both sides.
    """
    lines: list[ColophonLine] = []
    if doc.copy_to:
        inner = WIDTH - 2 * COLOPHON_SIZE
        head, *rest = wrap("抄送：" + "，".join(doc.copy_to) + "。", inner)
        lines.append(ColophonLine(head))
        if rest:
            more = wrap("".join(rest), inner - 3 * COLOPHON_SIZE)
            lines += [ColophonLine(chunk, hanging=True) for chunk in more]
    if doc.form is LetterForm.LETTER or not (lines or doc.printer or doc.printed_on):
        return 0.0, lines  # a 公示 without 抄送 or 印发 has no 版记
    printer = doc.printer or doc.signature
    printed_on = doc.printed_on or doc.date
    if printer or printed_on:
        if lines:
            last = lines[-1]
            lines[-1] = ColophonLine(last.left, rule_below=COLOPHON_THIN, hanging=last.hanging)
        lines.append(ColophonLine(printer, f"{chinese_date(printed_on)}印发" if printed_on else ""))
    if not lines:
        return 0.0, []
    last = lines[-1]
    lines[-1] = ColophonLine(last.left, last.right, COLOPHON_THICK, last.hanging)
    return COLOPHON_THICK, lines
