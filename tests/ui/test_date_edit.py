"""Dates typed as clerks type them, in the one date editor every form and filter uses."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import type_text
from ui.common.date_edit import DateEdit
from ui.common.fields import DateField

JULY_FIRST = dt.date(2010, 7, 1)


@pytest.mark.parametrize("typed", ["2010-07-01", "2010.7.1", "20100701", "2010/7/1",
                                   "2010年7月1日"])
def test_five_spellings_give_the_same_day(qtbot, typed: str) -> None:
    edit = DateEdit(dt.date(2026, 11, 25))
    qtbot.addWidget(edit)
    edit.show()
    edit.line.setFocus()
    qtbot.wait(10)  # the whole date is selected on focus, typing replaces it
    type_text(qtbot, edit.line, typed)
    assert edit.date() == JULY_FIRST
    assert edit.error() == ""
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)  # finished typing
    assert edit.text() == "2010-07-01"


@pytest.mark.parametrize(("typed", "words"), [("2010-02-30", "2 月没有 30 日"),
                                              ("20110229", "2 月没有 29 日"),
                                              ("2010-13-01", "没有 13 月")])
def test_impossible_dates_are_refused_with_a_message(qtbot, typed: str,
                                                     words: str) -> None:
    edit = DateEdit(dt.date(2026, 11, 25))
    qtbot.addWidget(edit)
    edit.setDate(None)
    edit.line.setText("")
    type_text(qtbot, edit.line, typed)
    assert words in edit.error()
    assert edit.date() != dt.date(2010, 3, 2)  # never rolled over into another day
    assert edit.line.toolTip() == edit.error()


def test_years_outside_1900_to_2100_are_refused(qtbot) -> None:
    edit = DateEdit(JULY_FIRST)
    qtbot.addWidget(edit)
    edit.line.clear()
    qtbot.keyClicks(edit.line, "1899-12-31")
    assert "1900" in edit.error()
    assert edit.date() == JULY_FIRST


def test_the_calendar_pops_up_and_picks_a_day(qtbot) -> None:
    edit = DateEdit(JULY_FIRST)
    qtbot.addWidget(edit)
    edit.show()
    calendar = edit.show_calendar()
    assert calendar.isVisible()
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert edit.date() == dt.date(2010, 7, 4)
    assert edit.text() == "2010-07-04"


def test_a_form_field_shows_the_message_and_an_optional_date_may_be_blank(qtbot) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field.widget)
    assert field.value() is None
    qtbot.keyClicks(field.edit.line, "2010-02-30")
    assert "没有 30 日" in field.input_error()
    field.edit.line.clear()
    qtbot.keyClicks(field.edit.line, "2010.7.1")
    assert field.value() == JULY_FIRST and field.input_error() == ""
