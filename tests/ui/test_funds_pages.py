"""党建经费 through the real page and forms: a clerk drafts, a reviewer posts and reverses."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.auth import Actor
from models.funds import entries, posting
from models.funds.entries import EntryData, EntryRecord
from tests.ui.helpers import idle, login
from ui.funds.common import RED
from ui.funds.page import FundsPage
from ui.shell.main_window import MainWindow

BRANCH = "翰林苑小区党支部"


@pytest.fixture
def db_path(demo_copy: Path) -> Path:
    return demo_copy


def funds_page(qtbot, window: MainWindow) -> FundsPage:
    page = window.show_page("党建经费")
    idle(qtbot, window)
    return page  # type: ignore[return-value]


def type_text(qtbot, edit, text: str) -> None:
    """ASCII key by key; Chinese as an input method commits it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def trigger(page: FundsPage, text: str) -> None:
    next(a for a in page.toolbar.actions() if a.text() == text).trigger()


def row_by(page: FundsPage, summary: str) -> EntryRecord:
    return next(r for r in page.model.rows if r.summary == summary)


def fill(qtbot, form, **values: str) -> None:
    for name, value in values.items():
        field = form.fields[name]
        if hasattr(field, "combo"):
            field.combo.setCurrentText(value)
        else:
            type_text(qtbot, field.edit, value)


def save(qtbot, page: FundsPage, form, summary: str, *,
         wait: bool = True) -> EntryRecord:
    """Save; without `wait`, before the worker's check is back (saved once it is clean)."""
    if wait:
        qtbot.waitUntil(form.save_button.isEnabled, timeout=10_000)
    form.save()
    qtbot.waitUntil(lambda: any(r.summary == summary for r in page.model.rows), timeout=10_000)
    return row_by(page, summary)


def post(qtbot, page: FundsPage, row: EntryRecord) -> EntryRecord:
    page.select_id(row.id)
    trigger(page, "记账")
    qtbot.waitUntil(lambda: row_by(page, row.summary).is_posted, timeout=10_000)
    return row_by(page, row.summary)


def test_clerk_drafts_and_reviewer_posts(qtbot, db_path: Path, tmp_path: Path,
                                         recorded_messages) -> None:
    window = login(qtbot, db_path, "jingban")
    page = funds_page(qtbot, window)
    trigger(page, "新增收入")
    form = page.entry_form
    assert form.fields["fund"].value() == "fiscal"  # 街道拨付 feeds 财政投入
    fill(qtbot, form, amount="12,345.6", summary="街道拨付党建专项经费",
         counterparty="江北街道党工委")
    receipt = save(qtbot, page, form, "街道拨付党建专项经费")
    trigger(page, "新增拨付")
    fill(qtbot, page.entry_form, holder_org_id=BRANCH, amount="2000", summary="拨付主题党日经费")
    allocation = save(qtbot, page, page.entry_form, "拨付主题党日经费", wait=False)
    trigger(page, "新增支出")
    form = page.entry_form
    invoice = tmp_path / "发票.pdf"
    invoice.write_bytes(b"%PDF-1.4 invoice")
    form.add_files([invoice])
    fill(qtbot, form, holder_org_id=BRANCH, category="党建活动", amount="1,234.5",
         counterparty="兴文超市", summary="主题党日活动用品采购", approver="王建国")
    spending = save(qtbot, page, form, "主题党日活动用品采购")
    assert [r.status for r in (receipt, allocation, spending)] == ["draft"] * 3
    assert receipt.amount_text == "12,345.60" and spending.amount_fen == 123_450
    assert allocation.holder_name == BRANCH and spending.attachment_count == 1
    window.close()

    window = login(qtbot, db_path, "shenhe")
    page = funds_page(qtbot, window)
    posted = [post(qtbot, page, row) for row in (receipt, allocation, spending)]
    numbers = [r.voucher_no for r in posted]
    assert all(numbers) and numbers == sorted(numbers) and len(set(numbers)) == 3
    assert "记账后取得" in recorded_messages.confirms[0] and not recorded_messages.errors
    assert f"已记账，凭证号 {posted[-1].voucher}" in page.notice.text()
    page.holder.setCurrentText(BRANCH)
    idle(qtbot, window)
    assert "财政投入" in page.balance_label.text() and BRANCH in page.balance_label.text()
    window.close()


def test_reviewer_reverses_a_mistake(qtbot, db_path: Path,
                                     recorded_messages) -> None:
    window = login(qtbot, db_path, "shenhe")
    page = funds_page(qtbot, window)
    original = next(r for r in page.model.rows if r.kind == "spending" and r.is_posted
                    and r.reversed_by_id is None and not r.is_reversal)
    page.select_id(original.id)
    trigger(page, "冲销")
    dialog = page.reverse_dialog
    dialog.submit()
    assert "请填写冲销原因" in dialog.error.text()
    type_text(qtbot, dialog.reason, "金额录错")
    dialog.submit()
    assert "红字冲销凭证" in recorded_messages.confirms[-1]
    qtbot.waitUntil(lambda: any(r.reverses_id == original.id for r in page.model.rows),
                    timeout=10_000)
    reversal = next(r for r in page.model.rows if r.reverses_id == original.id)
    assert reversal.summary == f"冲销 {original.voucher} 号凭证：金额录错"
    assert not reversal.is_posted  # drafted only: another reviewer posts it
    with window.runner.database.session() as session:
        posting.post_entry(session, Actor("admin", "王建国", "admin"), reversal.id,
                           reversal.version)
    page.refresh()
    qtbot.waitUntil(lambda: any(r.reverses_id == original.id and r.is_posted
                                for r in page.model.rows), timeout=10_000)
    reversal = next(r for r in page.model.rows if r.reverses_id == original.id)
    before = next(r for r in page.model.rows if r.id == original.id)
    assert before.reversed_by_voucher == reversal.voucher
    source = page.model.rows.index(reversal)
    assert page.model.data(page.model.index(source, 0), Qt.ItemDataRole.ForegroundRole) == RED
    status_column = len(page.model.columns) - 1
    assert "已被" in page.model.data(page.model.index(page.model.rows.index(before), status_column))
    window.close()


