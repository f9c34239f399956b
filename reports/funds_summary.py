"""Funds summaries as ledgers: the year by fund and account, the years since the first one
(the article's "2.435 million yuan allocated since 2019"), and budget against actual.

Every figure comes from models.funds.stats and models.funds.budgets (posted entries,
reversals netted); this module only lays them out. 小计/合计 rows are bold, over-budget
categories red.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models.anchor import current_text as anchor_of
from models.db import Database
from models.funds import accounts, budgets, stats
from models.funds.budgets import BudgetRow
from models.funds.entities import COMMUNITY_LABEL, FUNDS
from models.funds.money import format_fen
from models.funds.stats import FundStats
from models.funds.ui_queries import office_name
from reports.funds_journal import default_path, render_books
from reports.pdf import TOTAL, Align, Column, LedgerDocument, RowStyle
from reports.pdf.draw import RED

Progress = Callable[[int, int], None]
OVER = RowStyle(color=RED)
SUMMARY_TITLE = "小区党建工作经费收支汇总表"
HISTORY_TITLE = "小区党建工作经费历年汇总表"
BUDGET_TITLE = "小区党建工作经费预算执行情况表"
NOTE = "金额单位：元"


def wan(fen: int) -> str:
    """Fen as 万元 with two decimals: 243,500,000 fen → "243.50"."""
    return f"{(Decimal(fen) / Decimal(1_000_000)).quantize(Decimal('0.01')):,}"


@dataclass(frozen=True)
class SummaryReport:
    office: str
    year: int
    figures: FundStats                 # the year
    history: tuple[FundStats, ...]     # each year from figures.since_year to year
    anchor: str = ""  # the audit anchor printed in the footer (models/anchor.py)

    @property
    def allocated_since_text(self) -> str:
        fen = self.figures.allocated_since_fen
        return (f"{self.figures.since_year}年以来累计拨付小区党支部经费 {format_fen(fen)} 元"
                f"（{wan(fen)} 万元）")


@dataclass(frozen=True)
class BudgetReport:
    office: str
    year: int
    scope: str  # the branch's name, or 全部小区党支部
    rows: tuple[BudgetRow, ...]
    anchor: str = ""  # the audit anchor printed in the footer (models/anchor.py)


def build_summary(session, year: int,  # noqa: ANN001
                  since_year: int | None = None) -> SummaryReport:
    figures = stats.fund_stats(session, year, since_year)
    history = tuple(stats.fund_stats(session, y, figures.since_year)
                    for y in range(figures.since_year, year + 1))
    return SummaryReport(office_name(session), year, figures, history, anchor_of(session))


def build_budget(session, year: int, branch_id: int | None = None) -> BudgetReport:  # noqa: ANN001
    scope = "全部小区党支部" if branch_id is None else accounts.holder_name(session, branch_id)
    return BudgetReport(office_name(session), year, scope,
                        tuple(budgets.budget_vs_actual(session, year, branch_id)),
                        anchor_of(session))


def _money(*amounts: int) -> list[str]:
    return [format_fen(fen) for fen in amounts]


def _cells(*amounts: int) -> list[str]:
    """An account's figures: a zero stays blank, as on a hand-kept summary."""
    return [format_fen(fen) if fen else "" for fen in amounts]


def summary_document(report: SummaryReport) -> LedgerDocument:
    """The year per fund and account: 上年结转, 本年收入, 拨入, 拨出, 本年支出, 年末余额."""
    rows: list[list[str]] = []
    styles: dict[int, RowStyle] = {}
    for fund in report.figures.funds:
        for a in report.figures.accounts:
            figures = (a.opening_fen, a.received_fen, a.allocated_in_fen, a.allocated_out_fen,
                       a.spent_fen, a.closing_fen)
            if a.fund == fund.fund and any(figures):
                holder = ((report.office or COMMUNITY_LABEL) if a.holder_org_id is None
                          else a.holder_name)
                rows.append([FUNDS[a.fund], holder, *_cells(*figures)])
        styles[len(rows)] = TOTAL
        rows.append([FUNDS[fund.fund], "小计", *_money(
            fund.opening_fen, fund.received_fen, fund.allocated_fen, fund.allocated_fen,
            fund.spent_fen, fund.closing_fen)])
    f = report.figures
    styles[len(rows)] = TOTAL
    rows.append(["合计", "", *_money(sum(x.opening_fen for x in f.funds), f.received_fen,
                                     f.allocated_fen, f.allocated_fen, f.spent_fen,
                                     sum(x.closing_fen for x in f.funds))])
    columns = [Column("经费来源", 1.1, Align.CENTER), Column("单位", 2.4),
               *(Column(h, 1.25, Align.RIGHT) for h in
                 ("上年结转", "本年收入", "拨入", "拨出", "本年支出", "年末余额"))]
    return LedgerDocument(title=SUMMARY_TITLE, office=report.office,
                          period=f"{report.year}年度　　{report.allocated_since_text}",
                          columns=columns, rows=rows, row_styles=styles, note=NOTE,
                          anchor=report.anchor)


