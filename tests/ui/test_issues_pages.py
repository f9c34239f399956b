"""The issue ledger worked through the real page and dialogs, as clerks and reviewers do."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt

from models.db import open_database
from models.issues import attachments, config, ledger
from models.issues.detail import problem_detail
from models.issues.ledger import ProblemFilter, ProblemRow
from tests.ui.helpers import login
from ui.issues.meeting_dialog import IN_SCOPE
from ui.issues.page import IssuesPage
from ui.shell.main_window import MainWindow

TIMEOUT = 15_000


def ledger_page(qtbot, window: MainWindow) -> IssuesPage:  # noqa: ANN001
    page = window.show_page("问题台账")
    assert isinstance(page, IssuesPage)
    qtbot.waitUntil(lambda: page.lookups is not None and not window.runner.busy,
                    timeout=TIMEOUT)
    return page


def fresh_row(qtbot, page: IssuesPage, problem_id: int, state: str | None = None  # noqa: ANN001
              ) -> ProblemRow:
    """The problem's row as the ledger shows it now (waiting for the state, if given)."""
    found: list[ProblemRow] = []

    def ready() -> bool:
        position = page.model.position(problem_id)
        row = page.model.row_at(position) if position is not None else None
        if row is None or (state is not None and row.state != state):
            return False
        found[:] = [row]
        return not page.context.runner.busy
    qtbot.waitUntil(ready, timeout=TIMEOUT)
    return found[0]


def select(qtbot, page: IssuesPage, problem_id: int) -> None:  # noqa: ANN001
    fresh_row(qtbot, page, problem_id)
    page.select_problem(problem_id)
    qtbot.waitUntil(lambda: getattr(page.current_problem(), "id", None) == problem_id,
                    timeout=TIMEOUT)


def trigger(qtbot, page: IssuesPage, key: str):  # noqa: ANN001, ANN201
    """Click the toolbar button and return the dialog it opens."""
    assert page.actions_by_key[key].isEnabled(), key
    before = page.problem_actions.dialog
    page.actions_by_key[key].trigger()
    qtbot.waitUntil(lambda: page.problem_actions.dialog is not before
                    and page.problem_actions.dialog.isVisible(), timeout=TIMEOUT)
    return page.problem_actions.dialog


def type_text(edit, text: str) -> None:  # noqa: ANN001
    """QTest cannot type Chinese: commit it as an input method does."""
    if hasattr(edit, "insertPlainText"):
        edit.insertPlainText(text)
    else:
        edit.insert(text)


def save(qtbot, form) -> None:  # noqa: ANN001
    qtbot.waitUntil(form.save_button.isEnabled, timeout=TIMEOUT)
    with qtbot.waitSignal(form.finished, timeout=TIMEOUT):
        form.save()


def log_problem(qtbot, page: IssuesPage, title: str) -> int:  # noqa: ANN001
    form = trigger(qtbot, page, "new")
    qtbot.waitUntil(form.checked, timeout=TIMEOUT)
    assert not form.save_button.isEnabled()  # title and category still missing
    type_text(form.fields["title"].edit, title)
    type_text(form.fields["description"].edit, "楼道感应灯损坏一个多月，老人夜间上下楼摔倒过一次。")
    form.fields["category_id"].combo.setCurrentText("市政设施/路灯")
    form.fields["compound_id"].combo.setCurrentText("翰林苑")
    form.fields["building_id"].combo.setCurrentText("3栋")
    type_text(form.fields["reporter_name"].edit, "楼栋长陈德明")
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        save(qtbot, form)
    return saved.args[0].id


