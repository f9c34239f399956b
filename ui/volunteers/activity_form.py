"""登记志愿活动: the team, day, times, place and content, and the participants with their
hours, added one by one from the registry. The overlap rule and every refusal are the
service's (models.volunteers.activities); the form shows them beside the fields."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError
from models.volunteers import activities, hours
from models.volunteers.activities import ActivityData, Participant
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, FieldWidget, NoteField, TextField
from ui.common.form import RecordForm


@dataclass(frozen=True)
class ActivityInput:
    team_id: int | None
    day: object
    start: str
    end: str
    place: str
    content: str
    participants: tuple[tuple[int, str], ...]  # person id, hours as typed


class ParticipantsField(FieldWidget):
    """A person picker, an hours box, 添加/移除, and the list of who took part."""

    def __init__(self, people: dict[int, str]) -> None:
        holder = QWidget()
        super().__init__(holder)
        self.people = people
        self.person = ChoiceField(people, blank="")
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("时长（小时）"))
        self.hours.setFixedWidth(self.hours.fontMetrics().horizontalAdvance("时长（小时）") + 24)
        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("移除"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.list = QListWidget()
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6)
        self.rows: list[tuple[int, str]] = []
        picker = QHBoxLayout()
        picker.setContentsMargins(0, 0, 0, 0)
        picker.addWidget(self.person.widget, 1)
        picker.addWidget(self.hours)
        picker.addWidget(self.add_button)
        picker.addWidget(self.remove_button)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(picker)
        column.addWidget(self.list)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_current)

    def add(self, person_id: int, hours_text: str) -> None:
        self.rows = [r for r in self.rows if r[0] != person_id] + [(person_id, hours_text)]
        self._show()
        self._emit()

    def add_current(self) -> None:
        person_id = self.person.value()
        if person_id is not None and self.hours.text().strip():
            self.add(person_id, self.hours.text().strip())
            self.hours.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rows):
            del self.rows[row]
            self._show()
            self._emit()

    def _show(self) -> None:
        self.list.clear()
        for person_id, text in self.rows:
            self.list.addItem(self.tr("{0}　{1} 小时").format(self.people.get(person_id, "?"),
                                                            text))

    def value(self) -> tuple[tuple[int, str], ...]:
        return tuple(self.rows)

    def _set(self, value: object) -> None:
        self.rows = list(value or ())  # type: ignore[call-overload]
        self._show()

    def focus_widget(self) -> QWidget:
        return self.person.widget


def to_data(data: ActivityInput) -> ActivityData:
    """The service's data from what was typed; bad times or hours raise FieldError."""
    if data.team_id is None:
        raise FieldError("team_id", "field.required", label="志愿服务队")
    start = hours.parse_clock("start", data.start)
    end = hours.parse_clock("end", data.end)
    parts = tuple(Participant(pid, hours.parse_hours("participants", text))
                  for pid, text in data.participants)
    return ActivityData(data.team_id, data.day, start, end, data.place,  # type: ignore[arg-type]
                        data.content, parts)


class ActivityForm(RecordForm):
    changes = frozenset({Kind.VOLUNTEERS})

    def __init__(self, context: AppContext, teams: dict[int, str], people: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("登记志愿活动"), parent)
        self.add_field("team_id", self.tr("志愿服务队 / 分队"), ChoiceField(teams, blank=""),
                       required=True)
        self.add_field("day", self.tr("活动日期"), DateField(), required=True)
        self.add_field("start", self.tr("开始时间"), TextField("09:00"), required=True)
        self.add_field("end", self.tr("结束时间"), TextField("11:30"), required=True)
        self.add_field("place", self.tr("地点"), TextField())
        self.add_field("content", self.tr("活动内容"), NoteField(), required=True)
        self.participants = ParticipantsField(people)
        self.add_field("participants", self.tr("参与人员及时长"), self.participants,
                       required=True)

    def collect(self) -> ActivityInput:
        f = self.fields
        return ActivityInput(f["team_id"].value(), f["day"].value(), f["start"].value(),
                             f["end"].value(), f["place"].value(), f["content"].value(),
                             f["participants"].value())

    def load(self, data: ActivityInput) -> None:
        for name in ("team_id", "day", "start", "end", "place", "content", "participants"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: ActivityInput) -> None:
        parsed = to_data(data)
        if not parsed.content.strip():
            raise FieldError("content", "field.required", label="活动内容")
        if not parsed.participants:
            raise FieldError("participants", "activity.no_participants")
        try:
            hours.check_times(parsed.start_minute, parsed.end_minute)
            for part in parsed.participants:
                hours.check_minutes(part.minutes, parsed.end_minute - parsed.start_minute)
        except FieldError as exc:
            raise FieldError("participants" if exc.field == "minutes" else exc.field, exc.code,
                             **exc.params) from exc

    def save_op(self, data: ActivityInput) -> Callable[[Session, Actor], int]:
        parsed, record_id, version = to_data(data), self.record_id, self.version

        def op(session: Session, actor: Actor) -> int:
            if record_id is None:
                return activities.record_activity(session, actor, parsed)
            activities.update_activity(session, actor, record_id, version or 0, parsed)
            return record_id
        return op


def input_of(data: ActivityData) -> ActivityInput:
    """A stored activity as the form's starting values."""
    return ActivityInput(data.team_id, data.day, hours.clock(data.start_minute),
                         hours.clock(data.end_minute), data.place, data.content,
                         tuple((p.person_id, hours.hours_text(p.minutes))
                               for p in data.participants))

