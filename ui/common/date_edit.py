"""The one date editor: a date typed as clerks type it, or picked from a calendar.

QDateEdit was tried and rejected: its sections accept only the display format (2010.7.1 or
20100701 went nowhere), a date could not be typed over as a whole, and 02-30 silently
became 02-03. Here the text is the clerk's; it is read with `parse_date` when typed, an
impossible date is refused with a message (the last good date stays), and a finished
date is shown again as 2010-07-01.
"""
from __future__ import annotations

import datetime as dt
import re

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)
_EIGHT_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SEPARATED = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> dt.date:
    """2010-07-01, 2010.7.1, 2010/7/1, 20100701 or 2010年7月1日 as a date; ValueError with
    the clerk's message for anything else (an impossible day, a year outside 1900–2100)."""
    typed = text.strip()
    match = _EIGHT_DIGITS.fullmatch(typed) or _SEPARATED.fullmatch(typed)
    if match is None:
        raise ValueError(QCoreApplication.translate(
            "DateEdit", "请按 2010-07-01、2010.7.1、2010/7/1 或 20100701 填写日期"))
    year, month, day = (int(part) for part in match.groups())
    try:
        value = dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            message = QCoreApplication.translate("DateEdit", "{0} 年 {1} 月没有 {2} 日")
            raise ValueError(message.format(year, month, day)) from None
        message = QCoreApplication.translate("DateEdit", "没有 {0} 月")
        raise ValueError(message.format(month)) from None
    if not EARLIEST <= value <= LATEST:
        raise ValueError(QCoreApplication.translate("DateEdit", "日期须在 1900 年至 2100 年之间"))
    return value


class _TypedLine(QLineEdit):
    """Selects everything on focus, so a whole date is typed over."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # after the mouse press placed the cursor


class DateEdit(QWidget):
    """`date()` is the last good date (None when blank); `dateChanged(date | None)` fires
    when it changes; `error()` is the message for what is typed now ("" when fine)."""

    dateChanged = Signal(object)

    def __init__(self, day: dt.date | None = None, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self._date: dt.date | None = None
        self._error = ""
        self._popup: QWidget | None = None
        self.line = _TypedLine()
        self.line.setPlaceholderText(
            QCoreApplication.translate("DateEdit", "可不填") if optional
            else QCoreApplication.translate("DateEdit", "如 2010-07-01"))
        digits = self.line.fontMetrics().horizontalAdvance("2010-07-01")
        self.line.setMinimumWidth(digits + 16)  # a whole date stays readable in a tight bar
        self.line.setMaximumWidth(digits * 2)
        self.button = QToolButton()
        self.button.setIcon(qta.icon("fa5s.calendar-alt", color="#3a6ea5"))
        self.button.setToolTip(QCoreApplication.translate("DateEdit", "从日历中选择"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.setDate(day)

    # --- value -------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, day: dt.date | QDate | None) -> None:
        if isinstance(day, QDate):
            day = day.toPython()  # type: ignore[assignment]
        self.line.setText(day.isoformat() if isinstance(day, dt.date) else "")
        self._set_error("")
        self._store(day)  # type: ignore[arg-type]

    def error(self) -> str:
        return self._error

    def text(self) -> str:
        return self.line.text()

    # --- typing ------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._set_error("" if self.optional
                            else QCoreApplication.translate("DateEdit", "请填写日期"))
            if self.optional:
                self._store(None)
            return
        try:
            value = parse_date(text)
        except ValueError as exc:
            # an unfinished date (2010-0) is not yet worth red; a finished one (02-30) is
            self._set_error(str(exc), shown=self._looks_finished(text))
            return
        self._set_error("")
        self._store(value)

    @staticmethod
    def _looks_finished(text: str) -> bool:
        return bool(_EIGHT_DIGITS.fullmatch(text.strip()) or _SEPARATED.fullmatch(text.strip()))

    def _finished(self) -> None:
        """Leaving the field: a good date is shown the standard way, a bad one stays red."""
        text = self.line.text()
        if not text.strip():
            return
        try:
            value = parse_date(text)
        except ValueError as exc:
            self._set_error(str(exc))
            return
        self.line.setText(value.isoformat())

    def _store(self, value: dt.date | None) -> None:
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _set_error(self, message: str, *, shown: bool = True) -> None:
        self._error = message
        visible = message if shown else ""
        self.line.setStyleSheet("border: 1px solid #c0392b;" if visible else "")
        self.line.setToolTip(visible)

    # --- calendar ----------------------------------------------------------------------

    def show_calendar(self) -> QCalendarWidget:
        if self._popup is None:
            self._popup = QWidget(self, Qt.WindowType.Popup)
            self.calendar = QCalendarWidget(self._popup)
            self.calendar.setGridVisible(True)
            self.calendar.setDateRange(QDate(EARLIEST.year, 1, 1), QDate(LATEST.year, 12, 31))
            layout = QVBoxLayout(self._popup)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.calendar)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        current = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self._popup.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        if self._popup is not None:
            self._popup.hide()
        self.line.setFocus()