def test_problem_goes_from_logged_to_closed_through_the_dialogs(  # noqa: PLR0915
        qtbot, demo_copy: Path, recorded_messages) -> None:  # noqa: ANN001
    clerk = login(qtbot, demo_copy, "jingban")
    page = ledger_page(qtbot, clerk)
    before = len(page.model.ids)
    problem_id = log_problem(qtbot, page, "翰林苑3栋楼道灯不亮")
    row = fresh_row(qtbot, page, problem_id, "collected")
    assert len(page.model.ids) == before + 1
    assert row.title == "翰林苑3栋楼道灯不亮" and row.category == "市政设施/路灯"
    assert row.place == "翰林苑 3栋" and row.found_on == dt.date.today()
    select(qtbot, page, problem_id)
    assert not page.actions_by_key["meeting"].isEnabled()  # a reviewer's act
    clerk.close()

    reviewer = login(qtbot, demo_copy, "shenhe")
    page = ledger_page(qtbot, reviewer)
    select(qtbot, page, problem_id)
    meeting = trigger(qtbot, page, "meeting")
    assert meeting.decision_combo(problem_id).currentIndex() == IN_SCOPE  # preselected
    assert not meeting.save_button.isEnabled()  # nobody attended yet
    meeting.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    save(qtbot, meeting)
    assert "纳入吹哨范围 1 个" in recorded_messages.confirms[-1]
    fresh_row(qtbot, page, problem_id, "in_scope")

    select(qtbot, page, problem_id)
    form = trigger(qtbot, page, "assign")
    form.fields["level"].combo.setCurrentIndex(0)  # 社区综合党委联系解决
    form.fields["unit_id"].combo.setCurrentText("巴州区江北派出所")
    save(qtbot, form)
    assert "巴州区江北派出所" in recorded_messages.confirms[-1]
    row = fresh_row(qtbot, page, problem_id, "assigned")
    assert row.level == 1 and row.responsible == "巴州区江北派出所"

    select(qtbot, page, problem_id)
    form = trigger(qtbot, page, "escalate")
    assert [form.fields["level"].combo.itemData(i)
            for i in range(form.fields["level"].combo.count())] == [2, 3, 4]
    form.fields["level"].set_value(3)
    type_text(form.fields["department"].edit, "巴州区住房和城乡建设局")
    assert not form.save_button.isEnabled()  # the reason is required
    type_text(form.fields["reason"].edit, "涉及老旧小区改造资金，社区无法解决")
    save(qtbot, form)
    row = fresh_row(qtbot, page, problem_id, "assigned")
    assert row.level == 3 and row.responsible == "巴州区住房和城乡建设局"

    for action, state, text in (("report", "reported", ""),
                                ("resolve", "resolved", "已更换楼道感应灯并复查"),
                                ("close", "closed", "")):
        select(qtbot, page, problem_id)
        form = trigger(qtbot, page, action)
        if text:
            type_text(form.fields[form.text_name].edit, text)
        save(qtbot, form)
        fresh_row(qtbot, page, problem_id, state)
    assert "销号后不能再修改" in recorded_messages.confirms[-1]
    assert not recorded_messages.errors
    select(qtbot, page, problem_id)
    assert page.actions_by_key["reopen"].isEnabled()
    assert not page.actions_by_key["close"].isEnabled()

    database = open_database(str(demo_copy))
    with database.read_session() as session:
        detail = problem_detail(session, problem_id)
    database.dispose()
    assert [(a.level, a.result) for a in detail.assignments] == [(1, "escalated"),
                                                                  (3, "resolved")]
    assert [e.action for e in detail.events] == ["create", "review_in", "assign", "escalate",
                                                 "report", "resolve", "close"]
    reviewer.close()


def test_clerk_cannot_close_and_the_service_says_why(qtbot, demo_copy: Path,  # noqa: ANN001
                                                     recorded_messages) -> None:  # noqa: ANN001
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        resolved = ledger.problem_ids(session, ProblemFilter(states=frozenset({"resolved"})))
    database.dispose()
    window = login(qtbot, demo_copy, "jingban")
    page = ledger_page(qtbot, window)
    page.filter_bar.state.setCurrentIndex(page.filter_bar.state.findData("resolved"))
    qtbot.waitUntil(lambda: not window.runner.busy and page.model.ids == resolved,
                    timeout=TIMEOUT)
    problem_id = resolved[0]
    select(qtbot, page, problem_id)
    problem = page.current_problem()
    assert problem is not None and problem.state == "resolved"
    assert not page.actions_by_key["close"].isEnabled()
    assert not page.actions_by_key["reopen"].isEnabled()
    assert not page.actions_by_key["meeting"].isEnabled()
    assert not page.settings_action.isVisible()  # categories and points: administrators
    page.problem_actions.run("close", problem)  # past the disabled button: the service refuses
    form = page.problem_actions.dialog
    form.save()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=TIMEOUT)
    assert "没有权限" in recorded_messages.errors[0] and "审核" in recorded_messages.errors[0]
    assert fresh_row(qtbot, page, problem_id).state == "resolved"
    window.close()


