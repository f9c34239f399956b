"""Pieces the 小区治理 tabs share: the selected-row guard and the 转入问题台账 form."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError
from models.issues.lifecycle import ProblemStatus
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField
from ui.common.form import RecordForm
from ui.common.list_page import ListPage

CHANGES = frozenset({Kind.GOVERNANCE, Kind.PROBLEMS})


def selected(page: ListPage, hint: str) -> Any | None:
    row = page.current_row()
    if row is None:
        messages.show_info(page, hint)
    return row


@dataclass(frozen=True)
class SendData:
    category_id: int | None


class SendForm(RecordForm):
    """转入问题台账: the one thing the ledger needs that a finding or case lacks, its 小类."""

    changes = CHANGES

    def __init__(self, context: AppContext, title: str, categories: dict[int, str],
                 send: Callable[[Session, Actor, int], ProblemStatus],
                 parent: object = None) -> None:
        super().__init__(context, title, parent)  # type: ignore[arg-type]
        self.send = send
        self.add_field("category_id", self.tr("问题类别"),
                       ChoiceField(categories, blank=self.tr("（请选择）")), required=True)

    def collect(self) -> SendData:
        return SendData(self.fields["category_id"].value())

    def load(self, data: SendData) -> None:
        self.fields["category_id"].set_value(data.category_id)

    def clean(self, data: SendData) -> None:
        if data.category_id is None:
            raise FieldError("category_id", "field.required", label=self.tr("问题类别"))

    def save_op(self, data: SendData) -> Callable[[Session, Actor], ProblemStatus]:
        send, category = self.send, data.category_id or 0
        return lambda session, actor: send(session, actor, category)
