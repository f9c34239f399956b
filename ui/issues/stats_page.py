"""统计分析: the ledger's statistics for a period, as figures, a chart and a table, and
the 量化考核 ranking of responding units; printable as 问题台账统计表.

The figures are models.issues.stats.issue_stats (the same the command line prints as
JSON): collected, in scope, solved, open with overdue inside it, and the honest on-time
rate. The breakdown (by source, category, level or unit) shows as a stacked bar chart
drawn with QPainter and as a table with every figure.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from models.issues import scoring
from models.issues.config import scoring_rules
from models.issues.stats import IssueStats, issue_stats
from reports import issue_stats as stats_report
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.date_edit import DateEdit
from ui.common.operations import ReadOp
from ui.common.page import Page
from ui.common.pdf_preview import generate_report
from ui.common.table_model import RIGHT, Column
from ui.issues.chart import BarChart, bars
from ui.issues.detail_tabs import RowsTable
from ui.issues.scoring_view import ScoringView

DIMENSIONS = ("by_source", "by_category", "by_level", "by_unit")
FIGURES = ("collected", "in_scope", "out_of_scope", "pending_review", "solved", "open",
           "overdue", "on_time")


def _figure(name: str) -> Any:
    return lambda b: f"{getattr(b.figures, name):,}"


class StatsPage(Page):
    icon_name = "fa5s.chart-bar"
    watches = frozenset({Kind.PROBLEMS, Kind.MEETINGS, Kind.TAXONOMY, Kind.ISSUE_SETTINGS})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.stats: IssueStats | None = None
        today = dt.date.today()
        self.start = DateEdit(dt.date(today.year, 1, 1))
        self.end = DateEdit(today)
        self.dimension = QComboBox()
        for text in (self.tr("按问题来源"), self.tr("按问题类别"), self.tr("按响应层级"),
                     self.tr("按责任单位")):
            self.dimension.addItem(text)
        self.print_button = QPushButton(self.tr("打印统计表"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt; padding: 6px 0;")
        self.chart = BarChart()
        self.table = RowsTable(self._columns())
        self.scores = ScoringView()
        self._layout()
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_breakdown())
        self.print_button.clicked.connect(self.print_stats)

    def title(self) -> str:
        return self.tr("统计分析")

    def _columns(self) -> list[Column]:
        headers = (self.tr("收集"), self.tr("纳入吹哨范围"), self.tr("未纳入"), self.tr("待研判"),
                   self.tr("已办结"), self.tr("未办结"), self.tr("其中逾期"), self.tr("按期办结"))
        return [Column(self.tr("统计项目"), lambda b: b.label, width_chars=14),
                *(Column(h, _figure(n), RIGHT, width_chars=5) for h, n in zip(
                    headers, FIGURES, strict=True)),
                Column(self.tr("按期办结率"), lambda b: stats_report.percent(
                    b.figures.on_time_rate), RIGHT, width_chars=6)]

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("发现日期：")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.end)
        bar.addSpacing(12)
        bar.addWidget(self.dimension)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.table)
        tabs = QTabWidget()
        tabs.addTab(split, self.tr("统计图表"))
        tabs.addTab(self.scores, self.tr("量化考核"))
        rule = QLabel(self.tr("收集＝已办结＋未办结＋未纳入；"
                              "待研判（尚未经联席会议研判）计入未办结；"
                              "纳入吹哨范围指经联席会议纳入的问题，含其后已办结的。"
                              "按期办结率＝按期办结÷（已办结＋逾期未办结）；逾期未办结计入未办结，"
                              "不单列。"))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #6b7785;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(rule)
        layout.addWidget(tabs, 1)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date(), self.end.date()

    def refresh(self) -> None:
        start, end = self.period()

        def query(session: Session) -> Any:
            return (issue_stats(session, start, end),
                    scoring.ranking(session, start, end), scoring_rules(session))
        ReadOp(self.context, parent=self, query=query, success=self._show).run()

    def _show(self, result: Any) -> None:
        self.stats, ranking, rules = result
        total = self.stats.total
        self.summary.setText(self.tr(
            "收集问题 <b>{0}</b> 件 ＝ 已办结 <b>{1}</b> 件 ＋ 未办结 <b>{2}</b> 件"
            "（含待研判 <b>{3}</b> 件，其中逾期 <b><span style='color:#c0392b'>{4}</span></b> 件）"
            " ＋ 未纳入 <b>{5}</b> 件；纳入吹哨范围 <b>{6}</b> 件；按期办结率 <b>{7}</b>").format(
            total.collected, total.solved, total.open, total.pending_review, total.overdue,
            total.out_of_scope, total.in_scope, stats_report.percent(total.on_time_rate)))
        self._show_breakdown()
        self.scores.show_scores(ranking, rules)

    def _show_breakdown(self) -> None:
        if self.stats is None:
            return
        groups = getattr(self.stats, DIMENSIONS[self.dimension.currentIndex()])
        self.chart.set_bars(bars(groups))
        self.table.set_rows(groups)

    def print_stats(self) -> None:
        start, end = self.period()
        generate_report(self.context, self.tr("问题台账统计表"),
                        lambda session: stats_report.build(session, start, end),
                        stats_report.render, self)