def test_ledger_filters_count_and_mark_overdue(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        def count(**filters: object) -> int:
            return len(ledger.problem_ids(session, ProblemFilter(**filters)))  # type: ignore[arg-type]
        expected = {"all": count(), "closed": count(states=frozenset({"closed"})),
                    "电梯": count(text="电梯"), "梯": count(text="梯"),
                    "overdue": count(overdue_only=True)}
    database.dispose()
    assert expected["电梯"] > 0 and expected["overdue"] > 0
    window = login(qtbot, demo_copy, "jingban")
    page = ledger_page(qtbot, window)
    bar = page.filter_bar

    def shows(number: int) -> bool:
        return not window.runner.busy and len(page.model.ids) == number
    qtbot.waitUntil(lambda: shows(expected["all"]), timeout=TIMEOUT)
    assert page.count_label.text() == f"共 {expected['all']:,} 条"
    bar.state.setCurrentIndex(bar.state.findData("closed"))
    qtbot.waitUntil(lambda: shows(expected["closed"]), timeout=TIMEOUT)
    assert page.count_label.text() == f"共 {expected['closed']:,} 条"
    bar.state.setCurrentIndex(0)
    for word in ("电梯", "梯"):
        bar.search.clear()
        bar.search.insert(word)
        qtbot.waitUntil(lambda w=word: shows(expected[w]), timeout=TIMEOUT)
        rows = [fresh_row(qtbot, page, i) for i in page.model.ids[:5]]
        assert all(word in r.title + r.description + r.number for r in rows)
    bar.search.clear()
    bar.overdue.setChecked(True)
    qtbot.waitUntil(lambda: shows(expected["overdue"]), timeout=TIMEOUT)
    row = fresh_row(qtbot, page, page.model.ids[0])
    assert row.overdue
    column = page.model.columns.index(next(c for c in page.model.columns if c.header == "逾期"))
    index = page.model.index(0, column)
    assert page.model.data(index) == f"{row.days_overdue}天"
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole).name() == "#c0392b"
    window.close()


def test_ledger_preview_opens_with_pages(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    window = login(qtbot, demo_copy, "jingban")
    page = ledger_page(qtbot, window)
    page.filter_bar.state.setCurrentIndex(page.filter_bar.state.findData("closed"))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=TIMEOUT)
    closed = len(page.model.ids)
    page.actions_by_key["print"].trigger()
    qtbot.waitUntil(lambda: bool(getattr(window.context, "previews", [])), timeout=30_000)
    preview = window.context.previews[-1]
    assert preview.page_count() >= 1
    assert "问题台账" in preview.windowTitle()
    first = re.sub(r"\s+", "", pypdf.PdfReader(preview.path).pages[0].extract_text())
    assert "状态：已销号" in first and f"共{closed}件" in first  # what the list showed
    assert f"第1页共{preview.page_count()}页" in first
    preview.close()
    window.close()


def test_statistics_page_shows_the_service_figures(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    window = login(qtbot, demo_copy, "shenhe")
    page = window.show_page("统计分析")
    qtbot.waitUntil(lambda: page.stats is not None and not window.runner.busy, timeout=TIMEOUT)
    total = page.stats.total
    assert f"收集问题 <b>{total.collected}</b> 件" in page.summary.text()
    assert len(page.chart.bars) == len(page.stats.by_source)
    assert sum(b.total for b in page.chart.bars) == total.collected
    assert page.scores.table.rows_model.rowCount() > 0
    window.close()


def test_detail_shows_history_and_takes_an_attachment(qtbot, demo_copy: Path,  # noqa: ANN001
                                                      tmp_path: Path) -> None:
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        problem_id = ledger.problem_ids(session, ProblemFilter(
            states=frozenset({"in_progress"})))[0]
    database.dispose()
    window = login(qtbot, demo_copy, "jingban")
    page = ledger_page(qtbot, window)
    select(qtbot, page, problem_id)
    dialog = trigger(qtbot, page, "view")
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=TIMEOUT)
    events = dialog.tables["events"].rows_model.rows
    assert [e.action for e in events][:2] == ["create", "review_in"]
    assert dialog.action_buttons["resolve"].isEnabled()  # a clerk records the unit's 办结
    assert not dialog.action_buttons["close"].isEnabled()  # 销号 is a reviewer's
    assert not dialog.action_buttons["escalate"].isEnabled()
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    dialog.add_attachment(str(photo))
    qtbot.waitUntil(lambda: len(dialog.tables["attachments"].rows_model.rows) == 1
                    and not window.runner.busy, timeout=TIMEOUT)
    stored = dialog.tables["attachments"].rows_model.rows[0]
    assert stored.file_name == "现场照片.jpg" and stored.size == photo.stat().st_size
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        assert attachments.verify_attachment(session, stored.id)
    database.dispose()
    assert dialog.tables["events"].rows_model.rows[-1].action == "attach"
    dialog.close()
    window.close()


