"""The preview of a verified package: who sent it, for which period, and, for a corrected
re-send, every change against the accepted version, field by field. The clerk accepts
(接收) or returns it (退回) with a comment; nothing is written before that."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.upward import importing
from models.upward.importing import Staged
from models.upward.modules import by_name
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.dialogs import view_frame
from ui.common.operations import WriteOp


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, staged: Staged, parent: QWidget | None,
                 decided: Callable[[int, str], None]) -> None:
        super().__init__(parent)
        self.context, self.staged, self.decided = context, staged, decided
        self.setWindowTitle(self.tr("导入上报数据包"))
        self.resize(820, 520)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.changes = self._changes_table()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("意见（退回时必填）"))
        self.accept_button = QPushButton(self.tr("接收"))
        self.return_button = QPushButton(self.tr("退回"))
        self.accept_button.clicked.connect(self.accept_package)
        self.return_button.clicked.connect(self.return_package)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        if staged.unchanged:
            self.accept_button.setEnabled(False)
            self.return_button.setEnabled(False)
        view_frame(self, self.summary, (self.changes, 1), buttons)

    def _summary(self) -> str:
        s = self.staged
        text = self.tr("核验通过：{0}（{1}）{2}，第 {3} 次报送；签名密钥指纹 {4}。").format(
            s.office_name, s.office_code, s.period.label, s.sequence, s.fingerprint)
        if s.unchanged:
            return text + self.tr("该数据包已导入过，没有任何改动。")
        if s.state == "newer":
            return text + self.tr("这是更正后的重报，与已接收的版本相比有 {0} 处变化，"
                                  "见下表。").format(len(s.changes))
        return text + self.tr("首次报送该期间。")

    def _changes_table(self) -> QTableWidget:
        labels = {name: module.LABEL for name, module in by_name().items()}
        table = QTableWidget(len(self.staged.changes), 5)
        table.setHorizontalHeaderLabels([self.tr("模块"), self.tr("记录"), self.tr("项目"),
                                         self.tr("原值"), self.tr("新值")])
        for row, change in enumerate(self.staged.changes):
            for col, text in enumerate((labels.get(change.module, change.module), change.where,
                                        change.shown_field, change.old, change.new)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def accept_package(self) -> None:
        staged, comment = self.staged, self.comment.text()
        self._write(lambda session, actor: importing.accept(session, actor, staged,
                                                            comment=comment), "accepted")

    def return_package(self) -> None:
        staged, comment = self.staged, self.comment.text()
        self._write(lambda session, actor: importing.return_package(session, actor, staged,
                                                                    comment), "returned")

    def _write(self, op: Callable[..., int], status: str) -> None:
        self.accept_button.setEnabled(False)
        self.return_button.setEnabled(False)

        def done(package_id: int) -> None:
            self.decided(package_id, status)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.accept_button.setEnabled(True)
            self.return_button.setEnabled(True)
            messages.show_error(self, exc)
        WriteOp(self.context, parent=self, changes={Kind.UPWARD}, op=op, success=done,
                failure=failed).run()

