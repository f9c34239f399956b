"""修改记录: the audit entries of one record, newest last."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout

from models import audit
from models.field_labels import ACTION_LABELS, describe_change
from ui.common.operations import ReadOp
from ui.common.table_model import Column, RowTableModel
from ui.i18n import domain


class HistoryDialog(QDialog):
    def __init__(self, context, entity: str, record_id: int, name: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改记录：{0}").format(name))
        self.resize(760, 420)
        self.model = RowTableModel([
            Column(self.tr("时间"), lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S"), width_chars=9),
            Column(self.tr("操作人"), lambda e: e.username, width_chars=5),
            Column(self.tr("操作"), lambda e: domain(ACTION_LABELS.get(e.action, e.action)),
                   width_chars=4),
            Column(self.tr("内容"), lambda e: describe_change(e.before, e.after), width_chars=30),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        ReadOp(context, parent=self, query=lambda session: audit.history(session, entity, record_id),
               success=self.model.set_rows).run()