def test_reviewer_sends_a_letter_and_records_the_measures(qtbot, demo_copy: Path,  # noqa: ANN001
                                                          recorded_messages) -> None:  # noqa: ANN001
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        problem_id = ledger.problem_ids(session, ProblemFilter(
            states=frozenset({"assigned"})))[0]
        before = problem_detail(session, problem_id)
    window = login(qtbot, demo_copy, "shenhe")
    page = ledger_page(qtbot, window)
    select(qtbot, page, problem_id)
    form = trigger(qtbot, page, "letter")
    qtbot.waitUntil(lambda: form.draft is not None, timeout=TIMEOUT)
    assert form.fields["recipient"].value() == before.problem.responsible
    assert "督办函" in form.fields["title"].value()
    save(qtbot, form)
    assert "文号连续编排，不能收回或作废" in recorded_messages.confirms[-1]
    qtbot.waitUntil(lambda: bool(getattr(window.context, "previews", [])), timeout=30_000)
    preview = window.context.previews[-1]
    assert "〔" in preview.windowTitle() and preview.page_count() >= 1
    preview.close()

    select(qtbot, page, problem_id)
    form = trigger(qtbot, page, "coordinate")
    assert form.fields["numbers"].value() == before.problem.number
    type_text(form.fields["topic"].edit, "责任单位推诿，协调明确牵头部门")
    save(qtbot, form)
    select(qtbot, page, problem_id)
    form = trigger(qtbot, page, "accountability")
    form.fields["measure"].set_value("criticism")
    type_text(form.fields["note"].edit, "超过办理时限未报到")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=TIMEOUT)
    assert not recorded_messages.errors
    with database.read_session() as session:
        after = problem_detail(session, problem_id)
    database.dispose()
    assert len(after.letters) == len(before.letters) + 1
    assert after.coordinations[0].topic == "责任单位推诿，协调明确牵头部门"
    assert after.accountability[-1].measure == "criticism"
    assert after.accountability[-1].target == before.problem.responsible
    window.close()


def test_administrator_edits_the_taxonomy(qtbot, demo_copy: Path) -> None:  # noqa: ANN001
    window = login(qtbot, demo_copy, "admin")
    page = ledger_page(qtbot, window)
    assert page.settings_action.isVisible()
    page.edit_taxonomy()
    dialog = page._dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=TIMEOUT)
    dialog.add_major()
    type_text(dialog.form.fields["name"].edit, "文明创建")
    save(qtbot, dialog.form)
    qtbot.waitUntil(lambda: bool(dialog.tree.findItems("文明创建", Qt.MatchFlag.MatchExactly)),
                    timeout=TIMEOUT)
    dialog.tree.setCurrentItem(dialog.tree.findItems("文明创建", Qt.MatchFlag.MatchExactly)[0])
    dialog.add_minor()
    type_text(dialog.form.fields["name"].edit, "不文明养犬")
    save(qtbot, dialog.form)
    qtbot.waitUntil(lambda: dialog.tree.findItems(
        "文明创建", Qt.MatchFlag.MatchExactly)[0].childCount() == 1, timeout=TIMEOUT)
    dialog.close()
    qtbot.waitUntil(lambda: any(c.path == "文明创建/不文明养犬"
                                for c in (page.lookups.categories if page.lookups else ())),
                    timeout=TIMEOUT)
    page.edit_settings()
    settings = page._dialog
    qtbot.waitUntil(lambda: settings.fields["prefix"].value() == "兴文社区", timeout=TIMEOUT)
    settings.fields["on_time"].edit.setText("6")
    settings.fields["late"].edit.setText("x")
    settings.save()  # the service refuses it; the form stays open, the message beside it
    qtbot.waitUntil(lambda: "必须是数字" in settings.error_labels["late"].text(),
                    timeout=TIMEOUT)
    assert settings.isVisible()
    settings.fields["late"].edit.setText("-4")
    settings.fields["prefix"].edit.setText("兴文党委")
    save(qtbot, settings)
    database = open_database(str(demo_copy))
    with database.read_session() as session:
        rules, letter = config.scoring_rules(session), config.letter_settings(session)
    database.dispose()
    assert (rules.on_time, rules.late, letter.prefix) == (Decimal("6"), Decimal("-4"), "兴文党委")
    window.close()

