"""New self-governance body (members typed into a small table, the composition checked as
they are typed) and a member change (who leaves, when, why, and who succeeds)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from models.elections import bodies
from models.elections.rules import BODY_KINDS, POSTS, Member, body_problems
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.date_edit import DateEdit
from ui.common.dialogs import FormDialog
from ui.common.operations import WriteOp
from ui.i18n import domain


def load_members(body_id: int) -> Callable[[Session], list[tuple[int, str]]]:
    def query(session: Session) -> list[tuple[int, str]]:
        return [(m.id, f"{m.name}（{POSTS.get(m.post, m.post)}）")
                for m in bodies.current_members(session, body_id)]
    return query


class MemberTable(QTableWidget):
    """姓名 | 职务 | 党员 | 小区党支部书记 | 社区“两委”成员, one row per member."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("职务"), self.tr("党员"),
                                        self.tr("小区党支部书记"), self.tr("社区“两委”成员")])
        self.horizontalHeader().setStretchLastSection(True)
        self.setMinimumHeight(220)

    def add_member(self, name: str = "", post: str = "member") -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for key, label in POSTS.items():
            combo.addItem(domain(label), key)
        combo.setCurrentIndex(combo.findData(post))
        self.setCellWidget(row, 1, combo)
        for column in range(2, 5):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, column, item)
        return row

    def _checked(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def members(self) -> list[bodies.MemberData]:
        found = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            name = item.text().strip() if item is not None else ""
            combo = self.cellWidget(row, 1)
            if not name or not isinstance(combo, QComboBox):
                continue
            flags = [self._checked(row, column) for column in (2, 3, 4)]
            found.append(bodies.MemberData(name, combo.currentData(), *flags))
        return found


class BodyDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, context: AppContext, compounds: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新建自治组织"), parent)
        self.context = context
        self.resize(720, 560)
        self.compound = QComboBox()
        for compound_id, name in compounds.items():
            self.compound.addItem(name, compound_id)
        self.kind = QComboBox()
        for key, label in BODY_KINDS.items():
            self.kind.addItem(domain(label), key)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：翰林苑第二届业主委员会"))
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("议事会、自治小组：所在院落或楼栋"))
        self.term_start = DateEdit(optional=True)
        self.term_end = DateEdit(optional=True)
        self.table = MemberTable()
        add, remove = QPushButton(self.tr("添加成员")), QPushButton(self.tr("删除所选成员"))
        add.clicked.connect(lambda _checked=False: self.table.add_member())
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        for label, widget in ((self.tr("小区 *"), self.compound), (self.tr("类型 *"), self.kind),
                              (self.tr("名称 *"), self.name), (self.tr("范围"), self.scope),
                              (self.tr("任期开始"), self.term_start),
                              (self.tr("任期结束"), self.term_end),
                              (self.tr("成员"), self.table), ("", holder)):
            self.add_row(label, widget)
        for _ in range(5):
            self.table.add_member()
        self.table.itemChanged.connect(lambda _item: self.show_problems())
        self.kind.currentIndexChanged.connect(lambda _index: self.show_problems())

    def show_problems(self) -> None:
        problems = self.problems()
        self.error.setText(self.tr("尚不符合规定：{0}").format("；".join(problems))
                           if problems else "")

    def problems(self) -> list[str]:
        """What the service would refuse, said before Save (the same rule function)."""
        members = self.table.members()
        return body_problems(self.kind.currentData(),
                             [Member(m.name, m.post, m.party_member) for m in members],
                             self.term_start.date(), self.term_end.date())

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("请填写自治组织的名称。"))
            return
        for edit in (self.term_start, self.term_end):
            if edit.error():
                self.show_error(edit.error())
                return
        compound_id, kind, members = (self.compound.currentData(), self.kind.currentData(),
                                      self.table.members())
        start, end, scope = self.term_start.date(), self.term_end.date(), self.scope.text()
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.BODIES},
                op=lambda session, actor: bodies.create_body(
                    session, actor, compound_id, kind=kind, name=name, members=members,
                    term_start=start, term_end=end, scope=scope.strip()),
                success=lambda body_id: self.finish(self.saved, body_id),
                failure=self.write_failed).run()


class MemberChangeDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, context: AppContext, body: bodies.BodyRow,
                 members: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("成员变更：{0}").format(body.name), parent)
        self.context, self.body = context, body
        self.leaving = QComboBox()
        for member_id, label in members:
            self.leaving.addItem(label, member_id)
        self.on = DateEdit(dt.date.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：辞职、搬离小区、罢免"))
        self.successor = QLineEdit()
        self.successor.setPlaceholderText(self.tr("无人接任时留空"))
        self.post = QComboBox()
        for key, label in POSTS.items():
            self.post.addItem(domain(label), key)
        self.post.setCurrentIndex(self.post.findData("member"))
        self.party = QComboBox()
        self.party.addItem(self.tr("否"), False)
        self.party.addItem(self.tr("是"), True)
        for label, widget in ((self.tr("离任成员 *"), self.leaving),
                              (self.tr("变更日期 *"), self.on),
                              (self.tr("原因 *"), self.reason),
                              (self.tr("接任人"), self.successor),
                              (self.tr("接任职务"), self.post),
                              (self.tr("接任人是否党员"), self.party)):
            self.add_row(label, widget)

    def submit(self) -> None:
        reason, on = self.reason.text().strip(), self.on.date()
        if self.leaving.currentData() is None:
            self.show_error(self.tr("该组织没有在任成员。"))
            return
        if on is None or self.on.error():
            self.show_error(self.on.error() or self.tr("请填写变更日期。"))
            return
        if not reason:
            self.show_error(self.tr("请写明变更原因。"))
            return
        name = self.successor.text().strip()
        successor = bodies.MemberData(name, self.post.currentData(),
                                      self.party.currentData()) if name else None
        body_id, member_id = self.body.id, self.leaving.currentData()
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.BODIES},
                op=lambda session, actor: bodies.replace_member(
                    session, actor, body_id, member_id, on=on, reason=reason,
                    successor=successor),
                success=lambda _none: self.finish(self.saved, member_id),
                failure=self.write_failed).run()
