"""查看/办理: one problem in full, with the buttons for what can be done to it now.

On top the number, title and state; below, the buttons of the lifecycle steps and the
measures, enabled by lifecycle.allowed_actions for this state and the signed-in role
(ProblemActions.enabled); then tabs: the facts, every response level with its deadline
and result, progress notes, meeting decisions, attachments (added files are copied into
the data folder and checksummed), letters (printable), coordination meetings,
accountability records and the append-only history. Everything loads on the worker and
reloads after each step.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.issues import attachments
from models.issues.detail import ProblemDetail, problem_detail
from models.issues.ui_queries import IssueLookups
from ui.common import temp_files
from ui.common.history import HistoryDialog
from ui.common.operations import Kind, ReadOp, WriteOp
from ui.i18n import domain
from ui.issues import detail_tabs as tabs
from ui.issues.actions import ProblemActions


class ProblemDetailDialog(QDialog):
    changed = Signal(int)  # the problem id, after any step taken from here

    def __init__(self, context, problem_id: int, lookups: IssueLookups,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.problem_id = context, problem_id
        self.detail: ProblemDetail | None = None
        self.setWindowTitle(self.tr("问题详情"))
        self.resize(1040, 720)
        self.problem_actions = ProblemActions(context, self)
        self.problem_actions.lookups = lookups
        self.problem_actions.changed.connect(self._after_change)
        context.changes.subscribe(self, {Kind.PROBLEMS, Kind.MEETINGS}, self.load)
        self.heading = QLabel(self.tr("正在载入…"))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; padding: 4px 0;")
        self.buttons: dict[str, QPushButton] = {}  # of the tabs, by text
        self.action_buttons: dict[str, QPushButton] = {}  # steps and measures, by action
        self.tabs = QTabWidget()
        facts_holder, self.facts = tabs.facts_widget()
        scroll = QScrollArea()
        scroll.setWidget(facts_holder)
        scroll.setWidgetResizable(True)
        self.tabs.addTab(scroll, self.tr("基本情况"))
        texts = tabs.DetailTexts(self)
        self.tables = {name: tabs.RowsTable(columns()) for name, columns in (
            ("assignments", texts.assignment_columns), ("updates", texts.update_columns),
            ("decisions", texts.decision_columns), ("attachments", texts.attachment_columns),
            ("letters", texts.letter_columns), ("coordinations", texts.coordination_columns),
            ("accountability", texts.accountability_columns), ("events", texts.event_columns))}
        self._add_tabs()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._button_rows())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.load()

    def _add_tabs(self) -> None:
        t = self.tables
        self.tabs.addTab(t["assignments"], self.tr("交办与升级"))
        self.tabs.addTab(t["updates"], self.tr("办理进展"))
        self.tabs.addTab(t["decisions"], self.tr("会议研判"))
        self.tabs.addTab(self._with_buttons(t["attachments"], (
            (self.tr("添加附件…"), self.add_attachment),
            (self.tr("打开附件"), self.open_attachment))), self.tr("附件"))
        self.tabs.addTab(self._with_buttons(t["letters"], (
            (self.tr("打印函件"), self.print_letter),)), self.tr("督办函"))
        self.tabs.addTab(t["coordinations"], self.tr("协调会商"))
        self.tabs.addTab(t["accountability"], self.tr("责任追究"))
        self.tabs.addTab(t["events"], self.tr("办理过程"))

    def _with_buttons(self, table: QWidget, buttons: tuple[tuple[str, Any], ...]) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[text] = button
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(table, 1)
        return holder

    def _button_rows(self) -> QVBoxLayout:
        steps = (("edit", self.tr("修改")), ("review_in", self.tr("联席会议研判")),
                 ("assign", self.tr("交办")), ("escalate", self.tr("升级")),
                 ("report", self.tr("报到")), ("progress", self.tr("进展")),
                 ("resolve", self.tr("办结")), ("close", self.tr("销号")),
                 ("reopen", self.tr("重新办理")))
        measures = (("letter", self.tr("发督办函")), ("coordinate", self.tr("协调会商")),
                    ("accountability", self.tr("责任追究")))
        rows = QVBoxLayout()
        for group in (steps, measures):
            row = QHBoxLayout()
            for action, text in group:
                button = QPushButton(text)
                button.setEnabled(False)
                button.clicked.connect(lambda _c=False, a=action: self.run(a))
                row.addWidget(button)
                self.action_buttons[action] = button
            row.addStretch(1)
            rows.addLayout(row)
        history = QPushButton(self.tr("修改记录"))
        history.clicked.connect(self.show_audit)
        rows.itemAt(1).layout().addWidget(history)  # type: ignore[union-attr]
        return rows

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        problem_id = self.problem_id

        ReadOp(self.context, parent=self,
               query=lambda session: problem_detail(session, problem_id),
               success=self.show_detail).run()

    def show_detail(self, detail: ProblemDetail) -> None:
        self.detail = detail
        record = detail.problem
        self.setWindowTitle(self.tr("问题 {0}").format(record.number))
        self.heading.setText(self.tr("<b>{0}</b>　{1}　<span style='color:#3a6ea5'>【{2}】</span>")
                             .format(record.number, record.title, domain(record.state_label)))
        tabs.fill_facts(self.facts, record)
        for name, table in self.tables.items():
            table.set_rows(getattr(detail, name))
        for action, button in self.action_buttons.items():
            # A meeting decides either way: the button opens it when either is possible.
            names = ("review_in", "review_out") if action == "review_in" else (action,)
            button.setEnabled(any(self.problem_actions.enabled(a, record) for a in names))
        closed = record.state == "closed"
        self.action_buttons["edit"].setEnabled(not closed)
        self.buttons[self.tr("添加附件…")].setEnabled(not closed)

    def run(self, action: str) -> None:
        if self.detail is not None:
            self.problem_actions.run(action, self.detail.problem)

    def _after_change(self, _problem_id: int) -> None:
        self.changed.emit(self.problem_id)  # the page selects it; the change bus reloads

    # --- attachments, letters, audit ---------------------------------------------------------

    def add_attachment(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择附件"))
        if not path:
            return
        problem_id, source = self.problem_id, path
        WriteOp(self.context, parent=self, changes={Kind.PROBLEMS},
                op=lambda session, actor: attachments.add_attachment(session, actor, problem_id,
                                                                     source)).run()

    def open_attachment(self) -> None:
        row = self.tables["attachments"].current()
        if row is None:
            return

        def copy_out(session: Session) -> Path:
            stored = attachments.attachment_path(session, row.id)
            # Opened under its original name, so the system picks the right program.
            copy = Path(tempfile.mkdtemp(prefix="gongjian-")) / row.file_name
            shutil.copyfile(stored, copy)
            return copy
        def show(copy: Path) -> None:
            temp_files.register(copy)  # removed at exit: the system viewer may still read it
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        ReadOp(self.context, parent=self, query=copy_out, success=show).run()

    def print_letter(self) -> None:
        letter = self.tables["letters"].current()
        if letter is None and self.detail is not None and self.detail.letters:
            letter = self.detail.letters[-1]
        if letter is not None:
            self.problem_actions.preview_letter(letter)

    def show_audit(self) -> None:
        if self.detail is not None:
            record = self.detail.problem
            HistoryDialog(self.context, "problem", record.id, record.number, self).open()

    def keyPressEvent(self, event) -> None:  # Qt API
        if event.key() == Qt.Key.Key_F5:
            self.load()
        super().keyPressEvent(event)
