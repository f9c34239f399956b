"""新建表决: the compound, the matter of Civil Code art. 278, the title, items and seats."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import Actor
from models.elections import votes
from models.elections.tally import ELECTION_MATTER, MATTERS
from models.errors import FieldError, UserError
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, NoteField, TextField
from ui.common.form import RecordForm
from ui.i18n import domain


@dataclass(frozen=True)
class VoteData:
    compound_id: int | None
    matter: int | None
    title: str
    items: str
    seats: str


class VoteForm(RecordForm):
    changes = frozenset({Kind.VOTES})

    def __init__(self, context: AppContext, compounds: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("新建表决"), parent)  # type: ignore[arg-type]
        self.add_field("compound_id", self.tr("小区"), ChoiceField(compounds), required=True)
        self.add_field("matter", self.tr("表决事项（民法典第278条）"), ChoiceField(
            {n: f"（{n}）{domain(label)}" for n, label in MATTERS.items()}), required=True)
        self.add_field("title", self.tr("表决名称"), TextField(self.tr("如：第二届业主委员会选举")),
                       required=True)
        self.add_field("items", self.tr("候选人 / 表决事项（每行一个）"), NoteField(),
                       required=True)
        self.add_field("seats", self.tr("应选名额"),
                       TextField(self.tr("选举时填写；其他事项留空"), right=True, max_length=3))

    def collect(self) -> VoteData:
        f = self.fields
        return VoteData(f["compound_id"].value(), f["matter"].value(), f["title"].value(),
                        f["items"].value(), f["seats"].value())

    def load(self, data: VoteData) -> None:
        for name in ("compound_id", "matter", "title", "items", "seats"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: VoteData) -> None:
        if data.compound_id is None:
            raise FieldError("compound_id", "field.required", label=self.tr("小区"))
        seats = _seats(data.seats)
        try:
            votes.check_vote(matter=data.matter or 0, title=data.title,
                             items=votes.split_items(data.items), seats=seats)
        except UserError as exc:
            field = {"vote.matter": "matter", "vote.title": "title",
                     "vote.seats": "seats"}.get(exc.code, "items")
            raise FieldError(field, exc.code, **exc.params) from exc
        if data.matter == ELECTION_MATTER and seats is None:
            raise FieldError("seats", "field.required", label=self.tr("应选名额"))

    def save_op(self, data: VoteData) -> Callable[[Session, Actor], int]:
        def op(session: Session, actor: Actor) -> int:
            return votes.create_vote(session, actor, data.compound_id or 0,
                                     matter=data.matter or 0, title=data.title,
                                     items=votes.split_items(data.items), seats=_seats(data.seats))
        return op


def _seats(text: str) -> int | None:
    text = (text or "").strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise FieldError("seats", "field.bad_number", label="应选名额")
    return int(text)
