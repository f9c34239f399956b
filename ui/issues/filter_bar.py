"""The filter bar above the ledger: period, source, category, level, state, unit, overdue,
and a search box for words of any length. `filters()` is the ProblemFilter it says.

Changing a choice filters at once; typing in the search box waits until the clerk pauses
(debounced), so a query runs once per word, not once per key.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from models.issues.ledger import ProblemFilter
from models.issues.ui_queries import IssueLookups
from models.issues.vocab import LEVELS, OPEN_STATES, SOURCES, STATES
from ui.common.date_edit import DateEdit
from ui.i18n import domain

SEARCH_DELAY_MS = 300
OPEN = "__open__"  # the state combo's 未办结 entry


class IssueFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self.period = QCheckBox(self.tr("发现日期"))
        self.start = DateEdit(dt.date(today.year, 1, 1))
        self.end = DateEdit(today)
        self.source = self._combo({k: domain(v) for k, v in SOURCES.items()})
        self.category = self._combo({})
        self.level = self._combo({k: domain(v) for k, v in LEVELS.items()})
        self.state = self._combo({OPEN: self.tr("未办结（全部）"),
                                  **{k: domain(v) for k, v in STATES.items()}})
        self.unit = self._combo({})
        self.unit.setMinimumContentsLength(12)
        self.overdue = QCheckBox(self.tr("只看逾期"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("编号、标题或描述中的字词，多个词用空格分隔"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 18)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self._layout()
        self._connect()
        self._period_toggled(False)

    def _combo(self, options: dict[object, str]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("全部"), None)
        for code, text in options.items():
            combo.addItem(text, code)
        return combo

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        dash = QLabel(self.tr("至"))
        for widget in (self.period, self.start, dash, self.end):
            first.addWidget(widget)
        for label, widget in ((self.tr("来源："), self.source), (self.tr("类别："), self.category),
                              (self.tr("响应层级："), self.level), (self.tr("状态："), self.state)):
            first.addSpacing(8)
            first.addWidget(QLabel(label))
            first.addWidget(widget)
        first.addStretch(1)
        second.addWidget(QLabel(self.tr("责任单位：")))
        second.addWidget(self.unit)
        second.addSpacing(8)
        second.addWidget(self.overdue)
        second.addSpacing(8)
        second.addWidget(QLabel(self.tr("查找：")))
        second.addWidget(self.search, 1)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)

    def _connect(self) -> None:
        self.period.toggled.connect(self._period_toggled)
        self.period.toggled.connect(lambda _on: self.changed.emit())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.period.isChecked() and self.changed.emit())
        for combo in (self.source, self.category, self.level, self.state, self.unit):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())
        self.search.textChanged.connect(lambda _t: self._debounce.start())

    def _period_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def set_lookups(self, lookups: IssueLookups) -> None:
        """Fill the category and unit choices, keeping what is selected."""
        categories = {c.id: c.name if c.is_major else "　　" + c.name for c in lookups.categories}
        units = {f"unit:{i}": name for i, name in lookups.units}
        units.update({f"dept:{name}": name for name in lookups.departments})
        for combo, options in ((self.category, categories), (self.unit, units)):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for code, text in options.items():
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(kept), 0))
            combo.blockSignals(False)

    def period_range(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.period.isChecked():
            return None, None
        return self.start.date(), self.end.date()

    def filters(self, *, sort: str = "found_on", descending: bool = True) -> ProblemFilter:
        start, end = self.period_range()
        state = self.state.currentData()
        states = OPEN_STATES if state == OPEN else frozenset({state} if state else ())
        kind, _, key = (self.unit.currentData() or "").partition(":")
        return ProblemFilter(
            found_from=start, found_to=end, source=self.source.currentData() or "",
            category_id=self.category.currentData(), level=self.level.currentData(),
            states=frozenset(states), unit_id=int(key) if kind == "unit" else None,
            department=key if kind == "dept" else "",
            overdue_only=self.overdue.isChecked(), text=self.search.text().strip(),
            sort=sort, descending=descending)

    def describe(self) -> str:
        """The filters besides the period in words, for the printed ledger's heading."""
        parts = [f"{label}{combo.currentText().strip()}" for label, combo in (
            (self.tr("来源："), self.source), (self.tr("类别："), self.category),
            (self.tr("响应层级："), self.level), (self.tr("状态："), self.state),
            (self.tr("责任单位："), self.unit)) if combo.currentIndex() > 0]
        if self.overdue.isChecked():
            parts.append(self.tr("只看逾期"))
        if self.search.text().strip():
            parts.append(self.tr("含“{0}”").format(self.search.text().strip()))
        return self.tr("，").join(parts)

    def show_only(self, *, state: object = None, overdue: bool = False) -> None:
        """Every filter cleared, then `state` (a code or OPEN) and 只看逾期 set; one reload
        (a to-do line opened from the home page)."""
        widgets = (self.period, self.source, self.category, self.level, self.state,
                   self.unit, self.overdue, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.period.setChecked(False)
        self._period_toggled(False)
        for combo in (self.source, self.category, self.level, self.unit):
            combo.setCurrentIndex(0)
        self.state.setCurrentIndex(max(self.state.findData(state), 0))
        self.overdue.setChecked(overdue)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def flush_search(self) -> None:
        """Apply a pending search now (Enter in the search box)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
