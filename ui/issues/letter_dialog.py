"""发督办函: draft a 函告 or 督办函 from the problem, let the reviewer edit it, issue it.

The draft comes from models.issues.letters.draft_letter on the worker (the facts of the
problem and its current assignment, the days overdue, the reply date). The reviewer may
change every word; issuing numbers the letter with the year's next 文号, which can never
be taken back, so the dialog says so first. After issuing, the page opens the letter's
PDF preview (reports.issue_letter).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from models import validation
from models.issues import letters
from models.issues.letters import LetterData
from models.issues.vocab import LETTER_KINDS
from ui.common import messages
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.common.operations import ReadOp
from ui.i18n import domain
from ui.issues.action_form import ActionForm, ProblemRef, ServiceCall


@dataclass(frozen=True)
class LetterValues:
    kind: str
    issued_on: dt.date | None
    title: str
    recipient: str
    body: str  # one paragraph per line
    reply_by: dt.date | None


def values_of(draft: LetterData) -> LetterValues:
    return LetterValues(draft.kind, draft.issued_on, draft.title, draft.recipient,
                        "\n".join(draft.body), draft.reply_by)


class LetterForm(ActionForm):
    def __init__(self, context, problem: ProblemRef,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.problem = problem
        self.draft: LetterValues | None = None
        self.set_texts(self.tr("发督办函"), self.tr(
            "向问题 {0}“{1}”的责任单位“{2}”发函。正文已按台账记录起草，可以修改；"
            "签发时自动编入本年度文号。").format(problem.number, problem.title,
                                      problem.responsible), self.tr("签发"))
        self.kind = self.add_field("kind", self.tr("函件类型"), ChoiceField(LETTER_KINDS),
                                   required=True)
        self.add_field("issued_on", self.tr("发文日期"), DateField(), required=True)
        self.add_field("title", self.tr("标题"), TextField(), required=True)
        self.add_field("recipient", self.tr("主送单位"), TextField(), required=True)
        body = self.add_field("body", self.tr("正文（每段一行）"), NoteField(), required=True)
        body.edit.setFixedHeight(body.edit.fontMetrics().height() * 12 + 12)
        self.add_field("reply_by", self.tr("回复期限"), DateField(optional=True))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 48)
        self.kind.set_value("supervise")
        self.kind.changed.connect(self._kind_changed)
        self.request_draft("supervise")

    def request_draft(self, kind: str) -> None:
        problem_id, day = self.problem.id, dt.date.today()

        ReadOp(self.context, parent=self,
               query=lambda session: letters.draft_letter(session, problem_id, kind,
                                                          issued_on=day),
               success=self._drafted, failure=self._draft_failed).run()

    def _drafted(self, draft: LetterData) -> None:
        values = values_of(draft)
        if self.draft is not None and self.collect().body != self.draft.body:
            # The reviewer has edited the text: change the kind and title only.
            values = LetterValues(values.kind, self.collect().issued_on, values.title,
                                  self.collect().recipient, self.collect().body,
                                  self.collect().reply_by)
        self.draft = values
        self.start(values)

    def _draft_failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc)
        self.done(0)

    def _kind_changed(self) -> None:
        if self.draft is not None and self.kind.value() != self.draft.kind:
            self.request_draft(self.kind.value())

    def collect(self) -> LetterValues:
        f = self.fields
        return LetterValues(f["kind"].value(), f["issued_on"].value(), f["title"].value(),
                            f["recipient"].value(), f["body"].value(), f["reply_by"].value())

    def load(self, data: LetterValues) -> None:
        for name in ("kind", "issued_on", "title", "recipient", "body", "reply_by"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: LetterValues) -> None:
        check = validation.Collector()
        check(validation.past_date, "issued_on", self.tr("发文日期"), data.issued_on,
              required=True)
        check(validation.text, "title", self.tr("标题"), data.title, required=True)
        check(validation.text, "recipient", self.tr("主送单位"), data.recipient, required=True)
        check(validation.text, "body", self.tr("正文"), data.body, required=True, limit=20000)
        check.done()

    def confirm_text(self, data: LetterValues) -> str:
        year = data.issued_on.year if data.issued_on else dt.date.today().year
        return self.tr("签发后，这份{0}将编入 {1} 年的下一个文号，并记入问题 {2} 的办理过程和"
                       "“{3}”的考核。文号连续编排，不能收回或作废。确定签发吗？").format(
            domain(LETTER_KINDS.get(data.kind, "")), year, self.problem.number, data.recipient)

    def service(self, data: LetterValues) -> ServiceCall:
        actor = self.context.actor
        letter = LetterData(problem_id=self.problem.id, kind=data.kind,
                            issued_on=data.issued_on, title=data.title,
                            recipient=data.recipient,
                            body=tuple(p.strip() for p in data.body.splitlines() if p.strip()),
                            reply_by=data.reply_by)
        return lambda session: letters.issue_letter(session, actor, letter)
