"""Any on-screen list printed as a ledger: 小区台账, 驻区单位名册, 人员名册 and the like.

The UI hands over what the clerk sees (headers, alignment, cell texts); this module turns
it into the shared landscape ledger. Rendering runs on the worker, never on the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reports.pdf import Align, Column, LedgerDocument, render_ledger


@dataclass(frozen=True)
class ListLedger:
    title: str
    office: str
    columns: Sequence[tuple[str, float, str]]  # header, relative width, "left"/"center"/"right"
    rows: Sequence[Sequence[str]]
    period: str = ""


def render(context: ListLedger, path: Path | None = None,
           progress: Callable[[int, int], None] | None = None, anchor: str = "") -> Path:
    """`anchor`: the audit anchor for the page foot (models/anchor.py)."""
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{context.title}.pdf"
    period = context.period or f"截至 {dt.date.today():%Y年%m月%d日}"
    document = LedgerDocument(
        title=context.title, office=context.office, period=period,
        columns=[Column(header, width, Align(align)) for header, width, align in context.columns],
        rows=[list(row) for row in context.rows], anchor=anchor)
    render_ledger(document, path, progress)
    return path
