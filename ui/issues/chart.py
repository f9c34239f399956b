"""A horizontal stacked bar chart drawn with QPainter (QtCharts is not shipped).

One bar per group (a source, a 大类, a level, a unit): its length is the problems
collected, split into 已办结, 未办结 (not overdue), 逾期未办结 and 未纳入, so the parts add
up to the whole as the statistics do; the honest on-time rate is written after the bar.
Long Chinese labels read best beside horizontal bars. Colours are few and calm; red is
kept for what is overdue.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.issues.stats import Breakdown
from reports.issue_stats import percent

SEGMENT_COLORS = (QColor("#4a8f5c"), QColor("#5b86b8"), QColor("#c0392b"), QColor("#aab4bf"))
MARGIN = 12


@dataclass(frozen=True)
class Bar:
    label: str
    parts: tuple[int, int, int, int]  # solved, open not overdue, overdue, out of scope
    rate: str

    @property
    def total(self) -> int:
        return sum(self.parts)


def bars(groups: Sequence[Breakdown]) -> list[Bar]:
    return [Bar(g.label, (g.figures.solved, g.figures.open - g.figures.overdue,
                          g.figures.overdue, g.figures.out_of_scope),
                percent(g.figures.on_time_rate)) for g in groups]


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.legend = (self.tr("已办结"), self.tr("未办结"), self.tr("逾期未办结"),
                       self.tr("未纳入"))
        self.rate_label = self.tr("按期办结率")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(480)

    def set_bars(self, bars_: Sequence[Bar]) -> None:
        self.bars = list(bars_)
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:  # Qt API
        rows = max(len(self.bars), 1)
        return QSize(640, 2 * MARGIN + self.row_height() * (rows + 1))

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = self.fontMetrics()
        self._legend(painter)
        if not self.bars:
            painter.setPen(QColor("#6b7785"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本期没有问题"))
            return
        label_w = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8,
                      int(self.width() * 0.35))
        rate_w = metrics.horizontalAdvance(f"{self.rate_label} 100.00%") + 12
        count_w = metrics.horizontalAdvance("00000") + 8
        left = MARGIN + label_w
        span = max(self.width() - left - count_w - rate_w - MARGIN, 40)
        biggest = max(b.total for b in self.bars) or 1
        row_h = self.row_height()
        for index, bar in enumerate(self.bars):
            top = MARGIN + row_h * (index + 1)
            self._bar(painter, bar, QRectF(MARGIN, top, label_w - 8, row_h), left=left,
                      scale=span / biggest, count_w=count_w)

    def _legend(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        x, y, box = MARGIN, MARGIN, metrics.height() - 4
        for color, text in zip(SEGMENT_COLORS, self.legend, strict=True):
            painter.fillRect(QRectF(x, y + 2, box, box), color)
            painter.setPen(QColor("#33485e"))
            x += box + 4
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(text) + 2,
                                    metrics.height()), Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 16

    def _bar(self, painter: QPainter, bar: Bar, label_box: QRectF, *, left: float,
             scale: float, count_w: float) -> None:
        metrics = self.fontMetrics()
        painter.setPen(QColor("#33485e"))
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle,
                                   int(label_box.width()))
        painter.drawText(label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         label)
        height = label_box.height() * 0.62
        y = label_box.top() + (label_box.height() - height) / 2
        x = left
        for value, color in zip(bar.parts, SEGMENT_COLORS, strict=True):
            if value:
                painter.fillRect(QRectF(x, y, value * scale, height), color)
                x += value * scale
        painter.setPen(QColor("#33485e"))
        text_box = QRectF(x + 6, label_box.top(), count_w, label_box.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, str(bar.total))
        painter.setPen(QColor("#6b7785"))
        rate_w = metrics.horizontalAdvance(f"{self.rate_label} 100.00%") + 8
        # The rates line up in one column at the right, where they can be compared.
        rate_box = QRectF(self.width() - MARGIN - rate_w, label_box.top(), rate_w,
                          label_box.height())
        painter.drawText(rate_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{self.rate_label} {bar.rate}")
