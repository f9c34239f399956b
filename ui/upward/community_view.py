"""上报 at a community: the history of the packages this office made, with what the street
decided on each (its signed receipt, 回执), and the actions of the day: make a package,
hand over the office's public key, register the street's key, import a receipt.

A package the street returned (退回) and not yet re-sent is shown in red with a notice
above the table saying which period to correct and send again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QVBoxLayout
from sqlalchemy.orm import Session

from models.auth import Actor
from models.db import Database
from models.upward import keys, receipts
from models.upward.keys import KeyInfo, KeyStore
from models.upward.period import Period, parse_period, periods_of_year
from models.upward.receipts import ExportRow, ReceiptOutcome
from reports.upward_package import ExportResult, export_package
from ui.common import messages
from ui.common.changes import Kind
from ui.common.list_page import ListPage
from ui.common.operations import JobOp, WriteOp
from ui.common.table_model import CENTER, Column, Index, RowTableModel
from ui.i18n import domain

RETURNED = QColor("#c0392b")


def recent_periods(today: dt.date) -> list[Period]:
    """Ended quarters of this and last year and the last year, newest first."""
    ended = [p for year in (today.year - 1, today.year)
             for p in periods_of_year(year, "quarter") if p.end < today]
    return sorted([*ended, parse_period(str(today.year - 1))], key=lambda p: p.end,
                  reverse=True)


class HistoryModel(RowTableModel):
    """Returned packages in red (bold while they still wait for a re-send), with an icon
    in the status column."""

    STATUS_COLUMN = 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ExportRow = self.rows[index.row()]
        if row.status == "returned":
            if role == Qt.ItemDataRole.ForegroundRole:
                return RETURNED
            if role == Qt.ItemDataRole.FontRole and row.needs_resend:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS_COLUMN:
                return qta.icon("fa5s.undo-alt", color=RETURNED.name())
        return super().data(index, role)


class CommunityView(ListPage):
    """Embedded in the 上报 page (which refreshes it), not a page of its own."""

    watches = frozenset()
    COMMENT_COLUMN = 5

    def __init__(self, context, store: KeyStore, today: dt.date | None = None) -> None:
        self.store = store
        self.level = "community"
        self.today = today or dt.date.today()
        super().__init__(context)
        self.model = HistoryModel(self.make_columns())
        self.proxy.setSourceModel(self.model)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {RETURNED.name()}; font-weight: bold;")
        self.notice.hide()
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(layout.indexOf(self.table), self.notice)

    def title(self) -> str:
        return self.tr("上报记录")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("期间"), lambda r: r.period.label, sort_key=lambda r: r.period.start,
                   width_chars=8),
            Column(self.tr("序号"), lambda r: str(r.sequence), CENTER,
                   sort_key=lambda r: r.sequence, width_chars=4, kind="number"),
            Column(self.tr("生成时间"), lambda r: f"{r.created.astimezone():%Y-%m-%d %H:%M}",
                   width_chars=9),
            Column(self.tr("密钥指纹"), lambda r: r.fingerprint, width_chars=20),
            Column(self.tr("状态"), lambda r: domain(r.status_label), width_chars=8),
            Column(self.tr("街道意见"), lambda r: r.comment, width_chars=12),
            Column(self.tr("回执日期"), lambda r: r.decided_on.isoformat() if r.decided_on else "",
                   sort_key=lambda r: r.decided_on or dt.date.min, width_chars=7, kind="date"),
        ]

    def add_actions(self) -> None:
        self.make_action = self.action(self.tr("生成数据包"), "fa5s.paper-plane",
                                       self.choose_export, QKeySequence("Ctrl+N"), role="clerk")
        self.key_action = self.action(self.tr("导出本社区公钥"), "fa5s.key",
                                      self.choose_key_file, role="clerk")
        self.register_action = self.action(self.tr("登记街道公钥"), "fa5s.user-shield",
                                           self.choose_street_key, role="admin")
        self.receipt_action = self.action(self.tr("导入回执"), "fa5s.file-signature",
                                          self.choose_receipt, QKeySequence("Ctrl+I"),
                                          role="clerk")

    def set_level(self, level: str) -> None:
        """A street sends to its district what a community sends to its street: the same
        history and actions, named for whom they go to."""
        self.level = level
        at_street = level == "street"
        self.key_action.setText(self.tr("导出本街道公钥") if at_street
                                else self.tr("导出本社区公钥"))
        self.register_action.setText(self.tr("登记区（县）公钥") if at_street
                                     else self.tr("登记街道公钥"))
        comment = self.model.columns[self.COMMENT_COLUMN]
        self.model.columns[self.COMMENT_COLUMN] = replace(
            comment, header=self.tr("区（县）意见") if at_street else self.tr("街道意见"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COMMENT_COLUMN,
                                          self.COMMENT_COLUMN)

    def add_filters(self) -> None:
        self.period = QComboBox()
        for period in recent_periods(self.today):
            self.period.addItem(period.label, period.text)
        self.filter_bar.insertWidget(0, QLabel(self.tr("报送期间：")))
        self.filter_bar.insertWidget(1, self.period)
        self.filter_bar.insertSpacing(2, 16)

    def rows_query(self):
        search = self.search.text().strip()
        return lambda session: receipts.history(session, search)

    def _show_rows(self, rows: list[Any]) -> None:
        super()._show_rows(rows)
        waiting = [row for row in rows if row.needs_resend]
        self.notice.setVisible(bool(waiting))
        template = (self.tr("{0}的数据包（第 {1} 次）已被区（县）退回：{2}\n请更正后在“报送期间”"
                            "选择{0}，点“生成数据包”重新报送更正版本。")
                    if self.level == "street" else
                    self.tr("{0}的数据包（第 {1} 次）已被街道退回：{2}\n请更正后在“报送期间”"
                            "选择{0}，点“生成数据包”重新报送更正版本。"))
        self.notice.setText("\n".join(template.format(
            row.period.label, row.sequence, row.comment or self.tr("（无意见）"))
            for row in waiting))
        if waiting:
            found = self.period.findData(waiting[0].period.text)
            if found >= 0:
                self.period.setCurrentIndex(found)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests, and a clerk's Ctrl+C)."""
        return self.shown_rows()

    # --- the package and the keys ------------------------------------------------------

    def choose_export(self) -> None:
        period = parse_period(self.period.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存上报数据包"), f"上报-{period.text}.zip",
            self.tr("上报数据包 (*.zip)"))
        if path:
            self.export_to(period, Path(path))

    def export_to(self, period: Period, path: Path) -> None:
        actor, store = self.context.actor, self.store

        def job(database: Database, _progress: object) -> ExportResult:
            return export_package(database, actor, period, path, store=store)

        def done(result: ExportResult) -> None:
            text = self.tr("已生成第 {0} 次报送：{1}\n签名密钥指纹：{2}").format(
                result.sequence, result.path, result.fingerprint)
            if result.warning:
                text += "\n" + result.warning
            messages.show_info(self, text)
        JobOp(self.context, parent=self, job=job, changes={Kind.UPWARD},
              success=done).with_progress(self.tr("正在生成上报数据包…")).run()

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存公钥文件"), "公钥.json",
                                              self.tr("公钥文件 (*.json)"))
        if path:
            self.write_key_file(Path(path))

    def write_key_file(self, path: Path) -> None:
        store = self.store

        def op(session: Session, actor: Actor) -> KeyInfo:
            info = keys.own_key(session, actor, store)
            path.write_bytes(keys.key_file(info))
            return info
        WriteOp(self.context, parent=self, op=op, changes={Kind.UPWARD},
                success=lambda info: messages.show_info(self, self.tr(
                    "已导出公钥文件。请把指纹读给街道核对：{0}").format(info.fingerprint))).run()

    def choose_street_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择街道的公钥文件"), "",
                                              self.tr("公钥文件 (*.json)"))
        if path:
            self.register_street_key(Path(path))

    def register_street_key(self, path: Path) -> None:
        data = path.read_bytes()
        WriteOp(self.context, parent=self, changes={Kind.UPWARD},
                op=lambda session, actor: keys.register_key(session, actor, data),
                success=lambda reg: messages.show_info(self, self.tr(
                    "已登记{0}的公钥，请与街道核对指纹：{1}").format(
                        reg.info.office_name, reg.info.fingerprint))).run()

    # --- receipts ----------------------------------------------------------------------

    def choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择街道的回执"), "",
                                              self.tr("回执文件 (*.json)"))
        if path:
            self.import_receipt(Path(path))

    def import_receipt(self, path: Path) -> None:
        data = path.read_bytes()
        WriteOp(self.context, parent=self, changes={Kind.UPWARD},
                op=lambda session, actor: receipts.import_receipt(session, actor, data),
                success=self._receipt_imported).run()

    def _receipt_imported(self, outcome: ReceiptOutcome) -> None:
        text = self.tr("{0}：{1}第 {2} 次报送{3}（{4}，{5}）。").format(
            outcome.street_name, outcome.period.label, outcome.sequence,
            domain(outcome.status_label), outcome.decided_on.isoformat(), outcome.decided_by)
        if outcome.comment:
            text += "\n" + self.tr("街道意见：{0}").format(outcome.comment)
        if outcome.status == "returned":
            text += "\n" + self.tr("请更正后重新生成该期间的数据包，报送街道。")
        if outcome.unchanged:
            text += "\n" + self.tr("该回执已导入过，没有任何改动。")
        messages.show_info(self, text)
