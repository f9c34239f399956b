"""导入: read a clerk's workbook, show every bad row, then write all rows or none.

Reading and writing run on the worker with a progress bar and a cancel button; nothing
is written until the preview is clean and the clerk confirms.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.db import Database
from reports.workbook_import import ImportPreview, apply_import, read_workbook
from reports.workbook_template import write_template
from ui.common import messages
from ui.common.operations import JobOp, Kind
from ui.common.table_model import Column, RowTableModel


def kind_title(kind: str) -> str:
    return {"people": QCoreApplication.translate("ImportDialog", "人员"),
            "units": QCoreApplication.translate("ImportDialog", "驻区单位"),
            "owners": QCoreApplication.translate("ImportDialog", "业主")}[kind]


# What an import of each kind of sheet changes.
IMPORT_CHANGES = {"people": frozenset({Kind.PEOPLE}), "units": frozenset({Kind.UNITS}),
                  "owners": frozenset({Kind.PEOPLE, Kind.COMPOUNDS})}


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, context, kind: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.preview: ImportPreview | None = None
        self.progress_handle = None
        self.setWindowTitle(self.tr("导入{0}").format(kind_title(kind)))
        self.resize(760, 480)
        self.file_label = QLabel(self.tr("请选择 Excel 工作簿（.xlsx）。"))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("选择文件…"))
        template = QPushButton(self.tr("保存空白模板…"))
        choose.clicked.connect(self.choose_file)
        template.clicked.connect(self.save_template)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = RowTableModel([
            Column(self.tr("行号"), lambda e: str(e.row), sort_key=lambda e: e.row, width_chars=3),
            Column(self.tr("列"), lambda e: e.column, width_chars=6),
            Column(self.tr("内容"), lambda e: e.value, width_chars=10),
            Column(self.tr("问题"), lambda e: e.message, width_chars=24),
        ])
        table = QTableView()
        table.setModel(self.errors)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.cancel_work = QPushButton(self.tr("停止"))
        self.cancel_work.hide()
        self.cancel_work.clicked.connect(self._cancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("导入"))
        self.apply_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addWidget(template)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel_work)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择工作簿"), "",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.read(Path(path))

    def save_template(self) -> None:
        name = self.tr("{0}导入模板.xlsx").format(kind_title(self.kind))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存模板"), name,
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            write_template(path, self.kind)  # a small local file: no database work
            messages.show_info(self, self.tr("模板已保存：{0}").format(path))

    def read(self, path: Path) -> None:
        self.file_label.setText(str(path))
        self.apply_button.setEnabled(False)
        kind = self.kind

        def task(database: Database, progress: Any) -> ImportPreview:
            return read_workbook(database, path, kind, progress=progress.report,
                                 cancelled=lambda: progress.cancelled)
        self._start(task, self._previewed)

    def _previewed(self, preview: ImportPreview) -> None:
        self._stop()
        self.preview = preview
        self.errors.set_rows(preview.errors)
        counts = preview.counts
        text = self.tr("工作表“{0}”：共 {1} 行，可导入 {2} 行，有问题 {3} 行。").format(
            preview.sheet, counts.read, counts.valid, counts.invalid)
        if preview.cancelled:
            text += self.tr("读取已停止，未读完的文件不能导入。")
        elif preview.errors:
            text += self.tr("请在 Excel 中改正下列问题后重新选择文件；改正前不会导入任何一行。")
        else:
            text += self.tr("检查通过，点“导入”写入全部 {0} 行。").format(counts.valid)
        self.summary.setText(text)
        self.apply_button.setEnabled(preview.ok and counts.valid > 0)

    def apply(self) -> None:
        preview, actor = self.preview, self.context.actor
        if preview is None or not preview.ok:
            return
        self.apply_button.setEnabled(False)

        def task(database: Database, progress: Any) -> int:
            return apply_import(database, actor, preview, progress=progress.report,
                                cancelled=lambda: progress.cancelled)
        self._start(task, self._applied, changes=IMPORT_CHANGES[self.kind])

    def _applied(self, count: int) -> None:
        self._stop()
        messages.show_info(self, self.tr("已导入 {0} 条。").format(count))
        self.imported.emit(count)
        self.accept()

    def _start(self, task: Any, done: Any, changes: frozenset[Kind] = frozenset()) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_work.show()
        self.progress_handle = JobOp(self.context, parent=self, job=task, changes=changes,
                                     success=done, failure=self._failed).progress_to(
            self._progress).run()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _cancel(self) -> None:
        if self.progress_handle is not None:
            self.progress_handle.cancel()

    def _stop(self) -> None:
        self.bar.hide()
        self.cancel_work.hide()
        self.progress_handle = None

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        self.apply_button.setEnabled(bool(self.preview and self.preview.ok))
        messages.show_error(self, exc)
