"""选举进程: an election's dated steps, the 备案 documents handed in, and the deadlines that
follow from the dates (shown before they pass, red once passed or met late)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from models.elections import course, votes
from models.elections.rules import Deadline
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.date_edit import DateEdit
from ui.common.dialogs import FormDialog
from ui.common.fields import too_long
from ui.common.operations import WriteOp
from ui.i18n import domain

STATE_COLOURS = {"overdue": "#c0392b", "late": "#c0392b", "open": "#1f3f66", "done": "#2e7d32"}


@dataclass(frozen=True)
class CourseState:
    data: course.CourseData
    deadlines: list[Deadline]


def load_course(vote_id: int, today: dt.date):
    def query(session: Session) -> CourseState:
        return CourseState(course.course_data(session, vote_id),
                           course.course_deadlines(session, vote_id, today))
    return query


class CourseDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, context: AppContext, info: votes.VoteInfo, state: CourseState,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("选举进程：{0}").format(info.title), parent)
        self.context, self.info = context, info
        data = state.data
        self.dates: dict[str, DateEdit] = {}
        for name in course.STEP_ORDER:
            self.dates[name] = DateEdit(getattr(data, name), optional=True)
        self.place = QLineEdit(data.meeting_place)
        self.form_box = QComboBox()
        for key, label in course.MEETING_FORMS.items():
            self.form_box.addItem(domain(label), key)
        self.form_box.setCurrentIndex(max(0, self.form_box.findData(data.meeting_form)))
        for name in course.STEP_ORDER:
            self.add_row(domain(course.STEP_LABELS[name]), self.dates[name])
            if name == "meeting_on":
                self.add_row(self.tr("会议地点"), self.place)
                self.add_row(self.tr("会议形式"), self.form_box)
        self.documents: dict[str, QCheckBox] = {}
        for key, label in course.FILING_DOCUMENTS.items():
            box = QCheckBox(domain(label))
            box.setChecked(key in data.filing_documents)
            self.documents[key] = box
            self.add_row(self.tr("备案材料") if len(self.documents) == 1 else "", box)
        self.deadlines = QLabel(self.deadline_text(state.deadlines))
        self.deadlines.setWordWrap(True)
        self.form.addRow(self.tr("期限"), self.deadlines)

    def deadline_text(self, found: list[Deadline]) -> str:
        if not found:
            return self.tr("填写会议日期或公示日期后，这里列出由此产生的期限。")
        states = {"done": self.tr("已按期完成"), "late": self.tr("已完成，但超过期限"),
                  "open": self.tr("未到期"), "overdue": self.tr("已超期")}
        lines = [f'<span style="color:{STATE_COLOURS[d.state]}">{d.label}：'
                 f"{d.due.isoformat()}　{states[d.state]}</span>" for d in found]
        return "<br>".join(lines)

    def course_data(self) -> course.CourseData | None:
        for edit in self.dates.values():
            if edit.error():
                self.show_error(edit.error())
                return None
        place = self.place.text().strip()
        if len(place) > 200:
            self.show_error(too_long(place, 200))
            return None
        return course.CourseData(
            **{name: edit.date() for name, edit in self.dates.items()},
            meeting_place=place, meeting_form=self.form_box.currentData(),
            filing_documents=tuple(k for k, box in self.documents.items() if box.isChecked()))

    def submit(self) -> None:
        data = self.course_data()
        if data is None:
            return
        vote_id = self.info.id
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.VOTES},
                op=lambda session, actor: course.save_course(session, actor, vote_id, data),
                success=lambda _none: self.finish(self.saved, data),
                failure=self.write_failed).run()
