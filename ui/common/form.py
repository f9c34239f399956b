"""One form class per dialog: load a dataclass into widgets, collect it back, save via a task.

Validation is the model's own `clean_*` function, run as the clerk types: every bad
field shows its message in red beside it and Save stays disabled until the form is
valid. Ctrl+S saves, Esc cancels (asking first if anything was typed). A save refused
because someone else changed the record keeps what the clerk typed and offers to load
the other change and re-apply the clerk's values.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError, FieldErrors, StaleRecord
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.dialogs import FormDialog
from ui.common.fields import FieldWidget
from ui.common.operations import ReadOp, WriteOp


def by_field(exc: FieldError) -> dict[str, str]:
    """Each field's first message, in the interface language."""
    errors = exc.errors if isinstance(exc, FieldErrors) else [exc]
    found: dict[str, str] = {}
    for error in errors:
        found.setdefault(error.field, messages.user_error_text(error))
    return found


class RecordForm(FormDialog):
    saved = Signal(object)  # the service's result (usually the record id)

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.context = context
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 34)
        self.fields: dict[str, FieldWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.captions: dict[str, str] = {}
        self.version: int | None = None
        self.record_id: int | None = None
        self._initial: Any = None
        self._kept: Any = None
        self._saving = False
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4e5; border: 1px solid #f0b46a; padding: 6px;")
        self.banner.hide()
        self.reload_button = QPushButton(self.tr("载入最新内容"))
        self.reapply_button = QPushButton(self.tr("重新应用我的修改"))
        self.reload_button.clicked.connect(self._reload_latest)
        self.reapply_button.clicked.connect(self._reapply)
        for button in (self.reload_button, self.reapply_button):
            button.setAutoDefault(False)
            button.hide()
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        stale_row = QHBoxLayout()
        stale_row.addStretch(1)
        stale_row.addWidget(self.reload_button)
        stale_row.addWidget(self.reapply_button)
        self.frame.insertWidget(0, self.banner)
        self.frame.insertLayout(1, stale_row)

    def submit(self) -> None:
        self.save()

    # --- building ------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: FieldWidget, *,
                  required: bool = False) -> FieldWidget:
        self.fields[name] = widget
        error = QLabel()
        error.setStyleSheet("color: #c0392b;")
        error.setWordWrap(True)
        error.hide()
        self.error_labels[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget.widget)
        column.addWidget(error)
        self.captions[name] = label
        caption = QLabel(label + ("<span style='color:#c0392b'> *</span>" if required else ""))
        caption.setTextFormat(Qt.TextFormat.RichText)
        caption.setBuddy(widget.focus_widget())
        self.form.addRow(caption, box)
        widget.changed.connect(self.validate)
        return widget

    # --- to be provided by subclasses ----------------------------------------------

    def collect(self) -> Any:
        """The form's values as the model's data class."""
        raise NotImplementedError

    def load(self, data: Any) -> None:
        raise NotImplementedError

    def clean(self, data: Any) -> None:
        """The model's validation; raises FieldError(s)."""
        raise NotImplementedError

    # A form over a community record names its three services; others override the tasks.
    create_service: Callable[..., int] | None = None  # (session, actor, community, data)
    update_service: Callable[..., None] | None = None  # (session, actor, id, version, data)
    fetch_service: Callable[..., tuple[Any, int]] | None = None  # (session, id) -> data, version
    changes: frozenset[Kind] = frozenset()  # the kinds of record a save changes

    def save_op(self, data: Any) -> Callable[[Session, Actor], Any]:
        """The write (run by a WriteOp) that saves `data`: create or update."""
        community = self.context.community_id
        record_id, version = self.record_id, self.version
        create, update = type(self).create_service, type(self).update_service

        def op(session: Session, actor: Actor) -> int:
            if record_id is None:
                return create(session, actor, community, data)  # type: ignore[misc]
            update(session, actor, record_id, version, data)  # type: ignore[misc]
            return record_id
        return op

    def reload_query(self) -> Callable[[Session], tuple[Any, int]] | None:
        """Loads the latest (data, version) of the record being edited."""
        record_id, fetch = self.record_id, type(self).fetch_service
        if record_id is None or fetch is None:
            return None
        return lambda session: fetch(session, record_id)

    # --- behaviour -----------------------------------------------------------------

    def start(self, data: Any, *, record_id: int | None = None, version: int | None = None) -> None:
        self.record_id, self.version = record_id, version
        self.load(data)
        self._initial = self.collect()
        self.validate()

    def field_errors(self) -> dict[str, str]:
        typed = {name: error for name, field in self.fields.items()
                 if (error := field.input_error())}
        try:
            self.clean(self.collect())
        except FieldError as exc:
            return by_field(exc) | typed
        return typed

    def validate(self) -> bool:
        errors = self.field_errors()
        for name, label in self.error_labels.items():
            text = errors.get(name, "")
            label.setText(text)
            label.setVisible(bool(text) and self._touched(name))
        valid = not errors
        self.save_button.setEnabled(valid and not self._saving)
        # Why Save is greyed, without having to press it: the fields not yet shown in red.
        hidden = [self.captions[name] for name in errors
                  if name in self.captions and not self.error_labels[name].isVisibleTo(self)]
        self.error.setText(self.tr("保存前请填写或改正：{0}").format("、".join(hidden))
                           if hidden else "")
        self.save_button.setToolTip(self.error.text() or self.tr("保存（Ctrl+S）"))
        self._grow_to_fit()
        return valid

    def _grow_to_fit(self) -> None:
        """A message that wraps onto a second line needs height the dialog did not have
        when it opened; grow (never shrink) so no message is cut."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _touched(self, name: str) -> bool:
        """Show a field's message once the clerk has changed it (or tried to save)."""
        return self.fields[name].touched or getattr(self, "_tried", False)

    def dirty(self) -> bool:
        return self._initial is not None and self.collect() != self._initial

    def save(self) -> None:
        self._tried = True
        if not self.validate() or self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, op=self.save_op(self.collect()), changes=self.changes,
                success=self._saved, failure=self._failed).run()

    def _saved(self, result: Any) -> None:
        self._saving = False
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.validate()
        if isinstance(exc, StaleRecord):
            self._kept = self.collect()
            self.banner.setText(messages.error_text(exc))
            self.banner.show()
            self.reload_button.setVisible(self.reload_query() is not None)
            return
        if isinstance(exc, FieldError):
            errors = by_field(exc)
            if set(errors) <= set(self.error_labels):
                for name, text in errors.items():
                    self.error_labels[name].setText(text)
                    self.error_labels[name].show()
                return
        messages.show_error(self, exc)

    def _reload_latest(self) -> None:
        query = self.reload_query()
        if query is not None:
            ReadOp(self.context, parent=self, query=query, success=self._show_latest).run()

    def _show_latest(self, result: tuple[Any, int]) -> None:
        data, version = result
        self.version = version
        self.load(data)
        self.banner.setText(self.tr("已载入最新内容。点“重新应用我的修改”可把您刚才填写的内容放回表单。"))
        self.reload_button.hide()
        self.reapply_button.show()
        self.validate()

    def _reapply(self) -> None:
        if self._kept is not None:
            self.load(self._kept)
        self.reapply_button.hide()
        self.banner.hide()
        self.validate()
