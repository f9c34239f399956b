"""导出 Excel: a table as the screen shows it, written to .xlsx with the right cell types.

The page passes each column's header and kind and the texts it shows; here they become
typed cells: amounts ("1,234.50") as numbers formatted `#,##0.00`, dates ("2010-07-01")
as dates, counts as whole numbers, and everything else as text. Text is stored as text
even when it starts with "=", so nothing a resident typed ever becomes a formula, and
ID numbers keep all 18 digits.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

Kind = Literal["text", "amount", "date", "number"]
AMOUNT_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
_AMOUNT = re.compile(r"-?[\d,]+(\.\d+)?")
_NUMBER = re.compile(r"-?[\d,]+")

Cell = str | Decimal | int | dt.date | None


@dataclass(frozen=True)
class ExportColumn:
    header: str
    kind: Kind = "text"
    width_chars: float = 8


def cell_value(text: str, kind: Kind) -> Cell:
    """The typed value of a shown text; text that does not read as its kind stays text."""
    shown = text.strip()
    if kind == "text" or not shown:
        return text if shown else None
    plain = shown.replace(",", "").replace("¥", "")
    try:
        if kind == "amount" and _AMOUNT.fullmatch(shown.replace("¥", "")):
            return Decimal(plain)
        if kind == "number" and _NUMBER.fullmatch(shown):
            return int(plain)
        if kind == "date":
            return dt.date.fromisoformat(shown)
    except (ValueError, InvalidOperation):
        pass
    return text


def write_table(path: Path | str, title: str, columns: Sequence[ExportColumn],
                rows: Sequence[Sequence[str]],
                progress: Callable[[int, int], None] | None = None) -> Path:
    """One sheet: a bold header row (frozen), then the rows in the order shown;
    `progress(done, total)` every 1,000 rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(title)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.data_type = TYPE_STRING
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width_chars * 2 + 2
    for row_number, texts in enumerate(rows, start=2):
        for index, (column, text) in enumerate(zip(columns, texts, strict=True), start=1):
            _write(sheet.cell(row=row_number, column=index), cell_value(text, column.kind))
        if progress is not None and row_number % 1000 == 0:
            progress(row_number - 1, len(rows))
    sheet.freeze_panes = "A2"
    out = Path(path)
    book.save(out)
    return out


def _write(cell, value: Cell) -> None:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = TYPE_STRING  # "=1+1" stays the text a clerk typed
    elif isinstance(value, Decimal):
        cell.number_format = AMOUNT_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT


def _sheet_title(title: str) -> str:
    """Excel forbids []:*?/\\ in sheet names and allows 31 characters."""
    return re.sub(r"[\[\]:*?/\\]", "_", title)[:31] or "Sheet1"
