"""志愿服务 through the real page and forms: an activity with two participants and their
hours, an overlapping one refused by name; a lecture booked, and a booking over capacity
refused until it goes onto the waitlist."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from tests.ui.helpers import login, type_text
from ui.shell.main_window import MainWindow
from ui.volunteers.page import VolunteersPage

TIMEOUT = 20_000


def volunteers_page(qtbot, window: MainWindow) -> VolunteersPage:
    page = window.show_page("志愿服务")
    assert isinstance(page, VolunteersPage)
    return page


def test_an_activity_with_two_participants_and_their_hours(qtbot, demo_copy: Path,
                                                           tmp_path: Path,
                                                           recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = volunteers_page(qtbot, window)
    tab = page.activities
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=TIMEOUT)
    before = tab.model.rowCount()
    tab.new_activity()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=TIMEOUT)
    form = tab.dialog
    teams = form.fields["team_id"].combo
    form.fields["team_id"].set_value(teams.itemData(teams.findText("青年号·困难关爱")))
    type_text(qtbot, form.fields["start"].edit, "07:00")
    type_text(qtbot, form.fields["end"].edit, "08:30")
    type_text(qtbot, form.fields["content"].edit, "慰问独居老人")
    people = form.participants.person.combo
    assert not form.save_button.isEnabled()  # no participants yet
    for index, hours in ((1, "1.5"), (2, "1")):
        form.participants.person.set_value(people.itemData(index))
        form.participants.hours.setText(hours)
        form.participants.add_button.click()
    assert form.participants.list.count() == 2
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(form.finished, timeout=TIMEOUT):
        form.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=TIMEOUT)
    saved = next(r for r in tab.model.rows if r.content == "慰问独居老人")
    assert (saved.people, saved.minutes, saved.time_text) == (2, 150, "07:00–08:30")
    # The same person again at 08:00 the same day: refused, naming the first activity.
    tab.dialog = None
    tab.new_activity()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=TIMEOUT)
    again = tab.dialog
    again.fields["team_id"].set_value(teams.itemData(1))
    type_text(qtbot, again.fields["start"].edit, "08:00")
    type_text(qtbot, again.fields["end"].edit, "09:00")
    type_text(qtbot, again.fields["content"].edit, "清扫")
    again.participants.add(people.itemData(1), "1")
    qtbot.waitUntil(again.save_button.isEnabled, timeout=TIMEOUT)
    again.save()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=TIMEOUT)
    assert "07:00–08:30" in recorded_messages.errors[0]
    assert "慰问独居老人" in recorded_messages.errors[0]
    # The period's hours to Excel: the total is what the list's activities add up to.
    tab.write_hours(tmp_path / "hours.xlsx")
    qtbot.waitUntil(lambda: bool(recorded_messages.infos), timeout=TIMEOUT)
    sheet = load_workbook(tmp_path / "hours.xlsx").active
    assert [c.value for c in sheet[1]] == ["序号", "志愿服务队", "分队", "姓名", "参与次数",
                                           "服务时长（小时）"]
    total = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "合计"]
    minutes = sum(a.minutes for a in tab.model.rows)
    assert minutes % 30 == 0  # the demo's and this test's hours are whole half hours
    assert [r[5] for r in total] == [Decimal(minutes) / 60]


def test_a_lecture_is_booked_and_a_full_one_takes_the_waitlist(qtbot, demo_copy: Path,
                                                               recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = volunteers_page(qtbot, window)
    page.tabs.setCurrentWidget(page.lectures)
    tab = page.lectures
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=TIMEOUT)

    def select(topic: str) -> None:
        for row, record in enumerate(tab.model.rows):
            if record.topic == topic:
                tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())
                return
        raise AssertionError(topic)

    def booking(topic: str, name: str, phone: str, waitlist: bool = False):
        select(topic)
        tab.dialog = None
        tab.book()
        form = tab.dialog
        type_text(qtbot, form.fields["name"].edit, name)
        type_text(qtbot, form.fields["phone"].edit, phone)
        form.fields["waitlist"].set_value(waitlist)
        qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
        form.save()
        return form

    form = booking("亲子阅读分享", "张桂兰", "13800001111")
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: next(r for r in tab.model.rows
                                 if r.topic == "亲子阅读分享").booked == 1, timeout=TIMEOUT)
    booking("老年人防范电信诈骗", "李德明", "13900002222")
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=TIMEOUT)
    assert "已约满（20 人）" in recorded_messages.errors[0]
    form = booking("老年人防范电信诈骗", "李德明", "13900002222", waitlist=True)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: next(r for r in tab.model.rows
                                 if r.topic == "老年人防范电信诈骗").waitlisted == 4,
                    timeout=TIMEOUT)
