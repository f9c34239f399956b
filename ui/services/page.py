"""双服务清单: the year's service items of every resident unit, with their state.

From here a clerk creates a unit's list, adds items, records a claim by the other side,
records deliveries with participants and their times, takes both sides' signatures and
the rating, carries unfinished items over at year end, and prints a list or its
evaluation sheet. Ctrl+E exports what the table shows.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel
from sqlalchemy.orm import Session

from models.services import deliveries, lifecycle, lists, signoff
from models.services.choices import Choices, choices
from models.services.vocab import STATES
from reports import service_lists
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp, WriteOp
from ui.common.pdf_preview import generate_report
from ui.common.table_model import CENTER, RIGHT, Column
from ui.i18n import domain
from ui.services import forms


class ServicesPage(ListPage):
    icon_name = "fa5s.handshake"
    watches = frozenset({Kind.SERVICES, Kind.UNITS, Kind.PEOPLE})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.dialog: Any = None

    def title(self) -> str:
        return self.tr("双服务清单")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("驻区单位"), lambda r: r.unit, width_chars=12),
            Column(self.tr("序号"), lambda r: str(r.number), RIGHT, lambda r: r.number,
                   width_chars=3, kind="number"),
            Column(self.tr("类型"), lambda r: domain(r.kind_label), CENTER, width_chars=5),
            Column(self.tr("服务方向"), lambda r: domain(r.direction_label), CENTER,
                   width_chars=6),
            Column(self.tr("类别"), lambda r: r.category, width_chars=5),
            Column(self.tr("服务内容"), lambda r: r.content, width_chars=18),
            Column(self.tr("计划日期"), lambda r: r.planned_on.isoformat(), CENTER,
                   width_chars=6, kind="date"),
            Column(self.tr("认领方"), lambda r: r.claimant, width_chars=10),
            Column(self.tr("状态"), lambda r: domain(r.state_label), CENTER, width_chars=5),
            Column(self.tr("评价"), lambda r: domain(r.rating_label), CENTER, width_chars=5),
        ]

    def add_filters(self) -> None:
        self.filter_bar.addWidget(QLabel(self.tr("年度：")))
        self.year = QComboBox()
        this = dt.date.today().year
        for year in range(this + 1, this - 5, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_bar.addWidget(self.year)
        self.state = self.combo_filter(self.tr("状态："), STATES)

    def add_actions(self) -> None:
        self.action(self.tr("新建清单"), "fa5s.folder-plus", self.new_list, role="clerk")
        self.action(self.tr("新增事项"), "fa5s.plus", self.new_item, "Ctrl+N", role="clerk")
        self.action(self.tr("认领"), "fa5s.hand-paper", self.claim, role="clerk")
        self.action(self.tr("记录服务"), "fa5s.clipboard-check", self.record, role="clerk")
        self.action(self.tr("服务完成"), "fa5s.check", self.finish, role="clerk")
        self.action(self.tr("签字确认"), "fa5s.signature", self.sign, role="clerk")
        self.action(self.tr("评价"), "fa5s.star", self.rate, role="clerk")
        self.action(self.tr("附证据…"), "fa5s.paperclip", self.attach, role="clerk")
        self.action(self.tr("年末结转"), "fa5s.share", self.carry_over, role="clerk")
        self.action(self.tr("服务类别…"), "fa5s.tags", self.edit_categories, role="reviewer")
        self.menu_action(self.tr("打印"), "fa5s.print", [
            (self.tr("双服务清单"), lambda: self.print_sheet(False)),
            (self.tr("年度双服务评价表"), lambda: self.print_sheet(True))])

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def rows_query(self) -> Callable[[Session], list[lists.ItemRow]]:
        year, state = self.selected_year(), self.state.currentData() or ""
        words = self.search.text().split()

        def query(session: Session) -> list[lists.ItemRow]:
            rows = lists.item_rows(session, year=year, state=state)
            return [r for r in rows
                    if all(w in r.unit or w in r.content or w in r.claimant for w in words)]
        return query

    def open_row(self, row: lists.ItemRow) -> None:
        self.show_history(row)

    # --- dialogs -------------------------------------------------------------------

    def _with_choices(self, then: Callable[[Choices], None]) -> None:
        year = self.selected_year()
        ReadOp(self.context, parent=self, query=lambda session: choices(session, year),
               success=then).run()

    def _selected(self) -> lists.ItemRow | None:
        row = self.current_row()
        if row is None:
            messages.show_info(self, self.tr("请先在列表中选择一个服务事项。"))
            return None
        return row  # type: ignore[no-any-return]

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def new_list(self) -> None:
        year = self.selected_year()
        self._with_choices(lambda c: self._open(forms.ListForm(self.context, c.units, year,
                                                               self)))

    def new_item(self) -> None:
        year, row = self.selected_year(), self.current_row()

        def show(c: Choices) -> None:
            if not c.lists:
                messages.show_info(self, self.tr("{0} 年还没有清单，请先新建清单。").format(year))
                return
            self._open(forms.ItemForm(self.context, c.lists, c.categories,
                                      row.list_id if row else None, year, self))
        self._with_choices(show)

    def claim(self) -> None:
        row = self._selected()
        if row is not None:
            self._with_choices(lambda c: self._open(forms.ClaimForm(self.context, row,
                                                                    c.people, self)))

    def record(self) -> None:
        row = self._selected()
        if row is not None:
            self._with_choices(lambda c: self._open(forms.DeliveryForm(self.context, row,
                                                                       c.people, self)))

    def finish(self) -> None:
        row = self._selected()
        if row is None or not messages.confirm(self, self.tr("服务完成"), self.tr(
                "确定第 {0} 项“{1}”已服务完成吗？完成后不能再记录服务，等待双方签字确认。")
                .format(row.number, row.content)):
            return
        WriteOp(self.context, parent=self, changes={Kind.SERVICES},
                op=lambda session, actor: deliveries.finish_item(
                    session, actor, row.id, row.version, on=dt.date.today())).run()

    def sign(self) -> None:
        row = self._selected()
        if row is not None:
            self._open(forms.SignForm(self.context, row, self))

    def rate(self) -> None:
        row = self._selected()
        if row is not None:
            self._open(forms.RateForm(self.context, row, self))

    def attach(self) -> None:
        """Photos or sign-in sheets, attached to the item's latest delivery."""
        row = self._selected()
        if row is None:
            return

        def chosen(found: list[deliveries.DeliveryRow]) -> None:
            if not found:
                messages.show_info(self, self.tr("第 {0} 项还没有服务记录，请先“记录服务”，"
                                                 "再附照片或签到表。").format(row.number))
                return
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("选择照片或签到表"), "",
                self.tr("照片和扫描件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)"))
            if paths:
                self.attach_files(found[-1], [Path(p) for p in paths])
        ReadOp(self.context, parent=self,
               query=lambda session: deliveries.deliveries(session, row.id),
               success=chosen).run()

    def attach_files(self, delivery: deliveries.DeliveryRow, paths: list[Path]) -> None:
        def op(session: Session, actor: Any) -> int:
            for path in paths:
                deliveries.attach_evidence(session, actor, delivery.id, path)
            return len(paths)
        WriteOp(self.context, parent=self, changes={Kind.SERVICES}, op=op,
                success=lambda count: messages.show_info(self, self.tr(
                    "已为 {0} 的服务记录附上 {1} 个文件。").format(
                    delivery.delivered_on.isoformat(), count))).run()

    def edit_categories(self) -> None:
        from ui.services.categories_dialog import CategoriesDialog  # noqa: PLC0415

        self._open(CategoriesDialog(self.context, self))

    def carry_over(self) -> None:
        year = self.selected_year()
        if not messages.confirm(self, self.tr("年末结转"), self.tr(
                "把 {0} 年清单中未完成的事项结转到 {1} 年清单（原事项标为已结转，历史保留）？")
                .format(year, year + 1)):
            return
        WriteOp(self.context, parent=self, changes={Kind.SERVICES},
                op=lambda session, actor: signoff.carry_over(session, actor, year),
                success=lambda ids: messages.show_info(
                    self, self.tr("已结转 {0} 项到 {1} 年清单。").format(len(ids), year + 1))
                ).run()

    def show_history(self, row: lists.ItemRow) -> None:
        def show(events: list[lifecycle.EventRow]) -> None:
            lines = [f"{e.event_date or e.at.date()}  {domain(e.action_label)}  "
                     f"{e.note}" for e in events]
            messages.show_info(self, "\n".join(lines))
        ReadOp(self.context, parent=self,
               query=lambda session: lifecycle.history(session, row.id), success=show).run()

    def print_sheet(self, evaluation: bool) -> None:
        row = self._selected()
        if row is None:
            return
        title = self.tr("年度双服务评价表") if evaluation else self.tr("双服务清单")
        out = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{row.unit}{title}.pdf"
        list_id = row.list_id

        def render(report: service_lists.ServicesReport, progress: Any = None) -> Path:
            doc = service_lists.sheet_document(report, evaluation=evaluation)
            service_lists.render_books([doc], out, progress)
            return out
        generate_report(self.context, f"{row.unit} {title}",
                        lambda session: service_lists.build_for_list(session, list_id), render,
                        self)
