"""The PDF preview fits a voucher to its width at any window size and then goes quiet."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from sqlalchemy import select

from models.db import open_database
from models.funds.entities import FundEntry
from reports.funds_voucher import render_entry_voucher
from ui.common.pdf_preview import PdfPreview

SIZES = [(1000, 760), (800, 600), (1200, 760), (640, 480), (1400, 1000), (1000, 700)]


class LayoutCounter(QObject):
    """Counts resizes and layout requests of the watched widgets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.count += 1
        return False


@pytest.fixture(scope="module")
def voucher(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = open_database(str(demo_file))
    try:
        with database.read_session() as session:
            entry_id = session.scalars(select(FundEntry.id).limit(1)).one()
        out = tmp_path_factory.mktemp("voucher") / "voucher.pdf"
        return render_entry_voucher(database, entry_id, out)
    finally:
        database.dispose()


def dark_pixels(image: QImage) -> int:
    step = 4
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixelColor(x, y).lightness() < 100)


@pytest.mark.parametrize("size", SIZES)
def test_voucher_preview_fits_width_and_goes_idle(qtbot, voucher: Path,
                                                   size: tuple[int, int]) -> None:
    preview = PdfPreview(voucher, "凭单")
    qtbot.addWidget(preview)
    preview.resize(*size)
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.wait(300)
    counter = LayoutCounter()
    for widget in (preview.view.viewport(), preview.view.verticalScrollBar(),
                   preview.view.horizontalScrollBar()):
        widget.installEventFilter(counter)
    qtbot.wait(500)
    assert counter.count == 0, f"{counter.count} resizes/layouts in 500 ms at {size}"
    # the page is drawn (text of the voucher in the view) and fills the width
    qtbot.waitUntil(lambda: dark_pixels(preview.view.viewport().grab().toImage()) > 50,
                    timeout=5_000)
    # fitted to the width: the scrolled height is the A5-landscape page (148 / 210 of the width)
    bar = preview.view.verticalScrollBar()
    width = preview.view.viewport().width()
    assert bar.maximum() + bar.pageStep() == pytest.approx(width * 148 / 210, rel=0.1)
    preview.close()
