"""统计: the tally of a vote as it stands (the meter and, per item, both dimensions and what
it still needs), the double-entry comparison, and printing the 表决统计表."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.elections import entry, votes
from models.elections.counting import format_area
from models.elections.tally import ItemResult, Tally
from reports import vote_tally_sheet
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.list_page import style_record_table
from ui.common.operations import ReadOp, WriteOp
from ui.common.pdf_preview import generate_report
from ui.common.table_model import CENTER, RIGHT, Column, RowTableModel
from ui.elections.ballot_dialog import meter_text


class TallyDialog(QDialog):
    def __init__(self, context: AppContext, info: votes.VoteInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.info = context, info
        self.setWindowTitle(self.tr("表决统计：{0}").format(info.title))
        self.resize(900, 560)
        self.meter = QLabel()
        self.meter.setWordWrap(True)
        self.meter.setStyleSheet("font-size: 11pt; padding: 4px; background: #eef3f9;")
        self.model = RowTableModel(self.columns())
        self.table = QTableView()
        self.table.setModel(self.model)
        style_record_table(self.table, self.model.columns)
        self.mismatches = QLabel()
        self.mismatches.setWordWrap(True)
        self.mismatches.setStyleSheet("color: #c0392b;")
        compare = QPushButton(self.tr("核对两遍录入"))
        commit = QPushButton(self.tr("计入两遍一致的选票"))
        printing = QPushButton(self.tr("打印表决统计表"))
        compare.clicked.connect(self.compare)
        commit.clicked.connect(self.commit)
        printing.clicked.connect(self.print_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        for button in (compare, commit, printing):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mismatches)
        layout.addWidget(buttons)
        self.tally: Tally | None = None
        context.changes.subscribe(self, {Kind.VOTES}, self.load)
        self.load()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("候选人 / 事项"), lambda i: i.name, width_chars=8),
            Column(self.tr("同意人数"), lambda i: i.heads.heads_text(), RIGHT, width_chars=5),
            Column(self.tr("同意面积 m²"), lambda i: i.area.area_text(), RIGHT, width_chars=10),
            Column(self.tr("不同意"), lambda i: str(i.no_heads), RIGHT, width_chars=3),
            Column(self.tr("弃权"), lambda i: str(i.abstain_heads), RIGHT, width_chars=3),
            Column(self.tr("结果"), self.result_text, CENTER, width_chars=5),
            Column(self.tr("还需同意"), self.needs_text, width_chars=10),
        ]

    def result_text(self, item: ItemResult) -> str:
        if item.tied:
            return self.tr("票数相同")
        if item.elected:
            return self.tr("当选")
        return self.tr("通过") if item.passed else self.tr("未通过")

    def needs_text(self, item: ItemResult) -> str:
        if not item.heads_needed and not item.area_needed:
            return self.tr("已够")
        return self.tr("{0} 人 / {1} m²").format(item.heads_needed, format_area(item.area_needed))

    def load(self) -> None:
        vote_id = self.info.id
        ReadOp(self.context, parent=self, query=lambda session: votes.vote_tally(session, vote_id),
               success=self.show).run()

    def show(self, result: Tally) -> None:
        self.tally = result
        self.meter.setText(meter_text(result))
        self.model.set_rows(list(result.items))

    def compare(self) -> None:
        vote_id = self.info.id
        ReadOp(self.context, parent=self,
               query=lambda session: entry.compare_passes(session, vote_id),
               success=self.show_mismatches).run()

    def show_mismatches(self, found: list[entry.Mismatch]) -> None:
        if not found:
            self.mismatches.setText(self.tr("两遍录入一致（或尚无双人录入的选票）。"))
            return
        lines = [self.tr("第 {0} 号（{1}）：{2}").format(m.number, m.units, m.what)
                 for m in found]
        self.mismatches.setText(self.tr("两遍录入有 {0} 处不一致：\n").format(len(found))
                                + "\n".join(lines))

    def commit(self) -> None:
        vote_id = self.info.id
        WriteOp(self.context, parent=self, changes={Kind.VOTES},
                op=lambda session, actor: entry.commit_passes(session, actor, vote_id),
                success=lambda count: self.mismatches.setText(
                    self.tr("已计入 {0} 张选票。").format(count))).run()

    def print_sheet(self) -> None:
        vote_id = self.info.id
        generate_report(self.context, self.tr("表决统计表"),
                        lambda session: vote_tally_sheet.build(session, vote_id),
                        _render_sheet, self)


def _render_sheet(sheet: vote_tally_sheet.TallySheet,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    path = Path(tempfile.mkdtemp(prefix="gongjian-")) / "表决统计表.pdf"
    return vote_tally_sheet.render(sheet, path, progress)
