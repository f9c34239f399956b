"""预览: a generated PDF in the app (QtPdf's QPdfView), with 打印 and 另存为.

`PdfPreview.generate(context, title, task)` runs `task(database, progress) -> Path` on the
worker with a progress bar, then opens the preview. Printing renders each page through
QPdfDocument at the printer's resolution, so what prints is what the preview shows.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.db import Database
from ui.common import messages
from ui.common.context import AppContext
from ui.common.list_page import ICON_COLOR
from ui.common.operations import JobOp
from ui.common.tasks import Progress

C = TypeVar("C")


class PdfPreview(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("预览：{0}").format(title))
        self.resize(1000, 760)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for text, icon, slot, key in (
                (self.tr("打印"), "fa5s.print", self.print_document, QKeySequence.StandardKey.Print),
                (self.tr("另存为"), "fa5s.save", self.save_as, QKeySequence.StandardKey.SaveAs),
                (self.tr("适合宽度"), "fa5s.arrows-alt-h", self.fit_width, None),
                (self.tr("整页"), "fa5s.file", self.fit_page, None)):
            action = QAction(qta.icon(icon, color=ICON_COLOR), text, self)
            if key is not None:
                action.setShortcut(key)
            action.triggered.connect(slot)
            toolbar.addAction(action)
        self.pages_label = QLabel(self.tr("共 {0} 页").format(self.document.pageCount()))
        toolbar.addSeparator()
        toolbar.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

    def page_count(self) -> int:
        return self.document.pageCount()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), self.path.name,
                                                self.tr("PDF 文件 (*.pdf)"))
        if target:
            shutil.copyfile(self.path, target)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.document, printer)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at the printer's resolution and centred on the sheet."""
    painter = QPainter()
    if not painter.begin(printer):
        messages.show_error(None, RuntimeError("打印机无法开始打印"))
        return
    try:
        first = True
        for index in range(document.pageCount()):
            if not first:
                printer.newPage()
            first = False
            points = document.pagePointSize(index)
            area = painter.viewport()
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(index, size)
            offset = QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2)
            painter.drawImage(offset, image)
    finally:
        painter.end()


def generate(context: AppContext, title: str,
             task: Callable[[Database, Progress], Path | None],
             parent: QWidget | None = None) -> None:
    """Run `task(database, progress) -> Path` on the worker, then show the preview."""

    def show(path: Path | None) -> None:
        if path is None:
            return
        preview = PdfPreview(Path(path), title, parent)
        preview.open()
        context.previews = [*context.previews[-3:], preview]

    label = QCoreApplication.translate("PdfPreview", "正在生成：{0}").format(title)
    JobOp(context, parent=parent, job=task, success=show).with_progress(
        label, cancellable=True).run()


def generate_report(context: AppContext, title: str, build: Callable[[Session], C],
                    render: Callable[..., Path], parent: QWidget | None = None) -> None:
    """A report in two steps (Tryton's): `build(session)` gathers its figures in one read
    session, `render(built, progress=report)` draws the PDF outside it."""

    def task(database: Database, progress: Progress) -> Path:
        with database.read_session() as session:
            built = build(session)
        return render(built, progress=progress.report)
    generate(context, title, task, parent)
