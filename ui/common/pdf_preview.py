"""预览: a generated PDF in the app (QtPdf's QPdfView), with 打印 and 另存为.

`PdfPreview.generate(context, title, task)` runs `task(database, progress) -> Path` on the
worker with a progress bar, then opens the preview. Printing renders each page through
QPdfDocument at the printer's resolution (at most `MAX_DPI`: 600 dpi images of A4 pages
made printing slow and spooled hundreds of megabytes), honouring the page range and the
copies chosen in the print dialog. A temporary PDF (personal data) is removed when its
preview closes, and at exit (ui.common.temp_files).
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
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
from ui.common import messages, temp_files
from ui.common.context import AppContext
from ui.common.list_page import ICON_COLOR
from ui.common.operations import JobOp
from ui.common.tasks import Progress
from ui.common.view_state import keep_geometry

C = TypeVar("C")
MAX_DPI = 300
POINTS_PER_INCH = 72


class PdfPreview(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.temporary = temp_files.register(path)
        self.setWindowTitle(self.tr("预览：{0}").format(title))
        self.resize(1000, 760)
        keep_geometry(self)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # The zoom modes only ever fit the page, so the view never needs a horizontal bar;
        # the vertical one is always shown. With it "as needed", fitting an A5 voucher to
        # the width made it just taller than the view, the bar appeared, the width shrank,
        # the page fitted again without the bar, and so on for ever (GUI thread busy).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for text, icon, slot, key in (
                (self.tr("打印"), "fa5s.print", self.print_document,
                 QKeySequence.StandardKey.Print),
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

    def done(self, result: int) -> None:  # Qt API: every way of closing the dialog
        super().done(result)
        if self.temporary:
            self.document.close()
            temp_files.remove(self.path)

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
        dialog.setMinMax(1, max(self.page_count(), 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.document, printer)


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages of the chosen range, each repeated for the copies Qt leaves to us
    (a driver that makes copies itself gets each page once). Collated: 1 2 3, 1 2 3."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
        pages = list(range(first - 1, last))
    else:
        pages = list(range(count))
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _copy in range(copies)]


def render_size(points: QSizeF, printer_dpi: int) -> QSize:
    """The page's pixels at the printer's resolution, at most MAX_DPI."""
    dpi = min(printer_dpi, MAX_DPI)
    return QSize(round(points.width() * dpi / POINTS_PER_INCH),
                 round(points.height() * dpi / POINTS_PER_INCH))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """The chosen pages rendered at the printer's resolution (at most MAX_DPI), each
    scaled to the printable area and centred on the sheet."""
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not pages:
        return
    if not painter.begin(printer):
        messages.show_error(None, RuntimeError("打印机无法开始打印"))
        return
    try:
        for position, index in enumerate(pages):
            if position:
                printer.newPage()
            points = document.pagePointSize(index)
            area = painter.viewport()
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QSizeF(points.width() * scale, points.height() * scale)
            image = document.render(index, render_size(points, printer.resolution()))
            offset = QPointF((area.width() - target.width()) / 2,
                             (area.height() - target.height()) / 2)
            painter.drawImage(QRectF(offset, target), image)
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
