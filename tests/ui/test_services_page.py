"""双服务清单 through the real page and dialogs: a clerk makes next year's list of a unit,
adds a need, the unit claims it, a delivery with two participants is recorded, both sides
sign, the evaluation sheet is previewed. Bad input: a clear message and nothing written."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTime

from tests.ui.helpers import idle, login
from ui.services.forms import ClaimForm, DeliveryForm, ItemForm, ListForm, SignForm
from ui.services.page import ServicesPage
from ui.shell.main_window import MainWindow

TIMEOUT = 20_000
NEXT = dt.date.today().year + 1
UNIT = "巴中市第三中学"


def services_page(qtbot, window: MainWindow) -> ServicesPage:
    page = window.show_page("双服务清单")
    assert isinstance(page, ServicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)  # the demo's lists
    page.year.setCurrentIndex(page.year.findData(NEXT))
    idle(qtbot, window)
    return page


def open_dialog(qtbot, page: ServicesPage, action, kind: type):
    page.dialog = None
    action()
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind), timeout=TIMEOUT)
    return page.dialog


def save(qtbot, form) -> None:
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(form.finished, timeout=TIMEOUT):
        form.save()


def choose(field, text: str) -> None:
    combo = field.combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def the_row(qtbot, page: ServicesPage, content: str, state: str = ""):
    def found():
        return next((r for r in page.model.rows if r.content == content
                     and (not state or r.state == state)), None)
    qtbot.waitUntil(lambda: found() is not None, timeout=TIMEOUT)
    row = found()
    page.select_id(row.id)
    return row


def record_two_people(qtbot, page: ServicesPage) -> None:
    delivery = open_dialog(qtbot, page, page.record, DeliveryForm)
    delivery.fields["place"].set_value("巴中市第三中学操场")
    people = delivery.participants
    people.add_row()
    people.add_row()
    table = people.table
    table.cellWidget(0, 0).setCurrentIndex(1)
    table.cellWidget(1, 0).setCurrentIndex(2)
    # A slip: the second person's end before the start keeps Save disabled, with the reason.
    table.cellWidget(1, 1).setTime(QTime(10, 0))
    table.cellWidget(1, 2).setTime(QTime(9, 0))
    qtbot.waitUntil(lambda: not delivery.save_button.isEnabled(), timeout=TIMEOUT)
    assert "服务时长应大于 0" in delivery.field_errors()["participants"]
    table.cellWidget(1, 2).setTime(QTime(12, 30))
    delivery.fields["beneficiaries"].set_value("86")
    save(qtbot, delivery)


def test_a_list_from_creation_to_the_printed_evaluation(qtbot, demo_copy: Path,
                                                        recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = services_page(qtbot, window)
    assert page.model.rowCount() == 0
    form = open_dialog(qtbot, page, page.new_list, ListForm)
    choose(form.fields["unit_id"], UNIT)
    form.fields["year"].set_value(str(NEXT))
    save(qtbot, form)

    item = open_dialog(qtbot, page, page.new_item, ItemForm)
    item.fields["content"].edit.insertPlainText("学校操场周末向社区居民开放")
    item.fields["planned_on"].set_value(dt.date(NEXT, 5, 1))
    item.fields["expected"].set_value("120")
    save(qtbot, item)
    row = the_row(qtbot, page, "学校操场周末向社区居民开放")
    assert (row.unit, row.state_label, row.direction_label) == (UNIT, "待认领", "单位→社区")

    claim = open_dialog(qtbot, page, page.claim, ClaimForm)
    assert claim.fields["claimant_kind"].value() == "unit"  # the other side of a need
    save(qtbot, claim)
    row = the_row(qtbot, page, "学校操场周末向社区居民开放", "claimed")
    assert row.claimant == UNIT

    record_two_people(qtbot, page)
    row = the_row(qtbot, page, "学校操场周末向社区居民开放", "in_progress")

    page.finish()
    row = the_row(qtbot, page, "学校操场周末向社区居民开放", "delivered")
    for side, name, post in (("community", "王建国", "社区党委书记"),
                             ("unit", "何晓东", "党支部书记")):
        sign = open_dialog(qtbot, page, page.sign, SignForm)
        sign.fields["side"].set_value(side)
        sign.fields["name"].set_value(name)
        sign.fields["post"].set_value(post)
        save(qtbot, sign)
        idle(qtbot, window)
        row = the_row(qtbot, page, "学校操场周末向社区居民开放")
    assert row.state == "confirmed"
    assert (row.community_signer, row.unit_signer) == ("王建国", "何晓东")

    page.print_sheet(True)
    qtbot.waitUntil(lambda: bool(window.context.previews), timeout=30_000)
    assert window.context.previews[-1].document.pageCount() == 1
    assert recorded_messages.errors == []
    window.close()


def test_a_second_list_for_the_same_year_is_refused(qtbot, demo_copy: Path,
                                                    recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = services_page(qtbot, window)
    page.year.setCurrentIndex(page.year.findData(NEXT - 1))
    idle(qtbot, window)
    before = page.model.rowCount()
    form = open_dialog(qtbot, page, page.new_list, ListForm)
    choose(form.fields["unit_id"], UNIT)
    form.fields["year"].set_value(str(NEXT - 1))
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    form.save()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=TIMEOUT)
    assert recorded_messages.errors == [
        f"{UNIT} 的 {NEXT - 1} 年双服务清单已经建立，请在原清单中添加事项。"]
    form.reject()
    page.refresh()
    idle(qtbot, window)
    assert page.model.rowCount() == before
    window.close()


def test_evidence_goes_to_the_latest_delivery_and_needs_one(qtbot, demo_copy: Path, tmp_path: Path,
                                                            monkeypatch, recorded_messages) -> None:
    from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

    from models.db import open_database  # noqa: PLC0415
    from models.services import deliveries  # noqa: PLC0415

    window = login(qtbot, demo_copy, "jingban")
    page = window.show_page("双服务清单")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    photo = tmp_path / "签到表.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(photo)], "")))
    waiting = next(r for r in page.model.rows if r.state in ("planned", "claimed"))
    page.select_id(waiting.id)
    page.attach()
    qtbot.waitUntil(lambda: bool(recorded_messages.infos), timeout=TIMEOUT)
    assert "还没有服务记录" in recorded_messages.infos[-1]
    served = next(r for r in page.model.rows if r.state in ("in_progress", "delivered"))
    page.select_id(served.id)
    page.attach()
    qtbot.waitUntil(lambda: "附上 1 个文件" in recorded_messages.infos[-1], timeout=TIMEOUT)
    window.close()
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        assert deliveries.deliveries(session, served.id)[-1].attachments[-1] == "签到表.png"
    database.dispose()


def test_a_reviewer_adds_and_retires_a_category(qtbot, demo_copy: Path) -> None:
    from ui.services.categories_dialog import CategoriesDialog  # noqa: PLC0415

    window = login(qtbot, demo_copy, "shenhe")
    page = window.show_page("双服务清单")
    page.edit_categories()
    dialog = page.dialog
    assert isinstance(dialog, CategoriesDialog)

    def names() -> list[str]:
        return [dialog.list.item(i).text() for i in range(dialog.list.count())]
    qtbot.waitUntil(lambda: "政策宣讲" in names(), timeout=TIMEOUT)
    dialog.name.setText("安全生产")
    dialog.add()
    qtbot.waitUntil(lambda: "安全生产" in names(), timeout=TIMEOUT)
    dialog.name.setText("政策宣讲")
    dialog.add()
    qtbot.waitUntil(lambda: "政策宣讲" in dialog.error.text(), timeout=TIMEOUT)
    dialog.list.setCurrentRow(names().index("安全生产"))
    dialog.retire()
    qtbot.waitUntil(lambda: "安全生产" not in names(), timeout=TIMEOUT)
    window.close()
