"""The 小区治理 records a clerk keeps all day, through the real page and dialogs: grids
drawn and redrawn; bad input told beside its field with nothing written."""
from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import idle, login
from tests.ui.test_governance_page import TIMEOUT, _save, _wait_dialog, governance_page
from ui.governance.grid_form import GridForm


def test_a_grid_is_drawn_then_given_another_keeper(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    page.show_tab(page.grids)
    tab = page.grids
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=TIMEOUT)
    taken = {p for g in tab.model.rows for p in g.places}
    tab.new_grid()
    form = _wait_dialog(qtbot, tab, GridForm)
    assert not form.save_button.isEnabled()  # a grid needs its name
    form.fields["name"].edit.setText("兴文社区第三网格")
    free = next(box for box in form.fields["building_ids"].boxes.values()
                if box.text() not in taken)
    free.setChecked(True)
    form.fields["keeper_id"].combo.setCurrentIndex(1)
    keeper = form.fields["keeper_id"].combo.currentText()
    _save(qtbot, form)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=TIMEOUT)
    grid = next(g for g in tab.model.rows if g.name == "兴文社区第三网格")
    assert grid.places == (free.text(),) and grid.keeper == keeper

    tab.dialog = None
    tab.select_id(grid.id)
    tab.edit_grid()
    form = _wait_dialog(qtbot, tab, GridForm)
    assert form.fields["name"].value() == "兴文社区第三网格"
    form.fields["keeper_id"].combo.setCurrentIndex(2)
    keeper = form.fields["keeper_id"].combo.currentText()
    _save(qtbot, form)
    qtbot.waitUntil(lambda: next(g for g in tab.model.rows if g.id == grid.id).keeper == keeper,
                    timeout=TIMEOUT)
    window.close()


def test_a_building_of_another_grid_is_told_beside_the_buildings(qtbot,
                                                                 demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    page.show_tab(page.grids)
    tab = page.grids
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=TIMEOUT)
    first, second = sorted(tab.model.rows, key=lambda g: g.id)
    tab.select_id(first.id)
    tab.edit_grid()
    form = _wait_dialog(qtbot, tab, GridForm)
    form.fields["building_ids"].boxes[next(
        code for code, box in form.fields["building_ids"].boxes.items()
        if box.text() == second.places[0])].setChecked(True)
    form.fields["name"].edit.setText("改过名的网格")
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    form.save()
    qtbot.waitUntil(lambda: second.name in form.error_labels["building_ids"].text(),
                    timeout=TIMEOUT)
    assert form.isVisible()
    form.reject()
    tab.refresh()
    idle(qtbot, window)
    assert {g.name for g in tab.model.rows} == {first.name, second.name}
    window.close()
