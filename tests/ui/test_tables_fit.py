"""Tables that fit: key columns visible at 1200×760, the clerk's arrangement remembered,
lists newest first, long text wrapped in the tooltip."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.helpers import idle, login
from ui.common.table_model import Column, RowTableModel

KEY_COLUMNS = ("编号", "问题", "状态", "期限")


def section(header, text: str) -> int:
    model = header.model()
    return next(i for i in range(header.count())
                if model.headerData(i, Qt.Orientation.Horizontal) == text)


def test_ledger_key_columns_visible_at_1200_by_760(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    window.resize(1200, 760)
    page = window.show_page("问题台账")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0, timeout=5_000)
    header = page.table.horizontalHeader()
    width = page.table.viewport().width()
    for text in KEY_COLUMNS:
        index = section(header, text)
        left = header.sectionViewportPosition(index)
        assert 0 <= left and left + header.sectionSize(index) <= width, text
    window.close()


def test_column_widths_order_sort_and_window_size_remembered(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    window.resize(1000, 700)
    page = window.show_page("问题台账")
    idle(qtbot, window)
    header = page.table.horizontalHeader()
    title = section(header, "问题")
    header.resizeSection(title, 333)
    header.moveSection(header.visualIndex(section(header, "责任单位")), 1)
    header.sectionClicked.emit(section(header, "期限"))  # the clerk sorts by the deadline
    idle(qtbot, window)
    window.close()

    again = login(qtbot, demo_copy, "jingban")
    assert again.height() == 700  # (the offscreen screen is narrower than 1000 px)
    page = again.show_page("问题台账")
    idle(qtbot, again)
    header = page.table.horizontalHeader()
    assert header.sectionSize(section(header, "问题")) == 333
    assert header.visualIndex(section(header, "责任单位")) == 1
    assert header.sortIndicatorSection() == section(header, "期限")
    assert (page.sort, page.descending) == ("deadline", False)
    model = page.model
    for row in range(min(model.rowCount(), 20)):
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: model.loaded(0) is not None, timeout=10_000)
    shown = [model.loaded(r).deadline for r in range(min(model.rowCount(), 20))
             if model.loaded(r) is not None and model.loaded(r).deadline is not None]
    assert shown == sorted(shown)  # the ledger opened in the remembered order
    again.close()


def test_lists_open_newest_first(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    funds = window.show_page("党建经费")
    idle(qtbot, window)
    proxy = funds.table.model()
    dates = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert len(dates) > 3 and dates == sorted(dates, reverse=True)
    people = window.show_page("人员")
    idle(qtbot, window)
    ids = [people.model.row(people.proxy.mapToSource(people.proxy.index(r, 0)).row()).id
           for r in range(people.proxy.rowCount())]
    assert len(ids) > 3 and ids == sorted(ids, reverse=True)
    window.close()


@dataclass(frozen=True)
class Note:
    id: int
    text: str


def test_long_text_wraps_in_the_tooltip(qtbot) -> None:
    model = RowTableModel([Column("摘要", lambda r: r.text)])
    long = "居民反映小区东门外道路积水严重，雨天无法通行，" * 3
    model.set_rows([Note(1, "慰问困难党员"), Note(2, long)])
    short_tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    long_tip = model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert short_tip == "慰问困难党员"
    assert Qt.mightBeRichText(long_tip) and long in long_tip  # rich text: Qt wraps it


def test_a_dialog_reopens_where_the_clerk_left_it(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog  # noqa: PLC0415

    from ui.common.dialogs import view_frame  # noqa: PLC0415

    class JournalDialog(QDialog):
        def __init__(self) -> None:
            super().__init__()
            view_frame(self)

    first = JournalDialog()
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(40, 50, 520, 410)
    first.close()
    second = JournalDialog()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (520, 410)
    assert abs(second.x() - 40) <= 4 and abs(second.y() - 50) <= 4  # (window frame)
