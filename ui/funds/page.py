"""党建经费: the vouchers of the three restricted funds, with the balances of the account
chosen in the filter bar above the table.

A clerk drafts receipts, allocations and spending; a reviewer posts them (记账) or
corrects a posted one with a red reversing entry (冲销). Every refusal (overspending, a
forbidden use of retained dues, a missing decision, the wrong role) is the service's
own Chinese message. The journal, budgets, figures, the dues calculator and, for
administrators, the funds settings open from the toolbar.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy.orm import Session

from models.errors import UserError
from models.funds import accounts, entries, posting
from models.funds.accounts import Branch
from models.funds.config import get_settings
from models.funds.entities import COMMUNITY_LABEL, FUNDS, KINDS, STATUSES, default_source
from models.funds.entries import ALL, EntryData, EntryRecord
from models.funds.money import format_fen
from models.funds.ui_queries import entry_years, holder_balances
from models.users_entities import ROLES
from reports.funds_voucher import render_entry_voucher
from ui.common import messages
from ui.common.context import AppContext
from ui.common.list_page import ListPage
from ui.common.operations import Kind, WriteOp
from ui.common.pdf_preview import generate
from ui.common.table_model import CENTER, RIGHT, Column
from ui.funds.common import COMMUNITY, GREY, RED, StyledTableModel
from ui.i18n import domain


@dataclass(frozen=True)
class FundsView:
    """What one load brings back from the worker."""

    entries: list[EntryRecord]
    balances: dict[str, int]
    branches: list[Branch]
    categories: tuple[str, ...]
    years: list[int]


def _date_key(row: EntryRecord) -> str:
    """By date, then voucher number (drafts last), as the book orders them; a string,
    because the proxy compares sort keys as Qt values."""
    return f"{row.entry_date.isoformat()} {row.voucher_no or 999_999:06d} {row.id:09d}"


class FundsPage(ListPage):
    newest_column = 0  # 日期
    icon_name = "fa5s.yen-sign"
    watches = frozenset({Kind.FUND_ENTRIES, Kind.BUDGETS, Kind.FUND_SETTINGS, Kind.ORGS,
                         Kind.COMPOUNDS})

    def __init__(self, context: AppContext) -> None:
        self.view = FundsView([], {}, [], (), [])
        super().__init__(context)
        # Reversing entries red, reversed originals grey: the journal's convention on screen.
        self.model = StyledTableModel(self.make_columns(), self._row_color)
        self.proxy.setSourceModel(self.model)
        self.search.setPlaceholderText(self.tr("搜索：摘要、收付款人、凭证号"))
        self.balance_label = QLabel()
        self.balance_label.setStyleSheet("padding: 4px 2px; font-size: 10.5pt;")
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #1f6f3f;")
        layout = self.layout()
        layout.insertWidget(2, self.balance_label)
        layout.addWidget(self.notice)

    def title(self) -> str:
        return self.tr("党建经费")

    def print_title(self) -> str:
        return self.tr("党建经费凭证清单")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("日期"), lambda r: r.entry_date.isoformat(), CENTER,
                   sort_key=_date_key, width_chars=6, kind="date"),
            Column(self.tr("凭证号"), lambda r: r.voucher or self.tr("（草稿）"), CENTER,
                   width_chars=6),
            Column(self.tr("类型"), lambda r: domain(r.kind_label), CENTER, width_chars=3),
            Column(self.tr("经费来源"), lambda r: domain(r.fund_label), width_chars=6),
            Column(self.tr("单位"), lambda r: domain(r.holder_name), width_chars=9),
            Column(self.tr("摘要"), lambda r: r.summary, width_chars=18),
            Column(self.tr("金额"), lambda r: r.amount_text, RIGHT,
                   sort_key=lambda r: r.amount_fen, width_chars=7, kind="amount"),
            Column(self.tr("状态"), self._status_text, width_chars=10),
        ]

    def _status_text(self, row: EntryRecord) -> str:
        text = domain(row.status_label)
        if row.reversed_by_voucher:
            return text + self.tr("（已被 {0} 冲销）").format(row.reversed_by_voucher)
        if row.is_reversal:
            return text + self.tr("（冲销 {0}）").format(row.reverses_voucher)
        return text

    @staticmethod
    def _row_color(row: EntryRecord) -> Any:
        if row.is_reversal:
            return RED
        return GREY if row.reversed_by_id is not None else None

    # --- toolbar and filters -------------------------------------------------------

    def add_actions(self) -> None:
        self.action(self.tr("新增收入"), "fa5s.plus-circle", lambda: self.new_entry("receipt"))
        self.action(self.tr("新增拨付"), "fa5s.exchange-alt", lambda: self.new_entry("allocation"))
        self.action(self.tr("新增支出"), "fa5s.minus-circle", lambda: self.new_entry("spending"),
                    QKeySequence.StandardKey.New)
        self.action(self.tr("编辑"), "fa5s.edit", self._open_current)
        self.action(self.tr("删除草稿"), "fa5s.trash-alt", self.delete_draft,
                    QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self.action(self.tr("记账"), "fa5s.check-circle", self.post_entry, role="reviewer")
        self.action(self.tr("冲销"), "fa5s.undo", self.reverse_entry, role="reviewer")
        self.action(self.tr("打印凭单"), "fa5s.print", self.print_voucher,
                    QKeySequence.StandardKey.Print)
        self.toolbar.addSeparator()
        self.action(self.tr("日记账"), "fa5s.book", self.open_journal)
        self.action(self.tr("预算"), "fa5s.balance-scale", self.open_budgets)
        self.action(self.tr("统计/汇总"), "fa5s.chart-bar", self.open_stats)
        self.action(self.tr("党费计算器"), "fa5s.calculator", self.open_dues)
        self.settings_action = self.action(self.tr("经费设置"), "fa5s.cog", self.open_settings,
                                           role="admin")

    def add_filters(self) -> None:
        this_year = dt.date.today().year
        self.year = self._combo(self.tr("年度："), {this_year: str(this_year)},
                                self.tr("全部年度"), select_first=True)
        self.fund = self.combo_filter(self.tr("经费来源："), FUNDS)
        self.holder = self._combo(self.tr("账户："), {COMMUNITY: domain(COMMUNITY_LABEL)},
                                  self.tr("全部账户"))
        self.status = self.combo_filter(self.tr("状态："), STATUSES)
        self.kind = self.combo_filter(self.tr("类型："), KINDS)

    def _combo(self, label: str, options: dict[int, str], everything: str,
               select_first: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, text in options.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(1 if select_first else 0)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_bar.addWidget(QLabel(label))
        self.filter_bar.addWidget(combo)
        return combo

    def _refill(self, combo: QComboBox, options: dict[int, str]) -> None:
        """New options after a load, keeping the choice and without reloading."""
        wanted = [(None, combo.itemText(0)), *options.items()]
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == wanted:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, text in wanted:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def selected_holder(self) -> int | None | str:
        """The account filter: ALL, None (the community) or a branch id."""
        code = self.holder.currentData()
        return ALL if code is None else None if code == COMMUNITY else code

    def selected_year(self) -> int:
        return self.year.currentData() or dt.date.today().year

    # --- loading -----------------------------------------------------------------------

    def rows_query(self) -> Callable[[Session], FundsView]:
        year, holder = self.year.currentData(), self.selected_holder()
        fund, status, kind = (c.currentData() or None for c in (self.fund, self.status, self.kind))
        query = self.search.text().strip().lower()

        def load(session: Session) -> FundsView:
            rows = entries.list_entries(session, year=year, fund=fund, holder=holder,
                                        status=status, kind=kind)
            if query:
                rows = [r for r in rows if query in " ".join(
                    (r.summary, r.counterparty, r.voucher, r.holder_name)).lower()]
            return FundsView(rows, holder_balances(session, holder),
                             accounts.list_branches(session),
                             get_settings(session).categories, entry_years(session))
        return load

    def _show_rows(self, result: Any) -> None:
        self.view = result
        self._refill(self.year, {y: str(y) for y in result.years})
        self._refill(self.holder, {COMMUNITY: domain(COMMUNITY_LABEL),
                                   **{b.id: b.name for b in result.branches}})
        super()._show_rows(result.entries)
        self._show_balances()
        if getattr(self, "_budgets_after_load", False):
            self._budgets_after_load = False
            self.open_budgets()
        pending = getattr(self, "_select_after", None)
        if pending is not None:
            self.select_id(pending)
            self._select_after = None

    def show_todo(self, item: Any) -> None:
        """Drafts: every year's drafts; an overspent budget: the budget table."""
        if item.key == "funds:drafts":
            for combo, value in ((self.year, None), (self.status, "draft"), (self.kind, ""),
                                 (self.fund, ""), (self.holder, None)):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
            self.refresh()
        elif item.key.startswith("funds:overspent"):
            if getattr(self, "view", None) is not None:
                self.open_budgets()
            else:
                self._budgets_after_load = True

    def _show_balances(self) -> None:
        holder = self.selected_holder()
        name = self.tr("全部账户合计") if holder == ALL else self.holder.currentText()
        parts = [f"{domain(FUNDS[fund])} <b>{format_fen(fen)}</b>"
                 for fund, fen in self.view.balances.items()]
        self.balance_label.setText(self.tr("{0} 余额：").format(name) + ("&nbsp;" * 6).join(parts))

    def database_ready(self) -> None:
        self.settings_action.setVisible(self.context.actor.can("admin"))

    def _after_change(self, entry_id: int | None, notice: str = "") -> None:
        """After a write: select the entry and say what happened (the write's change
        announcement reloads the page)."""
        self._select_after = entry_id
        self.notice.setText(notice)

    def _failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc)

    # --- entries -----------------------------------------------------------------------

    def _entry_form(self, kind: str):
        from ui.funds.entry_form import EntryForm  # noqa: PLC0415

        form = EntryForm(self.context, kind, self.view.branches, self.view.categories, self)
        form.saved.connect(lambda entry_id: self._after_change(entry_id, self.tr("已保存草稿。")))
        self.entry_form = form
        return form

    def new_entry(self, kind: str) -> None:
        holder = self.selected_holder()
        fund = self.fund.currentData() or "fiscal"
        source = default_source(fund)
        form = self._entry_form(kind)
        form.start(EntryData(kind=kind, fund=fund, entry_date=dt.date.today(), amount="",
                             summary="", holder_org_id=None if holder == ALL else holder,
                             source=source if kind == "receipt" else ""))
        form.open()

    def open_row(self, row: EntryRecord) -> None:
        form = self._entry_form(row.kind)
        form.start_record(row)
        form.open()

    def delete_draft(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.is_posted:
            messages.show_error(self, UserError("funds.posted_readonly", voucher=row.voucher))
            return
        if not messages.confirm(self, self.tr("删除草稿"), self.tr(
                "确定删除草稿“{0}”（{1} 元）吗？草稿没有凭证号，删除后不留空号。").format(
                row.summary, row.amount_text)):
            return
        WriteOp(self.context, parent=self, changes={Kind.FUND_ENTRIES},
                op=lambda session, actor: entries.delete_draft(session, actor, row.id,
                                                               row.version),
                success=lambda _r: self._after_change(None, self.tr("已删除草稿。"))).run()

    def _effect(self, row: EntryRecord) -> str:
        account = f"{domain(row.holder_name)}·{domain(row.fund_label)}"
        if row.kind == "receipt":
            return self.tr("{0} 收入 {1} 元").format(account, row.amount_text)
        if row.kind == "spending":
            return self.tr("从 {0} 支出 {1} 元").format(account, row.amount_text)
        return self.tr("从 社区·{0} 拨付 {1} 元到 {2}").format(
            domain(row.fund_label), row.amount_text, domain(row.holder_name))

    def _reviewer(self) -> bool:
        """Ask before a reviewer's action only someone who may take it; the service checks
        the role again, as the database holds it now."""
        actor = self.context.actor
        if actor.can("reviewer"):
            return True
        messages.show_error(self, UserError("auth.forbidden", user=actor.display_name,
                                            role=ROLES["reviewer"]))
        return False

    def selected_rows(self) -> list[EntryRecord]:
        indexes = self.table.selectionModel().selectedRows()
        return [self.model.row(self.proxy.mapToSource(i).row())
                for i in sorted(indexes, key=lambda i: i.row())]

    def post_entry(self) -> None:
        drafts = [r for r in self.selected_rows() if not r.is_posted]
        if len(drafts) > 1:
            self.post_several(drafts)
            return
        row = self.current_row()
        if row is None or not self._reviewer():
            return
        if row.is_posted:
            messages.show_error(self, UserError("funds.already_posted", user=row.posted_by,
                                                voucher=row.voucher))
            return
        text = self.tr("记账：{0}。\n摘要：{1}\n记账后取得 {2} 年的下一个凭证号，不能再修改或删除；"
                       "如有错误，只能做红字冲销。确定记账吗？").format(
            self._effect(row), row.summary, row.entry_date.year)
        if not messages.confirm(self, self.tr("记账"), text):
            return
        WriteOp(self.context, parent=self, changes={Kind.FUND_ENTRIES},
                op=lambda session, actor: posting.post_entry(session, actor, row.id, row.version),
                success=lambda posted: self._after_change(
                    posted.id, self.tr("已记账，凭证号 {0}。").format(posted.voucher))).run()

    def post_several(self, drafts: list[EntryRecord]) -> None:
        """记账 for several drafts: one confirmation, then one write per voucher in date
        order, each checked by the service as if posted alone; stops at the first refusal."""
        if not self._reviewer():
            return
        drafts = sorted(drafts, key=lambda r: (r.entry_date, r.id))
        text = self.tr("记账 {0} 张草稿（{1} 至 {2}），各取得下一个凭证号，记账后不能再修改或删除。"
                       "确定记账吗？").format(len(drafts), drafts[0].entry_date.isoformat(),
                                          drafts[-1].entry_date.isoformat())
        if not messages.confirm(self, self.tr("记账"), text):
            return
        self._post_next(drafts, [])

    def _post_next(self, remaining: list[EntryRecord], vouchers: list[str]) -> None:
        if not remaining:
            self._after_change(None, self.tr("已记账 {0} 张：{1}").format(
                len(vouchers), "、".join(vouchers)))
            return
        row, rest = remaining[0], remaining[1:]

        def refused(exc: BaseException) -> None:
            self._after_change(None, self.tr("已记账 {0} 张；{1} 未记账。").format(
                len(vouchers), row.summary))
            messages.show_error(self, exc)
        WriteOp(self.context, parent=self, changes={Kind.FUND_ENTRIES},
                op=lambda session, actor: posting.post_entry(session, actor, row.id, row.version),
                success=lambda posted: self._post_next(rest, [*vouchers, posted.voucher]),
                failure=refused).run()

    def reverse_entry(self) -> None:
        from ui.funds.dialogs import ReverseDialog  # noqa: PLC0415

        row = self.current_row()
        if row is None or not self._reviewer():
            return
        if not row.is_posted:
            messages.show_error(self, UserError("funds.reverse_draft"))
            return
        dialog = ReverseDialog(self.context, row, self)
        dialog.reversed.connect(lambda reversal: self._after_change(
            reversal.id, self.tr("已起草冲销凭证，请由另一位审核人记账。")))
        dialog.open()
        self.reverse_dialog = dialog

    def print_voucher(self) -> None:
        row = self.current_row()
        if row is None:
            return
        name = row.voucher or self.tr("草稿")
        out = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"凭单-{name}.pdf"
        title = self.tr("凭单 {0}").format(name)
        generate(self.context, title,
                 lambda database, _progress: render_entry_voucher(database, row.id, out), self)

    # --- tools ---------------------------------------------------------------------------

    def open_journal(self) -> None:
        from ui.funds.journal_dialog import JournalDialog  # noqa: PLC0415

        holder = self.selected_holder()
        self.journal_dialog = JournalDialog(
            self.context, self.view.branches, fund=self.fund.currentData() or "fiscal",
            holder=None if holder == ALL else holder, year=self.selected_year(), parent=self)
        self.journal_dialog.open()

    def open_budgets(self) -> None:
        from ui.funds.budgets_dialog import BudgetsDialog  # noqa: PLC0415

        self.budgets_dialog = BudgetsDialog(self.context, self.view.branches,
                                            self.view.categories, self.selected_year(), self)
        self.budgets_dialog.open()

    def open_stats(self) -> None:
        from ui.funds.stats_dialog import StatsDialog  # noqa: PLC0415

        self.stats_dialog = StatsDialog(self.context, self.selected_year(), self)
        self.stats_dialog.open()

    def open_dues(self) -> None:
        from ui.funds.dialogs import DuesDialog  # noqa: PLC0415

        self.dues_dialog = DuesDialog(self)
        self.dues_dialog.open()

    def open_settings(self) -> None:
        from ui.funds.dialogs import FundSettingsDialog  # noqa: PLC0415

        self.settings_dialog = FundSettingsDialog(self.context, self)
        self.settings_dialog.open()

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        form = self._entry_form("spending")
        branch = self.view.branches[0].id if self.view.branches else None
        form.start(EntryData("spending", "fiscal", dt.date.today(), "1,234.567", "主题党日活动用品",
                             holder_org_id=branch, category="党建活动", counterparty="兴文超市",
                             approver="王建国"))
        form.fields["amount"].touched = True
        form.validate()
        return [("funds-entry-form", form)]
