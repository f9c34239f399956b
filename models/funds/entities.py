"""Tables of the Party-building funds.

An entry (凭证) is drafted by a clerk and posted by a reviewer. Posting gives it a voucher
number and writes its lines: one signed amount per account it touches (a receipt or a
spending one line, an allocation two that add up to zero). Balances are sums of lines,
so only posted entries count. Posted entries and all lines are frozen by triggers.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Editable, utcnow

FUNDS = {"fiscal": "财政投入", "dues": "党费留存补助", "donation": "社会筹集"}
KINDS = {"receipt": "收入", "allocation": "拨付", "spending": "支出"}
STATUSES = {"draft": "草稿", "posted": "已记账"}
# Where a receipt comes from, and which fund each source may feed.
RECEIPT_SOURCES = {"street": "街道拨付", "district": "区级拨付", "dues": "党费留存返还",
                   "donation": "社会捐助"}
SOURCE_FUNDS = {"street": "fiscal", "district": "fiscal", "dues": "dues", "donation": "donation"}


def default_source(fund: str) -> str:
    """The receipt source a new receipt of `fund` starts with: the first that may feed it."""
    return next(source for source in RECEIPT_SOURCES if SOURCE_FUNDS[source] == fund)
COMMUNITY_LABEL = "社区"


class FundEntry(Editable, Base):
    """One voucher: a receipt, an allocation to a branch, or a spending.

    holder_org_id is the account holder (a compound branch; NULL: the community). For
    an allocation it is the receiving branch; the paying side is always the community.
    """

    __tablename__ = "fund_entry"
    __table_args__ = (
        UniqueConstraint("voucher_year", "voucher_no"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("(status = 'draft' AND voucher_no IS NULL) OR "
                        "(status = 'posted' AND voucher_no IS NOT NULL)", name="voucher_posted"),
    )
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    fund: Mapped[str] = mapped_column(String(20))
    holder_org_id: Mapped[int | None] = mapped_column(ForeignKey("party_org.id"), index=True)
    entry_date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    summary: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="")
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(50), default="")
    approver: Mapped[str] = mapped_column(String(50), default="")
    meeting_ref: Mapped[str] = mapped_column(String(200), default="")
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    drafted_by: Mapped[str] = mapped_column(String(50), default="")
    voucher_year: Mapped[int | None] = mapped_column(Integer)
    voucher_no: Mapped[int | None] = mapped_column(Integer)
    posted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    posted_by: Mapped[str] = mapped_column(String(50), default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("fund_entry.id"), unique=True)


class FundLine(Base):
    """One posted movement on one account (fund + holder), in signed fen."""

    __tablename__ = "fund_line"
    __table_args__ = (Index("ix_fund_line_account", "fund", "holder_org_id"),
                      CheckConstraint("amount <> 0", name="amount_nonzero"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("fund_entry.id"), index=True)
    fund: Mapped[str] = mapped_column(String(20))
    holder_org_id: Mapped[int | None] = mapped_column(ForeignKey("party_org.id"))
    amount: Mapped[int] = mapped_column(BigInteger)


class FundAttachment(Base):
    """A file (invoice scan …) kept under data_dir()/attachments by its SHA-256."""

    __tablename__ = "fund_attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("fund_entry.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(50), default="")


class VoucherCounter(Base):
    """The last voucher number given out in a year; locked while a posting runs."""

    __tablename__ = "fund_voucher_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_no: Mapped[int] = mapped_column(Integer, default=0)


class FundBudget(Editable, Base):
    """A branch's yearly budget for one spending category."""

    __tablename__ = "fund_budget"
    __table_args__ = (UniqueConstraint("year", "holder_org_id", "category"),
                      CheckConstraint("amount >= 0", name="amount_not_negative"))
    year: Mapped[int] = mapped_column(Integer)
    holder_org_id: Mapped[int] = mapped_column(ForeignKey("party_org.id"), index=True)
    category: Mapped[str] = mapped_column(String(50))
    amount: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")


class FundConfig(Editable, Base):
    """The rules an administrator may change (one row, id 1). Lists are JSON arrays."""

    __tablename__ = "fund_config"
    dues_uses: Mapped[str] = mapped_column(Text)
    categories: Mapped[str] = mapped_column(Text)
    decision_threshold: Mapped[int] = mapped_column(BigInteger)
    dues_need_decision: Mapped[bool] = mapped_column(Boolean, default=True)
