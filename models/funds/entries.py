"""Entries (凭证) as a clerk drafts them: receipts, allocations to a branch, spending.

A draft may be edited and deleted (versioned, audited through models.records). Once a
reviewer posts it (models.funds.posting) it is never edited or deleted again: the
services refuse, and database triggers refuse too.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session, aliased

from models import audit, records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.funds import accounts, rules
from models.funds.config import get_settings
from models.funds.entities import (
    COMMUNITY_LABEL,
    FUNDS,
    KINDS,
    RECEIPT_SOURCES,
    SOURCE_FUNDS,
    STATUSES,
    FundAttachment,
    FundEntry,
)
from models.funds.money import MAX_FEN, amount_in_words, format_fen, parse_amount
from models.messages import register
from models.registry.entities import PartyOrg

register({
    "funds.posted_readonly": "凭证 {voucher} 已记账，不能修改或删除。"
                             "如有错误，请由审核人做冲销凭证，"
                             "再重新录入正确的凭证。",
    "funds.reversal_readonly": "冲销草稿的内容取自原凭证，不能修改；如有错误，请删除后重新冲销。",
    "funds.source_fund": "“{source}”的收入应记入“{fund}”。",
    "funds.unknown_category": "支出类别“{category}”不在经费设置的类别中，请从列表中选择。",
    "funds.no_voucher": "找不到 {year} 年第 {number} 号凭证。",
})

LABEL = "经费凭证"
ALL = "all"  # list_entries(holder=ALL): every holder


def voucher_label(year: int | None, number: int | None) -> str:
    """"2026-0012"; empty for a draft."""
    return f"{year}-{number:04d}" if year is not None and number is not None else ""


@dataclass(frozen=True)
class EntryData:
    """What the entry form collects. `amount` is the typed text, or fen as an int."""

    kind: str
    fund: str
    entry_date: dt.date | None
    amount: str | int
    summary: str
    holder_org_id: int | None = None  # receipt/spending: None = community; allocation: branch
    source: str = ""          # receipt: a RECEIPT_SOURCES key
    counterparty: str = ""    # receipt: payer or donor; spending: payee
    category: str = ""        # spending: one of the configured categories
    approver: str = ""
    meeting_ref: str = ""
    meeting_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class EntryRecord:
    id: int
    version: int
    kind: str
    status: str
    fund: str
    holder_org_id: int | None
    holder_name: str
    entry_date: dt.date
    amount_fen: int
    summary: str
    source: str
    counterparty: str
    category: str
    approver: str
    meeting_ref: str
    meeting_date: dt.date | None
    note: str
    drafted_by: str
    voucher_year: int | None
    voucher_no: int | None
    posted_at: dt.datetime | None
    posted_by: str
    reverses_id: int | None
    reverses_voucher: str     # the voucher this one reverses ("" if none)
    reversed_by_id: int | None
    reversed_by_voucher: str  # the voucher that reversed this one ("" if none)
    attachment_count: int

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def fund_label(self) -> str:
        return FUNDS[self.fund]

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def source_label(self) -> str:
        return RECEIPT_SOURCES.get(self.source, "")

    @property
    def amount_text(self) -> str:
        return format_fen(self.amount_fen)

    @property
    def amount_words(self) -> str:
        return amount_in_words(self.amount_fen)

    @property
    def voucher(self) -> str:
        return voucher_label(self.voucher_year, self.voucher_no)

    @property
    def is_posted(self) -> bool:
        return self.status == "posted"

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None


def clean_entry(session: Session, data: EntryData, *,
                today: dt.date | None = None) -> dict[str, object]:
    """Validated column values, or FieldErrors naming every bad field; then the rules."""
    check = validation.Collector()
    kind = check(validation.choice, "kind", "凭证类型", data.kind, KINDS)
    fund = check(accounts.check_fund, data.fund)
    entry_date = check(validation.past_date, "entry_date", "日期", data.entry_date,
                       required=True, today=today)
    amount = check(_amount, data.amount)
    holder = check(_holder, session, kind, data.holder_org_id)
    values: dict[str, object] = {
        "kind": kind, "fund": fund, "entry_date": entry_date, "amount": amount,
        "holder_org_id": holder,
        "summary": check(validation.text, "summary", "摘要", data.summary, required=True),
        "source": "", "category": "", "counterparty": "", "approver": "",
        "meeting_ref": check(validation.text, "meeting_ref", "决策会议", data.meeting_ref),
        "meeting_date": data.meeting_date,
        "note": check(validation.note, "note", "备注", data.note),
    }
    if kind == "receipt":
        values["source"] = check(_source, data.source, fund)
        values["counterparty"] = check(validation.text, "counterparty", "捐赠人" if
                                       data.source == "donation" else "付款单位",
                                       data.counterparty, required=data.source == "donation")
    elif kind == "spending":
        values["category"] = check(_category, session, data.category)
        values["counterparty"] = check(validation.text, "counterparty", "收款人",
                                       data.counterparty, required=True)
    values["approver"] = check(validation.text, "approver", "审批人", data.approver,
                               required=kind == "spending", limit=50)
    check.done()
    if kind == "spending" and entry_date is not None:
        rules.check_spending_rules(
            get_settings(session), fund=fund, category=str(values["category"]),
            amount=amount, meeting_ref=str(values["meeting_ref"]),
            meeting_date=data.meeting_date, entry_date=entry_date)
    return values


def _amount(value: str | int) -> int:
    fen = value if isinstance(value, int) else parse_amount(value)
    if fen <= 0:
        raise FieldError("amount", "field.not_positive", label="金额")
    if fen > MAX_FEN:
        raise FieldError("amount", "funds.amount_too_large", label="金额")
    return fen


def _holder(session: Session, kind: str | None, holder_org_id: int | None) -> int | None:
    if holder_org_id is None:
        if kind == "allocation":
            raise FieldError("holder_org_id", "field.required", label="拨付对象（小区党支部）")
        return None
    return accounts.check_branch(session, holder_org_id)


def _source(source: str, fund: str | None) -> str:
    validation.choice("source", "收入来源", source, RECEIPT_SOURCES)
    if fund is not None and SOURCE_FUNDS[source] != fund:
        raise FieldError("source", "funds.source_fund", source=RECEIPT_SOURCES[source],
                         fund=FUNDS[SOURCE_FUNDS[source]])
    return source


def _category(session: Session, category: str) -> str:
    category = validation.text("category", "支出类别", category, required=True, limit=50)
    if category not in get_settings(session).categories:
        raise FieldError("category", "funds.unknown_category", category=category)
    return category


def load_draft(session: Session, entry_id: int) -> FundEntry:
    """The entry, refused with the reason if it is posted."""
    entry = records.load(session, FundEntry, entry_id, LABEL)
    if entry.status != "draft":
        raise UserError("funds.posted_readonly",
                        voucher=voucher_label(entry.voucher_year, entry.voucher_no))
    return entry


def create_draft(session: Session, actor: Actor, data: EntryData, *,
                 today: dt.date | None = None) -> int:
    actor = require(session, actor, "clerk")
    values = clean_entry(session, data, today=today)
    entry = FundEntry(**values, status="draft", drafted_by=actor.display_name)
    return records.create(session, actor, entry).id


def update_draft(session: Session, actor: Actor, entry_id: int, expected_version: int,
                 data: EntryData, *, today: dt.date | None = None) -> None:
    actor = require(session, actor, "clerk")
    entry = load_draft(session, entry_id)
    if entry.reverses_id is not None:  # its content is the original's, negated
        raise UserError("funds.reversal_readonly")
    records.update(session, actor, entry, expected_version, LABEL,
                   clean_entry(session, data, today=today))


def delete_draft(session: Session, actor: Actor, entry_id: int, expected_version: int) -> None:
    """Delete a draft with its attachment rows (the files stay: they are shared by hash)."""
    actor = require(session, actor, "clerk")
    entry = load_draft(session, entry_id)
    records.check_version(entry, expected_version, LABEL)
    for attachment in session.execute(select(FundAttachment).where(
            FundAttachment.entry_id == entry_id)).scalars():
        audit.record(session, actor, "delete", "fund_attachment", attachment.id,
                     before=audit.snapshot(attachment))
    session.execute(delete(FundAttachment).where(FundAttachment.entry_id == entry_id))
    records.delete(session, actor, entry, expected_version, LABEL, entry.summary)


def _query() -> Select[Any]:
    reversal = aliased(FundEntry)
    original = aliased(FundEntry)
    count = (select(func.count(FundAttachment.id))
             .where(FundAttachment.entry_id == FundEntry.id).scalar_subquery())
    return (select(FundEntry, PartyOrg.name, original.voucher_year, original.voucher_no,
                   reversal.id, reversal.voucher_year, reversal.voucher_no, count)
            .outerjoin(PartyOrg, PartyOrg.id == FundEntry.holder_org_id)
            .outerjoin(original, original.id == FundEntry.reverses_id)
            .outerjoin(reversal, reversal.reverses_id == FundEntry.id))


def _record(row: tuple[Any, ...]) -> EntryRecord:
    e, holder, orig_year, orig_no, rev_id, rev_year, rev_no, attachments = row
    return EntryRecord(
        e.id, e.version, e.kind, e.status, e.fund, e.holder_org_id,
        holder or COMMUNITY_LABEL, e.entry_date, e.amount, e.summary,
        e.source, e.counterparty, e.category, e.approver, e.meeting_ref, e.meeting_date, e.note,
        e.drafted_by, e.voucher_year, e.voucher_no, e.posted_at, e.posted_by, e.reverses_id,
        voucher_label(orig_year, orig_no), rev_id, voucher_label(rev_year, rev_no),
        int(attachments))


def get_entry(session: Session, entry_id: int) -> EntryRecord:
    row = session.execute(_query().where(FundEntry.id == entry_id)).first()
    if row is None:
        raise UserError("record.missing", entity=LABEL, id=entry_id)
    return _record(tuple(row))


def find_by_voucher(session: Session, year: int, number: int) -> EntryRecord:
    row = session.execute(_query().where(FundEntry.voucher_year == year,
                                         FundEntry.voucher_no == number)).first()
    if row is None:
        raise UserError("funds.no_voucher", year=year, number=number)
    return _record(tuple(row))


def list_entries(session: Session, *, year: int | None = None, fund: str | None = None,
                 holder: int | None | str = ALL, status: str | None = None,
                 kind: str | None = None) -> list[EntryRecord]:
    """Entries by date then voucher number; drafts (no number yet) after posted ones."""
    stmt = _query()
    if year is not None:
        stmt = stmt.where(FundEntry.entry_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if fund is not None:
        stmt = stmt.where(FundEntry.fund == fund)
    if holder is None:
        stmt = stmt.where(FundEntry.holder_org_id.is_(None))
    elif holder != ALL:
        stmt = stmt.where(FundEntry.holder_org_id == holder)
    for column, value in ((FundEntry.status, status), (FundEntry.kind, kind)):
        if value is not None:
            stmt = stmt.where(column == value)
    stmt = stmt.order_by(FundEntry.entry_date, FundEntry.voucher_no.is_(None),
                         FundEntry.voucher_no, FundEntry.id)
    return [_record(tuple(row)) for row in session.execute(stmt)]


def editable_data(record: EntryRecord) -> EntryData:
    """The form's starting values for a draft."""
    return EntryData(kind=record.kind, fund=record.fund, entry_date=record.entry_date,
                     amount=format_fen(record.amount_fen), summary=record.summary,
                     holder_org_id=record.holder_org_id, source=record.source,
                     counterparty=record.counterparty, category=record.category,
                     approver=record.approver, meeting_ref=record.meeting_ref,
                     meeting_date=record.meeting_date, note=record.note)
