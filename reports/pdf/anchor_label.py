"""The audit anchor at the foot of every printed page.

A printed ledger or letter is the copy nobody can alter later: its anchor (models/anchor.py)
lets `check --anchor` prove the database still holds, unrewritten, the trail the paper was
printed from. Small and grey: it is for an inspector, not for the reader.
"""
from __future__ import annotations

from reportlab.lib.units import mm

from reports.pdf.draw import Rgb

ANCHOR_SIZE = 7.0
ANCHOR_Y = 14 * mm  # under the letter's page number, inside any printer's margin
GREY: Rgb = (0.45, 0.45, 0.45)


def anchor_label(anchor: str) -> str:
    return f"校验锚点 {anchor}" if anchor else ""
