"""The import dialog on a large workbook: a progress bar that moves, and 停止 that keeps
the database as it was."""
from __future__ import annotations

from pathlib import Path

from tests.benchmarks.make_import_book import write_people
from tests.ui.conftest import RecordingHandler
from tests.ui.helpers import idle, login
from ui.registry.import_dialog import ImportDialog
from ui.shell.main_window import MainWindow

ROWS = 3_000


def test_progress_is_shown_and_stop_writes_nothing(
        qtbot, demo_copy: Path, tmp_path: Path,
        recorded_messages: RecordingHandler) -> None:
    window: MainWindow = login(qtbot, demo_copy, "jingban")
    path = write_people(tmp_path / "名册.xlsx", ROWS)
    page = window.show_page("人员")
    idle(qtbot, window)
    before = len(page.model.rows)
    page.import_from("people")
    dialog: ImportDialog = page._import_dialog
    shown: list[tuple[int, int]] = []
    dialog.bar.valueChanged.connect(lambda value: shown.append((value, dialog.bar.maximum())))

    dialog.read(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=180_000)

    assert dialog.preview.ok and dialog.apply_button.isEnabled()
    read = [step for step in shown if step[0] > 0]
    assert read[0] == (250, ROWS) and read[-1] == (ROWS, ROWS)
    assert [v for v, _ in read] == sorted(v for v, _ in read)

    clicked: list[int] = []

    def stop_at_first_report(value: int) -> None:
        if value > 0 and not clicked and dialog.cancel_work.isVisible():
            clicked.append(value)
            dialog.cancel_work.click()

    dialog.bar.valueChanged.connect(stop_at_first_report)
    dialog.apply()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=180_000)

    assert clicked and clicked[0] < ROWS
    assert "导入已取消，未写入任何数据" in recorded_messages.errors[-1]
    assert dialog.apply_button.isEnabled()  # the clerk may start again
    page.refresh()
    idle(qtbot, window)
    assert len(page.model.rows) == before
