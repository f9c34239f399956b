"""量化考核: the ranking of responding units for a period, with the points in force.

An assignment counts in the period its deadline falls in (models.issues.scoring); equal
points share a rank. The rules line shows the configured points, so a unit can check
its score by hand.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.issues.config import ScoringRules
from models.issues.scoring import UnitScore
from ui.common.table_model import CENTER, RIGHT, Column
from ui.issues.detail_tabs import RowsTable


def number(name: str) -> Callable[[UnitScore], str]:
    return lambda score: f"{getattr(score, name):,}"


def points_text(value: Decimal) -> str:
    return f"{value:+}" if value else "0"


class ScoringView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = RowsTable([
            Column(self.tr("名次"), lambda s: str(s.rank), CENTER, width_chars=2),
            Column(self.tr("责任单位"), lambda s: s.name, width_chars=16),
            Column(self.tr("交办件数"), number("assignments"), RIGHT, width_chars=4),
            Column(self.tr("按期办结"), number("on_time"), RIGHT, width_chars=4),
            Column(self.tr("逾期"), number("late"), RIGHT, width_chars=3),
            Column(self.tr("逾期天数"), number("overdue_days"), RIGHT, width_chars=4),
            Column(self.tr("重新办理"), number("reopened"), RIGHT, width_chars=4),
            Column(self.tr("逾期报到"), number("late_reports"), RIGHT, width_chars=4),
            Column(self.tr("督办函"), number("letters"), RIGHT, width_chars=3),
            Column(self.tr("升级"), number("escalated"), RIGHT, width_chars=3),
            Column(self.tr("得分"), lambda s: f"{s.points:,}", RIGHT, width_chars=4),
        ])
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #6b7785;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addWidget(self.table, 1)

    def show_scores(self, scores: Sequence[UnitScore], rules: ScoringRules) -> None:
        self.table.set_rows(scores)
        self.rules.setText(self.tr(
            "计分规则（按办理时限所在期间统计）：按期办结 {0}；逾期 {1}，每逾期一天 {2}"
            "（最多计 {3} 天）；每次重新办理 {4}；交办后 {5} 天内未报到 {6}；每份督办函 {7}；"
            "升级 {8}。").format(
            points_text(rules.on_time), points_text(rules.late),
            points_text(rules.per_day_overdue), rules.overdue_day_cap,
            points_text(rules.reopened), rules.report_days, points_text(rules.report_late),
            points_text(rules.letter), points_text(rules.escalated)))
