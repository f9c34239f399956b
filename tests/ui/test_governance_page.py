"""小区治理 through the real page and dialogs: a patrol recorded with two findings (one
settled on the spot, one sent into the issue ledger), a patrol without members refused,
and a mediation case taken to its printed agreement."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models.db import open_database
from models.governance.entities import Finding
from models.issues.entities import Problem
from tests.ui.helpers import idle, login
from ui.common.list_page import ListPage
from ui.governance.mediation_tab import CaseForm, CloseForm, SittingForm
from ui.governance.page import GovernancePage
from ui.governance.patrol_form import PatrolForm
from ui.shell.main_window import MainWindow

TIMEOUT = 20_000


def governance_page(qtbot, window: MainWindow) -> GovernancePage:
    page = window.show_page("小区治理")
    assert isinstance(page, GovernancePage)
    qtbot.waitUntil(lambda: page.patrols.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def open_patrol_form(qtbot, page: GovernancePage) -> PatrolForm:
    page.patrols.dialog = None
    page.patrols.new_patrol()
    qtbot.waitUntil(lambda: isinstance(page.patrols.dialog, PatrolForm), timeout=TIMEOUT)
    return page.patrols.dialog  # type: ignore[return-value]


def test_a_patrol_with_one_finding_settled_and_one_sent(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    before = page.patrols.model.rowCount()
    form = open_patrol_form(qtbot, page)
    form.fields["grid_id"].combo.setCurrentIndex(1)
    boxes = list(form.fields["member_ids"].boxes.values())
    boxes[0].setChecked(True)
    boxes[1].setChecked(True)
    findings = form.fields["findings"]
    text, handling, _category = findings.rows[0]
    text.setText("3栋楼道堆放纸箱")
    handling.setCurrentIndex(handling.findData("settled"))
    findings.add_button.click()
    text, handling, category = findings.rows[1]
    text.setText("小区东门路灯不亮")
    handling.setCurrentIndex(handling.findData("send"))
    assert not form.save_button.isEnabled()  # a finding to send needs its category
    category.setCurrentIndex(1)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(form.finished, timeout=TIMEOUT):
        form.save()
    qtbot.waitUntil(lambda: page.patrols.model.rowCount() == before + 1, timeout=TIMEOUT)
    newest = max(page.patrols.model.rows, key=lambda p: p.id)
    assert (len(newest.findings), newest.settled, newest.sent) == (2, 1, 1)
    idle(qtbot, window)
    window.close()
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        sent = session.scalar(select(Finding).where(Finding.description == "小区东门路灯不亮"))
        assert sent is not None and sent.problem_id is not None
        problem = session.get(Problem, sent.problem_id)
        assert problem is not None and problem.source == "ground"
        settled = session.scalar(select(Finding).where(Finding.description == "3栋楼道堆放纸箱"))
        assert settled is not None and settled.settled_on is not None
        assert settled.problem_id is None
    database.dispose()


def test_a_patrol_without_members_cannot_be_saved(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    form = open_patrol_form(qtbot, page)
    form.fields["route"].edit.setText("兴文路")
    form.save()
    assert not form.save_button.isEnabled()
    assert form.error_labels["member_ids"].text() == "巡查须至少有一名巡查人员。"
    assert form.isVisible()
    form.reject()
    window.close()


def _wait_dialog(qtbot, tab: ListPage, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(getattr(tab, "dialog", None), kind), timeout=TIMEOUT)
    return tab.dialog  # type: ignore[attr-defined]


def _save(qtbot, form) -> None:
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(form.finished, timeout=TIMEOUT):
        form.save()


def test_a_mediation_case_to_its_printed_agreement(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    page.show_tab(page.mediation)
    tab = page.mediation
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=TIMEOUT)
    before = tab.model.rowCount()
    tab.new_case()
    form = _wait_dialog(qtbot, tab, CaseForm)
    form.fields["summary"].edit.setPlainText("楼上空调外机滴水至楼下阳台")
    form.fields["first_name"].edit.setText("周玉兰")
    form.fields["first_id_number"].edit.setText("11010519491231002X")
    form.fields["second_name"].edit.setText("吴德明")
    form.fields["mediators"].edit.setText("何春梅、王建国")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=TIMEOUT)
    case = max(tab.model.rows, key=lambda c: c.id)
    assert case.parties[0].id_masked == "110105********002X"
    tab.select_id(case.id)
    tab.add_sitting()
    _save(qtbot, _wait_dialog(qtbot, tab, SittingForm))
    tab.close_case()
    close = _wait_dialog(qtbot, tab, CloseForm)
    close.fields["agreement"].edit.setPlainText("吴德明加装接水管\n双方互谅互让")
    _save(qtbot, close)
    qtbot.waitUntil(lambda: next(c for c in tab.model.rows if c.id == case.id).outcome
                    == "agreement", timeout=TIMEOUT)
    tab.select_id(case.id)
    tab.print_agreement()
    qtbot.waitUntil(lambda: bool(window.context.previews), timeout=30_000)
    assert window.context.previews[-1].document.pageCount() >= 1
    window.close()


def test_an_overlapping_booking_is_told_beside_the_time(qtbot, demo_copy: Path) -> None:
    """The demo's first home has 活动室 booked today 09:00—11:00 (老年书法班)."""
    from ui.governance.residents_tab import BookingForm  # noqa: PLC0415

    window = login(qtbot, demo_copy, "jingban")
    page = governance_page(qtbot, window)
    page.show_tab(page.homes)
    tab = page.homes
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=TIMEOUT)
    before = sum(h.bookings for h in tab.model.rows)
    tab.select_id(min(h.id for h in tab.model.rows))
    tab.book()
    form = _wait_dialog(qtbot, tab, BookingForm)
    form.fields["purpose"].edit.setText("舞蹈排练")
    form.fields["booked_by"].edit.setText("周玉兰")
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    form.save()
    qtbot.waitUntil(lambda: "时间不能重叠" in form.error_labels["starts_at"].text(),
                    timeout=TIMEOUT)
    assert "老年书法班" in form.error_labels["starts_at"].text()
    assert form.isVisible()
    form.reject()
    tab.refresh()
    idle(qtbot, window)
    assert sum(h.bookings for h in tab.model.rows) == before
    window.close()
