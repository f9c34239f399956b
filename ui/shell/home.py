"""概况: the office at a glance and what needs doing today.

The to-do list is `models.todo.collect()`: every module's overdue and soon-due work, most
urgent first (overdue in red). Activating a line opens the page named by the item and asks
it to show the records behind it (`Page.show_todo`).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from models import todo
from models.registry.overview import Overview, office_community_id, registry_overview
from models.todo import TodoItem, Urgency
from ui.common.changes import EVERYTHING
from ui.common.operations import ReadOp
from ui.common.page import Page

COLORS = {Urgency.OVERDUE: "#c0392b", Urgency.DUE_SOON: "#a05a00", Urgency.REMINDER: "#44505c"}
ITEM_ROLE = Qt.ItemDataRole.UserRole


def _load(session: Session, today: dt.date
          ) -> tuple[Overview, int | None, list[TodoItem]]:
    return (registry_overview(session), office_community_id(session),
            todo.collect(session, today))


class HomePage(Page):
    icon_name = "fa5s.home"
    watches = EVERYTHING

    def title(self) -> str:
        return self.tr("概况")

    def __init__(self, context) -> None:
        super().__init__(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.heading = QLabel(self.tr("共建台账"))
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f3f66;")
        self.subheading = QLabel()
        self.subheading.setStyleSheet("font-size: 12pt; color: #555;")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.figures: dict[str, QLabel] = {}
        labels = [("compounds", self.tr("小区")), ("buildings", self.tr("楼栋")),
                  ("people", self.tr("登记人员")), ("party_members", self.tr("党员")),
                  ("cadres", self.tr("小区干部")), ("units", self.tr("驻区单位")),
                  ("party_orgs", self.tr("党组织"))]
        for index, (key, text) in enumerate(labels):
            self.grid.addWidget(self._card(key, text), index // 4, index % 4)
        layout.addLayout(self.grid)
        heading = QLabel(self.tr("今日待办"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f3f66; "
                              "padding-top: 12px;")
        self.todo_list = QListWidget()
        self.todo_list.setObjectName("todo")
        self.todo_list.setWordWrap(True)
        self.todo_list.setStyleSheet("QListWidget#todo { font-size: 11pt; }"
                                     "QListWidget#todo::item { padding: 6px 4px; }")
        self.todo_list.itemActivated.connect(self.open_item)
        self.todo_list.itemClicked.connect(self.open_item)
        self.nothing = QLabel(self.tr("今天没有待办事项。"))
        self.nothing.setStyleSheet("color: #6b7785;")
        self.nothing.hide()
        layout.addWidget(heading)
        layout.addWidget(self.nothing)
        layout.addWidget(self.todo_list, 1)

    def _card(self, key: str, text: str) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet("QFrame { background: white; border: 1px solid #d8dde6; "
                           "border-radius: 6px; }")
        box = QVBoxLayout(card)
        number = QLabel("—")
        number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        number.setStyleSheet("font-size: 24pt; color: #3a6ea5; border: none;")
        caption = QLabel(text)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("color: #555; border: none;")
        box.addWidget(number)
        box.addWidget(caption)
        self.figures[key] = number
        return card

    def refresh(self) -> None:
        today = dt.date.today()
        ReadOp(self.context, parent=self, query=lambda session: _load(session, today),
               success=self._show).run()

    def _show(self, result: tuple[Overview, int | None, list[TodoItem]]) -> None:
        overview, community_id, items = result
        self._show_todo(items)
        self.context.community_id = community_id
        self.context.office_name = overview.office_name
        if overview.office_name:
            self.heading.setText(overview.office_name)
            self.subheading.setText(self.tr("{0} · 共建台账").format(overview.street_name))
        for key, label in self.figures.items():
            label.setText(f"{getattr(overview, key):,}")

    def _show_todo(self, items: list[TodoItem]) -> None:
        self.todo_list.clear()
        for item in items:
            line = QListWidgetItem(f"【{item.area}】{item.text}{self._due(item)}")
            line.setData(ITEM_ROLE, item)
            line.setForeground(QBrush(QColor(COLORS[item.urgency])))
            line.setToolTip(self.tr("单击打开“{0}”").format(item.area))
            self.todo_list.addItem(line)
        self.nothing.setVisible(not items)
        self.todo_list.setVisible(bool(items))

    def _due(self, item: TodoItem) -> str:
        """The nearest due date of a line about to fall due, unless its text says it."""
        if item.due is None or item.urgency != Urgency.DUE_SOON:
            return ""
        day = f"{item.due:%Y-%m-%d}"
        if day in item.text:
            return ""
        if item.count and item.count > 1:
            return self.tr("（最早 {0}）").format(day)
        return self.tr("（{0}）").format(day)

    def items(self) -> list[TodoItem]:
        """The to-do items as shown, in order (tests)."""
        return [self.todo_list.item(i).data(ITEM_ROLE) for i in range(self.todo_list.count())]

    def open_item(self, line: QListWidgetItem) -> None:
        """Open the page that handles the line, showing the records behind it."""
        item: TodoItem = line.data(ITEM_ROLE)
        if item.page == type(self).__name__:
            self.show_todo(item)
            return
        page = self.context.open_page(item.page) if self.context.open_page else None
        if page is not None:
            page.show_todo(item)

    def show_todo(self, item: TodoItem) -> None:
        if item.key.startswith("backup:"):
            from ui.shell.backup_dialog import BackupDialog  # noqa: PLC0415

            BackupDialog(self.context, self).open()
