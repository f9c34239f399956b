"""Form field widgets with one interface: value(), set_value(), changed, touched."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.i18n import domain


class FieldWidget(QObject):
    changed = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.touched = False
        self._loading = False

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.touched = True
        self.changed.emit()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


class TextField(FieldWidget):
    def __init__(self, placeholder: str = "", *, right: bool = False, password: bool = False,
                 max_length: int = 200) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        if right:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        super().__init__(edit)
        self.edit = edit
        edit.textChanged.connect(self._emit)

    def value(self) -> str:
        return self.edit.text()

    def _set(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class NoteField(FieldWidget):
    def __init__(self) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
        super().__init__(edit)
        self.edit = edit
        edit.textChanged.connect(self._emit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def _set(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class ChoiceField(FieldWidget):
    """A combo box of (code, label); `blank` adds an empty first choice."""

    def __init__(self, options: dict[Any, str] | None = None, blank: str | None = None) -> None:
        combo = QComboBox()
        super().__init__(combo)
        self.combo = combo
        self.blank = blank
        self.set_options(options or {})
        combo.currentIndexChanged.connect(self._emit)

    def set_options(self, options: dict[Any, str]) -> None:
        current = self.value() if self.combo.count() else None
        self._loading = True
        self.combo.clear()
        if self.blank is not None:
            self.combo.addItem(self.blank, None)
        for code, label in options.items():
            self.combo.addItem(domain(label), code)
        self._loading = False
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def _set(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class CheckField(FieldWidget):
    def __init__(self, text: str = "") -> None:
        box = QCheckBox(text)
        super().__init__(box)
        self.box = box
        box.toggled.connect(self._emit)

    def value(self) -> bool:
        return self.box.isChecked()

    def _set(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class DateField(FieldWidget):
    """A date as 2026-11-25 with a calendar pop-up; optional dates have a tick box."""

    def __init__(self, *, optional: bool = False) -> None:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox() if optional else None
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        if self.enabled_box is not None:
            row.addWidget(self.enabled_box)
            self.enabled_box.toggled.connect(self.edit.setEnabled)
            self.edit.setEnabled(False)
        row.addWidget(self.edit)
        row.addStretch(1)
        super().__init__(holder)
        self.edit.dateChanged.connect(self._emit)
        if self.enabled_box is not None:
            self.enabled_box.toggled.connect(self._emit)

    def value(self) -> dt.date | None:
        if self.enabled_box is not None and not self.enabled_box.isChecked():
            return None
        return self.edit.date().toPython()  # type: ignore[no-any-return]

    def _set(self, value: Any) -> None:
        if self.enabled_box is not None:
            self.enabled_box.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def focus_widget(self) -> QWidget:
        return self.enabled_box or self.edit


class MultiChoiceField(FieldWidget):
    """Tick boxes for a set of codes."""

    def __init__(self, options: dict[str, str], columns: int = 4) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(options.items()):
            box = QCheckBox(domain(label))
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[code] = box
        super().__init__(holder)
        for box in self.boxes.values():
            box.toggled.connect(self._emit)

    def value(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def _set(self, value: Any) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in (value or ()))

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))
