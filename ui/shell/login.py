"""登录 and 初始设置: who is using the app. Both run their database work on the worker."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

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
        intro = QLabel(self.tr(
            "首次使用，请选择本单位是社区还是街道，填写单位信息并设置管理员账号。"))
        intro.setWordWrap(True)
        self.as_community = QRadioButton(self.tr("社区"))
        self.as_street = QRadioButton(self.tr("街道"))
        self.as_community.setChecked(True)
        kind = QHBoxLayout()
        kind.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        for button in (self.as_community, self.as_street):
            self.kind_group.addButton(button)
            kind.addWidget(button)
        kind.addStretch(1)
        self.kind_box = QWidget()
        self.kind_box.setLayout(kind)
        self.street = QLineEdit()
        self.community = QLineEdit()
        self.code = QLineEdit()
        self.communities = QPlainTextEdit()
        self.communities.setPlaceholderText(self.tr("每行一个：社区名称 社区代码\n"
                                                    "例如：兴文社区 511902003005"))
        self.communities.setFixedHeight(90)
        self.street_label = QLabel()
        self.code_label = QLabel()
        self.admin = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = _password_edit()
        self.password_again = _password_edit()
        for label, widget in ((self.tr("本单位是："), self.kind_box),
                              (self.street_label, self.street),
                              (self.tr("社区名称："), self.community),
                              (self.code_label, self.code),
                              (self.tr("所辖社区："), self.communities),
                              (self.tr("管理员用户名："), self.admin),
                              (self.tr("管理员姓名："), self.admin_name),
                              (self.tr("密码："), self.password),
                              (self.tr("再次输入密码："), self.password_again)):
            self.add_row(label, widget)
        self.ok = self.save_button
        self.frame.insertWidget(0, intro)
        self.as_street.toggled.connect(self._show_kind)
        self._show_kind()

    def _show_kind(self) -> None:
        """A community names its street; a street lists the communities it expects."""
        street = self.as_street.isChecked()
        self.street_label.setText(self.tr("街道名称：") if street else self.tr("所属街道："))
        self.code_label.setText(self.tr("街道代码：") if street else self.tr("社区代码："))
        self.code.setPlaceholderText(self.tr("9 位统计用区划代码") if street
                                     else self.tr("12 位统计用区划代码，可留空"))
        self.form.setRowVisible(self.community, not street)
        self.form.setRowVisible(self.communities, street)

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            return
        admin = dict(admin_username=self.admin.text(), admin_display_name=self.admin_name.text(),
                     admin_password=self.password.text())
        street, name, code = self.street.text(), self.community.text(), self.code.text()
        lines = self.communities.toPlainText()
        if self.as_street.isChecked():
            def op(session, _nobody):
                return users.setup_street(session, street_name=street, street_code=code,
                                          communities=users.community_lines(lines), **admin)
        else:
            def op(session, _nobody):
                return users.setup_office(session, street_name=street, community_name=name,
                                          community_code=code, **admin)
        self.ok.setEnabled(False)
        WriteOp(self.context, parent=self, changes=EVERYTHING, op=op,
                success=lambda actor: self.finish(self.logged_in, actor),
                failure=self.write_failed).run()
