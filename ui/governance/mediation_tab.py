"""融心调解室: cases (受理), sittings (记录调解), the outcome (结案), the printed 调解协议书
and a failed case sent into the issue ledger."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import Actor
from models.governance import mediation, patrols
from models.governance.vocab import DISPUTE_TYPES, OUTCOMES, PARTY_KINDS
from models.registry import places
from reports import governance_agreement
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.common.form import RecordForm
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp
from ui.common.pdf_preview import generate_report
from ui.common.table_model import CENTER, RIGHT, Column
from ui.governance.common import SendData, SendForm, selected
from ui.i18n import domain

CHANGES = frozenset({Kind.GOVERNANCE})
PARTY_FIELDS = ("name", "kind", "id_number", "phone", "address")


@dataclass(frozen=True)
class CaseEntry:
    opened_on: dt.date | None
    dispute_type: str
    compound_id: int | None
    summary: str
    parties: dict[str, str]  # first_name, second_kind … as typed
    mediators: str

    def data(self) -> mediation.CaseData:
        from models.governance.compound_meetings import names  # noqa: PLC0415

        def typed(side: str, name: str) -> str:
            return self.parties.get(f"{side}_{name}", "") or ""
        parties = tuple(mediation.PartyData(
            side, typed(side, "name"), kind=typed(side, "kind"),
            id_number=typed(side, "id_number"), phone=typed(side, "phone"),
            address=typed(side, "address")) for side in ("first", "second"))
        return mediation.CaseData(self.opened_on, self.dispute_type, self.summary, parties,
                                  tuple(names(self.mediators)), self.compound_id)


class CaseForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, compounds: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("受理调解案件"), parent)  # type: ignore[arg-type]
        self.add_field("opened_on", self.tr("受理日期"), DateField(), required=True)
        self.add_field("dispute_type", self.tr("纠纷类型"), ChoiceField(DISPUTE_TYPES),
                       required=True)
        self.add_field("compound_id", self.tr("小区"),
                       ChoiceField(compounds, blank=self.tr("（不限小区）")))
        self.add_field("summary", self.tr("纠纷事由"), NoteField(), required=True)
        for side, label in (("first", self.tr("甲方")), ("second", self.tr("乙方"))):
            self.add_field(f"{side}_name", label, TextField(self.tr("姓名或单位名称")),
                           required=True)
            self.add_field(f"{side}_kind", label + self.tr("类型"), ChoiceField(PARTY_KINDS))
            self.add_field(f"{side}_id_number", label + self.tr("公民身份号码"),
                           TextField(self.tr("居民可填，打印时隐去中间数字")))
            self.add_field(f"{side}_phone", label + self.tr("电话"), TextField())
            self.add_field(f"{side}_address", label + self.tr("住址"), TextField())
        self.add_field("mediators", self.tr("调解员"), TextField(self.tr("姓名，以顿号分隔")),
                       required=True)

    def collect(self) -> CaseEntry:
        f = self.fields
        parties = {f"{side}_{name}": f[f"{side}_{name}"].value()
                   for side in ("first", "second") for name in PARTY_FIELDS}
        return CaseEntry(f["opened_on"].value(), f["dispute_type"].value(),
                         f["compound_id"].value(), f["summary"].value(), parties,
                         f["mediators"].value())

    def load(self, data: CaseEntry) -> None:
        for name in ("opened_on", "dispute_type", "compound_id", "summary", "mediators"):
            self.fields[name].set_value(getattr(data, name))
        for key, value in data.parties.items():
            self.fields[key].set_value(value)

    def clean(self, data: CaseEntry) -> None:
        mediation.case_fields(data.data())

    def save_op(self, data: CaseEntry) -> Callable[[Session, Actor], int]:
        community, case = self.context.community_id or 0, data.data()
        return lambda session, actor: mediation.open_case(session, actor, community, case)


@dataclass(frozen=True)
class SittingEntry:
    held_on: dt.date | None
    note: str


class SittingForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, case: mediation.CaseRow,
                 parent: object = None) -> None:
        super().__init__(context, self.tr("记录调解 {0}").format(case.number), parent)  # type: ignore[arg-type]
        self.case = case
        self.add_field("held_on", self.tr("调解日期"), DateField(), required=True)
        self.add_field("note", self.tr("调解情况"), NoteField())

    def collect(self) -> SittingEntry:
        return SittingEntry(self.fields["held_on"].value(), self.fields["note"].value())

    def load(self, data: SittingEntry) -> None:
        self.fields["held_on"].set_value(data.held_on)
        self.fields["note"].set_value(data.note)

    def clean(self, data: SittingEntry) -> None:
        mediation.session_fields(self.case.opened_on, data.held_on, data.note)

    def save_op(self, data: SittingEntry) -> Callable[[Session, Actor], int]:
        case_id = self.case.id
        return lambda session, actor: mediation.add_session(
            session, actor, case_id, held_on=data.held_on, note=data.note)


@dataclass(frozen=True)
class CloseEntry:
    outcome: str
    closed_on: dt.date | None
    agreement: str


class CloseForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, case: mediation.CaseRow,
                 parent: object = None) -> None:
        super().__init__(context, self.tr("结案 {0}").format(case.number), parent)  # type: ignore[arg-type]
        self.case = case
        self.add_field("outcome", self.tr("调解结果"), ChoiceField(OUTCOMES), required=True)
        self.add_field("closed_on", self.tr("结案日期"), DateField(), required=True)
        self.add_field("agreement", self.tr("协议内容（每行一条）"), NoteField())

    def collect(self) -> CloseEntry:
        f = self.fields
        return CloseEntry(f["outcome"].value(), f["closed_on"].value(), f["agreement"].value())

    def load(self, data: CloseEntry) -> None:
        for name in ("outcome", "closed_on", "agreement"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: CloseEntry) -> None:
        mediation.close_fields(self.case.opened_on, data.outcome, data.closed_on,
                               data.agreement)

    def save_op(self, data: CloseEntry) -> Callable[[Session, Actor], None]:
        case_id, version = self.case.id, self.case.version
        return lambda session, actor: mediation.close_case(
            session, actor, case_id, version, outcome=data.outcome, closed_on=data.closed_on,
            agreement=data.agreement)


class MediationTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.PROBLEMS})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("融心调解室")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("编号"), lambda c: c.number, width_chars=8),
            Column(self.tr("受理日期"), lambda c: c.opened_on.isoformat(), CENTER,
                   width_chars=7),
            Column(self.tr("纠纷类型"), lambda c: domain(c.dispute_label), width_chars=6),
            Column(self.tr("甲方"), lambda c: c.side_text("first"), width_chars=6),
            Column(self.tr("乙方"), lambda c: c.side_text("second"), width_chars=6),
            Column(self.tr("调解员"), lambda c: "、".join(c.mediators), width_chars=8),
            Column(self.tr("调解次数"), lambda c: str(len(c.sessions)), RIGHT, width_chars=4),
            Column(self.tr("结果"), lambda c: domain(c.outcome_label), width_chars=5),
            Column(self.tr("问题编号"), lambda c: c.problem_number, width_chars=9),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("受理案件"), "fa5s.plus", self.new_case, role="clerk")
        self.action(self.tr("记录调解"), "fa5s.balance-scale", self.add_sitting, role="clerk")
        self.action(self.tr("结案"), "fa5s.check", self.close_case, role="clerk")
        self.action(self.tr("打印调解协议书"), "fa5s.print", self.print_agreement)
        self.action(self.tr("转入问题台账"), "fa5s.share-square", self.send, role="clerk")

    def rows_query(self) -> Callable[[Session], list[mediation.CaseRow]]:
        text = self.search.text().strip()
        return lambda session: [c for c in mediation.list_cases(session)
                                if text in c.number or text in c.side_text("first")
                                or text in c.side_text("second") or text in c.summary]

    def _case(self) -> mediation.CaseRow | None:
        return selected(self, self.tr("请先在列表中选择一件调解案件。"))

    def _open(self, form: RecordForm, data: object) -> None:
        form.start(data)
        self.dialog = form
        form.open()

    def new_case(self) -> None:
        def show(compounds: list[places.CompoundRecord]) -> None:
            parties = {f"{side}_{name}": "resident" if name == "kind" else ""
                       for side in ("first", "second") for name in PARTY_FIELDS}
            self._open(CaseForm(self.context, {c.id: c.name for c in compounds}, self),
                       CaseEntry(dt.date.today(), "neighbour", None, "", parties, ""))
        ReadOp(self.context, parent=self, query=places.list_compounds, success=show).run()

    def add_sitting(self) -> None:
        case = self._case()
        if case is not None:
            self._open(SittingForm(self.context, case, self), SittingEntry(dt.date.today(), ""))

    def close_case(self) -> None:
        case = self._case()
        if case is not None:
            self._open(CloseForm(self.context, case, self),
                       CloseEntry("agreement", dt.date.today(), ""))

    def print_agreement(self) -> None:
        case = self._case()
        if case is None:
            return
        case_id = case.id
        generate_report(self.context, self.tr("调解协议书 {0}").format(case.number),
                        lambda session: governance_agreement.build(session, case_id),
                        lambda built, progress=None: governance_agreement.render(built), self)

    def send(self) -> None:
        case = self._case()
        if case is None:
            return

        def show(choices: patrols.PatrolChoices) -> None:
            self._open(SendForm(self.context, self.tr("转入问题台账"), choices.categories,
                                lambda session, actor, category: mediation.send_case(
                                    session, actor, case.id, case.version,
                                    category_id=category), self), SendData(None))
        ReadOp(self.context, parent=self, query=patrols.patrol_choices, success=show).run()
