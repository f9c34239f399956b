"""The keyboard in every form: typing starts in the first empty field, Enter moves on or
saves, Esc asks first, Ctrl+F finds; nothing over-long is cut and a greyed Save says why."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import idle, login, type_text
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_copy: Path) -> MainWindow:
    return login(qtbot, demo_copy, "jingban")


def new_person_form(qtbot, window: MainWindow):
    page = window.show_page("人员")
    idle(qtbot, window)
    next(a for a in page.toolbar.actions() if a.text() == "新增").trigger()
    form = page._form
    qtbot.waitExposed(form)
    # the form is the window typing goes to (activation is asynchronous, as on a desktop)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is form, timeout=5_000)
    return form


def test_typing_straight_after_opening_fills_the_name(qtbot, window: MainWindow) -> None:
    form = new_person_form(qtbot, window)
    type_text(qtbot, QApplication.focusWidget(), "曾小凡")
    assert form.fields["name"].value() == "曾小凡"
    # Enter moves on to the next empty field (not to Cancel, not closing the form)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert form.isVisible()
    assert QApplication.focusWidget() is form.fields["id_number"].edit
    assert form.save_button.isDefault()


def test_enter_saves_when_nothing_is_left_empty(qtbot, window: MainWindow) -> None:
    page = window.show_page("小区")
    idle(qtbot, window)
    next(a for a in page.toolbar.actions() if a.text() == "新增").trigger()
    form = page._form
    qtbot.waitExposed(form)
    for name, text in (("total_area", "100"), ("unit_count", "3"),
                       ("property_company", "无"), ("address", "兴文路 1 号")):
        form.fields[name].edit.setText(text)
    form.fields["name"].edit.setFocus()
    type_text(qtbot, form.fields["name"].edit, "回车苑")
    qtbot.keyClick(form.fields["name"].edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: any(r.name == "回车苑" for r in page.model.rows), timeout=10_000)


def test_escape_asks_before_throwing_typing_away(qtbot, window: MainWindow,
                                                 recorded_messages) -> None:
    form = new_person_form(qtbot, window)
    type_text(qtbot, QApplication.focusWidget(), "王")
    recorded_messages.answer = False
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert recorded_messages.confirms and form.isVisible()


def test_over_long_id_number_is_refused_not_cut(qtbot, window: MainWindow) -> None:
    form = new_person_form(qtbot, window)
    type_text(qtbot, QApplication.focusWidget(), "李四")
    edit = form.fields["id_number"].edit
    nineteen = "5119021990010112345"
    edit.setFocus()
    qtbot.keyClicks(edit, nineteen)
    assert form.fields["id_number"].value() == nineteen  # nothing cut off
    assert "18" in form.error_labels["id_number"].text()
    assert form.error_labels["id_number"].isVisible()
    assert not form.save_button.isEnabled()


def test_a_greyed_save_says_why(qtbot, window: MainWindow) -> None:
    form = new_person_form(qtbot, window)
    assert not form.save_button.isEnabled()
    assert "姓名" in form.error.text() and form.error.isVisible()
    type_text(qtbot, QApplication.focusWidget(), "赵六")
    assert "姓名" not in form.error.text()


@pytest.mark.parametrize("title", ["人员", "问题台账"])
def test_ctrl_f_jumps_to_the_search_box(qtbot, window: MainWindow, title: str) -> None:
    page = window.show_page(title)
    idle(qtbot, window)
    window.activateWindow()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = page.search if hasattr(page, "search") else page.filter_bar.search
    assert search.hasFocus()
