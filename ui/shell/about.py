"""关于: version, where the data is, which backend."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from models import migrate
from models.db import Database, describe
from models.version import __version__


class AboutDialog(QDialog):
    def __init__(self, database: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于共建台账"))
        form = QFormLayout(self)
        title = QLabel(self.tr("共建台账 Gongjian"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        form.addRow(title)
        form.addRow(self.tr("版本："), QLabel(__version__))
        form.addRow(self.tr("数据结构版本："), QLabel(migrate.head_revision()))
        location = describe(database.url) if database else self.tr("（未打开）")
        backend = {"sqlite": self.tr("SQLite 本机文件"),
                   "postgresql": self.tr("PostgreSQL 服务器")}.get(
            database.backend if database else "", "—")
        self.location = QLabel(location)
        self.location.setWordWrap(True)
        form.addRow(self.tr("数据库位置："), self.location)
        form.addRow(self.tr("数据库类型："), QLabel(backend))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