def history_document(report: SummaryReport) -> LedgerDocument:
    """Each year since the first: per fund received, allocated to branches, spent, closing."""
    rows: list[list[str]] = []
    styles: dict[int, RowStyle] = {}
    for year in report.history:
        for fund in year.funds:
            rows.append([f"{year.year}年", FUNDS[fund.fund], *_money(
                fund.opening_fen, fund.received_fen, fund.allocated_fen, fund.spent_fen,
                fund.closing_fen)])
        styles[len(rows)] = TOTAL
        rows.append([f"{year.year}年", "小计", *_money(
            sum(x.opening_fen for x in year.funds), year.received_fen, year.allocated_fen,
            year.spent_fen, sum(x.closing_fen for x in year.funds))])
    last = report.history[-1]
    styles[len(rows)] = TOTAL
    rows.append(["合计", f"{report.figures.since_year}—{report.year}年", "",
                 *_money(sum(y.received_fen for y in report.history),
                         sum(y.allocated_fen for y in report.history),
                         sum(y.spent_fen for y in report.history),
                         sum(x.closing_fen for x in last.funds))])
    columns = [Column("年度", 0.9, Align.CENTER), Column("经费来源", 1.4, Align.CENTER),
               *(Column(h, 1.4, Align.RIGHT) for h in
                 ("年初结转", "本年收入", "拨付小区党支部", "本年支出", "年末余额"))]
    return LedgerDocument(title=HISTORY_TITLE, office=report.office,
                          period=report.allocated_since_text, columns=columns, rows=rows,
                          row_styles=styles, note=NOTE, anchor=report.anchor)


def _rate(row: BudgetRow) -> str:
    return "" if row.used_percent is None else f"{row.used_percent}%"


def _remark(row: BudgetRow) -> str:
    return "无预算支出" if row.unbudgeted else "超预算" if row.over_budget else ""


def budget_document(report: BudgetReport) -> LedgerDocument:
    rows: list[list[str]] = []
    styles: dict[int, RowStyle] = {}

    def subtotal(label: str, name: str, items: list[BudgetRow]) -> None:
        budget, actual = sum(r.budget_fen for r in items), sum(r.actual_fen for r in items)
        percent = "" if budget == 0 else f"{actual * 100 // budget}%"
        styles[len(rows)] = TOTAL
        rows.append([name, label, *_money(budget, actual, budget - actual), percent, ""])

    names = list(dict.fromkeys(r.branch_name for r in report.rows))
    for name in names:
        items = [r for r in report.rows if r.branch_name == name]
        for r in items:
            if r.over_budget:
                styles[len(rows)] = OVER
            rows.append([name, r.category, *_money(r.budget_fen, r.actual_fen, r.remaining_fen),
                         _rate(r), _remark(r)])
        subtotal("小计", name, items)
    if len(names) != 1:
        subtotal("", "合计", list(report.rows))
    columns = [Column("小区党支部", 2.2), Column("支出类别", 2.4),
               Column("年度预算", 1.3, Align.RIGHT),
               Column("实际支出", 1.3, Align.RIGHT), Column("结余", 1.3, Align.RIGHT),
               Column("执行率", 0.8, Align.RIGHT), Column("说明", 1.1, Align.CENTER)]
    return LedgerDocument(title=BUDGET_TITLE, office=report.office,
                          period=f"{report.year}年度　　{report.scope}", columns=columns,
                          rows=rows, row_styles=styles, note=NOTE, anchor=report.anchor)


def render_summary_report(database: Database, year: int, out: Path | None = None,
                          progress: Progress | None = None,
                          since_year: int | None = None) -> Path:
    """The year's summary and the years since `since_year` (default: the first year with
    a posted entry) in one PDF."""
    with database.read_session() as session:
        report = build_summary(session, year, since_year)
    path = out or default_path(SUMMARY_TITLE)
    render_books([summary_document(report), history_document(report)], path, progress)
    return Path(path)


def render_budget_report(database: Database, year: int, branch_id: int | None = None,
                         out: Path | None = None, progress: Progress | None = None) -> Path:
    with database.read_session() as session:
        report = build_budget(session, year, branch_id)
    path = out or default_path(BUDGET_TITLE)
    render_books([budget_document(report)], path, progress)
    return Path(path)


def stats_json(database: Database, year: int) -> str:
    """`python main.py stats funds --year Y --json`: balances per fund and branch, totals."""
    with database.read_session() as session:
        return stats.fund_stats(session, year).as_json()
