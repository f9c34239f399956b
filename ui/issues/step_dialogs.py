"""报到, 进展, 办结, 销号, 重新办理: one small form each, a date and a text.

Each form says on top what the step does to the problem, and asks once more before it
saves, in words that name the problem and the state it will be in. The field names are
the service's keyword names, so a refusal shows beside the right field.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from models import validation
from models.issues import assignments, resolution
from ui.common.fields import DateField, NoteField
from ui.issues.action_form import ActionForm, ProblemRef, ServiceCall


@dataclass(frozen=True)
class StepData:
    day: dt.date | None
    text: str


@dataclass(frozen=True)
class StepTexts:
    title: str
    save: str
    date_label: str
    text_label: str
    intro: str
    question: str


# action → (service, date keyword, text keyword, text required)
SERVICES: dict[str, tuple[Any, str, str, bool]] = {
    "report": (assignments.report_in, "reported_on", "note", False),
    "progress": (assignments.record_progress, "on", "text", True),
    "resolve": (resolution.resolve, "resolved_on", "result", True),
    "close": (resolution.close, "closed_on", "note", False),
    "reopen": (resolution.reopen, "on", "reason", True),
}
ACTIONS = tuple(SERVICES)


class StepForm(ActionForm):
    def __init__(self, context, action: str, problem: ProblemRef,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.action, self.problem = action, problem
        texts = self.step = self.texts(action, problem)
        self.set_texts(texts.title, texts.intro, texts.save)
        _service, self.date_name, self.text_name, self.text_required = SERVICES[action]
        self.add_field(self.date_name, texts.date_label, DateField(), required=True)
        self.add_field(self.text_name, texts.text_label, NoteField(),
                       required=self.text_required)
        self.start(StepData(dt.date.today(), ""))

    def texts(self, action: str, p: ProblemRef) -> StepTexts:
        who = p.responsible or self.tr("责任单位")
        head = self.tr("问题 {0}“{1}”").format(p.number, p.title)
        table = {
            "report": StepTexts(
                self.tr("报到"), self.tr("报到"), self.tr("报到日期"), self.tr("备注"),
                self.tr("{0}：记录{1}已报到、接手办理。报到后状态变为“已报到”，"
                        "可以记录进展或办结。").format(head, who),
                self.tr("确定记录{0}已报到吗？问题 {1} 将转为“已报到”。").format(who, p.number)),
            "progress": StepTexts(
                self.tr("办理进展"), self.tr("记录进展"), self.tr("进展日期"),
                self.tr("办理进展"),
                self.tr("{0}：记录{1}的办理进展。状态变为“办理中”，进展记录不能修改或删除。")
                .format(head, who),
                self.tr("确定记录这条进展吗？记录后不能修改或删除。")),
            "resolve": StepTexts(
                self.tr("办结"), self.tr("办结"), self.tr("办结日期"), self.tr("办理结果"),
                self.tr("{0}：{1}报告问题已解决。办结后状态变为“已办结”，"
                        "由审核人员确认后销号；办结日期用于计算按期办结率。").format(head, who),
                self.tr("确定办结问题 {0} 吗？办结日期将计入按期办结率和责任单位考核。")
                .format(p.number)),
            "close": StepTexts(
                self.tr("销号"), self.tr("销号"), self.tr("销号日期"), self.tr("销号意见"),
                self.tr("{0}：确认办理结果，从台账中销号。销号后问题只读，"
                        "只能由审核人员“重新办理”。").format(head),
                self.tr("确定将问题 {0} 销号吗？销号后不能再修改，"
                        "如问题反弹只能重新办理。").format(p.number)),
            "reopen": StepTexts(
                self.tr("重新办理"), self.tr("重新办理"), self.tr("重新办理日期"),
                self.tr("重新办理理由"),
                self.tr("{0}：办理结果未能巩固，退回{1}继续办理。状态变为“办理中”，"
                        "原办结记录保留，并计入责任单位考核（重新办理扣分）。").format(head, who),
                self.tr("确定让问题 {0} 重新办理吗？这将计入{1}的考核。").format(p.number, who)),
        }
        return table[action]

    def collect(self) -> StepData:
        return StepData(self.fields[self.date_name].value(), self.fields[self.text_name].value())

    def load(self, data: StepData) -> None:
        self.fields[self.date_name].set_value(data.day)
        self.fields[self.text_name].set_value(data.text)

    def clean(self, data: StepData) -> None:
        check = validation.Collector()
        check(validation.past_date, self.date_name, self.step.date_label, data.day,
              required=True)
        check(validation.text, self.text_name, self.step.text_label, data.text,
              required=self.text_required, limit=2000)
        check.done()

    def confirm_text(self, data: StepData) -> str:
        return self.step.question

    def service(self, data: StepData) -> ServiceCall:
        call, date_name, text_name, _required = SERVICES[self.action]
        actor, problem_id, version = self.context.actor, self.problem.id, self.problem.version
        values = {date_name: data.day, text_name: data.text}
        return lambda session: call(session, actor, problem_id, version, **values)
