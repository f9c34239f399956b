"""问题类别: the administrator's editor of the two-level taxonomy (大类 → 小类).

A tree of 大类 with their 小类, each with its order and whether it is in use. New 大类 or
小类, rename / reorder / 停用 through a small form, and delete for a category no problem
uses (models.issues.taxonomy refuses the rest with a message: 停用 instead).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from models import validation
from models.issues import taxonomy
from models.issues.taxonomy import CategoryRow
from ui.common import messages
from ui.common.dialogs import view_frame
from ui.common.fields import CheckField, TextField
from ui.common.operations import Kind, ReadOp, WriteOp
from ui.issues.action_form import ActionForm, ServiceCall


@dataclass(frozen=True)
class CategoryValues:
    name: str
    sort_order: str
    active: bool


class CategoryForm(ActionForm):
    changes = frozenset({Kind.TAXONOMY})

    def __init__(self, context, row: CategoryRow | None, parent_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.row, self.parent_id = row, parent_id
        kind = self.tr("大类") if (row.is_major if row else parent_id is None) else self.tr("小类")
        self.set_texts(self.tr("问题类别"), self.tr("{0}：名称在同一级中不能重复；已使用的类别"
                                                 "不能删除，可以停用。").format(kind))
        self.add_field("name", self.tr("类别名称"), TextField(max_length=50), required=True)
        self.add_field("sort_order", self.tr("排序号"), TextField(
            self.tr("留空则排在最后"), right=True, max_length=6))
        self.add_field("active", self.tr("状态"), CheckField(self.tr("启用")))
        if row is None:
            self.fields["active"].widget.setEnabled(False)
            self.start(CategoryValues("", "", True))
        else:
            self.start(CategoryValues(row.name, str(row.sort_order), row.active))

    def collect(self) -> CategoryValues:
        f = self.fields
        return CategoryValues(f["name"].value(), f["sort_order"].value(), f["active"].value())

    def load(self, data: CategoryValues) -> None:
        for name in ("name", "sort_order", "active"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: CategoryValues) -> None:
        check = validation.Collector()
        check(taxonomy.category_name, data.name)
        if data.sort_order.strip():
            check(validation.whole_number, "sort_order", self.tr("排序号"), data.sort_order)
        check.done()

    def service(self, data: CategoryValues) -> ServiceCall:
        actor, row, parent_id = self.context.actor, self.row, self.parent_id
        order = int(data.sort_order) if data.sort_order.strip() else None
        if row is None:
            return lambda session: taxonomy.create_category(
                session, actor, name=data.name, parent_id=parent_id, sort_order=order)
        return lambda session: taxonomy.update_category(
            session, actor, row.id, row.version, name=data.name,
            sort_order=row.sort_order if order is None else order, active=data.active)


class TaxonomyDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("问题类别"))
        self.resize(560, 620)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("类别"), self.tr("排序号"), self.tr("状态")])
        self.tree.setColumnWidth(0, 260)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("新增大类"), self.add_major),
                           (self.tr("新增小类"), self.add_minor),
                           (self.tr("修改"), self.edit), (self.tr("删除"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        view_frame(self, buttons, (self.tree, 1))
        self.form: CategoryForm | None = None
        context.changes.subscribe(self, {Kind.TAXONOMY}, self.load)
        self.load()

    def load(self) -> None:
        ReadOp(self.context, parent=self, query=taxonomy.list_categories,
               success=self._show).run()

    def _show(self, rows: list[CategoryRow]) -> None:
        self.tree.clear()
        majors: dict[int, QTreeWidgetItem] = {}
        for row in rows:
            item = QTreeWidgetItem([row.name, str(row.sort_order),
                                    self.tr("启用") if row.active else self.tr("停用")])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            if row.is_major:
                majors[row.id] = item
                self.tree.addTopLevelItem(item)
            else:
                majors[row.parent_id].addChild(item)  # type: ignore[index]
        self.tree.expandAll()

    def current(self) -> CategoryRow | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _open(self, form: CategoryForm) -> None:
        self.form = form
        form.open()

    def add_major(self) -> None:
        self._open(CategoryForm(self.context, None, None, self))

    def add_minor(self) -> None:
        row = self.current()
        if row is None:
            messages.show_info(self, self.tr("请先选择要添加小类的大类。"))
            return
        self._open(CategoryForm(self.context, None, row.id if row.is_major else row.parent_id,
                                self))

    def edit(self) -> None:
        row = self.current()
        if row is not None:
            self._open(CategoryForm(self.context, row, row.parent_id, self))

    def delete(self) -> None:
        row = self.current()
        if row is None or not messages.confirm(self, self.tr("删除类别"), self.tr(
                "确定删除类别“{0}”吗？已有问题使用的类别不能删除，只能停用。").format(row.path)):
            return
        WriteOp(self.context, parent=self, changes={Kind.TAXONOMY},
                op=lambda session, actor: taxonomy.delete_category(session, actor, row.id,
                                                                   row.version)).run()
