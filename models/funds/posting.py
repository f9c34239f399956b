"""Posting (记账) and reversing (冲销) entries: the reviewer's side.

Posting re-checks the rules (the settings may have changed since the draft was saved),
refuses if any account would go below zero, then gives the entry its voucher number and
writes its lines. A posted entry is corrected only by a reversing entry: the full
amount with the lines negated, referring to the original, with its own voucher number.
An entry is reversed at most once, and a reversal is never reversed (re-enter the correct
entry instead).

Segregation of duties (会计基础工作规范: who records a correction does not also approve
it): `reverse_entry` only drafts the reversal; `post_entry` posts it, and refuses a
reviewer who drafted it. The rule is for reversals, as the issue on printed vouchers asks;
ordinary entries may still be drafted and posted by one reviewer, since small offices
often have one. People are compared by the name the books record (drafted_by).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit, records, validation
from models.auth import Actor, require
from models.base import utcnow
from models.errors import FieldError, UserError
from models.funds import rules, vouchers
from models.funds.config import get_settings
from models.funds.entities import FundEntry, FundLine
from models.funds.entries import LABEL, EntryRecord, get_entry, voucher_label
from models.messages import register

register({
    "funds.already_posted": "凭证已由 {user} 记账（凭证号 {voucher}），不能重复记账。",
    "funds.reverse_draft": "草稿尚未记账，不需要冲销：可直接修改或删除。",
    "funds.reverse_reversal": "凭证 {voucher} 本身是冲销凭证，不能再冲销；请重新录入正确的凭证。",
    "funds.already_reversed": "凭证 {voucher} 已被凭证 {by} 冲销，不能重复冲销。",
    "funds.reverse_before": "冲销日期 {on} 早于原凭证日期 {original}。",
    "funds.reversal_pending": "凭证 {voucher} 已有一张待记账的冲销草稿，请先记账或删除它。",
    "funds.reversal_same_person": "冲销凭证由 {user} 起草，"
                                  "须由另一位审核人记账（不相容岗位分离）。",
})


def _load(session: Session, entry_id: int) -> FundEntry:
    """The entry as committed now: read after the posting lock, never from a stale cache."""
    entry = session.get(FundEntry, entry_id, populate_existing=True)
    if entry is None:
        raise UserError("record.missing", entity=LABEL, id=entry_id)
    return entry


def _write_lines(session: Session, actor: Actor, entry_id: int,
                 lines: list[rules.Line]) -> None:
    rows = [FundLine(entry_id=entry_id, fund=line.fund, holder_org_id=line.holder_org_id,
                     amount=line.amount) for line in lines]
    session.add_all(rows)
    session.flush()
    for row in rows:  # one full snapshot per line, so `check` can prove each amount
        audit.record(session, actor, "create", "fund_line", row.id, after=audit.snapshot(row))


def post_entry(session: Session, actor: Actor, entry_id: int,
               expected_version: int) -> EntryRecord:
    """Post a draft: rules, balances, voucher number, lines. Reviewers only; a reversal
    only by a reviewer other than the one who drafted it."""
    actor = require(session, actor, "reviewer")
    vouchers.lock_postings(session)
    entry = _load(session, entry_id)
    if entry.status != "draft":
        raise UserError("funds.already_posted", user=entry.posted_by,
                        voucher=voucher_label(entry.voucher_year, entry.voucher_no))
    records.check_version(entry, expected_version, LABEL)
    reversal = entry.reverses_id is not None
    if reversal and entry.drafted_by == actor.display_name:
        raise UserError("funds.reversal_same_person", user=entry.drafted_by)
    if entry.kind == "spending" and not reversal:
        rules.check_spending_rules(
            get_settings(session), fund=entry.fund, category=entry.category,
            amount=entry.amount, meeting_ref=entry.meeting_ref,
            meeting_date=entry.meeting_date, entry_date=entry.entry_date)
    lines = rules.lines_for(entry.kind, entry.fund, entry.holder_org_id, entry.amount,
                            reversal=reversal)
    rules.check_balances(session, entry.kind, lines, reversal=reversal)
    number = vouchers.next_number(session, entry.entry_date.year)
    records.update(session, actor, entry, expected_version, LABEL, {
        "status": "posted", "voucher_year": entry.entry_date.year, "voucher_no": number,
        "posted_at": utcnow(), "posted_by": actor.display_name})
    _write_lines(session, actor, entry.id, lines)
    return get_entry(session, entry.id)


def reverse_entry(session: Session, actor: Actor, entry_id: int, *, on: dt.date,
                  reason: str, today: dt.date | None = None) -> EntryRecord:
    """Draft the reversal of a posted entry, dated `on`; returns the draft, which another
    reviewer posts with `post_entry`."""
    actor = require(session, actor, "reviewer")
    reason = validation.text("reason", "冲销原因", reason, required=True, limit=100)
    validation.past_date("entry_date", "冲销日期", on, required=True, today=today)
    vouchers.lock_postings(session)
    original = _load(session, entry_id)
    voucher = voucher_label(original.voucher_year, original.voucher_no)
    if original.status != "posted":
        raise UserError("funds.reverse_draft")
    if original.reverses_id is not None:
        raise UserError("funds.reverse_reversal", voucher=voucher)
    earlier = session.execute(
        select(FundEntry.status, FundEntry.voucher_year, FundEntry.voucher_no)
        .where(FundEntry.reverses_id == entry_id)).first()
    if earlier is not None and earlier.status == "draft":
        raise UserError("funds.reversal_pending", voucher=voucher)
    if earlier is not None:
        raise UserError("funds.already_reversed", voucher=voucher,
                        by=voucher_label(earlier.voucher_year, earlier.voucher_no))
    if on < original.entry_date:
        raise FieldError("entry_date", "funds.reverse_before", on=on.isoformat(),
                         original=original.entry_date.isoformat())
    lines = rules.lines_for(original.kind, original.fund, original.holder_org_id,
                            original.amount, reversal=True)
    rules.check_balances(session, original.kind, lines, reversal=True)  # tell early
    draft = records.create(session, actor, FundEntry(
        kind=original.kind, status="draft", fund=original.fund,
        holder_org_id=original.holder_org_id, entry_date=on, amount=original.amount,
        summary=f"冲销 {voucher} 号凭证：{reason}"[:200], source=original.source,
        counterparty=original.counterparty, category=original.category,
        approver=actor.display_name, meeting_ref=original.meeting_ref,
        meeting_date=original.meeting_date, note=reason, drafted_by=actor.display_name,
        reverses_id=original.id))
    return get_entry(session, draft.id)
