"""用户: accounts and roles. Every action is checked by the service (admin only)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
)
from sqlalchemy.orm import Session

from models import users
from models.users import UserRow
from models.users_entities import ROLES
from ui.common import messages
from ui.common.dialogs import error_label, save_cancel
from ui.common.list_page import ListPage
from ui.common.operations import Kind, WriteOp
from ui.common.table_model import CENTER, Column
from ui.i18n import domain


class NewUserDialog(QDialog):
    def __init__(self, context, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("新增用户"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for code, label in ROLES.items():
            self.role.addItem(domain(label), code)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("用户名 *："), self.username)
        form.addRow(self.tr("姓名 *："), self.display_name)
        form.addRow(self.tr("角色 *："), self.role)
        form.addRow(self.tr("初始密码 *："), self.password)
        form.addRow(self.error)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)

    def save(self) -> None:
        values = dict(username=self.username.text(), display_name=self.display_name.text(),
                      role=self.role.currentData(), password=self.password.text())
        WriteOp(self.context, parent=self, changes={Kind.USERS},
                op=lambda session, actor: users.create_user(session, actor, **values),
                success=lambda _id: self.accept(),
                failure=lambda exc: self.error.setText(messages.error_text(exc))).run()


class UsersPage(ListPage):
    icon_name = "fa5s.user-shield"
    watches = frozenset({Kind.USERS})

    def title(self) -> str:
        return self.tr("用户")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("用户名"), lambda u: u.username, width_chars=7),
            Column(self.tr("姓名"), lambda u: u.display_name, width_chars=6),
            Column(self.tr("角色"), lambda u: domain(ROLES.get(u.role, u.role)), CENTER, width_chars=5),
            Column(self.tr("状态"), lambda u: self.tr("在用") if u.active else self.tr("已停用"),
                   CENTER, width_chars=4),
            Column(self.tr("连续登录失败"), lambda u: str(u.failed_logins), CENTER, width_chars=6),
            Column(self.tr("最近修改人"), lambda u: u.updated_by, width_chars=6),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("新增用户"), "fa5s.user-plus", self.add_user)
        self.action(self.tr("更改角色"), "fa5s.user-tag", self.change_role)
        self.action(self.tr("停用/启用"), "fa5s.user-slash", self.toggle_active)
        self.action(self.tr("重设密码"), "fa5s.key", self.reset_password)

    def rows_query(self) -> Callable[[Session], list[UserRow]]:
        query = self.search.text().strip().lower()

        def load(session: Session) -> list[UserRow]:
            return [u for u in users.list_users(session)
                    if query in u.username.lower() or query in u.display_name]
        return load

    def add_user(self) -> None:
        dialog = NewUserDialog(self.context, self)
        dialog.open()
        self._dialog = dialog

    def _run(self, change: Callable[..., None], *args: Any) -> None:
        WriteOp(self.context, parent=self, changes={Kind.USERS},
                op=lambda session, actor: change(session, actor, *args)).run()

    def change_role(self) -> None:
        row = self.current_row()
        if row is None:
            return
        labels = [domain(text) for text in ROLES.values()]
        label, ok = QInputDialog.getItem(self, self.tr("更改角色"),
                                         self.tr("{0} 的角色：").format(row.display_name), labels,
                                         list(ROLES).index(row.role), False)
        if ok:
            role = list(ROLES)[labels.index(label)]
            self._run(users.set_role, row.id, row.version, role)

    def toggle_active(self) -> None:
        row = self.current_row()
        if row is None:
            return
        verb = self.tr("停用") if row.active else self.tr("启用")
        if messages.confirm(self, verb, self.tr("确定{0}用户“{1}”吗？").format(verb, row.display_name)):
            self._run(users.set_active, row.id, row.version, not row.active)

    def reset_password(self) -> None:
        row = self.current_row()
        if row is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("重设密码"),
                                            self.tr("{0} 的新密码（至少 8 位）：").format(row.display_name),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._run(users.change_password, row.id, None, password)

    def open_row(self, row: UserRow) -> None:
        self.change_role()
