"""Printing as Windows users expect: the chosen pages and copies, at most 300 dpi, and no
temporary PDF with personal data left behind."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ui.common import temp_files
from ui.common.pdf_preview import PdfPreview, print_pdf


def numbered_pdf(path: Path, pages: int) -> Path:
    """A PDF whose pages say their number in large digits."""
    drawing = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 120)
        drawing.drawString(200, 400, str(number))
        drawing.showPage()
    drawing.save()
    return path


def print_to_pdf(qtbot, source: Path, out: Path, *, pages: tuple[int, int] | None = None,
                 copies: int = 1, resolution: int = 1200) -> PdfReader:
    preview = PdfPreview(source, "台账")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(resolution)
    if pages is not None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    printer.setCopyCount(copies)
    print_pdf(preview.document, printer)
    return PdfReader(str(out))


@pytest.fixture
def thirteen(tmp_path: Path) -> Path:
    return numbered_pdf(tmp_path / "ledger.pdf", 13)


def test_page_one_of_thirteen_prints_one_page(qtbot, thirteen: Path, tmp_path: Path) -> None:
    assert len(print_to_pdf(qtbot, thirteen, tmp_path / "all.pdf").pages) == 13
    assert len(print_to_pdf(qtbot, thirteen, tmp_path / "one.pdf", pages=(1, 1)).pages) == 1


def test_range_and_copies_collated(qtbot, thirteen: Path, tmp_path: Path) -> None:
    reader = print_to_pdf(qtbot, thirteen, tmp_path / "out.pdf", pages=(4, 6), copies=2)
    assert len(reader.pages) == 6


def test_pages_rendered_at_most_300_dpi(qtbot, thirteen: Path, tmp_path: Path) -> None:
    reader = print_to_pdf(qtbot, thirteen, tmp_path / "one.pdf", pages=(2, 2), resolution=1200)
    (image,) = reader.pages[0].images
    width_inches = 210 / 25.4  # A4
    assert image.image.width <= 300 * width_inches + 2
    assert image.image.width >= 290 * width_inches  # sharp enough: not a screen render
    low = print_to_pdf(qtbot, thirteen, tmp_path / "low.pdf", pages=(2, 2), resolution=150)
    assert low.pages[0].images[0].image.width == pytest.approx(150 * width_inches, abs=2)


def test_temporary_pdf_removed_when_the_preview_closes(qtbot) -> None:
    folder = Path(tempfile.mkdtemp(prefix="gongjian-"))
    pdf = numbered_pdf(folder / "人员名册.pdf", 2)
    preview = PdfPreview(pdf, "人员名册")
    qtbot.addWidget(preview)
    preview.open()
    assert pdf in temp_files.pending()
    preview.close()
    assert not pdf.exists() and not folder.exists()
    assert pdf not in temp_files.pending()


def test_temporary_files_removed_at_exit(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="gongjian-"))
    kept = folder / "附件.jpg"
    kept.write_bytes(b"personal")
    mine = numbered_pdf(tmp_path / "mine.pdf", 1)  # not a temporary file of ours
    assert temp_files.register(kept) and not temp_files.register(mine)
    temp_files.remove_all()  # what atexit runs
    assert not folder.exists() and mine.exists()


def test_a_saved_copy_is_never_removed(qtbot, thirteen: Path) -> None:
    preview = PdfPreview(thirteen, "台账")
    qtbot.addWidget(preview)
    preview.open()
    preview.close()
    assert thirteen.exists()
