"""日记账: choose a fund, an account and a period; see the book's lines; preview and print.

The lines on screen are the ones the printed book has (models.funds.journal), reversing
entries in red, 本月合计/本年累计 in bold; 预览 renders the PDF on the worker
(reports.funds_journal) and opens it in the preview with 打印 and 另存为.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from models.funds import journal
from models.funds.accounts import Branch
from models.funds.entities import FUNDS
from models.funds.journal import JournalContext, JournalLine
from models.funds.money import format_fen
from reports.funds_journal import render_journal
from ui.common.date_edit import DateEdit
from ui.common.dialogs import view_frame
from ui.common.operations import ReadOp
from ui.common.pdf_preview import generate
from ui.common.table_model import CENTER, RIGHT, Column
from ui.funds.common import (
    RED,
    StyledTableModel,
    holder_code,
    holder_options,
    holder_value,
)
from ui.i18n import domain


class JournalDialog(QDialog):
    def __init__(self, context, branches: list[Branch], *, fund: str,
                 holder: int | None | str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("日记账"))
        self.resize(980, 640)
        self.fund = QComboBox()
        for code, label in FUNDS.items():
            self.fund.addItem(domain(label), code)
        self.fund.setCurrentIndex(max(self.fund.findData(fund), 0))
        self.holder = QComboBox()
        for code, label in holder_options(branches, merged=True).items():
            self.holder.addItem(label, code)
        self.holder.setCurrentIndex(max(self.holder.findData(holder_code(holder)), 0))
        today = dt.date.today()
        self.start = DateEdit(dt.date(year, 1, 1))
        self.end = DateEdit(min(dt.date(year, 12, 31), max(today, dt.date(year, 1, 1))))
        self.model = StyledTableModel(self._columns(), self._color, lambda line: line.is_total)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().horizontalAdvance("中")
        for index, column in enumerate(self.model.columns):
            header.resizeSection(index, column.width_chars * char + 16)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self._layout()
        for combo in (self.fund, self.holder):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.load())
        self.book: JournalContext | None = None
        self.load()

    def _columns(self) -> list[Column]:
        def amount(fen: int | None) -> str:
            return "" if fen is None else format_fen(fen)
        return [
            Column(self.tr("日期"), lambda line: line.date.isoformat() if line.date else "", CENTER,
                   width_chars=7),
            Column(self.tr("凭证号"), lambda line: line.voucher_text, CENTER, width_chars=4),
            Column(self.tr("摘要"), lambda line: line.summary, width_chars=20),
            Column(self.tr("收入"), lambda line: amount(line.income_fen), RIGHT, width_chars=8),
            Column(self.tr("支出"), lambda line: amount(line.expense_fen), RIGHT, width_chars=8),
            Column(self.tr("借或贷"), lambda line: line.direction, CENTER, width_chars=3),
            Column(self.tr("余额"), lambda line: line.balance_text, RIGHT, width_chars=9),
        ]

    @staticmethod
    def _color(line: JournalLine) -> Any:
        return RED if line.is_reversal else None

    def _layout(self) -> None:
        choices = QHBoxLayout()
        for label, widget in ((self.tr("经费来源："), self.fund), (self.tr("账户："), self.holder),
                              (self.tr("期间："), self.start), (self.tr("至"), self.end)):
            choices.addWidget(QLabel(label))
            choices.addWidget(widget)
        choices.addStretch(1)
        self.preview_button = QPushButton(self.tr("打印预览…"))
        self.preview_button.clicked.connect(self.preview)
        choices.addWidget(self.preview_button)
        view_frame(self, choices, (self.table, 1), self.totals)

    def choice(self) -> dict[str, Any]:
        start, end = self.start.date(), self.end.date()
        return {"fund": self.fund.currentData(), "holder": holder_value(self.holder.currentData()),
                "start": start, "end": max(start, end)}

    def load(self) -> None:
        choice = self.choice()
        ReadOp(self.context, parent=self,
               query=lambda session: journal.build_journal(session, **choice),
               success=self._show).run()

    def _show(self, book: JournalContext) -> None:
        self.book = book
        self.model.set_rows(book.lines)
        text = self.tr("期初余额 {0}　本期收入 {1}　本期支出 {2}　期末余额 {3}")
        self.totals.setText(text.format(
            format_fen(book.opening_balance_fen), format_fen(book.income_fen),
            format_fen(book.expense_fen), format_fen(book.closing_balance_fen)))

    def preview(self) -> None:
        choice = self.choice()
        title = self.tr("日记账：{0}·{1}").format(self.holder.currentText(),
                                                self.fund.currentText())

        def task(database, progress) -> Any:
            return render_journal(database, progress=progress.report, **choice)
        generate(self.context, title, task, self)
