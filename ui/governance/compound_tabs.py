"""Tabs for what the office keeps per compound: 党建指导员 sent to compounds without a Party
organisation (a compound that has one is refused beside the compound field), the
property contracts (company, 本地培育/引入, contract period, contact), and a posted
spending counted for a 党群之家 by its voucher number."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import Actor
from models.governance import homes, residents
from models.governance.vocab import PROPERTY_ORIGINS
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, TextField
from ui.common.form import RecordForm
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp
from ui.common.table_model import CENTER, Column
from ui.i18n import domain

CHANGES = frozenset({Kind.GOVERNANCE})


class InstructorForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, compounds: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("选派党建指导员"), parent)  # type: ignore[arg-type]
        self.add_field("compound_id", self.tr("小区"),
                       ChoiceField(compounds, blank=self.tr("（请选择）")), required=True)
        self.add_field("name", self.tr("党建指导员"), TextField(), required=True)
        self.add_field("sent_on", self.tr("选派日期"), DateField(), required=True)

    def collect(self) -> residents.InstructorData:
        f = self.fields
        return residents.InstructorData(f["compound_id"].value(), f["name"].value(),
                                        f["sent_on"].value())

    def load(self, data: residents.InstructorData) -> None:
        for name in ("compound_id", "name", "sent_on"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: residents.InstructorData) -> None:
        residents.instructor_fields(data)

    def save_op(self, data: residents.InstructorData) -> Callable[[Session, Actor], int]:
        return lambda session, actor: residents.assign_instructor(session, actor, data)


class InstructorsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("党建指导员")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("小区"), lambda r: r.compound, width_chars=8),
            Column(self.tr("党建指导员"), lambda r: r.name, width_chars=6),
            Column(self.tr("选派日期"), lambda r: r.sent_on.isoformat(), CENTER, width_chars=7),
            Column(self.tr("离任日期"), lambda r: r.ended_on.isoformat() if r.ended_on else "",
                   CENTER, width_chars=7),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("选派党建指导员"), "fa5s.user-plus", self.new_instructor,
                    role="clerk")

    def rows_query(self) -> Callable[[Session], list[residents.InstructorRow]]:
        text = self.search.text().strip()
        return lambda session: [r for r in residents.list_instructors(session)
                                if text in r.name or text in r.compound]

    def new_instructor(self) -> None:
        def show(compounds: dict[int, str]) -> None:
            form = InstructorForm(self.context, compounds, self)
            form.start(residents.InstructorData(None, "", dt.date.today()))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=residents.compound_choices, success=show).run()


class ServiceForm(RecordForm):
    changes = CHANGES
    NAMES = ("compound_id", "company", "origin", "contract_start", "contract_end",
             "contact_name", "contact_phone")

    def __init__(self, context: AppContext, compounds: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("登记物业合同"), parent)  # type: ignore[arg-type]
        self.add_field("compound_id", self.tr("小区"),
                       ChoiceField(compounds, blank=self.tr("（请选择）")), required=True)
        self.add_field("company", self.tr("物业服务企业"), TextField(), required=True)
        self.add_field("origin", self.tr("企业来源"), ChoiceField(PROPERTY_ORIGINS),
                       required=True)
        self.add_field("contract_start", self.tr("合同起始日期"), DateField(), required=True)
        self.add_field("contract_end", self.tr("合同截止日期"), DateField(optional=True))
        self.add_field("contact_name", self.tr("联系人"), TextField())
        self.add_field("contact_phone", self.tr("联系电话"), TextField())

    def collect(self) -> homes.ServiceData:
        return homes.ServiceData(*(self.fields[name].value() for name in self.NAMES))

    def load(self, data: homes.ServiceData) -> None:
        for name in self.NAMES:
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: homes.ServiceData) -> None:
        homes.service_fields(data)

    def save_op(self, data: homes.ServiceData) -> Callable[[Session, Actor], int]:
        return lambda session, actor: homes.record_service(session, actor, data)


class PropertyTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.BUILDINGS})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("物业服务")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("小区"), lambda r: r.compound, width_chars=7),
            Column(self.tr("物业服务企业"), lambda r: r.company, width_chars=14),
            Column(self.tr("企业来源"), lambda r: domain(r.origin_label), width_chars=5),
            Column(self.tr("合同期限"), lambda r: r.period_text, width_chars=15),
            Column(self.tr("联系人"), lambda r: r.contact_name, width_chars=5),
            Column(self.tr("联系电话"), lambda r: r.contact_phone, width_chars=8),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("登记物业合同"), "fa5s.file-contract", self.new_service,
                    role="clerk")

    def rows_query(self) -> Callable[[Session], list[homes.ServiceRow]]:
        text = self.search.text().strip()
        return lambda session: [r for r in homes.list_services(session)
                                if text in r.company or text in r.compound]

    def new_service(self) -> None:
        def show(compounds: dict[int, str]) -> None:
            form = ServiceForm(self.context, compounds, self)
            form.start(homes.ServiceData(None, "", "local", dt.date.today()))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=homes.compound_names, success=show).run()


@dataclass(frozen=True)
class FundingEntry:
    voucher: str


class FundingForm(RecordForm):
    """计入经费: a posted spending of the funds ledger, by its voucher number, counted as
    money spent on a 党群之家; the amount is the ledger's own."""

    changes = frozenset({Kind.GOVERNANCE, Kind.FUND_ENTRIES})

    def __init__(self, context: AppContext, home: homes.HomeRow, parent: object = None) -> None:
        title = self.tr("{0} 计入经费").format(home.name)
        super().__init__(context, title, parent)  # type: ignore[arg-type]
        self.home_id = home.id
        self.add_field("voucher", self.tr("支出凭证号"), TextField(self.tr("如：2026-0012")),
                       required=True)

    def collect(self) -> FundingEntry:
        return FundingEntry(self.fields["voucher"].value())

    def load(self, data: FundingEntry) -> None:
        self.fields["voucher"].set_value(data.voucher)

    def clean(self, data: FundingEntry) -> None:
        homes.parse_voucher(data.voucher)

    def save_op(self, data: FundingEntry) -> Callable[[Session, Actor], int]:
        home = self.home_id
        return lambda session, actor: homes.link_voucher(session, actor, home, data.voucher)
