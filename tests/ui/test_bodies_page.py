"""自治组织 through the real page: the figures, a new 自管委 whose size is checked as it is
typed, and a member change that keeps the one who left."""
from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import login
from ui.elections.bodies_page import BodiesPage
from ui.elections.body_dialogs import BodyDialog, MemberChangeDialog

TIMEOUT = 20_000


def bodies_page(qtbot, window) -> BodiesPage:
    page = window.show_page("自治组织")
    assert isinstance(page, BodiesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def test_a_new_body_is_checked_as_typed_and_saved(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = bodies_page(qtbot, window)
    before = page.model.rowCount()
    assert "成立业委会的 1 个" in page.figures.text()
    page.new_body()
    qtbot.waitUntil(lambda: isinstance(page.dialog, BodyDialog), timeout=TIMEOUT)
    dialog = page.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("self_management"))
    dialog.name.setText("老院子自管委（二）")
    for row, name in enumerate(["甲", "乙", "丙", "丁"]):
        dialog.table.item(row, 0).setText(name)
    dialog.table.cellWidget(0, 1).setCurrentIndex(0)  # 甲 主任
    assert "成员应为 5 至 11 人，现有 4 人" in dialog.error.text()
    dialog.table.item(4, 0).setText("戊")
    assert dialog.error.text() == ""
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=TIMEOUT)
    window.close()


def test_a_member_change_keeps_the_body_lawful(qtbot, demo_copy: Path,
                                               recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = bodies_page(qtbot, window)
    row = next(r for r, body in enumerate(page.model.rows) if body.kind == "committee")
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    members = len(page.model.rows[row].members)
    page.change_member()
    qtbot.waitUntil(lambda: isinstance(page.dialog, MemberChangeDialog), timeout=TIMEOUT)
    dialog = page.dialog
    dialog.leaving.setCurrentIndex(dialog.leaving.count() - 1)  # an ordinary member
    dialog.reason.setText("搬离小区")
    dialog.submit()  # no successor: an even number of members is refused
    qtbot.waitUntil(lambda: "单数" in dialog.error.text(), timeout=TIMEOUT)
    dialog.successor.setText("新委员")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.submit()
    qtbot.waitUntil(lambda: any(m.name == "新委员" for b in page.model.rows for m in b.members),
                    timeout=TIMEOUT)
    assert len(page.model.rows[row].members) == members
    window.close()