def test_overspending_is_refused_with_the_services_words(qtbot, db_path: Path,
                                                         recorded_messages) -> None:
    window = login(qtbot, db_path, "shenhe")
    page = funds_page(qtbot, window)
    with window.runner.database.session() as session:
        from models.auth import Actor  # noqa: PLC0415
        from models.funds import accounts  # noqa: PLC0415

        branch = next(b.id for b in accounts.list_branches(session) if b.name == BRANCH)
        entries.create_draft(session, Actor("jingban", "张小军", "clerk"), EntryData(
            "spending", "fiscal", dt.date.today(), "9,999,999", "超支测试：党群服务站装修",
            holder_org_id=branch, category="阵地建设", counterparty="江北五金店",
            approver="王建国", meeting_ref="支委会（临时）", meeting_date=dt.date.today()))
    page.refresh()
    idle(qtbot, window)
    row = row_by(page, "超支测试：党群服务站装修")
    page.select_id(row.id)
    trigger(page, "记账")
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=10_000)
    assert "余额不足" in recorded_messages.errors[-1] and "还差" in recorded_messages.errors[-1]
    page.refresh()
    idle(qtbot, window)
    assert row_by(page, row.summary).status == "draft"
    window.close()


def test_a_clerk_cannot_post(qtbot, db_path: Path, recorded_messages) -> None:
    window = login(qtbot, db_path, "jingban")
    page = funds_page(qtbot, window)
    draft = next(r for r in page.model.rows if r.status == "draft")
    page.select_id(draft.id)
    post = next(a for a in page.toolbar.actions() if a.text() == "记账")
    assert not post.isEnabled()  # disabled before any form is filled, the reason beside it
    assert "审核人" in post.toolTip()
    trigger(page, "记账")  # a disabled action does nothing (the service refuses anyway)
    assert not recorded_messages.confirms
    assert not next(a for a in page.toolbar.actions() if a.text() == "经费设置").isVisible()
    page.refresh()
    idle(qtbot, window)
    assert next(r for r in page.model.rows if r.id == draft.id).status == "draft"
    window.close()


def test_form_checks_amount_and_rules_as_the_clerk_types(qtbot,
                                                        db_path: Path) -> None:
    window = login(qtbot, db_path, "jingban")
    page = funds_page(qtbot, window)
    trigger(page, "新增支出")
    form = page.entry_form
    fill(qtbot, form, amount="12.345")
    assert "最多填写两位小数" in form.error_labels["amount"].text()
    assert form.error_labels["amount"].isVisibleTo(form) and not form.save_button.isEnabled()
    form.fields["amount"].edit.clear()
    form.fields["fund"].set_value("dues")
    fill(qtbot, form, amount="100", category="办公用品", summary="打印纸", counterparty="兴文超市",
         approver="王建国")
    qtbot.waitUntil(lambda: "党费留存补助只能用于" in form.error_labels["category"].text(),
                    timeout=10_000)
    form.close()
    posted = next(r for r in page.model.rows if r.is_posted)
    page.open_row(posted)
    form = page.entry_form
    assert form.read_only and form.banner.isVisibleTo(form)
    assert f"凭证 {posted.voucher} 已记账，不能修改或删除" in form.banner.text()
    assert not form.save_button.isVisibleTo(form)
    assert not form.fields["amount"].widget.isEnabled()
    form.close()
    page.open_dues()
    page.dues_dialog.base.setText("8,500")
    assert "127.50" in page.dues_dialog.outcome_label.text()
    window.close()


def test_journal_preview_opens_with_pages(qtbot, db_path: Path) -> None:
    window = login(qtbot, db_path, "shenhe")
    page = funds_page(qtbot, window)
    page.year.setCurrentIndex(page.year.findData(dt.date.today().year - 1))
    page.holder.setCurrentText(BRANCH)
    idle(qtbot, window)
    trigger(page, "日记账")
    dialog = page.journal_dialog
    idle(qtbot, window)
    assert dialog.holder.currentText() == BRANCH and dialog.fund.currentData() == "fiscal"
    summaries = [line.summary for line in dialog.model.rows]
    assert summaries[0] == "上年结转" and summaries.count("本月合计") == 12
    dialog.preview()
    qtbot.waitUntil(lambda: bool(getattr(window.context, "previews", [])), timeout=30_000)
    preview = window.context.previews[-1]
    assert preview.page_count() >= 2
    preview.close()
    window.close()


def test_admin_changes_the_decision_threshold(qtbot, db_path: Path) -> None:
    from models.funds.config import get_settings  # noqa: PLC0415

    window = login(qtbot, db_path, "admin")
    page = funds_page(qtbot, window)
    trigger(page, "经费设置")
    dialog = page.settings_dialog
    qtbot.waitUntil(lambda: dialog.version is not None, timeout=10_000)
    assert dialog.threshold.text() == "5,000.00"
    dialog.threshold.setText("1,000.5x")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.errors["decision_threshold"].text()), timeout=10_000)
    assert "不是有效金额" in dialog.errors["decision_threshold"].text()
    dialog.threshold.setText("1,000")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with window.runner.database.read_session() as session:
        assert get_settings(session).decision_threshold_fen == 100_000
    window.close()
