"""预算: each branch's yearly budget per spending category against what was spent.

Over-budget lines (and spending without a budget) show in red. A clerk adds, changes
and deletes budgets here; 打印 previews the budget-against-actual report.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError
from models.funds import budgets
from models.funds.accounts import Branch
from models.funds.budgets import BudgetRecord, BudgetRow
from models.funds.money import format_fen, parse_amount
from reports.funds_summary import render_budget_report
from ui.common import messages
from ui.common.dialogs import view_frame
from ui.common.fields import ChoiceField, NoteField, TextField
from ui.common.form import RecordForm
from ui.common.operations import Kind, ReadOp, WriteOp
from ui.common.pdf_preview import generate
from ui.common.table_model import RIGHT, Column
from ui.funds.common import RED, StyledTableModel, holder_options


@dataclass(frozen=True)
class BudgetData:
    branch_id: int | None
    category: str | None
    amount: str
    note: str


class BudgetForm(RecordForm):
    """新增 / 修改预算. The branch and the category are fixed once a budget exists."""

    changes = frozenset({Kind.BUDGETS})

    def __init__(self, context, year: int, branches: list[Branch],
                 categories: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("{0} 年预算").format(year), parent)
        self.year = year
        self.add_field("branch_id", self.tr("小区党支部"), ChoiceField(
            holder_options(branches, community=False), blank=self.tr("（请选择）")), required=True)
        self.add_field("category", self.tr("支出类别"), ChoiceField(
            {c: c for c in categories}, blank=self.tr("（请选择）")), required=True)
        self.add_field("amount", self.tr("预算金额（元）"),
                       TextField(self.tr("如 10,000.00"), right=True, max_length=24), required=True)
        self.add_field("note", self.tr("备注"), NoteField())

    def collect(self) -> BudgetData:
        f = self.fields
        return BudgetData(f["branch_id"].value(), f["category"].value(), f["amount"].value(),
                          f["note"].value())

    def load(self, data: BudgetData) -> None:
        for name in ("branch_id", "category", "amount", "note"):
            self.fields[name].set_value(getattr(data, name))
        for name in ("branch_id", "category"):
            self.fields[name].widget.setEnabled(self.record_id is None)

    def clean(self, data: BudgetData) -> None:
        if data.branch_id is None:
            raise FieldError("branch_id", "field.required", label=self.tr("小区党支部"))
        if not data.category:
            raise FieldError("category", "field.required", label=self.tr("支出类别"))
        parse_amount(data.amount, label=self.tr("预算金额"))

    def save_op(self, data: BudgetData) -> Callable[[Session, Actor], int | None]:
        year, record_id, version = self.year, self.record_id, self.version

        def op(session: Session, actor: Actor) -> int | None:
            if record_id is None:
                return budgets.create_budget(session, actor, year=year,
                                             branch_id=data.branch_id or 0,
                                             category=data.category or "",
                                             amount=data.amount, note=data.note)
            budgets.update_budget(session, actor, record_id, version or 0,
                                  amount=data.amount, note=data.note)
            return record_id
        return op


class BudgetsDialog(QDialog):
    def __init__(self, context, branches: list[Branch], categories: tuple[str, ...],
                 year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.branches, self.categories = context, branches, categories
        self.records: dict[tuple[int, str], BudgetRecord] = {}
        self.setWindowTitle(self.tr("预算执行情况"))
        self.resize(900, 560)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全部小区党支部"), None)
        for code, name in holder_options(branches, community=False).items():
            self.branch.addItem(name, code)
        self.model = StyledTableModel([
            Column(self.tr("小区党支部"), lambda r: r.branch_name, width_chars=10),
            Column(self.tr("支出类别"), lambda r: r.category, width_chars=12),
            Column(self.tr("年度预算"), lambda r: format_fen(r.budget_fen), RIGHT, width_chars=8),
            Column(self.tr("实际支出"), lambda r: format_fen(r.actual_fen), RIGHT, width_chars=8),
            Column(self.tr("结余"), lambda r: r.remaining_text, RIGHT, width_chars=8),
            Column(self.tr("执行率"), lambda r: "" if r.used_percent is None
                   else f"{r.used_percent}%", RIGHT, width_chars=4),
        ], lambda r: RED if r.over_budget else None)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):  # names in full; the amounts share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_budget())
        self.totals = QLabel()
        self._layout()
        self.year.valueChanged.connect(lambda _v: self.load())
        self.branch.currentIndexChanged.connect(lambda _i: self.load())
        context.changes.subscribe(self, {Kind.BUDGETS, Kind.FUND_ENTRIES}, self.load)
        self.load()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, widget in ((self.tr("年度："), self.year),
                              (self.tr("小区党支部："), self.branch)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        for text, slot in ((self.tr("新增预算"), self.add_budget),
                           (self.tr("修改预算"), self.edit_budget),
                           (self.tr("删除预算"), self.delete_budget),
                           (self.tr("打印…"), self.preview)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        view_frame(self, bar, (self.table, 1), self.totals)

    def load(self) -> None:
        year, branch = self.year.value(), self.branch.currentData()
        ReadOp(self.context, parent=self,
               query=lambda session: (budgets.budget_vs_actual(session, year, branch),
                                      budgets.list_budgets(session, year, branch)),
               success=self._show).run()

    def _show(self, result: tuple[list[BudgetRow], list[BudgetRecord]]) -> None:
        rows, records = result
        self.records = {(r.branch_id, r.category): r for r in records}
        self.model.set_rows(rows)
        budget, actual = sum(r.budget_fen for r in rows), sum(r.actual_fen for r in rows)
        self.totals.setText(self.tr("预算合计 {0}　实际支出 {1}　结余 {2}").format(
            format_fen(budget), format_fen(actual), format_fen(budget - actual)))

    def current(self) -> BudgetRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def _open_form(self, data: BudgetData, record: BudgetRecord | None = None) -> BudgetForm:
        form = BudgetForm(self.context, self.year.value(), self.branches, self.categories, self)
        if record is None:
            form.start(data)
        else:
            form.start(data, record_id=record.id, version=record.version)
        form.open()
        self.form = form
        return form

    def add_budget(self) -> None:
        row = self.current()
        self._open_form(BudgetData(self.branch.currentData() or (row.branch_id if row else None),
                                   row.category if row and (row.branch_id, row.category)
                                   not in self.records else None, "", ""))

    def edit_budget(self) -> None:
        row = self.current()
        if row is None:
            return
        record = self.records.get((row.branch_id, row.category))
        if record is None:  # spent without a budget: add one for it
            self._open_form(BudgetData(row.branch_id, row.category, "", ""))
            return
        self._open_form(BudgetData(record.branch_id, record.category,
                                   format_fen(record.amount_fen), record.note), record)

    def delete_budget(self) -> None:
        row = self.current()
        record = self.records.get((row.branch_id, row.category)) if row else None
        if record is None:
            return
        if not messages.confirm(self, self.tr("删除预算"), self.tr(
                "确定删除{0} {1} 年“{2}”的预算 {3} 元吗？已记账的支出不受影响。").format(
                record.branch_name, record.year, record.category, format_fen(record.amount_fen))):
            return
        WriteOp(self.context, parent=self, changes={Kind.BUDGETS},
                op=lambda session, actor: budgets.delete_budget(session, actor, record.id,
                                                                record.version)).run()

    def preview(self) -> None:
        year, branch = self.year.value(), self.branch.currentData()

        def task(database, progress) -> Any:
            return render_budget_report(database, year, branch, progress=progress.report)
        generate(self.context, self.tr("{0} 年预算执行情况").format(year), task, self)
