"""党组织: the Party organisation tree, with 新增下级组织."""
from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from models.registry import orgs, people
from models.registry.entities import ORG_KINDS
from models.registry.orgs import ALLOWED_PARENTS, OrgRow
from ui.common import messages
from ui.common.dialogs import error_label, save_cancel
from ui.common.history import HistoryDialog
from ui.common.list_page import ICON_COLOR
from ui.common.operations import Kind, ReadOp, WriteOp
from ui.common.page import Page
from ui.i18n import domain


def _load(session: Session) -> tuple[list[OrgRow], dict[int, str]]:
    members = {p.id: p.name for p in people.list_people(session, party_only=True)}
    return orgs.list_orgs(session), members


class OrgDialog(QDialog):
    """A new organisation under `parent` (None: a top-level one)."""

    def __init__(self, context, parent_row: OrgRow | None, members: dict[int, str],  # noqa: ANN001
                 parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context, self.parent_row = context, parent_row
        self.setWindowTitle(self.tr("新增党组织"))
        parent_kind = parent_row.kind if parent_row else None
        self.name = QLineEdit()
        self.kind = QComboBox()
        for code, label in ORG_KINDS.items():
            if parent_kind in ALLOWED_PARENTS[code]:
                self.kind.addItem(domain(label), code)
        self.secretary = QComboBox()
        self.secretary.addItem(self.tr("（暂缺）"), None)
        for person_id, name in sorted(members.items(), key=lambda item: item[1]):
            self.secretary.addItem(name, person_id)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("上级组织："), QLabel(parent_row.name if parent_row else self.tr("（无）")))
        form.addRow(self.tr("组织名称 *："), self.name)
        form.addRow(self.tr("组织类型 *："), self.kind)
        form.addRow(self.tr("书记："), self.secretary)
        form.addRow(self.error)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)
        if self.kind.count() == 0:
            self.error.setText(self.tr("“{0}”之下不能再设下级组织。").format(parent_row.kind_label
                                                                    if parent_row else ""))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def save(self) -> None:
        community = self.context.community_id
        values = dict(name=self.name.text(), kind=self.kind.currentData(),
                      parent_id=self.parent_row.id if self.parent_row else None,
                      secretary_id=self.secretary.currentData())
        WriteOp(self.context, parent=self, changes={Kind.ORGS},
                op=lambda session, actor: orgs.create_org(session, actor, community, **values),
                success=lambda _id: self.accept(),
                failure=lambda exc: self.error.setText(messages.error_text(exc))).run()


class OrgsPage(Page):
    icon_name = "fa5s.sitemap"
    watches = frozenset({Kind.ORGS, Kind.PEOPLE})

    def title(self) -> str:
        return self.tr("党组织")

    def __init__(self, context) -> None:  # noqa: ANN001
        super().__init__(context)
        self.members: dict[int, str] = {}
        self.rows: dict[int, OrgRow] = {}
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for text, icon, slot in ((self.tr("新增下级组织"), "fa5s.plus", self.add_child),
                                 (self.tr("新增顶级组织"), "fa5s.plus-square", self.add_root),
                                 (self.tr("修改记录"), "fa5s.history", self.show_history)):
            action = QAction(qta.icon(icon, color=ICON_COLOR), text, self)
            action.triggered.connect(slot)
            toolbar.addAction(action)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("组织名称"), self.tr("类型"), self.tr("书记")])
        self.tree.setColumnWidth(0, self.fontMetrics().horizontalAdvance("中") * 22)
        self.tree.setColumnWidth(1, self.fontMetrics().horizontalAdvance("中") * 9)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)

    def refresh(self) -> None:
        ReadOp(self.context, parent=self, query=_load, success=self._show).run()

    def _show(self, result: tuple[list[OrgRow], dict[int, str]]) -> None:
        rows, self.members = result
        self.rows = {row.id: row for row in rows}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in rows:
            item = QTreeWidgetItem([row.name, domain(row.kind_label), row.secretary_name])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            parent = items.get(row.parent_id) if row.parent_id else None
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[row.id] = item
        self.tree.expandToDepth(1)
        self.count_label.setText(self.tr("共 {0} 个党组织").format(len(rows)))

    def _selected(self) -> OrgRow | None:
        item = self.tree.currentItem()
        return self.rows.get(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def add_child(self) -> None:
        parent = self._selected()
        if parent is not None:
            self._open(parent)

    def add_root(self) -> None:
        self._open(None)

    def _open(self, parent: OrgRow | None) -> None:
        dialog = OrgDialog(self.context, parent, self.members, self)
        dialog.open()
        self._dialog = dialog

    def show_history(self) -> None:
        row = self._selected()
        if row is not None:
            HistoryDialog(self.context, "party_org", row.id, row.name, self).open()
