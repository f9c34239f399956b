"""A table model for very long ledgers: it holds ids only and fills rows on demand.

After the Anki card browser: the filtered query returns ids (cheap even for 100,000
rows); `data()` answers from a cache and, for a row not loaded yet, shows a placeholder
and asks the worker for the block of ids around it. The block comes back on the GUI
thread and only its rows repaint. Sorting is done by the query, not by the view.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.db import Database
from ui.common.table_model import Column

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100
PLACEHOLDER = "…"
FetchRows = Callable[[Database, Sequence[int]], Sequence[Any]]  # rows with an .id


class LazyTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], runner: Any, fetch_rows: FetchRows,
                 block: int = BLOCK) -> None:
        super().__init__()
        self.columns = list(columns)
        self.runner = runner
        self.fetch_rows = fetch_rows
        self.block = block
        self.ids: list[int] = []
        self.cache: dict[int, Any] = {}
        self._pending: set[int] = set()  # block numbers asked for
        self._generation = 0  # ids replaced since a fetch was asked: drop its answer

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self.cache.clear()
        self._pending.clear()
        self._generation += 1
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The loaded row, or None while it is being fetched."""
        record_id = self.ids[row]
        if record_id in self.cache:
            return self.cache[record_id]
        self._request(row // self.block)
        return None

    def invalidate(self, record_ids: Sequence[int]) -> None:
        """Forget rows that changed, so they are fetched again when painted."""
        for record_id in record_ids:
            self.cache.pop(record_id, None)
        self._pending.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(self.columns) - 1))

    def _request(self, block: int) -> None:
        if block in self._pending:
            return
        self._pending.add(block)
        start = block * self.block
        wanted = self.ids[start:start + self.block]
        generation, fetch = self._generation, self.fetch_rows
        self.runner.run(lambda database, _progress: fetch(database, wanted),
                        lambda rows: self._arrived(generation, block, start, rows))

    def _arrived(self, generation: int, block: int, start: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        for row in rows:
            self.cache[row.id] = row
        self._pending.discard(block)
        end = min(start + self.block, len(self.ids)) - 1
        if end >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        return column.text(row)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None
