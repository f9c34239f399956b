"""选项: language and which database to use. The PostgreSQL password goes to the keyring."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from models.errors import UserError
from models.opening import password_key
from models.paths import default_database
from models.secrets import keyring_available, set_secret
from models.settings import load_settings, save_settings
from ui.common import messages


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选项"))
        self.settings = load_settings()
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box())
        layout.addWidget(self._database_box())
        layout.addWidget(self._attachments_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout.addWidget(buttons)
        self._load()

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("界面语言"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        form.addRow(self.tr("语言："), self.language)
        return box

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("数据库"))
        form = QFormLayout(box)
        self.use_sqlite = QRadioButton(self.tr("本机文件（单机使用）"))
        self.use_postgres = QRadioButton(self.tr("PostgreSQL 服务器（多台电脑共用）"))
        group = QButtonGroup(self)
        group.addButton(self.use_sqlite)
        group.addButton(self.use_postgres)
        form.addRow(self.use_sqlite)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("文件位置："), row)
        form.addRow(self.use_postgres)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.dbname = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("保存在系统密钥环中，不写入任何文件"))
        for label, widget in ((self.tr("服务器："), self.host), (self.tr("端口："), self.port),
                              (self.tr("数据库名："), self.dbname), (self.tr("用户名："), self.user),
                              (self.tr("密码："), self.password)):
            form.addRow(label, widget)
        self.use_sqlite.toggled.connect(self._enable)
        return box

    def _attachments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("附件文件夹"))
        form = QFormLayout(box)
        self.attachments = QLineEdit()
        self.attachments.setPlaceholderText(self.tr("默认：数据文件夹中的 attachments"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse_attachments)
        row = QHBoxLayout()
        row.addWidget(self.attachments, 1)
        row.addWidget(browse)
        form.addRow(self.tr("位置："), row)
        hint = QLabel(self.tr("多台电脑共用 PostgreSQL 数据库时，请都设为同一个共享文件夹，"
                              "以便每台电脑都能打开全部附件。"))
        hint.setWordWrap(True)
        form.addRow(hint)
        return box

    def _browse_attachments(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择附件文件夹"),
                                                  self.attachments.text())
        if folder:
            self.attachments.setText(folder)

    def _load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.attachments.setText(self.settings.attachments_dir)
        url = self.settings.database_url
        if url.startswith("postgresql"):
            from sqlalchemy.engine import make_url  # noqa: PLC0415

            parsed = make_url(url)
            self.use_postgres.setChecked(True)
            self.host.setText(parsed.host or "")
            self.port.setValue(parsed.port or 5432)
            self.dbname.setText(parsed.database or "")
            self.user.setText(parsed.username or "")
        else:
            self.use_sqlite.setChecked(True)
            self.path.setText(url or str(default_database()))
        self._enable()

    def _enable(self) -> None:
        sqlite = self.use_sqlite.isChecked()
        self.path.setEnabled(sqlite)
        for widget in (self.host, self.port, self.dbname, self.user, self.password):
            widget.setEnabled(not sqlite)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("选择数据库文件"), self.path.text(),
                                              self.tr("数据库文件 (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    def chosen_url(self) -> str:
        if self.use_sqlite.isChecked():
            path = self.path.text().strip()
            return "" if path == str(default_database()) else path
        url = URL.create("postgresql+psycopg", username=self.user.text().strip(),
                         host=self.host.text().strip(), port=self.port.value(),
                         database=self.dbname.text().strip())
        return url.render_as_string(hide_password=False)

    def save(self) -> None:
        url = self.chosen_url()
        try:
            if self.use_postgres.isChecked() and self.password.text():
                available, detail = keyring_available()
                if not available:
                    raise UserError("keyring.unavailable", detail=detail)
                from sqlalchemy.engine import make_url  # noqa: PLC0415

                set_secret(password_key(make_url(url)), self.password.text())
        except UserError as exc:
            messages.show_error(self, exc)
            return
        save_settings(replace(self.settings, language=self.language.currentData(),
                              database_url=url,
                              attachments_dir=self.attachments.text().strip()))
        messages.show_info(self, self.tr("设置已保存，重新启动共建台账后生效。"))
        self.accept()
