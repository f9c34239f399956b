"""协调会商 and 责任追究: two of the five measures, each one form.

协调会商 records a coordination meeting of several units about one or more problems (named
by number; the selected one is filled in) and notes it in each problem's history.
责任追究 records a measure taken against the unit, department or person answering for a
problem; the current responsible is filled in.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from models import validation
from models.errors import FieldError
from models.issues import accountability, coordination
from models.issues.accountability import AccountabilityData
from models.issues.coordination import CoordinationData
from models.issues.ui_queries import Responsible, problem_ids_by_number, split_numbers
from models.issues.vocab import MEASURES
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.i18n import domain
from ui.issues.action_form import ActionForm, ProblemRef, ServiceCall


@dataclass(frozen=True)
class CoordinationValues:
    held_on: dt.date | None
    topic: str
    numbers: str
    participants: str  # one unit per line
    convener: str = ""
    place: str = ""
    outcome: str = ""


class CoordinationForm(ActionForm):
    NAMES = ("held_on", "topic", "numbers", "participants", "convener", "place", "outcome")

    def __init__(self, context, problem: ProblemRef,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.set_texts(self.tr("协调会商"), self.tr(
            "记录一次协调会商：召集单位、参加单位、涉及的问题和会商结果。"
            "会商记入每个涉及问题的办理过程。"), self.tr("保存"))
        self.add_field("held_on", self.tr("会商日期"), DateField(), required=True)
        self.add_field("topic", self.tr("会商议题"), TextField(), required=True)
        self.add_field("numbers", self.tr("涉及问题编号"),
                       TextField(self.tr("多个编号用空格或顿号分隔")), required=True)
        self.add_field("participants", self.tr("参加单位（每行一个）"), NoteField(),
                       required=True)
        self.add_field("convener", self.tr("召集单位"), TextField(self.tr("如：巴州区委组织部")))
        self.add_field("place", self.tr("会商地点"), TextField())
        self.add_field("outcome", self.tr("会商结果"), NoteField())
        self.start(CoordinationValues(dt.date.today(), "", problem.number,
                                      problem.responsible))

    def collect(self) -> CoordinationValues:
        return CoordinationValues(*(self.fields[n].value() for n in self.NAMES))

    def load(self, data: CoordinationValues) -> None:
        for name in self.NAMES:
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: CoordinationValues) -> None:
        check = validation.Collector()
        check(validation.past_date, "held_on", self.tr("会商日期"), data.held_on, required=True)
        check(validation.text, "topic", self.tr("会商议题"), data.topic, required=True)
        if not split_numbers(data.numbers):
            check.fail(FieldError("numbers", "issue.problem_required"))
        check(validation.text, "participants", self.tr("参加单位"), data.participants,
              required=True, limit=4000)
        check.done()

    def service(self, data: CoordinationValues) -> ServiceCall:
        actor = self.context.actor
        participants = tuple(p.strip() for p in data.participants.splitlines() if p.strip())

        def call(session) -> int:  # noqa: ANN001
            ids = problem_ids_by_number(session, "numbers", data.numbers)
            return coordination.record_coordination(session, actor, CoordinationData(
                held_on=data.held_on, topic=data.topic, problem_ids=ids,
                participants=participants, place=data.place, convener=data.convener,
                outcome=data.outcome))
        return call


@dataclass(frozen=True)
class AccountabilityValues:
    measure: str
    decided_on: dt.date | None
    unit_id: int | None
    department: str
    person_name: str
    note: str


class AccountabilityForm(ActionForm):
    NAMES = ("measure", "decided_on", "unit_id", "department", "person_name", "note")

    def __init__(self, context, problem: ProblemRef, responsible: Responsible,  # noqa: ANN001
                 units: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.problem, self.assignment_id = problem, responsible.assignment_id
        self.set_texts(self.tr("责任追究"), self.tr(
            "对问题 {0}“{1}”的责任单位或责任人采取追责措施。记录不能删除，"
            "并记入问题的办理过程。").format(problem.number, problem.title), self.tr("保存"))
        self.add_field("measure", self.tr("追责措施"), ChoiceField(MEASURES), required=True)
        self.add_field("decided_on", self.tr("决定日期"), DateField(), required=True)
        self.unit = self.add_field("unit_id", self.tr("责任单位"), ChoiceField(
            dict(units), blank=self.tr("（非驻区单位，填写部门）")))
        self.add_field("department", self.tr("责任部门"), TextField())
        self.add_field("person_name", self.tr("责任人"), TextField(max_length=50))
        self.add_field("note", self.tr("事实与依据"), NoteField())
        self.start(AccountabilityValues("talk", dt.date.today(), responsible.unit_id,
                                        responsible.department, "", ""))

    def collect(self) -> AccountabilityValues:
        return AccountabilityValues(*(self.fields[n].value() for n in self.NAMES))

    def load(self, data: AccountabilityValues) -> None:
        for name in self.NAMES:
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: AccountabilityValues) -> None:
        check = validation.Collector()
        check(validation.past_date, "decided_on", self.tr("决定日期"), data.decided_on,
              required=True)
        if data.unit_id is None and not data.department.strip() and not data.person_name.strip():
            check.fail(FieldError("unit_id", "issue.target_required"))
        check(validation.text, "note", self.tr("事实与依据"), data.note, limit=4000)
        check.done()

    def confirm_text(self, data: AccountabilityValues) -> str:
        return self.tr("确定对问题 {0} 记录“{1}”吗？记录后不能删除。").format(
            self.problem.number, domain(MEASURES.get(data.measure, "")))

    def service(self, data: AccountabilityValues) -> ServiceCall:
        actor = self.context.actor
        record = AccountabilityData(
            problem_id=self.problem.id, measure=data.measure, decided_on=data.decided_on,
            unit_id=data.unit_id, department="" if data.unit_id else data.department,
            person_name=data.person_name, note=data.note, assignment_id=self.assignment_id)
        return lambda session: accountability.record_accountability(session, actor, record)
