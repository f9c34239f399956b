"""Tabs of the compound joint meetings: the meetings (记录会议) and their decisions tracked
to done (办结, 转入问题台账)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError, FieldErrors, UserError
from models.governance import compound_meetings as cm
from models.governance import patrols
from models.registry import places
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.common.form import RecordForm
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp
from ui.common.table_model import CENTER, RIGHT, Column
from ui.governance.common import SendData, SendForm, selected


@dataclass(frozen=True)
class MeetingEntry:
    compound_id: int | None
    held_on: dt.date | None
    place: str
    branch: str
    committee: str
    property: str
    agenda: str
    actions: str

    def data(self) -> cm.MeetingData:
        attendees = tuple(cm.Attendee(side, name) for side in ("branch", "committee", "property")
                          for name in cm.names(getattr(self, side)))
        return cm.MeetingData(self.compound_id, self.held_on, attendees, self.agenda,
                              self.place)


class MeetingForm(RecordForm):
    changes = frozenset({Kind.GOVERNANCE})
    SIDES = ("branch", "committee", "property")

    def __init__(self, context: AppContext, compounds: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("记录小区治理联席会议"), parent)  # type: ignore[arg-type]
        self.add_field("compound_id", self.tr("小区"), ChoiceField(compounds), required=True)
        self.add_field("held_on", self.tr("会议日期"), DateField(), required=True)
        self.add_field("place", self.tr("会议地点"), TextField())
        hint = self.tr("姓名，以顿号分隔")
        self.add_field("branch", self.tr("小区党支部参会人员"), TextField(hint))
        self.add_field("committee", self.tr("业委会参会人员"), TextField(hint))
        self.add_field("property", self.tr("物业服务企业参会人员"), TextField(hint))
        self.add_field("agenda", self.tr("议题"), NoteField())
        self.add_field("actions", self.tr("决定事项（每行：事项｜责任方｜完成时限）"), NoteField())

    def collect(self) -> MeetingEntry:
        f = self.fields
        return MeetingEntry(f["compound_id"].value(), f["held_on"].value(), f["place"].value(),
                            f["branch"].value(), f["committee"].value(),
                            f["property"].value(), f["agenda"].value(), f["actions"].value())

    def load(self, data: MeetingEntry) -> None:
        for name in ("compound_id", "held_on", "place", "branch", "committee", "property",
                     "agenda", "actions"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: MeetingEntry) -> None:
        try:
            cm.meeting_fields(data.data())
        except FieldErrors as exc:  # "at least one attendee" shows under the branch's box
            raise FieldErrors([FieldError("branch" if e.field == "attendees" else e.field,
                                          e.code, **e.params) for e in exc.errors]) from exc
        held_on = data.held_on or dt.date.today()
        for action in cm.parse_actions(data.actions):
            try:
                cm.action_fields(action, held_on)
            except UserError as exc:
                raise FieldError("actions", exc.code, **exc.params) from exc

    def save_op(self, data: MeetingEntry) -> Callable[[Session, Actor], int]:
        meeting, actions = data.data(), cm.parse_actions(data.actions)
        return lambda session, actor: cm.record_meeting(session, actor, meeting, actions)


class MeetingsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.COMPOUNDS})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("联席会议")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("日期"), lambda m: m.held_on.isoformat(), CENTER, width_chars=7),
            Column(self.tr("小区"), lambda m: m.compound, width_chars=6),
            Column(self.tr("小区党支部"), lambda m: m.side_text("branch"), width_chars=7),
            Column(self.tr("业委会"), lambda m: m.side_text("committee"), width_chars=7),
            Column(self.tr("物业服务企业"), lambda m: m.side_text("property"), width_chars=8),
            Column(self.tr("议题"), lambda m: m.agenda, width_chars=14),
            Column(self.tr("决定事项"), lambda m: str(len(m.actions)), RIGHT, width_chars=4),
            Column(self.tr("未办结"), lambda m: str(m.open_actions), RIGHT, width_chars=3),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("记录会议"), "fa5s.handshake", self.new_meeting, role="clerk")

    def rows_query(self) -> Callable[[Session], list[cm.MeetingRow]]:
        text = self.search.text().strip()
        return lambda session: [m for m in cm.list_meetings(session)
                                if text in m.compound or text in m.agenda]

    def new_meeting(self) -> None:
        def show(compounds: list[places.CompoundRecord]) -> None:
            form = MeetingForm(self.context, {c.id: c.name for c in compounds}, self)
            form.start(MeetingEntry(None, dt.date.today(), "", "", "", "", "", ""))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=places.list_compounds, success=show).run()


@dataclass(frozen=True)
class DoneData:
    done_on: dt.date | None
    note: str


class DoneForm(RecordForm):
    changes = frozenset({Kind.GOVERNANCE})

    def __init__(self, context: AppContext, action: cm.ActionRow, parent: object = None) -> None:
        super().__init__(context, self.tr("决定事项办结"), parent)  # type: ignore[arg-type]
        self.action_row = action
        self.add_field("done_on", self.tr("办结日期"), DateField(), required=True)
        self.add_field("note", self.tr("办理结果"), NoteField())

    def collect(self) -> DoneData:
        return DoneData(self.fields["done_on"].value(), self.fields["note"].value())

    def load(self, data: DoneData) -> None:
        self.fields["done_on"].set_value(data.done_on)
        self.fields["note"].set_value(data.note)

    def clean(self, data: DoneData) -> None:
        cm.done_fields(self.action_row.held_on, data.done_on, data.note)

    def save_op(self, data: DoneData) -> Callable[[Session, Actor], None]:
        row = self.action_row
        return lambda session, actor: cm.complete_action(
            session, actor, row.id, row.version, on=data.done_on, note=data.note)


class ActionsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.PROBLEMS})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("决定事项跟踪")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("会议日期"), lambda a: a.held_on.isoformat(), CENTER, width_chars=7),
            Column(self.tr("小区"), lambda a: a.compound, width_chars=6),
            Column(self.tr("决定事项"), lambda a: a.decision, width_chars=16),
            Column(self.tr("责任方"), lambda a: a.owner, width_chars=7),
            Column(self.tr("完成时限"), lambda a: a.due_on.isoformat(), CENTER, width_chars=7),
            Column(self.tr("状态"), self.state_text, width_chars=10),
            Column(self.tr("问题编号"), lambda a: a.problem_number, width_chars=9),
        ]

    def state_text(self, action: cm.ActionRow) -> str:
        if action.done_on is not None:
            return self.tr("{0} 已办结").format(action.done_on.isoformat())
        if action.overdue(dt.date.today()):
            return self.tr("已逾期")
        return self.tr("办理中")

    def add_actions(self) -> None:
        self.action(self.tr("办结"), "fa5s.check", self.complete, role="clerk")
        self.action(self.tr("转入问题台账"), "fa5s.share-square", self.send, role="clerk")

    def rows_query(self) -> Callable[[Session], list[cm.ActionRow]]:
        text = self.search.text().strip()
        return lambda session: [a for a in cm.list_actions(session)
                                if text in a.decision or text in a.compound or text in a.owner]

    def complete(self) -> None:
        action = selected(self, self.tr("请先在列表中选择一项决定事项。"))
        if action is None:
            return
        form = DoneForm(self.context, action, self)
        form.start(DoneData(dt.date.today(), ""))
        self.dialog = form
        form.open()

    def send(self) -> None:
        action = selected(self, self.tr("请先在列表中选择一项决定事项。"))
        if action is None:
            return

        def show(choices: patrols.PatrolChoices) -> None:
            form = SendForm(self.context, self.tr("转入问题台账"), choices.categories,
                            lambda session, actor, category: cm.open_problem(
                                session, actor, action.id, action.version,
                                category_id=category), self)
            form.start(SendData(None))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=patrols.patrol_choices, success=show).run()

