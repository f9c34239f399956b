"""服务类别 (reviewers and administrators): the categories items are filed under. A category
in use is retired rather than deleted, so last year's items keep theirs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from models.services import lists
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.dialogs import error_label, view_frame
from ui.common.operations import ReadOp, WriteOp
from ui.i18n import domain


class CategoriesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("服务类别"))
        self.resize(420, 460)
        self.list = QListWidget()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("新类别名称，如：安全生产"))
        add, retire = QPushButton(self.tr("添加")), QPushButton(self.tr("停用所选类别"))
        add.clicked.connect(self.add)
        retire.clicked.connect(self.retire)
        self.name.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(add)
        self.error = error_label()
        view_frame(self, (self.list, 1), row, retire, self.error)
        self.reload()

    def reload(self) -> None:
        ReadOp(self.context, parent=self, query=lists.list_categories, success=self._show).run()

    def _show(self, rows: list[lists.CategoryRow]) -> None:
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(domain(row.name))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.list.addItem(item)

    def add(self) -> None:
        name = self.name.text()
        WriteOp(self.context, parent=self, changes={Kind.SERVICES},
                op=lambda session, actor: lists.add_category(session, actor, name),
                success=lambda _id: self._done(), failure=self._failed).run()

    def retire(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("请先选择要停用的类别。"))
            return
        row: lists.CategoryRow = item.data(Qt.ItemDataRole.UserRole)
        WriteOp(self.context, parent=self, changes={Kind.SERVICES},
                op=lambda session, actor: lists.retire_category(session, actor, row.id,
                                                                row.version),
                success=lambda _none: self._done(), failure=self._failed).run()

    def _done(self) -> None:
        self.name.clear()
        self.error.setText("")
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(messages.error_text(exc))
