"""记录培训 and 担任岗位 for capable residents: a training's kind, day, topic and who of the
capable residents attended (ticked); a post taken from a day and, when over, to a day."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import Actor
from models.governance import residents
from models.governance.vocab import POSTS, TRAINING_FORMS
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, MultiChoiceField, TextField
from ui.common.form import RecordForm

CHANGES = frozenset({Kind.GOVERNANCE})


@dataclass(frozen=True)
class TrainingEntry:
    form: str
    held_on: dt.date | None
    topic: str
    place: str
    attended: frozenset[str]


class TrainingForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, capable: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("记录培训"), parent)  # type: ignore[arg-type]
        self.add_field("form", self.tr("培训形式"), ChoiceField(TRAINING_FORMS), required=True)
        self.add_field("held_on", self.tr("培训日期"), DateField(), required=True)
        self.add_field("topic", self.tr("培训主题"), TextField(), required=True)
        self.add_field("place", self.tr("培训地点"), TextField())
        self.add_field("attended", self.tr("参训能人"), MultiChoiceField(
            {str(k): v for k, v in capable.items()} or {"": self.tr("（尚无小区能人）")},
            columns=5))

    def collect(self) -> TrainingEntry:
        f = self.fields
        return TrainingEntry(f["form"].value(), f["held_on"].value(), f["topic"].value(),
                             f["place"].value(), f["attended"].value() - {""})

    def load(self, data: TrainingEntry) -> None:
        for name in ("form", "held_on", "topic", "place", "attended"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: TrainingEntry) -> None:
        residents.training_fields(data.held_on, data.form, data.topic, data.place)

    def save_op(self, data: TrainingEntry) -> Callable[[Session, Actor], int]:
        community = self.context.community_id or 0
        attended = sorted(int(code) for code in data.attended)
        return lambda session, actor: residents.record_training(
            session, actor, community, held_on=data.held_on,  # type: ignore[arg-type]
            form=data.form, topic=data.topic, place=data.place, resident_ids=attended)


class PostForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, resident: residents.ResidentRow,
                 parent: object = None) -> None:
        title = self.tr("{0} 担任岗位").format(resident.name)
        super().__init__(context, title, parent)  # type: ignore[arg-type]
        self.resident_id = resident.id
        self.add_field("post", self.tr("岗位"), ChoiceField(POSTS), required=True)
        self.add_field("started_on", self.tr("任职日期"), DateField(), required=True)
        self.add_field("ended_on", self.tr("离任日期"), DateField(optional=True))

    def collect(self) -> residents.PostData:
        f = self.fields
        return residents.PostData(f["post"].value(), f["started_on"].value(),
                                  f["ended_on"].value())

    def load(self, data: residents.PostData) -> None:
        for name in ("post", "started_on", "ended_on"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: residents.PostData) -> None:
        residents.post_fields(data)

    def save_op(self, data: residents.PostData) -> Callable[[Session, Actor], int]:
        resident = self.resident_id
        return lambda session, actor: residents.record_post(session, actor, resident, data)
