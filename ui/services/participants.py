"""The participants of a delivery: one row per person from the registry, with the time
they started and finished (so a person's overlapping hours can be refused)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.fields import FieldWidget

Span = tuple[int | None, dt.time, dt.time]


class ParticipantsField(FieldWidget):
    """A small table: 人员 | 开始 | 结束, with 添加 / 删除 buttons."""

    def __init__(self, people: dict[int, str]) -> None:
        box = QWidget()
        super().__init__(box)
        self.people = people
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("人员"), self.tr("开始"), self.tr("结束")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 8)
        add, remove = QPushButton(self.tr("添加人员")), QPushButton(self.tr("删除人员"))
        add.setAutoDefault(False)
        remove.setAutoDefault(False)
        add.clicked.connect(lambda _checked: self.add_row())
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, person_id: int | None = None, start: dt.time = dt.time(9),
                end: dt.time = dt.time(11)) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("（请选择）"), None)
        for pid, name in self.people.items():
            combo.addItem(name, pid)
        combo.setCurrentIndex(max(combo.findData(person_id), 0))
        combo.currentIndexChanged.connect(self._emit)
        self.table.setCellWidget(row, 0, combo)
        for column, value in ((1, start), (2, end)):
            edit = QTimeEdit(QTime(value.hour, value.minute))
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._emit)
            self.table.setCellWidget(row, column, edit)
        self._emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._emit()

    def value(self) -> tuple[Span, ...]:
        rows = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            start, end = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
            rows.append((combo.currentData(), _time(start.time()),  # type: ignore[attr-defined]
                         _time(end.time())))  # type: ignore[attr-defined]
        return tuple(rows)

    def _set(self, value: Any) -> None:
        self.table.setRowCount(0)
        for person_id, start, end in value or ():
            self.add_row(person_id, start, end)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())
