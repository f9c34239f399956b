"""Excel both ways: every table exports what it shows; Ctrl+C copies rows as TSV."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import idle, login
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_copy: Path) -> MainWindow:
    return login(qtbot, demo_copy, "jingban")


def shown(page) -> list[list[str]]:
    """What the table shows, read from the view's model (not from the export code)."""
    proxy = page.table.model()
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def expected_cell(header: str, text: str) -> object:
    if not text:
        return None
    if header == "日期":
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
    if header == "金额":
        return Decimal(text.replace(",", ""))
    return text


def test_funds_export_opens_back_equal_to_the_table(qtbot, window: MainWindow,
                                                    tmp_path: Path, recorded_messages) -> None:
    page = window.show_page("党建经费")
    idle(qtbot, window)
    target = tmp_path / "经费.xlsx"
    page.export_path = lambda: str(target)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(recorded_messages.infos or recorded_messages.errors),
                    timeout=20_000)
    assert not recorded_messages.errors
    sheet = load_workbook(target).active
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert [c.value for c in sheet[1]] == headers
    table = shown(page)
    assert len(table) > 3 and sheet.max_row == len(table) + 1
    for row_cells, row_texts in zip(sheet.iter_rows(min_row=2), table, strict=True):
        got = [Decimal(str(c.value)) if isinstance(c.value, float | int) else c.value
               for c in row_cells]
        assert got == [expected_cell(h, t) for h, t in zip(headers, row_texts, strict=True)]
    amount = sheet.cell(row=2, column=headers.index("金额") + 1)
    assert amount.data_type == "n" and amount.number_format == "#,##0.00"
    assert sheet.cell(row=2, column=1).is_date


def test_ctrl_c_copies_three_rows_as_tab_separated_text(qtbot, window: MainWindow) -> None:
    page = window.show_page("人员")
    idle(qtbot, window)
    selection = page.table.selectionModel()
    for row in (0, 2, 4):
        selection.select(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    window.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\r\n")
    table = shown(page)
    assert lines[-1] == ""  # each row ends with a line break, as Excel copies
    assert [line.split("\t") for line in lines[:-1]] == [table[0], table[2], table[4]]


def test_ledger_exports_every_filtered_problem_not_only_loaded_ones(
        qtbot, window: MainWindow, tmp_path: Path, recorded_messages) -> None:
    page = window.show_page("问题台账")
    idle(qtbot, window)
    model = page.model
    model.block = 10  # small blocks: most rows are not loaded when exporting
    page.filter_bar.show_only(state="__open__")  # 未办结: a filter the export must keep
    idle(qtbot, window)
    assert model.rowCount() > model.block  # more than one block: some not loaded yet
    assert len(model.cache) < model.rowCount()
    target = tmp_path / "台账.xlsx"
    page.export_path = lambda: str(target)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(recorded_messages.infos or recorded_messages.errors),
                    timeout=30_000)
    assert not recorded_messages.errors
    for row in range(model.rowCount()):  # now let the table load every row, as shown
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: len(model.cache) == model.rowCount(), timeout=20_000)
    table = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    sheet = load_workbook(target).active
    assert sheet.max_row == len(table) + 1
    dates = {c for c in range(model.columnCount())
             if model.headerData(c, Qt.Orientation.Horizontal) in ("发现日期", "期限", "办结日期")}
    for cells, texts in zip(sheet.iter_rows(min_row=2), table, strict=True):
        got = [c.value.date().isoformat() if i in dates and c.value else (c.value or "")
               for i, c in enumerate(cells)]
        assert got == texts
    assert all(sheet.cell(row=2, column=i + 1).is_date for i in dates
               if sheet.cell(row=2, column=i + 1).value)
