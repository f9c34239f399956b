"""A module page: a filter bar on top, the table in the middle, actions in a toolbar.

Subclasses name their columns, how rows load (a function run on the worker thread), and
which form edits a row. Double-click or Enter opens the record; the count of rows shows
under the table.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import anchor
from models.db import Database
from models.users_entities import ROLES
from reports.table_export import ExportColumn, write_table
from ui.common import messages
from ui.common.operations import JobOp, ReadOp
from ui.common.page import Page
from ui.common.table_model import CENTER, RIGHT, Column, RowTableModel
from ui.common.tasks import Progress
from ui.common.view_state import remember_table
from ui.i18n import domain

ICON_COLOR = "#3a6ea5"


def style_record_table(table: QTableView, columns: list[Column]) -> None:
    """Row selection, no in-place editing, zebra rows, and column widths in characters."""
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    metrics = table.fontMetrics()
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    char = metrics.horizontalAdvance("中")
    bold = header.fontMetrics()
    for index, column in enumerate(columns):  # never narrower than its (translated) heading
        header.resizeSection(index, max(column.width_chars * char + 16,
                                        bold.horizontalAdvance(column.header) + 24))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def find_shortcut(page: QWidget, search: QLineEdit) -> QShortcut:
    """Ctrl+F anywhere on the page puts the cursor in its search box."""

    def jump() -> None:
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), page)
    shortcut.activated.connect(jump)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


def tsv(rows: list[list[str]]) -> str:
    """Rows as tab-separated lines; tabs and line breaks inside a cell become spaces."""
    return "".join("\t".join(" ".join(cell.split()) for cell in row) + "\r\n" for row in rows)


RowsJob = Callable[[Database, Progress], "list[list[str]] | None"]


def export_table(parent: QWidget, context, path: str, title: str, columns: list[Column],
                 rows: RowsJob) -> None:
    """Write `rows(database, progress)` (the texts a table shows) to an .xlsx workbook on
    the worker, with a cancellable progress dialog: gathering is the first half of the
    bar, writing the second. `rows` returns None when cancelled."""
    export_columns = [ExportColumn(c.header, c.kind, c.width_chars)  # type: ignore[arg-type]
                      for c in columns]

    def job(database: Database, progress: Progress) -> tuple[int, Path] | None:
        texts = rows(database, progress)
        if texts is None or progress.cancelled:
            return None
        total = max(len(texts), 1)
        out = write_table(path, title, export_columns, texts,
                          progress=lambda done, _all: progress.report(total + done, 2 * total))
        return len(texts), out

    def done(result: tuple[int, Path] | None) -> None:
        if result is not None:
            messages.show_info(parent, QCoreApplication.translate(
                "ListPage", "已导出 {0} 行到 {1}").format(*result))
    JobOp(context, parent=parent, job=job, success=done).with_progress(
        QCoreApplication.translate("ListPage", "正在导出…"), cancellable=True).run()


class ListPage(Page):
    columns: list[Column] = []
    # The column of the records' date, sorted newest first when the list first opens; None:
    # the newest record (the highest id) first, in the query's order otherwise.
    newest_column: int | None = None

    def __init__(self, context) -> None:
        super().__init__(context)
        self.role_actions: list[tuple[QAction, str]] = []
        self.model = RowTableModel(self.make_columns())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：汉字、拼音或首字母"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("搜索：汉字、拼音或首字母") + 40)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(QLabel(self.tr("查找：")))
        self.filter_bar.addWidget(self.search)
        self.table = QTableView()
        self.count_label = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._layout()
        self._setup_table()
        find_shortcut(self, self.search)
        self.add_actions()
        self.export_action = self.action(self.tr("导出"), "fa5s.file-excel", self.export_excel,
                                         QKeySequence("Ctrl+E"))
        self.add_filters()
        self.filter_bar.addStretch(1)

    # --- to be provided by subclasses ---------------------------------------------

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def rows_query(self) -> Callable[[Session], Any]:
        """The query (run by a ReadOp on the worker) for the rows under the current filters."""
        raise NotImplementedError

    def add_actions(self) -> None:
        """Toolbar actions (新增, 编辑, 删除 …)."""

    def add_filters(self) -> None:
        """Extra filter widgets after the search box."""

    def open_row(self, row: Any) -> None:
        """Double-click / Enter on a row."""

    # --- shared behaviour ---------------------------------------------------------

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.toolbar)
        filters = QWidget()
        filters.setLayout(self.filter_bar)
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        style_record_table(table, self.model.columns)
        if self.newest_column is None:  # the rows' own order (newest first, _show_rows);
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # descending would reverse it
        else:
            table.sortByColumn(self.newest_column, Qt.SortOrder.DescendingOrder)
        remember_table(table, type(self).__name__)
        table.doubleClicked.connect(lambda _index: self._open_current())
        enter = QAction(self)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self._open_current)
        table.addAction(enter)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        copy = QAction(self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selected)
        table.addAction(copy)


    def action(self, text: str, icon: str, slot: Callable[[], None],
               shortcut: QKeySequence | str | None = None, *, role: str | None = None) -> QAction:
        """A toolbar action; with `role`, it is disabled (the reason in its tooltip) for
        users below that role. Display only: the service refuses them anyway."""
        action = QAction(qta.icon(icon, color=ICON_COLOR), text, self)
        if role is not None:
            self.role_actions.append((action, role))
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text}（{QKeySequence(shortcut).toString()}）")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)  # its shortcut works wherever the focus is on the page
        return action

    def menu_action(self, text: str, icon: str,
                    entries: list[tuple[str, Callable[[], None]]]) -> QMenu:
        """A toolbar button opening a menu, for a family of actions (the documents a page
        prints) that would crowd the toolbar one by one."""
        menu = QMenu(text, self)
        for label, slot in entries:
            menu.addAction(label).triggered.connect(lambda _checked=False, s=slot: s())
        button = QToolButton()
        button.setText(text)
        button.setIcon(qta.icon(icon, color=ICON_COLOR))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.toolbar.addWidget(button)
        return menu

    def actor_changed(self) -> None:
        actor = self.context.actor
        for action, role in self.role_actions:
            allowed = bool(actor.username) and actor.can(role)
            action.setEnabled(allowed)
            base = action.toolTip().split("\n")[0]
            action.setToolTip(base if allowed else base + "\n" + self.tr(
                "{0}及以上角色可用，当前用户是{1}").format(domain(ROLES[role]),
                                                      domain(ROLES.get(actor.role, actor.role))))

    def combo_filter(self, label: str, options: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("全部"), "")
        for code, text in options.items():
            combo.addItem(domain(text), code)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_bar.addWidget(QLabel(label))
        self.filter_bar.addWidget(combo)
        return combo

    def current_row(self) -> Any | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row(self.proxy.mapToSource(indexes[0]).row())

    def _open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_row(row)

    def database_ready(self) -> None:
        """Pages load lazily when first shown."""

    def refresh(self) -> None:
        ReadOp(self.context, parent=self, query=self.rows_query(), success=self._show_rows).run()

    def show_todo(self, item: Any) -> None:
        """A to-do line opened from the home page: select its first record once loaded."""
        if item.records:
            self._select_after: int | None = item.records[0]

    def _show_rows(self, rows: list[Any]) -> None:
        pending = getattr(self, "_select_after", None)
        self._select_after = None
        selected = pending if pending is not None else getattr(self.current_row(), "id", None)
        if self.newest_column is None:  # shown unsorted until the clerk sorts: newest first
            rows = sorted(rows, key=lambda row: -getattr(row, "id", 0))
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("共 {0} 条").format(len(rows)))
        if selected is not None:
            self.select_id(selected)

    # --- copy and export ----------------------------------------------------------

    def shown_rows(self, *, selected_only: bool = False) -> list[list[str]]:
        """The texts of the rows in the order the table shows them (all, or the selected)."""
        if selected_only:
            proxy_rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        else:
            proxy_rows = list(range(self.proxy.rowCount()))
        rows = []
        for proxy_row in proxy_rows:
            source = self.model.row(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())
            rows.append([c.text(source) for c in self.model.columns])
        return rows

    def copy_selected(self) -> None:
        """Ctrl+C: the selected rows as tab-separated lines, which Excel and WPS paste
        into cells."""
        rows = self.shown_rows(selected_only=True)
        if rows:
            QApplication.clipboard().setText(tsv(rows))

    def export_path(self) -> str:
        """Where to write the workbook (asked; tests replace this)."""
        name = f"{self.print_title()}-{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name,
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        return path

    def export_excel(self) -> None:
        """导出 (Ctrl+E): what the table shows, in its order, to an .xlsx workbook."""
        path = self.export_path()
        if path:
            rows = self.shown_rows()
            export_table(self, self.context, path, self.print_title(), self.model.columns,
                         lambda _database, _progress: rows)

    def print_title(self) -> str:
        """The printed ledger's title; pages that print override it."""
        return self.title()

    def print_list(self) -> None:
        """打印: what the table shows now, in its current order, as a ledger PDF."""
        from reports.list_ledger import ListLedger, render  # noqa: PLC0415
        from ui.common.pdf_preview import generate  # noqa: PLC0415

        aligns = {int(RIGHT): "right", int(CENTER): "center"}
        columns = [(c.header, float(c.width_chars), aligns.get(int(c.align), "left"))
                   for c in self.model.columns]
        rows = self.shown_rows()
        context = ListLedger(self.print_title(), self.context.office_name, columns, rows)
        generate(self.context, context.title,
                 lambda database, progress: render(context, progress=progress.report,
                                                   anchor=anchor.database_text(database)), self)

    def select_id(self, record_id: int) -> None:
        for source_row, row in enumerate(self.model.rows):
            if getattr(row, "id", None) == record_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return
