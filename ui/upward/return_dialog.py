"""退回 a package the street already accepted: the clerk writes why; the grid then shows it
returned until the community's corrected revision arrives."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from models.auth import Actor
from models.upward import importing
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.dialogs import FormDialog
from ui.common.operations import WriteOp


class ReturnDialog(FormDialog):
    returned = Signal(int)  # the package's id

    def __init__(self, context: AppContext, package_id: int, version: int, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退回已接收的数据包"), parent, save_text=self.tr("退回"))
        self.context, self.package_id, self.version = context, package_id, version
        intro = QLabel(self.tr("退回{0}。退回后其数字不再计入街道汇总，待社区更正后重报。")
                       .format(what))
        intro.setWordWrap(True)
        self.frame.insertWidget(0, intro)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(90)
        self.add_row(self.tr("退回意见："), self.comment)

    def submit(self) -> None:
        package_id, version = self.package_id, self.version
        comment = self.comment.toPlainText()

        def op(session: Session, actor: Actor) -> int:
            importing.return_accepted(session, actor, package_id, version, comment)
            return package_id
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, op=op, changes={Kind.UPWARD},
                success=lambda pid: self.finish(self.returned, pid),
                failure=self.write_failed).run()
