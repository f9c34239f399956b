"""问题台账: the issue ledger page (三四五 吹哨报到).

The filter bar on top, the ledger in the middle (ProblemTableModel: only ids are held, rows
are fetched a block at a time on the worker, so 100,000 problems never freeze the window),
the count under it, and a toolbar with the steps and measures. Each button is enabled by
what the selected problem allows for the signed-in role (ProblemActions.enabled); the
service checks again, and its refusal is shown in words. Clicking a 编号/发现日期/期限/状态/
响应层级 header sorts in the query, not in the view.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.issues import ledger, ui_queries
from models.issues.ledger import ProblemRow
from models.issues.problems import ProblemData
from models.issues.ui_queries import IssueLookups
from reports import issue_ledger
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.list_page import ICON_COLOR, export_table, find_shortcut, style_record_table
from ui.common.operations import ReadOp
from ui.common.page import Page
from ui.common.pdf_preview import generate_report
from ui.common.view_state import remember_table
from ui.issues.actions import ProblemActions
from ui.issues.filter_bar import OPEN, IssueFilterBar
from ui.issues.ledger_model import KEYS, SORTS, ProblemTableModel
from ui.issues.problem_form import ProblemForm


class IssuesPage(Page):
    icon_name = "fa5s.bullhorn"
    watches = frozenset({Kind.PROBLEMS, Kind.MEETINGS, Kind.TAXONOMY, Kind.ISSUE_SETTINGS,
                         Kind.UNITS, Kind.PEOPLE, Kind.COMPOUNDS})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.lookups: IssueLookups | None = None
        self.sort, self.descending = "found_on", True
        self._keep: int | None = None  # the problem to select again after a reload
        self.problem_actions = ProblemActions(context, self)
        self.problem_actions.changed.connect(self._problem_changed)
        self.filter_bar = IssueFilterBar()
        self.filter_bar.changed.connect(self.reload)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush_search)
        find_shortcut(self, self.filter_bar.search)
        self.model = ProblemTableModel(context)
        self.table = QTableView()
        self.count_label = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.actions_by_key: dict[str, QAction] = {}
        self._build_toolbar()
        self._setup_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def title(self) -> str:
        return self.tr("问题台账")

    # --- building -------------------------------------------------------------------------

    def _action(self, key: str, text: str, icon: str,
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(qta.icon(icon, color=ICON_COLOR), text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text}（{QKeySequence(shortcut).toString()}）")
        action.triggered.connect(lambda _checked=False: self.run(key))
        self.toolbar.addAction(action)
        self.addAction(action)  # its shortcut works wherever the focus is on the page
        self.actions_by_key[key] = action
        return action

    def _build_toolbar(self) -> None:
        a = self._action
        a("new", self.tr("新增问题"), "fa5s.plus", QKeySequence.StandardKey.New)
        a("view", self.tr("查看/办理"), "fa5s.folder-open")
        self.toolbar.addSeparator()
        a("meeting", self.tr("联席会议"), "fa5s.users")
        a("assign", self.tr("交办"), "fa5s.share")
        a("escalate", self.tr("升级"), "fa5s.level-up-alt")
        a("report", self.tr("报到"), "fa5s.user-check")
        a("progress", self.tr("进展"), "fa5s.tasks")
        a("resolve", self.tr("办结"), "fa5s.check")
        a("close", self.tr("销号"), "fa5s.check-double")
        a("reopen", self.tr("重新办理"), "fa5s.redo")
        self.toolbar.addSeparator()
        a("letter", self.tr("发督办函"), "fa5s.envelope")
        a("coordinate", self.tr("协调会商"), "fa5s.handshake")
        a("accountability", self.tr("责任追究"), "fa5s.gavel")
        self.toolbar.addSeparator()
        a("print", self.tr("打印台账"), "fa5s.print", QKeySequence.StandardKey.Print)
        a("export", self.tr("导出"), "fa5s.file-excel", QKeySequence("Ctrl+E"))
        a("stats", self.tr("统计"), "fa5s.chart-bar")
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("设置"))
        self.settings_button.setIcon(qta.icon("fa5s.cog", color=ICON_COLOR))
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.settings_button)
        menu.addAction(self.tr("问题类别…"), self.edit_taxonomy)
        menu.addAction(self.tr("考核分值与发文设置…"), self.edit_settings)
        self.settings_button.setMenu(menu)
        self.settings_action = self.toolbar.addWidget(self.settings_button)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        style_record_table(table, self.model.columns)
        header = table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(KEYS.index("found_on"), Qt.SortOrder.DescendingOrder)
        if remember_table(table, type(self).__name__):  # the sort the clerk left it in
            key = SORTS.get(KEYS[header.sortIndicatorSection()])
            if key is not None:
                self.sort = key
                self.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        header.sectionClicked.connect(self._sort_by)
        table.doubleClicked.connect(lambda _index: self.run("view"))
        enter = QAction(self)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda: self.run("view"))
        table.addAction(enter)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.model.dataChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)

    # --- loading --------------------------------------------------------------------------

    def database_ready(self) -> None:
        self.update_actions()

    def refresh(self) -> None:
        """On show and F5: the choices of the filters and forms, then the ledger."""
        ReadOp(self.context, parent=self, query=ui_queries.lookups,
               success=self._lookups_loaded).run()
        self.reload()

    def _lookups_loaded(self, lookups: IssueLookups) -> None:
        self.lookups = self.problem_actions.lookups = lookups
        if self.context.community_id is None:
            self.context.community_id = lookups.community_id
        if not self.context.office_name:
            self.context.office_name = lookups.office
        self.filter_bar.set_lookups(lookups)
        self.update_actions()

    def reload(self) -> None:
        """The ids for the filters; the rows follow as the table paints them."""
        filters = self.filter_bar.filters(sort=self.sort, descending=self.descending)
        current = self.current_problem()
        if current is not None:
            self._keep = current.id

        ReadOp(self.context, parent=self,
               query=lambda session: ledger.problem_ids(session, filters),
               success=self._show_ids).run()

    def _show_ids(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("共 {0:,} 条").format(len(ids)))
        if self._keep is not None:
            row = self.model.position(self._keep)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.update_actions()

    def _sort_by(self, section: int) -> None:
        key = SORTS.get(KEYS[section])
        header = self.table.horizontalHeader()
        if key is None:  # not sortable in the query: keep the indicator where it was
            header.setSortIndicator(KEYS.index(self.sort), self._order())
            return
        self.descending = not self.descending if key == self.sort else key == "found_on"
        self.sort = key
        header.setSortIndicator(section, self._order())
        self.reload()

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    # --- actions --------------------------------------------------------------------------

    def current_problem(self) -> ProblemRow | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows and not index.isValid():
            return None
        return self.model.loaded(rows[0].row() if rows else index.row())

    def select_problem(self, problem_id: int) -> bool:
        row = self.model.position(problem_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def update_actions(self) -> None:
        problem = self.current_problem()
        ready = self.lookups is not None
        for key, action in self.actions_by_key.items():
            if key in ("print", "stats", "export"):
                action.setEnabled(bool(self.context.actor.username))
            else:
                action.setEnabled(ready and self.problem_actions.enabled(key, problem))
        self.settings_action.setVisible(self.context.actor.can("admin")
                                        if self.context.actor.username else False)

    def run(self, key: str) -> None:
        if not self.actions_by_key[key].isEnabled():
            return
        if key == "print":
            self.print_ledger()
        elif key == "export":
            self.export_excel()
        elif key == "stats":
            show = getattr(self.window(), "show_page", None)
            if show is not None:
                show(self.tr("统计分析"))
        else:
            self.problem_actions.run(key, self.current_problem())

    def show_todo(self, item: Any) -> None:
        """Overdue: 只看逾期; due soon and letters: 未办结 by deadline, the letter's problem
        selected; the joint meeting: the problems waiting for review."""
        self.sort, self.descending = "found_on", True
        if item.key == "issues:overdue":
            self.filter_bar.show_only(overdue=True)
        elif item.key == "issues:meeting":
            self.filter_bar.show_only(state="collected")
        else:
            self.sort, self.descending = "deadline", False
            self._keep = item.records[0] if item.records else None
            self.filter_bar.show_only(state=OPEN)
        self.table.horizontalHeader().setSortIndicator(KEYS.index(self.sort), self._order())

    def _problem_changed(self, problem_id: int) -> None:
        """Keep the changed problem selected; the change bus reloads the ledger."""
        if problem_id:
            self._keep = problem_id

    def export_path(self) -> str:
        """Where to write the workbook (asked; tests replace this)."""
        name = f"{self.title()}-{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name,
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        return path

    def export_excel(self) -> None:
        """导出 (Ctrl+E): every problem the filters select (not only the rows loaded so
        far), in the table's order, read and written on the worker."""
        path = self.export_path()
        if path:
            export_table(self, self.context, path, self.title(), self.model.columns,
                         self.model.texts_job())

    def print_ledger(self) -> None:
        start, end = self.filter_bar.period_range()
        params = issue_ledger.LedgerParams(start, end, self.filter_bar.filters(),
                                           condition=self.filter_bar.describe())
        generate_report(self.context, self.tr("问题台账"),
                        lambda session: issue_ledger.build(session, params), issue_ledger.render,
                        self)

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        if self.lookups is None:
            return []
        form = ProblemForm(self.context, self.lookups, self)
        form.start(ProblemData(source="unit", category_id=None,  # type: ignore[arg-type]
                               found_on=dt.date.today(), title=self.tr("翰林苑3栋电梯频繁故障")))
        form.fields["source_unit_id"].touched = True
        return [("problem-form", form)]

    def edit_taxonomy(self) -> None:
        from ui.issues.taxonomy_dialog import TaxonomyDialog  # noqa: PLC0415

        dialog = TaxonomyDialog(self.context, self)
        self._dialog = dialog
        dialog.open()

    def edit_settings(self) -> None:
        from ui.issues.settings_dialog import IssueSettingsDialog  # noqa: PLC0415

        dialog = IssueSettingsDialog(self.context, self)
        self._dialog = dialog
        dialog.open()
