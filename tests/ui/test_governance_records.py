"""The 小区治理 records a clerk keeps all day, through the real page and dialogs: grids
drawn and redrawn, trainings with attendance and posts taken; bad input told beside its
field with nothing written."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from models.auth import SYSTEM
from models.db import open_database
from models.funds.entities import FundEntry
from models.governance.entities import HomeFunding
from models.registry import places
from models.registry.entities import Community
from tests.ui.helpers import idle, login
from tests.ui.test_governance_page import TIMEOUT, _save, _wait_dialog, governance_page
from ui.common.list_page import ListPage
from ui.governance.compound_tabs import FundingForm, InstructorForm, ServiceForm
from ui.governance.grid_form import GridForm
from ui.governance.resident_forms import PostForm, TrainingForm
from ui.shell.main_window import MainWindow


def open_tab(qtbot, demo_copy: Path, name: str, rows: int = 1) -> tuple[MainWindow, ListPage]:
    """The clerk 经办 logged in on the demo, on one 小区治理 tab with its rows loaded."""
    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    tab = getattr(page, name)
    page.show_tab(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= rows, timeout=TIMEOUT)
    return window, tab


def test_a_grid_is_drawn_then_given_another_keeper(qtbot, demo_copy: Path) -> None:
    window, tab = open_tab(qtbot, demo_copy, "grids", 2)
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
    window, tab = open_tab(qtbot, demo_copy, "grids", 2)
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


def test_a_training_with_attendance_and_a_post_taken(qtbot, demo_copy: Path) -> None:
    window, tab = open_tab(qtbot, demo_copy, "residents", 3)
    first, second = sorted(tab.model.rows, key=lambda r: r.id)[:2]
    tab.new_training()
    form = _wait_dialog(qtbot, tab, TrainingForm)
    form.fields["form"].set_value("site_visit")
    form.fields["topic"].edit.setText("观摩兄弟社区议事会")
    form.fields["attended"].boxes[str(first.id)].setChecked(True)
    form.fields["attended"].boxes[str(second.id)].setChecked(True)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: next(r for r in tab.model.rows if r.id == first.id).trainings
                    == first.trainings + 1, timeout=TIMEOUT)
    assert next(r for r in tab.model.rows if r.id == second.id).trainings == (
        second.trainings + 1)

    tab.dialog = None
    tab.select_id(first.id)
    tab.new_post()
    form = _wait_dialog(qtbot, tab, PostForm)
    form.fields["post"].set_value("volunteer_leader")
    form.fields["started_on"].set_value(dt.date(2026, 11, 2))
    form.fields["ended_on"].set_value(dt.date(2026, 11, 1))
    form.save()
    assert form.error_labels["ended_on"].text() == "离任日期不能早于任职日期。"
    assert not form.save_button.isEnabled()
    form.fields["ended_on"].set_value(None)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: "志愿服务队长" in next(
        r for r in tab.model.rows if r.id == first.id).posts, timeout=TIMEOUT)
    window.close()


def test_an_instructor_refused_for_a_compound_with_a_branch_then_sent(
        qtbot, demo_copy: Path) -> None:
    database = open_database(str(demo_copy))  # every demo compound has its branch
    with database.session() as session:
        community = session.scalar(select(Community.id))
        assert community is not None
        places.create_compound(session, SYSTEM, community, places.CompoundData(name="锦绣苑"))
    database.dispose()
    window, tab = open_tab(qtbot, demo_copy, "instructors", 0)
    before = tab.model.rowCount()
    tab.new_instructor()
    form = _wait_dialog(qtbot, tab, InstructorForm)
    compounds = form.fields["compound_id"].combo
    with_branch = next(i for i in range(compounds.count()) if "已有党组织" in compounds.itemText(i))
    without = compounds.findText("锦绣苑")
    compounds.setCurrentIndex(with_branch)
    form.fields["name"].edit.setText("陈建华")
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    form.save()
    qtbot.waitUntil(lambda: "党建指导员只选派到尚无党组织的小区" in
                    form.error_labels["compound_id"].text(), timeout=TIMEOUT)
    assert form.isVisible()
    tab.refresh()
    idle(qtbot, window)
    assert tab.model.rowCount() == before
    compounds.setCurrentIndex(without)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=TIMEOUT)
    assert "陈建华" in {r.name for r in tab.model.rows}
    window.close()


def test_a_property_contract_is_registered(qtbot, demo_copy: Path) -> None:
    window, tab = open_tab(qtbot, demo_copy, "property_services", 1)
    before = tab.model.rowCount()
    tab.new_service()
    form = _wait_dialog(qtbot, tab, ServiceForm)
    form.fields["compound_id"].combo.setCurrentIndex(1)
    form.fields["company"].edit.setText("巴中宜居物业服务有限公司")
    form.fields["origin"].set_value("introduced")
    form.fields["contract_start"].set_value(dt.date(2026, 1, 1))
    form.fields["contract_end"].set_value(dt.date(2025, 12, 31))
    form.fields["contact_phone"].edit.setText("13981612345")
    form.save()
    assert form.error_labels["contract_end"].text() == "合同截止日期不能早于起始日期。"
    form.fields["contract_end"].set_value(dt.date(2028, 12, 31))
    _save(qtbot, form)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=TIMEOUT)
    row = next(r for r in tab.model.rows if r.company == "巴中宜居物业服务有限公司")
    assert (row.origin_label, row.period_text) == ("引入", "2026-01-01 至 2028-12-31")
    window.close()


def _unlinked_voucher(demo_copy: Path) -> tuple[str, int]:
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        entry = session.scalars(select(FundEntry).where(
            FundEntry.kind == "spending", FundEntry.status == "posted",
            FundEntry.id.not_in(select(HomeFunding.entry_id))).order_by(FundEntry.id)).first()
        assert entry is not None and entry.voucher_no is not None
        found = f"{entry.voucher_year}-{entry.voucher_no:04d}", entry.amount
    database.dispose()
    return found


def test_a_posted_spending_counted_for_a_home_by_its_voucher(qtbot, demo_copy: Path) -> None:
    voucher, amount = _unlinked_voucher(demo_copy)
    window, tab = open_tab(qtbot, demo_copy, "homes", 2)
    home = min(tab.model.rows, key=lambda h: h.id)
    tab.select_id(home.id)
    tab.link_funding()
    form = _wait_dialog(qtbot, tab, FundingForm)
    form.fields["voucher"].edit.setText("第12号")
    form.save()
    assert "不是凭证号" in form.error_labels["voucher"].text()
    form.fields["voucher"].edit.setText(voucher)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: next(h for h in tab.model.rows if h.id == home.id).spent_fen
                    == home.spent_fen + amount, timeout=TIMEOUT)
    tab.dialog = None
    tab.select_id(home.id)
    tab.link_funding()
    form = _wait_dialog(qtbot, tab, FundingForm)
    form.fields["voucher"].edit.setText(voucher)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    form.save()
    qtbot.waitUntil(lambda: "不能重复计入" in form.error_labels["voucher"].text(),
                    timeout=TIMEOUT)
    form.reject()
    window.close()


def test_an_open_case_reads_in_mediation_in_english(qtbot, qapp, demo_copy: Path) -> None:
    from ui.app import install_translator  # noqa: PLC0415

    window, tab = open_tab(qtbot, demo_copy, "mediation", 1)
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        model = tab.model
        shown = {model.index(row, column).data() for row in range(model.rowCount())
                 if model.rows[row].outcome is None for column in range(model.columnCount())}
        assert "In mediation" in shown and "调解中" not in shown
    finally:
        qapp.removeTranslator(translator)
        window.close()
