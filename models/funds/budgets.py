"""Yearly budgets per branch and spending category, and budget against actual.

Actual spending is what is posted: spending lines of the branch in that year and
category, from every fund, net of reversals. A category spent without a budget is shown
with a budget of zero and flagged over budget, so nothing spent goes unseen.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.funds import accounts
from models.funds.config import get_settings
from models.funds.entities import FundBudget, FundEntry, FundLine
from models.funds.money import format_fen, parse_amount
from models.messages import register
from models.registry.entities import PartyOrg

register({
    "funds.budget_duplicate": "{branch} {year} 年“{category}”已有预算，请修改原预算。",
})

LABEL = "经费预算"


@dataclass(frozen=True)
class BudgetRecord:
    id: int
    version: int
    year: int
    branch_id: int
    branch_name: str
    category: str
    amount_fen: int
    note: str


@dataclass(frozen=True)
class BudgetRow:
    """One line of the budget-against-actual table."""

    branch_id: int
    branch_name: str
    category: str
    budget_fen: int
    actual_fen: int

    @property
    def remaining_fen(self) -> int:
        """What is left; negative when over budget."""
        return self.budget_fen - self.actual_fen

    @property
    def over_budget(self) -> bool:
        return self.actual_fen > self.budget_fen

    @property
    def unbudgeted(self) -> bool:
        return self.budget_fen == 0 and self.actual_fen > 0

    @property
    def used_percent(self) -> int | None:
        """Share of the budget spent, in whole per cent (None without a budget)."""
        return None if self.budget_fen == 0 else self.actual_fen * 100 // self.budget_fen

    @property
    def remaining_text(self) -> str:
        return format_fen(self.remaining_fen)


def _clean(session: Session, *, year: int, branch_id: int, category: str,
           amount: str | int, note: str) -> dict[str, object]:
    check = validation.Collector()
    if not 2000 <= year <= 2100:
        check.fail(FieldError("year", "field.bad_number", label="年度"))
    check(accounts.check_branch, session, branch_id)
    category = check(validation.text, "category", "支出类别", category, required=True, limit=50)
    if category and category not in get_settings(session).categories:
        check.fail(FieldError("category", "funds.unknown_category", category=category))
    fen = amount if isinstance(amount, int) else check(parse_amount, amount, label="预算金额")
    if isinstance(fen, int) and fen < 0:
        check.fail(FieldError("amount", "field.negative", label="预算金额"))
    note = check(validation.note, "note", "备注", note)
    check.done()
    return {"year": year, "holder_org_id": branch_id, "category": category, "amount": fen,
            "note": note}


def _refuse_duplicate(session: Session, year: int, branch_id: int, category: str) -> None:
    stmt = select(FundBudget.id).where(FundBudget.year == year,
                                       FundBudget.holder_org_id == branch_id,
                                       FundBudget.category == category)
    if session.execute(stmt).first() is not None:
        raise FieldError("category", "funds.budget_duplicate", year=year, category=category,
                         branch=accounts.holder_name(session, branch_id))


def create_budget(session: Session, actor: Actor, *, year: int, branch_id: int, category: str,
                  amount: str | int, note: str = "") -> int:
    actor = require(session, actor, "clerk")
    values = _clean(session, year=year, branch_id=branch_id, category=category,
                    amount=amount, note=note)
    _refuse_duplicate(session, year, branch_id, category.strip())
    return records.create(session, actor, FundBudget(**values)).id


def update_budget(session: Session, actor: Actor, budget_id: int, expected_version: int, *,
                  amount: str | int, note: str = "") -> None:
    actor = require(session, actor, "clerk")
    budget = records.load(session, FundBudget, budget_id, LABEL)
    values = _clean(session, year=budget.year, branch_id=budget.holder_org_id,
                    category=budget.category, amount=amount, note=note)
    records.update(session, actor, budget, expected_version, LABEL,
                   {"amount": values["amount"], "note": values["note"]})


def delete_budget(session: Session, actor: Actor, budget_id: int, expected_version: int) -> None:
    actor = require(session, actor, "clerk")
    budget = records.load(session, FundBudget, budget_id, LABEL)
    records.delete(session, actor, budget, expected_version, LABEL, budget.category)


def list_budgets(session: Session, year: int, branch_id: int | None = None) -> list[BudgetRecord]:
    stmt = (select(FundBudget, PartyOrg.name)
            .join(PartyOrg, PartyOrg.id == FundBudget.holder_org_id)
            .where(FundBudget.year == year).order_by(PartyOrg.name, FundBudget.category))
    if branch_id is not None:
        stmt = stmt.where(FundBudget.holder_org_id == branch_id)
    return [BudgetRecord(b.id, b.version, b.year, b.holder_org_id, name, b.category, b.amount,
                         b.note) for b, name in session.execute(stmt)]


def actual_spending(session: Session, year: int) -> dict[tuple[int, str], int]:
    """Posted spending of each (branch, category) in `year`, net of reversals, in fen."""
    stmt = (select(FundLine.holder_org_id, FundEntry.category, func.sum(FundLine.amount))
            .join(FundEntry, FundEntry.id == FundLine.entry_id)
            .where(FundEntry.kind == "spending", FundLine.holder_org_id.is_not(None),
                   FundEntry.entry_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .group_by(FundLine.holder_org_id, FundEntry.category))
    return {(holder, category): -int(total) for holder, category, total in session.execute(stmt)
            if total and holder is not None}


def budget_vs_actual(session: Session, year: int,
                     branch_id: int | None = None) -> list[BudgetRow]:
    """Budget, actual and what is left per branch and category: branches by name,
    categories in the order of the settings (others after them)."""
    names = {b.id: b.name for b in accounts.list_branches(session)}
    order = {category: i for i, category in enumerate(get_settings(session).categories)}
    budgets = {(b.branch_id, b.category): b.amount_fen for b in list_budgets(session, year)}
    actual = actual_spending(session, year)
    keys = sorted(set(budgets) | set(actual),
                  key=lambda k: (names.get(k[0], ""), order.get(k[1], len(order)), k[1]))
    return [BudgetRow(holder, names.get(holder, ""), category, budgets.get((holder, category), 0),
                      actual.get((holder, category), 0))
            for holder, category in keys if branch_id is None or holder == branch_id]
