"""统计/汇总: a year's figures per fund, and what was allocated to branches since the
first year; 打印汇总表 previews the summary ledgers (reports.funds_summary)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from models.funds import stats
from models.funds.entities import FUNDS
from models.funds.money import format_fen
from models.funds.stats import FundStats
from reports.funds_summary import render_summary_report, wan
from ui.common.dialogs import view_frame
from ui.common.operations import ReadOp
from ui.common.pdf_preview import generate
from ui.common.table_model import RIGHT, Column
from ui.funds.common import StyledTableModel
from ui.i18n import domain


class StatsDialog(QDialog):
    def __init__(self, context, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.figures: FundStats | None = None
        self.setWindowTitle(self.tr("经费统计"))
        self.resize(860, 360)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        money = format_fen
        self.model = StyledTableModel([
            Column(self.tr("经费来源"), lambda r: r[0], width_chars=7),
            Column(self.tr("上年结转"), lambda r: money(r[1]), RIGHT, width_chars=9),
            Column(self.tr("本年收入"), lambda r: money(r[2]), RIGHT, width_chars=9),
            Column(self.tr("拨付小区党支部"), lambda r: money(r[3]), RIGHT, width_chars=9),
            Column(self.tr("本年支出"), lambda r: money(r[4]), RIGHT, width_chars=9),
            Column(self.tr("年末余额"), lambda r: money(r[5]), RIGHT, width_chars=9),
        ], lambda _r: None, lambda r: r[0] == self.tr("合计"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.since = QLabel()
        self.since.setStyleSheet("font-weight: bold;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年度：")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("打印汇总表…"))
        self.print_button.clicked.connect(self.preview)
        bar.addWidget(self.print_button)
        view_frame(self, bar, (self.table, 1), self.since)
        self.year.valueChanged.connect(lambda _v: self.load())
        self.load()

    def load(self) -> None:
        year = self.year.value()
        ReadOp(self.context, parent=self, query=lambda session: stats.fund_stats(session, year),
               success=self._show).run()

    def _show(self, figures: FundStats) -> None:
        self.figures = figures
        rows: list[tuple[Any, ...]] = [
            (domain(FUNDS[f.fund]), f.opening_fen, f.received_fen, f.allocated_fen, f.spent_fen,
             f.closing_fen) for f in figures.funds]
        rows.append((self.tr("合计"), sum(f.opening_fen for f in figures.funds),
                     figures.received_fen, figures.allocated_fen, figures.spent_fen,
                     sum(f.closing_fen for f in figures.funds)))
        self.model.set_rows(rows)
        fen = figures.allocated_since_fen
        self.since.setText(self.tr("{0} 年以来累计拨付小区党支部经费 {1} 元（{2} 万元）").format(
            figures.since_year, format_fen(fen), wan(fen)))

    def preview(self) -> None:
        year = self.year.value()

        def task(database, progress) -> Any:
            return render_summary_report(database, year, progress=progress.report)
        generate(self.context, self.tr("{0} 年经费收支汇总").format(year), task, self)
