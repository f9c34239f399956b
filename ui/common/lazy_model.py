"""A table model for very long ledgers: it holds ids only and fills rows on demand.

After the Anki card browser: the filtered query returns ids (cheap even for 100,000
rows); `data()` answers from a cache and, for a row not loaded yet, shows a placeholder
and asks the worker for the block of ids around it. The block comes back on the GUI
thread and only its rows repaint. Sorting is done by the query, not by the view.

A block whose fetch failed shows `failed_text()` (the error in its tooltip) and is asked for
again when it is next painted after `RETRY_MS`, so a passing fault (a locked database,
a reconnect) heals by itself. The model reads the runner from the context at each
fetch, so a replaced runner (the database reopened) is used from then on.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from sqlalchemy.orm import Session

from models.db import Database
from ui.common import messages
from ui.common.context import AppContext
from ui.common.operations import ReadOp, read_job
from ui.common.table_model import Column, tooltip
from ui.common.tasks import Progress

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100
EXPORT_BLOCK = 2000
PLACEHOLDER = "…"


def failed_text() -> str:
    """What a row whose block could not be read shows (its tooltip gives the reason)."""
    return QCoreApplication.translate("LazyTableModel", "（读取失败）")


RETRY_MS = 2000
FetchRows = Callable[[Session, Sequence[int]], Sequence[Any]]  # rows with an .id


class LazyTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], context: AppContext, fetch_rows: FetchRows,
                 block: int = BLOCK) -> None:
        super().__init__()
        self.columns = list(columns)
        self.context = context
        self.fetch_rows = fetch_rows
        self.block = block
        self.ids: list[int] = []
        self.cache: dict[int, Any] = {}
        self._pending: set[int] = set()  # block numbers asked for
        self._failed: dict[int, tuple[float, str]] = {}  # block → (when, message)
        self._generation = 0  # ids replaced since a fetch was asked: drop its answer

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self.cache.clear()
        self._pending.clear()
        self._failed.clear()
        self._generation += 1
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The loaded row, or None while it is being fetched."""
        record_id = self.ids[row]
        if record_id in self.cache:
            return self.cache[record_id]
        self._request(row // self.block)
        return None

    def failure(self, row: int) -> str | None:
        """The error of the row's block, if its last fetch failed."""
        failed = self._failed.get(row // self.block)
        return failed[1] if failed is not None else None

    def invalidate(self, record_ids: Sequence[int]) -> None:
        """Forget rows that changed, so they are fetched again when painted."""
        for record_id in record_ids:
            self.cache.pop(record_id, None)
        self._pending.clear()
        self._failed.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(self.columns) - 1))

    def texts_job(self) -> Callable[[Database, Progress], list[list[str]] | None]:
        """A worker job giving the texts of every row (not only the loaded ones), in the
        order of the ids, read in blocks of EXPORT_BLOCK in one read session; None when
        cancelled. For 导出: the whole filtered ledger, as the table would show it."""
        ids, fetch, columns = list(self.ids), self.fetch_rows, list(self.columns)

        def texts(session: Session, progress: Progress) -> list[list[str]] | None:
            found: list[list[str]] = []
            for start in range(0, len(ids), EXPORT_BLOCK):
                if progress.cancelled:
                    return None
                wanted = ids[start:start + EXPORT_BLOCK]
                rows = {row.id: row for row in fetch(session, wanted)}
                found += [[c.text(rows[i]) for c in columns] for i in wanted if i in rows]
                progress.report(start + len(wanted), 2 * max(len(ids), 1))
            return found
        return read_job(texts)

    def _request(self, block: int) -> None:
        if block in self._pending:
            return
        failed = self._failed.get(block)
        if failed is not None and (time.monotonic() - failed[0]) * 1000 < RETRY_MS:
            return
        self._pending.add(block)
        start = block * self.block
        wanted = self.ids[start:start + self.block]
        generation, fetch = self._generation, self.fetch_rows
        ReadOp(self.context, parent=None, query=lambda session: fetch(session, wanted),
               success=lambda rows: self._arrived(generation, block, rows),
               failure=lambda exc: self._fetch_failed(generation, block, exc)).run()

    def _arrived(self, generation: int, block: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        for row in rows:
            self.cache[row.id] = row
        self._pending.discard(block)
        self._failed.pop(block, None)
        self._repaint(block)

    def _fetch_failed(self, generation: int, block: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending.discard(block)
        self._failed[block] = (time.monotonic(), messages.error_text(exc))
        messages.log_unexpected(exc)
        self._repaint(block)
        # Paint again after the pause: the repaint asks for the block once more.
        QTimer.singleShot(RETRY_MS, lambda: self._repaint(block))

    def _repaint(self, block: int) -> None:
        start = block * self.block
        end = min(start + self.block, len(self.ids)) - 1
        if end >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
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
            failure = self.failure(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return failure
            return PLACEHOLDER if failure is None else failed_text()
        text = column.text(row)
        return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None
