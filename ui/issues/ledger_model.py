"""The ledger's table model: LazyTableModel (ids, rows fetched in blocks on the worker)
plus what the issue ledger shows besides text: overdue problems in red (期限, 逾期 N 天,
状态), the full description, wrapped, in the tooltip of the problem column, and the full
name of the response level in the tooltip of its short name.
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from models.issues import ledger
from models.issues.ledger import ProblemRow
from models.issues.vocab import LEVEL_SHORT
from ui.common.context import AppContext
from ui.common.lazy_model import LazyTableModel
from ui.common.table_model import CENTER, Column
from ui.i18n import domain

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
# Column keys, in display order; the sortable ones map to ProblemFilter.sort.
# What a clerk looks for comes first (编号, 问题, 状态, 期限), so it is visible in a window
# of 1200×760; the rest follows and scrolls.
KEYS = ("number", "found_on", "title", "state", "deadline", "overdue", "responsible", "level",
        "category", "place", "source", "resolved_on")
SORTS = {"number": "number", "found_on": "found_on", "level": "level", "deadline": "deadline",
         "state": "state"}
RED_KEYS = frozenset({"deadline", "overdue", "state"})


def _day(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _level(row: ProblemRow) -> str:
    return domain(LEVEL_SHORT.get(row.level, "")) if row.level else ""


class LedgerTexts(QObject):
    """The ledger's column headers and texts, translated in this class's context."""

    def overdue(self, row: ProblemRow) -> str:
        return self.tr("{0}天").format(row.days_overdue) if row.overdue else ""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("编号"), lambda r: r.number, CENTER, width_chars=6),
            Column(self.tr("发现日期"), lambda r: _day(r.found_on), CENTER, width_chars=5,
                   kind="date"),
            Column(self.tr("问题"), lambda r: r.title, width_chars=12),
            Column(self.tr("状态"), lambda r: domain(r.state_label), CENTER, width_chars=4),
            Column(self.tr("期限"), lambda r: _day(r.deadline), CENTER, width_chars=5,
                   kind="date"),
            Column(self.tr("逾期"), self.overdue, CENTER, width_chars=3),
            Column(self.tr("责任单位"), lambda r: r.responsible, width_chars=8),
            Column(self.tr("响应层级"), _level, CENTER, width_chars=3),
            Column(self.tr("类别"), lambda r: r.category, width_chars=8),
            Column(self.tr("小区/楼栋"), lambda r: r.place, width_chars=7),
            Column(self.tr("来源"), lambda r: domain(r.source_label), width_chars=6),
            Column(self.tr("办结日期"), lambda r: _day(r.resolved_on), CENTER, width_chars=5,
                   kind="date"),
        ]


class ProblemTableModel(LazyTableModel):
    def __init__(self, context: AppContext) -> None:
        texts = LedgerTexts()
        super().__init__(texts.columns(), context, ledger.problem_rows)
        self.texts = texts

    def loaded(self, row: int) -> ProblemRow | None:
        """The row if it is in the cache, without asking the worker for it."""
        if not 0 <= row < len(self.ids):
            return None
        return self.cache.get(self.ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.loaded(index.row())
            return OVERDUE if row is not None and row.overdue and key in RED_KEYS else None
        if role == Qt.ItemDataRole.ToolTipRole and key == "level":
            row = self.loaded(index.row())
            return domain(row.level_label) if row is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            row = self.loaded(index.row())
            if row is None:
                return None
            # Rich text: Qt wraps it to a readable width instead of one endless line.
            text = html.escape(row.description or row.title)
            return f"<p><b>{html.escape(row.title)}</b></p><p>{text}</p>"
        return super().data(index, role)

    def position(self, problem_id: int) -> int | None:
        try:
            return self.ids.index(problem_id)
        except ValueError:
            return None
