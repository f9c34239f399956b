"""登录 and 初始设置: who is using the app. Both run their database work on the worker."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from models import users
from models.errors import UserError
from ui.common.changes import EVERYTHING
from ui.common.dialogs import FormDialog
from ui.common.operations import JobOp, WriteOp


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(FormDialog):
    """Cancel quits: the app cannot run without a user."""

    logged_in = Signal(object)  # Actor
    ask_before_discarding = False

    def __init__(self, context, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登录共建台账"), parent, save_text=self.tr("登录"),
                         cancel_text=self.tr("退出"))
        self.context = context
        self.username = self.add_row(self.tr("用户名："), QLineEdit())
        self.password = self.add_row(self.tr("密码："), _password_edit())
        self.ok = self.save_button
        if demo:
            hint = QLabel(self.tr("演示账号：admin（管理员）、shenhe（审核人）、jingban（经办人），"
                                  "密码均为 demo1234"))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.frame.insertWidget(1, hint)

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()  # pyright: ignore[reportAttributeAccessIssue]
        self.ok.setEnabled(False)
        self.error.clear()
        # A login commits its failure count even when it fails: a job with its own units of work.
        JobOp(self.context, parent=self, job=lambda database, _p: users.login(database, username,
                                                                              password),
              success=lambda actor: self.finish(self.logged_in, actor),
              failure=self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.write_failed(exc)
        if isinstance(exc, UserError):
            self.password.clear()  # pyright: ignore[reportAttributeAccessIssue]
            self.password.setFocus()


class SetupDialog(FormDialog):
    """First run: the office and its first administrator."""

    logged_in = Signal(object)
    ask_before_discarding = False

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("初始设置"), parent, save_text=self.tr("完成设置"),
                         cancel_text=self.tr("退出"))
        self.context = context
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
        for label, widget in ((self.tr("所属街道："), self.street),
                              (self.tr("社区名称："), self.community),
                              (self.tr("社区代码："), self.code),
                              (self.tr("管理员用户名："), self.admin),
                              (self.tr("管理员姓名："), self.admin_name),
                              (self.tr("密码："), self.password),
                              (self.tr("再次输入密码："), self.password_again)):
            self.add_row(label, widget)
        self.ok = self.save_button
        self.frame.insertWidget(0, intro)

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
                success=lambda actor: self.finish(self.logged_in, actor),
                failure=self.write_failed).run()
