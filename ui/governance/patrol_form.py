"""记录巡查: the day, the grid or route, who walked, and each finding with how it was
handled — settled on the spot, sent into the issue ledger (with its 小类), or left open.
Saved in one unit of work (`patrols.record_patrol`), so a finding sent to the ledger and
its patrol are written together or not at all."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError, UserError
from models.governance import patrols
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, FieldWidget, MultiChoiceField, TextField
from ui.common.form import RecordForm
from ui.governance.common import CHANGES

HANDLING = ("open", "settled", "send")


@dataclass(frozen=True)
class FindingEntry:
    description: str
    handling: str  # open, settled, send
    category_id: int | None


@dataclass(frozen=True)
class PatrolEntry:
    patrolled_on: dt.date | None
    grid_id: int | None
    route: str
    member_ids: frozenset[str]
    findings: tuple[FindingEntry, ...]

    def data(self) -> patrols.PatrolData:
        return patrols.PatrolData(patrolled_on=self.patrolled_on, grid_id=self.grid_id,
                                  route=self.route,
                                  member_ids=tuple(sorted(int(m) for m in self.member_ids)))

    def finding_data(self) -> list[patrols.FindingData]:
        return [patrols.FindingData(
            f.description, settled=f.handling == "settled",
            send_category_id=f.category_id if f.handling == "send" else None)
            for f in self.findings if f.description.strip()]


class FindingsField(FieldWidget):
    """Lines of findings: what was seen, how it was handled, the 小类 when sent."""

    def __init__(self, categories: dict[int, str]) -> None:
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        super().__init__(holder)
        self.categories = categories
        self.rows: list[tuple[QLineEdit, QComboBox, QComboBox]] = []
        self.add_button = QPushButton(self.tr("添加一条发现"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.add_row()

    def add_row(self) -> None:
        text = QLineEdit()
        text.setPlaceholderText(self.tr("巡查发现的情况"))
        handling = QComboBox()
        for code, label in zip(HANDLING, (self.tr("待处理"), self.tr("就地解决"),
                                          self.tr("转入问题台账")), strict=True):
            handling.addItem(label, code)
        category = QComboBox()
        category.addItem(self.tr("（问题类别）"), None)
        for code, label in self.categories.items():
            category.addItem(label, code)
        row = len(self.rows)
        for column, widget in enumerate((text, handling, category)):
            self.grid.addWidget(widget, row, column)
        self.grid.addWidget(self.add_button, row + 1, 0)
        text.textChanged.connect(self._emit)
        handling.currentIndexChanged.connect(self._emit)
        category.currentIndexChanged.connect(self._emit)
        self.rows.append((text, handling, category))

    def value(self) -> tuple[FindingEntry, ...]:
        return tuple(FindingEntry(text.text(), handling.currentData(), category.currentData())
                     for text, handling, category in self.rows)

    def _set(self, value: object) -> None:
        entries = tuple(value or ())  # type: ignore[call-overload]
        while len(self.rows) < max(len(entries), 1):
            self.add_row()
        for (text, handling, category), entry in zip(self.rows, entries, strict=False):
            text.setText(entry.description)
            handling.setCurrentIndex(max(handling.findData(entry.handling), 0))
            category.setCurrentIndex(max(category.findData(entry.category_id), 0))

    def focus_widget(self) -> QWidget:
        return self.rows[0][0]


class PatrolForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, choices: patrols.PatrolChoices,
                 parent: object = None) -> None:
        super().__init__(context, self.tr("记录巡查"), parent)  # type: ignore[arg-type]
        self.add_field("patrolled_on", self.tr("巡查日期"), DateField(), required=True)
        self.add_field("grid_id", self.tr("网格"),
                       ChoiceField(choices.grids, blank=self.tr("（不按网格，填写路线）")))
        self.add_field("route", self.tr("巡查路线"), TextField(self.tr("如：兴文路—文化路")))
        self.add_field("member_ids", self.tr("巡查人员"), MultiChoiceField(
            {str(k): v for k, v in choices.members.items()}, columns=4), required=True)
        self.add_field("findings", self.tr("巡查发现"), FindingsField(choices.categories))

    def collect(self) -> PatrolEntry:
        f = self.fields
        return PatrolEntry(f["patrolled_on"].value(), f["grid_id"].value(),
                           f["route"].value(), f["member_ids"].value(), f["findings"].value())

    def load(self, data: PatrolEntry) -> None:
        for name in ("patrolled_on", "grid_id", "route", "member_ids", "findings"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: PatrolEntry) -> None:
        patrols.patrol_fields(data.data())
        for finding in data.findings:
            if not finding.description.strip():
                continue
            try:
                patrols.finding_fields(patrols.FindingData(finding.description))
            except UserError as exc:
                raise FieldError("findings", exc.code, **exc.params) from exc
            if finding.handling == "send" and finding.category_id is None:
                raise FieldError("findings", "gov.category_required")

    def save_op(self, data: PatrolEntry) -> Callable[[Session, Actor], int]:
        community = self.context.community_id or 0
        patrol, findings = data.data(), data.finding_data()
        return lambda session, actor: patrols.record_patrol(session, actor, community, patrol,
                                                            findings)
