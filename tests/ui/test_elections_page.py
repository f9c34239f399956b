"""Owners' votes through the real page and dialogs: a roll imported, ballots typed (twice,
with a slip caught), the meter moving, the tally sheet previewed."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from models.auth import Actor
from tests.ui.helpers import idle, login
from ui.elections.ballot_dialog import BallotDialog
from ui.elections.page import VotesPage
from ui.elections.tally_dialog import TallyDialog
from ui.shell.main_window import MainWindow

TIMEOUT = 20_000


def votes_page(qtbot, window: MainWindow) -> VotesPage:
    page = window.show_page("业主共同决定")
    assert isinstance(page, VotesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    return page


def select(page: VotesPage, title: str) -> None:
    for row, record in enumerate(page.model.rows):
        if record.title == title:
            page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
            return
    raise AssertionError(title)


def test_a_new_vote_gets_its_roll_from_excel(qtbot, demo_copy: Path, tmp_path: Path,
                                             recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    page.new_vote()
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=TIMEOUT)
    form = page.dialog
    form.fields["compound_id"].set_value(form.fields["compound_id"].widget.itemData(1))
    form.fields["matter"].set_value(4)
    form.fields["title"].edit.insert("选聘新物业")
    form.fields["items"].edit.insertPlainText("甲物业\n乙物业")
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(form.finished, timeout=TIMEOUT):
        form.save()
    qtbot.waitUntil(lambda: any(r.title == "选聘新物业" for r in page.model.rows),
                    timeout=TIMEOUT)
    book = Workbook()
    book.active.append(["楼栋", "单元", "房号", "专有面积", "面积依据", "业主姓名", "证件号码",
                        "开发商未售"])
    for room in range(1, 7):
        book.active.append(["9栋", "1", f"{room}01", 90 + room, "不动产登记", f"业主{room}", "",
                            "否"])
    book.save(tmp_path / "roll.xlsx")
    select(page, "选聘新物业")
    page._with_vote(lambda info: page.load_roll_file(info, tmp_path / "roll.xlsx"))
    qtbot.waitUntil(lambda: any("6 套房屋" in text for text in recorded_messages.infos),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: next(r for r in page.model.rows
                                 if r.title == "选聘新物业").turnout_heads == "0/6",
                    timeout=TIMEOUT)
    window.close()


def open_ballots(qtbot, window: MainWindow, page: VotesPage) -> BallotDialog:
    select(page, "续聘巴中翰林物业服务有限公司")
    page.enter_ballots()
    qtbot.waitUntil(lambda: isinstance(page.dialog, BallotDialog), timeout=TIMEOUT)
    dialog = page.dialog
    qtbot.waitUntil(lambda: "已参与" in dialog.meter.text(), timeout=TIMEOUT)
    return dialog


def type_ballot(qtbot, dialog: BallotDialog, ref: str, choice: str) -> None:
    before = dialog.saved_count
    dialog.ref.setText(ref)
    for button in dialog.groups["续聘"].buttons():
        if button.text() == choice:
            button.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_count == before + 1 or "错误" in dialog.error.text(),
                    timeout=TIMEOUT)
    assert dialog.saved_count == before + 1, dialog.error.text()


def test_the_meter_moves_and_a_ballot_typed_twice_with_a_slip_is_flagged(
        qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    dialog = open_ballots(qtbot, window, page)
    before = dialog.meter.text()
    type_ballot(qtbot, dialog, "5栋-2单元-1401", "同意")  # counted at once
    qtbot.waitUntil(lambda: dialog.meter.text() != before, timeout=TIMEOUT)
    assert "还差" in dialog.meter.text()
    dialog.mode.setCurrentIndex(1)  # 双人录入 第一遍
    type_ballot(qtbot, dialog, "5栋-2单元-0601", "同意")
    dialog.close()
    idle(qtbot, window)
    window.context.actor = Actor("shenhe", "审核人", "reviewer")  # the second clerk
    dialog = open_ballots(qtbot, window, page)
    dialog.mode.setCurrentIndex(2)  # 双人录入 第二遍
    type_ballot(qtbot, dialog, "5栋-2单元-0601", "不同意")  # the slip
    dialog.close()
    page.show_tally()
    qtbot.waitUntil(lambda: isinstance(page.dialog, TallyDialog), timeout=TIMEOUT)
    tally = page.dialog
    qtbot.waitUntil(lambda: tally.tally is not None, timeout=TIMEOUT)
    tally.compare()
    qtbot.waitUntil(lambda: "1 处不一致" in tally.mismatches.text(), timeout=TIMEOUT)
    assert "第一遍 同意，第二遍 不同意" in tally.mismatches.text()
    tally.print_sheet()
    qtbot.waitUntil(lambda: bool(window.context.previews), timeout=30_000)
    assert window.context.previews[-1].document.pageCount() >= 1
    window.close()


def test_the_course_dates_show_their_deadlines_and_the_notices_print(
        qtbot, demo_copy: Path, recorded_messages) -> None:
    import datetime as dt  # noqa: PLC0415

    from ui.elections.course_dialog import CourseDialog  # noqa: PLC0415

    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    select(page, "续聘巴中翰林物业服务有限公司")
    page.edit_course()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CourseDialog), timeout=TIMEOUT)
    dialog = page.dialog
    notice_on = dialog.dates["notice_on"].date()
    assert notice_on is not None and "已按期完成" in dialog.deadlines.text()
    # The meeting moved to 10 days after the notice: the notice came 5 days too late.
    dialog.dates["meeting_on"].setDate(notice_on + dt.timedelta(days=10))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.submit()
    page.edit_course()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CourseDialog) and page.dialog is not dialog,
                    timeout=TIMEOUT)
    assert "已完成，但超过期限" in page.dialog.deadlines.text()
    page.dialog.reject()
    page.print_notice("notice")
    qtbot.waitUntil(lambda: bool(window.context.previews), timeout=30_000)
    assert window.context.previews[-1].document.pageCount() >= 1
    page.print_notice("result")
    qtbot.waitUntil(lambda: len(window.context.previews) >= 2, timeout=30_000)
    window.close()


def test_a_notice_without_a_meeting_date_is_refused_with_the_reason(
        qtbot, demo_copy: Path, recorded_messages) -> None:
    from ui.elections.course_dialog import CourseDialog  # noqa: PLC0415

    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    select(page, "续聘巴中翰林物业服务有限公司")
    page.edit_course()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CourseDialog), timeout=TIMEOUT)
    dialog = page.dialog
    dialog.dates["meeting_on"].setDate(None)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.submit()
    page.print_notice("notice")
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=30_000)
    assert "请先在选举进程中填写业主大会会议的日期" in recorded_messages.errors[-1]
    assert not window.context.previews
    window.close()


def test_the_arrears_list_finds_a_candidate_and_the_review_form_prints(
        qtbot, demo_copy: Path, tmp_path: Path, recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    book = Workbook()
    book.active.append(["业主姓名", "楼栋", "单元", "房号", "欠费金额"])
    book.active.append(["李秀英", "3栋", "1单元", "502", "860.00"])
    book.save(tmp_path / "arrears.xlsx")
    select(page, "翰林苑第一届业主委员会选举")
    page._with_vote(lambda info: page.load_arrears_file(info, tmp_path / "arrears.xlsx"))
    qtbot.waitUntil(lambda: bool(recorded_messages.infos), timeout=TIMEOUT)
    assert "认定不具备资格的候选人：李秀英" in recorded_messages.infos[-1]
    labels = [action.text() for action in page.print_menu.actions()]
    assert labels == ["选票", "委托书", "会议公告", "结果公示", "候选人资格审查表", "备案材料清单"]
    page.print_menu.actions()[4].trigger()
    qtbot.waitUntil(lambda: bool(window.context.previews), timeout=30_000)
    assert window.context.previews[-1].document.pageCount() == 1
    window.close()


def test_an_administrator_lengthens_the_notice_period(qtbot, demo_copy: Path) -> None:
    from ui.elections.settings_dialog import ElectionSettingsDialog  # noqa: PLC0415

    window = login(qtbot, demo_copy, "admin")
    page = votes_page(qtbot, window)
    page.edit_settings()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ElectionSettingsDialog), timeout=TIMEOUT)
    dialog = page.dialog
    assert dialog.boxes["notice_days"].value() == 15
    dialog.boxes["notice_days"].setValue(20)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.submit()
    assert saved.args[0].values["notice_days"] == 20
    window.close()


def test_a_clerk_sees_the_settings_action_disabled(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    action = next(a for a in page.toolbar.actions() if a.text() == "选举规则设置…")
    assert not action.isEnabled() and "管理员" in action.toolTip()
    window.close()


def test_the_prep_group_is_checked_as_typed_and_a_refusal_needs_a_reason(
        qtbot, demo_copy: Path) -> None:
    from ui.elections.review_dialogs import PrepGroupDialog, ReviewDialog  # noqa: PLC0415

    window = login(qtbot, demo_copy, "jingban")
    page = votes_page(qtbot, window)
    select(page, "翰林苑第一届业主委员会选举")
    page.edit_prep_group()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PrepGroupDialog), timeout=TIMEOUT)
    prep = page.dialog
    assert prep.table.rowCount() == 7 and prep.error.text() == ""
    prep.table.setCurrentCell(6, 0)
    prep.remove_member()  # six members: an even number
    assert "单数" in prep.error.text()
    prep.reject()
    page.edit_reviews()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ReviewDialog), timeout=TIMEOUT)
    review = page.dialog
    assert review.table.item(0, 0).text() == "王建国"
    assert review.table.cellWidget(0, 3).currentText() == "符合"
    verdict = review.table.cellWidget(1, 3)
    verdict.setCurrentIndex(verdict.findText("不符合"))
    review.submit()  # no reason
    qtbot.waitUntil(lambda: "写明理由" in review.error.text(), timeout=TIMEOUT)
    review.table.item(1, 4).setText("拖欠物业费")
    with qtbot.waitSignal(review.saved, timeout=TIMEOUT) as saved:
        review.submit()
    assert saved.args == [1]
    window.close()
