"""The one dialog frame: rows of fields, a red error line, Save (the default) and Cancel.

Every form-like dialog is a `FormDialog` (RecordForm too), so the keyboard works the
same everywhere: focus starts in the first empty field, Enter in a single-line field
moves on to the next empty one or, when none is left, saves; Esc asks before throwing
away what was typed. A dialog that shows rather than edits (a journal, a table of
figures) is laid out by `view_frame`: its parts, then 关闭.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, SignalInstance
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from ui.common import messages
from ui.common.view_state import keep_geometry

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def view_frame(dialog: QDialog, *parts: QLayout | QWidget | tuple[QWidget, int]
               ) -> QDialogButtonBox:
    """Lay out a dialog that shows rather than edits: `parts` top to bottom (a widget with
    a stretch factor as a pair), then a 关闭 button; Esc closes as well."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("view_frame", "关闭"))
    close.rejected.connect(dialog.reject)
    keep_geometry(dialog)
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, tuple):
            layout.addWidget(part[0], part[1])
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(close)
    return close


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    return label


def save_cancel(dialog: QDialog, on_save: Callable[[], None],
                save_text: str | None = None, cancel_text: str | None = None) -> QDialogButtonBox:
    """Save (the default button, the one Enter presses) and Cancel, in Chinese."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text or QCoreApplication.translate("dialogs", "保存"))
    save.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text or QCoreApplication.translate("dialogs", "取消"))
    cancel.setAutoDefault(False)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _is_input(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox) and (
        not isinstance(widget, QLineEdit) or not widget.isReadOnly())


def _is_empty(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return not widget.toPlainText().strip()
    return False  # a choice always holds something


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return None


class FormDialog(QDialog):
    """Subclasses add rows (`add_row`) and implement `submit` (what Save does)."""

    ask_before_discarding = True  # Esc/Cancel with something typed asks first

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 save_text: str | None = None, cancel_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_label()
        self.buttons = save_cancel(self, self.submit, save_text, cancel_text)
        self.save_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Save)
        self.frame = QVBoxLayout(self)
        self.frame.addLayout(self.form)
        self.frame.addWidget(self.error)
        self.frame.addWidget(self.buttons)
        self._snapshot: list[object] | None = None
        keep_geometry(self)

    def add_row(self, label: str | QWidget, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def submit(self) -> None:
        """Save: check, then write through an operation."""
        raise NotImplementedError

    def show_error(self, exc: BaseException | str) -> None:
        self.error.setText(exc if isinstance(exc, str) else messages.error_text(exc))

    def write_failed(self, exc: BaseException) -> None:
        """A refused save: Save again possible, the refusal in words on the error line (a
        bug is logged and shown in a message box)."""
        self.save_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_error(exc)
        else:
            messages.show_error(self, exc)

    def finish(self, signal: SignalInstance, result: object) -> None:
        """A save done: tell who asked (`signal`), then close."""
        signal.emit(result)
        self.accept()

    # --- keyboard ----------------------------------------------------------------------

    def inputs(self) -> list[QWidget]:
        """The dialog's visible, enabled input widgets in Tab order."""
        found: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(found) < 500:
            if (_is_input(widget) and widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def focus_first_empty(self) -> None:
        inputs = self.inputs()
        target = next((w for w in inputs if _is_empty(w)), inputs[0] if inputs else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._snapshot is None:
            self._snapshot = [_value(w) for w in self.inputs()]
            self.focus_first_empty()
            QTimer.singleShot(0, self._focus_if_lost)

    def _focus_if_lost(self) -> None:
        # Typing goes to the form just opened, even when the main window was activated
        # after it (a page still loading when the clerk pressed 新增).
        if self.isVisible() and not self.isActiveWindow():
            self.activateWindow()
        if not _is_input(self.focusWidget()):
            self.focus_first_empty()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        if event.key() in _ENTER and isinstance(focus, QLineEdit | QComboBox):
            inputs = self.inputs()
            later = inputs[inputs.index(focus) + 1:] if focus in inputs else []
            following = next((w for w in later if _is_empty(w)), None)
            if following is not None:
                following.setFocus(Qt.FocusReason.TabFocusReason)
                return
            if self.save_button.isEnabled():
                self.save_button.click()
            return
        if event.key() in _ENTER and isinstance(focus, QAbstractButton):
            focus.click()  # Enter on a focused button presses that button
            return
        super().keyPressEvent(event)

    # --- leaving -----------------------------------------------------------------------

    def dirty(self) -> bool:
        return (self._snapshot is not None
                and self._snapshot != [_value(w) for w in self.inputs()])

    def reject(self) -> None:
        if self.ask_before_discarding and self.dirty() and not messages.confirm(
                self, QCoreApplication.translate("dialogs", "放弃修改"),
                QCoreApplication.translate("dialogs", "填写的内容尚未保存，确定放弃吗？")):
            return
        super().reject()
