"""Accounts: one per (holder, fund), the holder being the community or a compound branch.

Holders are party_org rows of kind "compound_branch"; None stands for the community's
own account. A balance is the sum of posted lines, nothing else.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models.errors import FieldError, UserError
from models.funds.entities import COMMUNITY_LABEL, FUNDS, FundEntry, FundLine
from models.funds.money import format_fen
from models.messages import register
from models.registry.entities import PartyOrg

register({
    "funds.not_branch": "所选组织不是小区党支部，不能作为经费账户。",
    "funds.bad_fund": "请选择经费来源（财政投入、党费留存补助或社会筹集）。",
    "funds.unknown_branch": "找不到小区党支部“{text}”。可选：{names}。",
})

BRANCH_KIND = "compound_branch"


@dataclass(frozen=True)
class Branch:
    id: int
    name: str


@dataclass(frozen=True)
class Account:
    fund: str
    holder_org_id: int | None  # None: the community
    holder_name: str

    @property
    def fund_label(self) -> str:
        return FUNDS[self.fund]

    @property
    def label(self) -> str:
        """"翰林苑小区党支部·财政投入", as messages and report titles name an account."""
        return f"{self.holder_name}·{self.fund_label}"


@dataclass(frozen=True)
class AccountBalance:
    account: Account
    balance_fen: int

    @property
    def balance_text(self) -> str:
        return format_fen(self.balance_fen)


def list_branches(session: Session) -> list[Branch]:
    """Compound Party branches, by name: the holders besides the community."""
    rows = session.execute(select(PartyOrg.id, PartyOrg.name)
                           .where(PartyOrg.kind == BRANCH_KIND).order_by(PartyOrg.name))
    return [Branch(row.id, row.name) for row in rows]


def find_branch(session: Session, text: str) -> int:
    """A compound Party branch named by id, by full name, or by a part of its name
    that only one branch has ("翰林苑" finds 翰林苑小区党支部)."""
    text = text.strip()
    branches = list_branches(session)
    for branch in branches:
        if str(branch.id) == text or branch.name == text:
            return branch.id
    matches = [b for b in branches if text and text in b.name]
    if len(matches) != 1:
        raise UserError("funds.unknown_branch", text=text,
                        names="、".join(b.name for b in branches))
    return matches[0].id


def holder_name(session: Session, holder_org_id: int | None) -> str:
    if holder_org_id is None:
        return COMMUNITY_LABEL
    org = session.get(PartyOrg, holder_org_id)
    return org.name if org is not None else f"组织{holder_org_id}"


def check_fund(fund: str, field: str = "fund") -> str:
    if fund not in FUNDS:
        raise FieldError(field, "funds.bad_fund")
    return fund


def check_branch(session: Session, holder_org_id: int, field: str = "holder_org_id") -> int:
    """The id of an existing compound branch, or a FieldError."""
    org = session.get(PartyOrg, holder_org_id)
    if org is None or org.kind != BRANCH_KIND:
        raise FieldError(field, "funds.not_branch")
    return holder_org_id


def account(session: Session, fund: str, holder_org_id: int | None) -> Account:
    return Account(check_fund(fund), holder_org_id, holder_name(session, holder_org_id))


def list_accounts(session: Session) -> list[Account]:
    """Every account: the community's three funds, then each branch's three."""
    holders = [(None, COMMUNITY_LABEL)] + [(b.id, b.name) for b in list_branches(session)]
    return [Account(fund, holder, name) for holder, name in holders for fund in FUNDS]


def _holder_filter(holder_org_id: int | None) -> ColumnElement[bool]:
    if holder_org_id is None:
        return FundLine.holder_org_id.is_(None)
    return FundLine.holder_org_id == holder_org_id


def balance(session: Session, fund: str, holder_org_id: int | None,
            on: dt.date | None = None) -> int:
    """The account's balance in fen: posted lines, up to and including `on` if given."""
    stmt = select(func.coalesce(func.sum(FundLine.amount), 0)).where(
        FundLine.fund == fund, _holder_filter(holder_org_id))
    if on is not None:
        stmt = stmt.join(FundEntry, FundEntry.id == FundLine.entry_id).where(
            FundEntry.entry_date <= on)
    return int(session.execute(stmt).scalar_one())


def balances(session: Session, on: dt.date | None = None) -> list[AccountBalance]:
    """Every account's balance (zero ones too), in list_accounts order."""
    stmt = select(FundLine.fund, FundLine.holder_org_id, func.sum(FundLine.amount)).group_by(
        FundLine.fund, FundLine.holder_org_id)
    if on is not None:
        stmt = stmt.join(FundEntry, FundEntry.id == FundLine.entry_id).where(
            FundEntry.entry_date <= on)
    sums = {(fund, holder): int(total) for fund, holder, total in session.execute(stmt)}
    return [AccountBalance(a, sums.get((a.fund, a.holder_org_id), 0))
            for a in list_accounts(session)]
