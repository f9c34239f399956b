"""The base of every issue-ledger dialog that performs one service call.

An ActionForm is a RecordForm (labels on the left, red messages beside the fields, Save
disabled until valid, Ctrl+S, Esc asking before anything typed is lost, a stale-version
banner) with three additions: a line on top saying what the step will do, an optional
confirmation that says it once more before an irreversible step, and `service(data)`, a
closure over plain values run on the worker inside one unit of work. The service checks
everything again; a refusal shows beside its field, or as a message in words.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget
from sqlalchemy.orm import Session

from models.auth import Actor
from ui.common import messages
from ui.common.changes import Kind
from ui.common.fields import ChoiceField, FieldWidget
from ui.common.form import RecordForm

ServiceCall = Callable[[Session], Any]


class ProblemRef(Protocol):
    """What a dialog needs of the problem it acts on (ledger ProblemRow or ProblemRecord)."""

    id: int
    version: int
    number: str
    title: str
    state: str
    level: int | None
    responsible: str


def widen(field: FieldWidget) -> FieldWidget:
    """A choice as wide as the form, so the red message under it has room to wrap."""
    if isinstance(field, ChoiceField):
        field.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return field


class ActionForm(RecordForm):
    changes = frozenset({Kind.PROBLEMS})

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(context, "", parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #33485e; padding-bottom: 6px;")
        self.layout().insertWidget(0, self.intro)

    def add_field(self, name: str, label: str, widget: FieldWidget, *,
                  required: bool = False) -> FieldWidget:
        return super().add_field(name, label, widen(widget), required=required)

    def set_texts(self, title: str, intro: str, save_text: str = "") -> None:
        """The window title, the line saying what will happen, the Save button's verb."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        if save_text:
            self.save_button.setText(save_text)
            self.save_button.setToolTip(self.tr("{0}（Ctrl+S）").format(save_text))

    # --- subclasses -------------------------------------------------------------------

    def service(self, data: Any) -> ServiceCall:
        """The service call for `data`, built on the GUI thread, run on the worker."""
        raise NotImplementedError

    def confirm_text(self, data: Any) -> str:
        """A question before saving (what will happen, what cannot be undone); "" for none."""
        return ""

    def clean(self, data: Any) -> None:
        """Checks that need no database (required fields, dates not in the future)."""

    # --- behaviour --------------------------------------------------------------------

    def save(self) -> None:
        self._tried = True
        if not self.validate() or self._saving:
            return
        question = self.confirm_text(self.collect())
        if question and not messages.confirm(self, self.windowTitle(), question):
            return
        super().save()

    def save_op(self, data: Any) -> Callable[[Session, Actor], Any]:
        call = self.service(data)
        return lambda session, _actor: call(session)
