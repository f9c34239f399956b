"""Drafts are edited and deleted freely; posted entries never, by the service or the database."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models import audit
from models.errors import FieldErrors, StaleRecord, UserError
from models.funds import entries
from models.funds.entries import EntryData
from tests.models.funds.conftest import CLERK, DAY, Books, allocation, receipt, spending


def test_draft_edited_then_posted_as_typed(books: Books) -> None:
    entry_id = books.draft(dataclasses.replace(receipt(0), amount="1,234.5"))
    with books.db.session() as session:
        record = entries.get_entry(session, entry_id)
        assert (record.status, record.voucher, record.amount_text) == ("draft", "", "1,234.50")
        changed = dataclasses.replace(entries.editable_data(record), amount="2,000",
                                      summary="街道拨付一季度经费")
        entries.update_draft(session, CLERK, entry_id, record.version, changed)
    with pytest.raises(StaleRecord), books.db.session() as session:  # saved over version 1
        entries.update_draft(session, CLERK, entry_id, record.version, receipt(3_000))
    posted = books.post(entry_id)
    assert (posted.amount_fen, posted.summary, posted.amount_words) == (
        200_000, "街道拨付一季度经费", "贰仟元整")
    with books.db.read_session() as session:
        actions = [h.action for h in audit.history(session, "fund_entry", entry_id)]
    assert actions == ["create", "update", "update"]  # drafted, edited, posted


def test_posted_entry_cannot_be_edited_or_deleted(books: Books) -> None:
    posted = books.book(receipt(1_000))
    with pytest.raises(UserError) as caught, books.db.session() as session:
        entries.update_draft(session, CLERK, posted.id, posted.version, receipt(9_000))
    assert caught.value.message.startswith("凭证 2025-0001 已记账，不能修改或删除。")
    with pytest.raises(UserError, match="已记账，不能修改或删除"), books.db.session() as session:
        entries.delete_draft(session, CLERK, posted.id, posted.version)
    with books.db.read_session() as session:
        assert entries.get_entry(session, posted.id).amount_fen == 1_000
    assert books.balance("fiscal", None) == 1_000


def test_database_refuses_changes_to_what_is_posted(books: Books) -> None:
    books.book(receipt(1_000))
    draft = books.draft(receipt(5_000))
    for statement in ("UPDATE fund_entry SET amount = 1 WHERE status = 'posted'",
                      "DELETE FROM fund_entry WHERE status = 'posted'",
                      "UPDATE fund_line SET amount = 1", "DELETE FROM fund_line"):
        with pytest.raises(DBAPIError), books.db.session() as session:
            session.execute(text(statement))
    with books.db.session() as session:  # drafts stay editable
        session.execute(text("UPDATE fund_entry SET summary = 'x' WHERE id = :id"), {"id": draft})
    assert books.balance("fiscal", None) == 1_000


def test_deleted_draft_leaves_no_gap_and_numbers_restart_each_year(books: Books) -> None:
    first = books.draft(receipt(1_000))
    second = books.draft(receipt(2_000))
    with books.db.session() as session:
        entries.delete_draft(session, CLERK, first, 1)
    assert books.post(second).voucher == "2025-0001"
    assert books.book(receipt(3_000, day=dt.date(2024, 12, 31))).voucher == "2024-0001"
    assert books.book(receipt(4_000)).voucher == "2025-0002"
    with books.db.read_session() as session:
        assert entries.find_by_voucher(session, 2025, 2).amount_fen == 4_000
        with pytest.raises(UserError, match="找不到 2025 年第 9 号凭证"):
            entries.find_by_voucher(session, 2025, 9)


def test_every_bad_field_reported(books: Books) -> None:
    bad = EntryData("receipt", "donation", dt.date.today() + dt.timedelta(days=1), "0", " ",
                    source="donation")
    with pytest.raises(FieldErrors) as caught:
        books.draft(bad)
    assert caught.value.by_field() == {
        "entry_date": "日期不能晚于今天。", "amount": "金额必须大于零。",
        "summary": "摘要不能为空。", "counterparty": "捐赠人不能为空。"}
    with pytest.raises(FieldErrors) as caught:
        books.draft(EntryData("spending", "fiscal", DAY, "12", "购买茶叶", category="茶叶"))
    assert set(caught.value.by_field()) == {"category", "counterparty", "approver"}


def test_source_must_match_fund_and_holders_must_be_branches(books: Books) -> None:
    with pytest.raises(FieldErrors, match="“社会捐助”的收入应记入“社会筹集”"):
        books.draft(dataclasses.replace(receipt(100), source="donation", counterparty="某公司"))
    with pytest.raises(FieldErrors, match="拨付对象（小区党支部）不能为空"):
        books.draft(dataclasses.replace(allocation(100, books.branches[0]), holder_org_id=None))
    group = books.branches[-1] + 1  # the building group made after the branches
    with pytest.raises(FieldErrors, match="所选组织不是小区党支部"):
        books.draft(spending(100, group))


def test_list_entries_filters_and_orders(books: Books) -> None:
    branch = books.branches[0]
    books.book(receipt(10_000, day=dt.date(2025, 1, 2)))
    books.book(allocation(5_000, branch, day=dt.date(2025, 1, 3)))
    draft = books.draft(spending(100, branch, day=dt.date(2025, 1, 1)))
    with books.db.read_session() as session:
        everything = entries.list_entries(session, year=2025)
        mine = entries.list_entries(session, holder=branch)
        drafts = entries.list_entries(session, status="draft")
    assert [e.voucher for e in everything] == ["", "2025-0001", "2025-0002"]
    assert [(e.kind_label, e.holder_name) for e in mine] == [
        ("支出", "翰林苑小区党支部"), ("拨付", "翰林苑小区党支部")]
    assert [e.id for e in drafts] == [draft]
