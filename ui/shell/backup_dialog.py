"""备份与恢复: back up now, or restore a chosen backup (the current database is kept first)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from models import backup
from models.auth import Actor
from models.db import Database, open_database
from ui.common import messages
from ui.common.changes import EVERYTHING
from ui.common.operations import JobOp
from ui.common.table_model import RIGHT, Column, RowTableModel


def _list(database: Database, _progress: Any) -> list[backup.BackupInfo]:
    return backup.list_backups(backup.backup_folder(database.url))


def _backup(database: Database, _progress: Any) -> Path:
    return backup.backup_now(database)


def _restore(source: Path, actor: Actor) -> Any:
    def task(database: Database, _progress: Any) -> backup.RestoreResult:
        database.dispose()  # the restore refuses a database that is still open
        result = backup.restore(database.url, source, actor=actor)
        open_database(database.url).dispose()  # migrate an older backup, prove it opens
        return result
    return task


class BackupDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(640, 380)
        self.model = RowTableModel([
            Column(self.tr("备份时间"), lambda b: b.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                   width_chars=10),
            Column(self.tr("类型"), self.kind_text, width_chars=7),
            Column(self.tr("大小"), lambda b: f"{b.size / 1024:,.0f} KB", RIGHT, width_chars=5),
            Column(self.tr("文件"), lambda b: b.path.name, width_chars=16),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("每次退出时自动备份（每天一次），"
                              "保留最近 7 天、4 周和 12 个月的备份。"
                              "每份备份都经过完整性检查。"))
        note.setWordWrap(True)
        backup_button = QPushButton(self.tr("立即备份"))
        restore_button = QPushButton(self.tr("从所选备份恢复…"))
        backup_button.clicked.connect(self.backup_now)
        restore_button.clicked.connect(self.restore_selected)
        if not self.context.actor.can("admin"):  # shown for what it is; the service refuses too
            restore_button.setEnabled(False)
            restore_button.setToolTip(self.tr("只有管理员可以从备份恢复：恢复会撤回所有人的工作。"))
        self.restore_button = restore_button
        row = QHBoxLayout()
        row.addWidget(backup_button)
        row.addWidget(restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def kind_text(self, info: backup.BackupInfo) -> str:
        return self.tr("恢复前自动保存") if info.kind == "before-restore" else self.tr("定期备份")

    def reload(self) -> None:
        JobOp(self.context, parent=self, job=_list, success=self.model.set_rows).run()

    def backup_now(self) -> None:
        def done(path: Path) -> None:
            messages.show_info(self, self.tr("已备份到：{0}").format(path))
            self.reload()
        JobOp(self.context, parent=self, job=_backup, success=done).with_progress(
            self.tr("正在备份…")).run()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.model.row(rows[0].row())
        text = self.tr("将用 {0} 的备份替换当前数据库。"
                       "当前数据库会先另存一份，可随时再恢复。确定恢复吗？")
        if not messages.confirm(self, self.tr("从备份恢复"),
                                text.format(chosen.taken_at.strftime("%Y-%m-%d %H:%M"))):
            return
        JobOp(self.context, parent=self, job=_restore(chosen.path, self.context.actor),
              changes=EVERYTHING, success=self._restored).with_progress(self.tr("正在恢复…")).run()

    def _restored(self, result: backup.RestoreResult) -> None:
        text = self.tr("已从备份恢复。")
        if result.safety is not None:
            text += self.tr("\n恢复前的数据库已另存为：{0}").format(result.safety)
        if result.attachments_restored:
            text += self.tr("\n已从备份恢复附件 {0} 个。").format(
                len(result.attachments_restored))
        if result.attachments_missing:
            text += self.tr("\n以下附件在本机和备份中都找不到：{0}").format(
                "、".join(result.attachments_missing))
        messages.show_info(self, text)
        self.reload()
        self.accept()
