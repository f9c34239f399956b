"""交办 and 升级: one form for a response level, the responsible unit, the deadline.

交办 puts a problem in the whistle scope into the hands of a resident unit (chosen from the
registry) or a department (typed; earlier names are offered). 升级 ends the current
assignment as 已升级 and opens one at a higher level, with the reason; the levels offered
are those above the current one, and the earlier level keeps its own record.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QCompleter, QWidget

from models import validation
from models.errors import FieldError
from models.issues import assignments
from models.issues.assignments import AssignmentData
from models.issues.vocab import LEVELS
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.i18n import domain
from ui.issues.action_form import ActionForm, ProblemRef, ServiceCall

DEFAULT_DAYS = 15


@dataclass(frozen=True)
class AssignValues:
    level: int | None
    unit_id: int | None
    department: str
    assigned_on: dt.date | None
    deadline: dt.date | None
    decision: str
    reason: str = ""


class AssignForm(ActionForm):
    def __init__(self, context, problem: ProblemRef, units: Sequence[tuple[int, str]],  # noqa: ANN001
                 departments: Sequence[str], *, escalate: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.problem, self.escalating = problem, escalate
        self.unit_names = dict(units)
        current = problem.level or 0
        levels = {k: v for k, v in LEVELS.items() if not escalate or k > current}
        head = self.tr("问题 {0}“{1}”").format(problem.number, problem.title)
        if escalate:
            self.set_texts(self.tr("升级响应"), self.tr(
                "{0}目前由“{1}”办理（{2}）。升级后，本级交办记录以“已升级”结束并保留，"
                "问题改由更高层级的单位或部门办理。").format(
                    head, problem.responsible, domain(LEVELS.get(current, ""))),
                self.tr("升级"))
        else:
            self.set_texts(self.tr("交办"), self.tr(
                "{0}已纳入吹哨范围。交办后状态变为“已交办”，责任单位应在规定天数内报到。")
                .format(head), self.tr("交办"))
        self.add_field("level", self.tr("响应层级"), ChoiceField(levels), required=True)
        self.unit = self.add_field("unit_id", self.tr("责任单位"), ChoiceField(
            self.unit_names, blank=self.tr("（非驻区单位，填写责任部门）")))
        self.department = self.add_field("department", self.tr("责任部门"), TextField(
            self.tr("如：巴州区住房和城乡建设局")))
        self.department.edit.setCompleter(QCompleter(list(departments), self))
        self.add_field("assigned_on", self.tr("升级日期") if escalate else self.tr("交办日期"),
                       DateField(), required=True)
        self.add_field("deadline", self.tr("办理时限"), DateField(), required=True)
        self.add_field("decision", self.tr("交办意见"), NoteField())
        if escalate:
            self.add_field("reason", self.tr("升级理由"), NoteField(), required=True)
        self.unit.changed.connect(self._unit_changed)
        today = dt.date.today()
        self.start(AssignValues(min(levels, default=None), None, "", today,
                                today + dt.timedelta(days=DEFAULT_DAYS), ""))

    def _unit_changed(self) -> None:
        self.department.edit.setEnabled(self.unit.value() is None)

    def collect(self) -> AssignValues:
        f = self.fields
        reason = f["reason"].value() if "reason" in f else ""
        unit = f["unit_id"].value()
        return AssignValues(f["level"].value(), unit, "" if unit else f["department"].value(),
                            f["assigned_on"].value(), f["deadline"].value(),
                            f["decision"].value(), reason)

    def load(self, data: AssignValues) -> None:
        for name in ("level", "unit_id", "department", "assigned_on", "deadline", "decision"):
            self.fields[name].set_value(getattr(data, name))
        if "reason" in self.fields:
            self.fields["reason"].set_value(data.reason)
        self._unit_changed()

    def clean(self, data: AssignValues) -> None:
        check = validation.Collector()
        if data.level is None:
            check.fail(FieldError("level", "field.bad_choice", label=self.tr("响应层级")))
        if data.unit_id is None and not data.department.strip():
            check.fail(FieldError("unit_id", "issue.responsible_required"))
        check(validation.text, "department", self.tr("责任部门"), data.department)
        day = check(validation.past_date, "assigned_on", self.tr("交办日期"),
                    data.assigned_on, required=True)
        if data.deadline is not None and day is not None:
            check(assignments.not_before, "deadline", self.tr("办理时限"), data.deadline,
                  self.tr("交办日期"), day)
        if self.escalating:
            check(validation.text, "reason", self.tr("升级理由"), data.reason, required=True,
                  limit=2000)
        check.done()

    def who(self, data: AssignValues) -> str:
        return self.unit_names.get(data.unit_id, "") if data.unit_id else data.department

    def confirm_text(self, data: AssignValues) -> str:
        level = domain(LEVELS.get(data.level or 0, ""))
        deadline = data.deadline.isoformat() if data.deadline else ""
        if self.escalating:
            return self.tr("问题 {0} 将升级为“{1}”，改由“{2}”办理，办理时限 {3}。"
                           "原交办记录以“已升级”结束。确定升级吗？").format(
                self.problem.number, level, self.who(data), deadline)
        return self.tr("问题 {0} 将交由“{1}”办理（{2}），办理时限 {3}。确定交办吗？").format(
            self.problem.number, self.who(data), level, deadline)

    def service(self, data: AssignValues) -> ServiceCall:
        actor, problem_id, version = self.context.actor, self.problem.id, self.problem.version
        values = AssignmentData(level=data.level or 0, deadline=data.deadline,
                                assigned_on=data.assigned_on, decision=data.decision,
                                unit_id=data.unit_id, department=data.department)
        if self.escalating:
            reason = data.reason
            return lambda session: assignments.escalate(session, actor, problem_id, version,
                                                        values, reason=reason)
        return lambda session: assignments.assign(session, actor, problem_id, version, values)
