"""A clerk works the registry through the real forms and pages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from stdnum.cn import uscc

from tests.ui.helpers import idle, login
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_copy: Path):
    return login(qtbot, demo_copy, "jingban")


def type_text(qtbot, edit, text: str) -> None:
    """Type like a clerk: ASCII key by key; Chinese as an input method commits it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def page_titles(page) -> list[str]:
    return [page.model.columns[0].text(row) for row in page.model.rows]


def trigger(page, text: str) -> None:
    next(a for a in page.toolbar.actions() if a.text() == text).trigger()


def test_clerk_adds_compound_through_form(qtbot, window: MainWindow) -> None:
    page = window.show_page("小区")
    idle(qtbot, window)
    trigger(page, "新增")
    form = page._form
    assert not form.save_button.isEnabled()  # the name is required
    type_text(qtbot, form.fields["name"].edit, "紫薇苑")
    type_text(qtbot, form.fields["total_area"].edit, "12,345.6")
    type_text(qtbot, form.fields["unit_count"].edit, "120")
    assert form.save_button.isEnabled()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=5_000)
    qtbot.keyClick(form.fields["unit_count"].edit, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "紫薇苑" in page_titles(page), timeout=10_000)
    row = next(r for r in page.model.rows if r.name == "紫薇苑")
    assert str(row.total_area) == "12345.60" and row.updated_by == "张小军"


def test_bad_credit_code_refused_beside_the_field(qtbot, window: MainWindow) -> None:
    page = window.show_page("驻区单位")
    idle(qtbot, window)
    trigger(page, "新增")
    form = page._form
    type_text(qtbot, form.fields["name"].edit, "巴中市实验小学")
    body = "12511902MB0000001"
    good = body + uscc.calc_check_digit(body)
    bad = body + ("0" if good[-1] != "0" else "1")
    type_text(qtbot, form.fields["uscc"].edit, bad)
    assert "统一社会信用代码不正确" in form.error_labels["uscc"].text()
    assert form.error_labels["uscc"].isVisibleTo(form)
    assert not form.save_button.isEnabled()
    form.fields["uscc"].edit.clear()
    type_text(qtbot, form.fields["uscc"].edit, good)
    assert form.error_labels["uscc"].text() == ""
    form.save()
    qtbot.waitUntil(lambda: "巴中市实验小学" in page_titles(page), timeout=10_000)


def test_clerk_adds_person_and_bad_id_is_refused(qtbot, window: MainWindow) -> None:
    page = window.show_page("人员")
    idle(qtbot, window)
    before = len(page.model.rows)
    trigger(page, "新增")
    form = page._form
    type_text(qtbot, form.fields["name"].edit, "欧阳明")
    type_text(qtbot, form.fields["id_number"].edit, "110105194912310021")
    assert "身份证号码不正确" in form.error_labels["id_number"].text()
    assert not form.save_button.isEnabled()
    form.fields["id_number"].edit.clear()
    type_text(qtbot, form.fields["id_number"].edit, "11010519491231002x")
    form.fields["compound_id"].combo.setCurrentText("翰林苑")
    form.fields["building_id"].combo.setCurrentText("2栋")
    form.fields["roles"].boxes["volunteer"].setChecked(True)
    assert form.save_button.isEnabled()
    form.save()
    qtbot.waitUntil(lambda: len(page.model.rows) == before + 1, timeout=10_000)
    person = next(r for r in page.model.rows if r.name == "欧阳明")
    assert person.id_masked == "110105********002X" and person.gender == "F"
    assert person.compound_name == "翰林苑" and person.roles == frozenset({"volunteer"})


def test_clerk_cannot_delete_a_compound(qtbot, window: MainWindow, recorded_messages) -> None:
    page = window.show_page("小区")
    idle(qtbot, window)
    page.table.selectRow(0)
    trigger(page, "删除")
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=10_000)
    assert "需要“审核人”权限" in recorded_messages.errors[-1]
    idle(qtbot, window)
    page.refresh()
    idle(qtbot, window)
    assert len(page.model.rows) == 5


def test_stale_form_keeps_typed_values(qtbot, window: MainWindow) -> None:
    page = window.show_page("小区")
    idle(qtbot, window)
    row = next(r for r in page.model.rows if r.name == "翰林苑")
    page.open_row(row)
    form = page._form
    # Someone else saves the same compound first.
    from models.auth import Actor  # noqa: PLC0415
    from models.registry import places  # noqa: PLC0415

    with window.runner.database.session() as session:
        places.update_compound(session, Actor("shenhe", "李秀英", "reviewer"), row.id,
                               row.version, row.data().__class__(**{**row.data().__dict__,
                                                                    "unit_count": 900}))
    form.fields["property_company"].edit.setText("新物业公司")
    form.save()
    qtbot.waitUntil(form.banner.isVisible, timeout=10_000)
    assert "李秀英" in form.banner.text()
    form.reload_button.click()
    qtbot.waitUntil(form.reapply_button.isVisible, timeout=10_000)
    assert form.fields["unit_count"].value() == "900"
    form.reapply_button.click()
    assert form.fields["property_company"].value() == "新物业公司"
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)


def test_people_list_prints_to_preview(qtbot, window: MainWindow) -> None:
    from pypdf import PdfReader  # noqa: PLC0415

    from ui.common.pdf_preview import PdfPreview  # noqa: PLC0415

    page = window.show_page("人员")
    idle(qtbot, window)
    trigger(page, "打印")
    qtbot.waitUntil(lambda: bool(getattr(window.context, "previews", [])), timeout=20_000)
    preview: PdfPreview = window.context.previews[-1]
    assert preview.page_count() >= 2
    text = "".join(p.extract_text() for p in PdfReader(preview.path).pages)
    assert "人员名册" in text and "兴文社区" in text
    assert page.model.rows[0].name in text
    # The roster is an export of personal data: ID numbers are printed masked.
    masked = [r.id_masked for r in page.model.rows if r.id_masked]
    assert masked and masked[0] in text
    assert not re.search(r"\d{17}[\dX]", text)
    preview.close()


def test_import_dialog_shows_bad_rows_and_writes_nothing(qtbot, window: MainWindow,
                                                         tmp_path: Path) -> None:
    from openpyxl import Workbook  # noqa: PLC0415

    from ui.registry.import_dialog import ImportDialog  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "性别", "身份证号", "联系电话", "所在小区", "楼栋"])
    sheet.append(["王一", "男", "11010519491231002X", "13800000000", "翰林苑", "1栋"])
    sheet.append(["王二", "男", "110105194912310021", "123", "不存在的小区", ""])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    page = window.show_page("人员")
    idle(qtbot, window)
    before = len(page.model.rows)
    page.import_from("people")
    dialog: ImportDialog = page._import_dialog
    dialog.read(bad)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    rows = {(e.row, e.column) for e in dialog.errors.rows}
    assert {(2, "性别"), (3, "身份证号"), (3, "联系电话"), (3, "所在小区")} <= rows
    assert not dialog.apply_button.isEnabled()
    page.refresh()
    idle(qtbot, window)
    assert len(page.model.rows) == before

    sheet.delete_rows(3)
    sheet["B2"] = "女"
    good = tmp_path / "good.xlsx"
    book.save(good)
    dialog.read(good)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10_000)
    dialog.apply()
    qtbot.waitUntil(lambda: any(r.name == "王一" for r in page.model.rows), timeout=10_000)
