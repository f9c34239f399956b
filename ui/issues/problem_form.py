"""新增问题 / 修改问题: the form a clerk logs a problem with.

The checks are the service's own (models.issues.problems.clean_problem), which need the
database (the category must be a 小类 where the 大类 has some, the building must belong to
the compound …). So the form runs them on the worker, a moment after the clerk stops
typing, and shows the answer beside the fields; Save stays disabled until the answer for
what is on screen says the form is clean. Choices come from IssueLookups, loaded once.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from models.issues import problems
from models.issues.detail import get_problem
from models.issues.problems import ProblemData
from models.issues.ui_queries import IssueLookups, check_problem
from models.issues.vocab import SOURCES, URGENCIES
from ui.common.changes import Kind
from ui.common.fields import ChoiceField, DateField, FieldWidget, NoteField, TextField
from ui.common.form import RecordForm
from ui.common.operations import ReadOp
from ui.issues.action_form import widen

PENDING = "__pending__"  # not a field: keeps Save disabled while the worker checks
CHECK_DELAY_MS = 150


def _fetch(session, problem_id: int) -> tuple[ProblemData, int]:  # noqa: ANN001
    record = get_problem(session, problem_id)
    return record.data(), record.version


def category_choices(lookups: IssueLookups) -> dict[int, str]:
    """The categories a problem may name: every 小类, and each 大类 that has none."""
    return {c.id: c.path for c in lookups.categories if not c.is_major or c.child_count == 0}


class ProblemForm(RecordForm):
    changes = frozenset({Kind.PROBLEMS})

    create_service = staticmethod(problems.create_problem)
    update_service = staticmethod(problems.update_problem)
    fetch_service = staticmethod(_fetch)

    def __init__(self, context, lookups: IssueLookups,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("登记问题"), parent)
        self.lookups = lookups
        self._checked: ProblemData | None = None
        self._errors: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._check)
        blank = self.tr("（请选择）")
        self.source = self.add_field("source", self.tr("问题来源"), ChoiceField(SOURCES),
                                     required=True)
        self.body = self.add_field("assigning_body", self.tr("交办单位"),
                                   TextField(self.tr("来源为“上级交办”时填写")))
        self.unit = self.add_field("source_unit_id", self.tr("收集单位"), ChoiceField(
            dict(lookups.units), blank=self.tr("（来源为“驻区单位收集”时选择）")))
        self.add_field("category_id", self.tr("问题类别"),
                       ChoiceField(category_choices(lookups), blank=blank), required=True)
        self.add_field("title", self.tr("问题标题"),
                       TextField(self.tr("如：翰林苑3栋电梯频繁故障")), required=True)
        self.add_field("description", self.tr("问题描述"), NoteField())
        self.compound = self.add_field("compound_id", self.tr("小区"), ChoiceField(
            dict(lookups.compounds), blank=self.tr("（不涉及具体小区）")))
        self.building = self.add_field("building_id", self.tr("楼栋"),
                                       ChoiceField({}, blank=self.tr("（未填）")))
        self.add_field("reporter_name", self.tr("反映人"), TextField(max_length=50))
        self.add_field("found_on", self.tr("发现日期"), DateField(), required=True)
        self.add_field("urgency", self.tr("紧急程度"), ChoiceField(URGENCIES), required=True)
        self.add_field("deadline", self.tr("办理时限"), DateField(optional=True))
        self.source.changed.connect(self._source_changed)
        self.compound.changed.connect(self._compound_changed)

    def add_field(self, name: str, label: str, widget: FieldWidget, *,
                  required: bool = False) -> FieldWidget:
        return super().add_field(name, label, widen(widget), required=required)

    def _source_changed(self) -> None:
        source = self.source.value()
        self.body.edit.setEnabled(source == "assigned")
        self.unit.combo.setEnabled(source == "unit")

    def _compound_changed(self) -> None:
        compound_id = self.compound.value()
        self.building.set_options({b: name for b, c, name in self.lookups.buildings
                                   if c == compound_id})

    def collect(self) -> ProblemData:
        f = self.fields
        return ProblemData(
            source=f["source"].value(), category_id=f["category_id"].value(),
            found_on=f["found_on"].value(), title=f["title"].value(),
            description=f["description"].value(), assigning_body=f["assigning_body"].value(),
            source_unit_id=f["source_unit_id"].value(), compound_id=f["compound_id"].value(),
            building_id=f["building_id"].value(), reporter_name=f["reporter_name"].value(),
            urgency=f["urgency"].value(), deadline=f["deadline"].value())

    def load(self, data: ProblemData) -> None:
        for name in ("source", "assigning_body", "source_unit_id", "category_id", "title",
                     "description", "compound_id"):
            self.fields[name].set_value(getattr(data, name))
        self._compound_changed()
        for name in ("building_id", "reporter_name", "found_on", "urgency", "deadline"):
            self.fields[name].set_value(getattr(data, name))
        self._source_changed()

    # --- validation on the worker -----------------------------------------------------

    def clean(self, data: ProblemData) -> None:  # the worker check replaces it
        raise NotImplementedError

    def field_errors(self) -> dict[str, str]:
        data = self.collect()
        if data != self._checked:
            self._timer.start()
            return {**self._errors, PENDING: ""}
        return dict(self._errors)

    def _check(self) -> None:
        data = self.collect()

        def query(session: Session) -> dict[str, str]:
            return check_problem(session, data)

        def done(errors: dict[str, str]) -> None:
            if data == self.collect():  # still what is on screen
                self._checked, self._errors = data, errors
                self.validate()
        ReadOp(self.context, parent=self, query=query, success=done).run()

    def checked(self) -> bool:
        """True once the worker has answered for what the form shows (tests wait on it)."""
        return self._checked == self.collect()
