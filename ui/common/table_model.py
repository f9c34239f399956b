"""A table model over a list of frozen dataclass rows, answering data() from that list."""
from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


WRAP_CHARS = 20  # longer cell texts get a tooltip that wraps


def tooltip(text: str) -> str:
    """A cell's tooltip: short text as it is; long text as rich text, which Qt wraps to a
    readable width (a plain-text tooltip is one endless line across the screen)."""
    if len(text) <= WRAP_CHARS and "\n" not in text:
        return text
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def amount_text(value: Decimal | int | None, places: int = 2) -> str:
    """1234.5 → "1,234.50": thousands separators and fixed decimals, as clerks expect."""
    if value is None:
        return ""
    return f"{Decimal(value):,.{places}f}"


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    sort_key: Callable[[Any], Any] | None = None
    width_chars: int = 8
    kind: str = "text"  # how 导出 writes it: text, amount, date or number (reports.table_export)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._sort_keys: dict[tuple[int, int], Any] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_keys.clear()
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(column.text(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.UserRole:
            # Sorting asks for each key many times; pinyin keys are worth computing once.
            key = (index.row(), index.column())
            if key not in self._sort_keys:
                self._sort_keys[key] = column.sort_key(row) if column.sort_key else column.text(row)
            return self._sort_keys[key]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None
