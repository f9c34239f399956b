"""登录 and 初始设置: who is using the app. Both run their database work on the worker."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models import users
from models.auth import Actor
from models.errors import FieldError, UserError
from ui.common import messages
from ui.common.changes import EVERYTHING
from ui.common.dialogs import error_label
from ui.common.operations import JobOp, WriteOp


def _ok_quit(dialog: QDialog, ok_text: str, quit_text: str) -> QDialogButtonBox:
    """OK submits (the dialog's `submit`), Cancel quits: the app cannot run without a user."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(quit_text)
    buttons.accepted.connect(dialog.submit)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Actor

    def __init__(self, context, *, demo: bool = False, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("登录共建台账"))
        self.username = QLineEdit()
        self.password = _password_edit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名："), self.username)
        form.addRow(self.tr("密码："), self.password)
        buttons = _ok_quit(self, self.tr("登录"), self.tr("退出"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if demo:
            hint = QLabel(self.tr("演示账号：admin（管理员）、shenhe（审核人）、jingban（经办人），"
                                  "密码均为 demo1234"))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        self.ok.setEnabled(False)
        self.error.clear()
        # A login commits its failure count even when it fails: a job with its own units of work.
        JobOp(self.context, parent=self, job=lambda database, _p: users.login(database, username,
                                                                              password),
              success=self._done, failure=self._failed).run()

    def _done(self, actor: Actor) -> None:
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, UserError):
            self.error.setText(messages.error_text(exc))
            self.password.clear()
            self.password.setFocus()
        else:
            messages.show_error(self, exc)


class SetupDialog(QDialog):
    """First run: the office and its first administrator."""

    logged_in = Signal(object)

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("初始设置"))
        intro = QLabel(self.tr("首次使用，请填写本社区的信息并设置管理员账号。"))
        intro.setWordWrap(True)
        self.street = QLineEdit()
        self.community = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12 位统计用区划代码，可留空"))
        self.admin = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = _password_edit()
        self.password_again = _password_edit()
        self.error = error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("所属街道："), self.street), (self.tr("社区名称："), self.community),
                              (self.tr("社区代码："), self.code), (self.tr("管理员用户名："), self.admin),
                              (self.tr("管理员姓名："), self.admin_name), (self.tr("密码："), self.password),
                              (self.tr("再次输入密码："), self.password_again)):
            form.addRow(label, widget)
        buttons = _ok_quit(self, self.tr("完成设置"), self.tr("退出"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        values = dict(street_name=self.street.text(), community_name=self.community.text(),
                      community_code=self.code.text(), admin_username=self.admin.text(),
                      admin_display_name=self.admin_name.text(),
                      admin_password=self.password.text())
        self.ok.setEnabled(False)
        WriteOp(self.context, parent=self, changes=EVERYTHING,
                op=lambda session, _nobody: users.setup_office(session, **values),
                success=self._done, failure=self._failed).run()

    def _done(self, actor: Actor) -> None:
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, FieldError | UserError):
            self.error.setText(messages.error_text(exc))
        else:
            messages.show_error(self, exc)
