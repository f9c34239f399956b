"""联席会议: record a joint meeting and its decision on each problem it reviewed.

The reviewer enters the date, title, place, attendees (ticked from the registry, Party
members first) and minutes, and for each waiting problem chooses 纳入吹哨范围, 不纳入 (with
a reason) or leaves it for a later meeting. Everything is saved in one unit of work by
models.issues.meetings.record_meeting; a decision cannot be taken back, only revisited
by a later meeting (复议), and the dialog says so before saving.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import FieldError, UserError
from models.issues import meetings
from models.issues.ledger import ProblemRow
from models.issues.meetings import DecisionData, MeetingData
from ui.common import messages
from ui.common.dialogs import error_label, save_cancel
from ui.common.operations import Kind, WriteOp
from ui.i18n import domain

LATER, IN_SCOPE, OUT_OF_SCOPE = 0, 1, 2
DECISION_COLUMN, REASON_COLUMN = 4, 5


class MeetingDialog(QDialog):
    saved = Signal(object)  # the meeting id

    def __init__(self, context, candidates: Sequence[ProblemRow],  # noqa: ANN001
                 people: Iterable[tuple[int, str, bool]], preselect: Iterable[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.candidates = context, list(candidates)
        self.setWindowTitle(self.tr("联席会议"))
        self.resize(980, 720)
        today = dt.date.today()
        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setMaximumWidth(self.fontMetrics().horizontalAdvance("2026-11-25") * 2)
        self.title_edit = QLineEdit(self.tr("{0}年第{1}季度社区综合党委联席会议").format(
            today.year, (today.month - 1) // 3 + 1))
        self.place = QLineEdit()
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(self.fontMetrics().height() * 7)
        self.attendees.setFlow(QListWidget.Flow.LeftToRight)
        self.attendees.setWrapping(True)
        for person_id, name, member in people:
            item = QListWidgetItem(name + (self.tr("（党员）") if member else ""))
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("未在人员名册中的参会人员，用顿号分隔"))
        self.minutes = QPlainTextEdit()
        self.minutes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.table = self._decision_table(set(preselect))
        self.error = error_label()
        self.buttons = save_cancel(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._layout()
        self.attendees.itemChanged.connect(lambda _item: self.validate())
        self.validate()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("会议日期") + " *", self.held_on)
        form.addRow(self.tr("会议名称"), self.title_edit)
        form.addRow(self.tr("会议地点"), self.place)
        form.addRow(self.tr("参会人员") + " *", self.attendees)
        form.addRow(self.tr("其他参会人员"), self.others)
        form.addRow(self.tr("会议纪要"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("待研究的问题（未纳入的问题可以复议）：")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _decision_table(self, preselect: set[int]) -> QTableWidget:
        table = QTableWidget(len(self.candidates), 6)
        table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("问题"), self.tr("发现日期"),
                                         self.tr("状态"), self.tr("决定"),
                                         self.tr("理由（不纳入时必填）")])
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        first = len(self.candidates)
        for row, problem in enumerate(self.candidates):
            for column, text in enumerate((problem.number, problem.title,
                                           problem.found_on.isoformat(),
                                           domain(problem.state_label))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(problem.description or problem.title)
                table.setItem(row, column, item)
            combo = QComboBox()
            combo.addItems([self.tr("暂不研究"), self.tr("纳入吹哨范围"), self.tr("不纳入")])
            if problem.id in preselect:
                combo.setCurrentIndex(IN_SCOPE)
                first = min(first, row)
            combo.currentIndexChanged.connect(lambda _i: self.validate())
            table.setCellWidget(row, DECISION_COLUMN, combo)
            reason = QLineEdit()
            reason.textChanged.connect(lambda _t: self.validate())
            table.setCellWidget(row, REASON_COLUMN, reason)
        for column in (0, 2, 3):
            table.resizeColumnToContents(column)
        table.setColumnWidth(DECISION_COLUMN,
                             self.fontMetrics().horizontalAdvance(self.tr("纳入吹哨范围")) + 48)
        self._first_chosen = first if first < len(self.candidates) else None
        return table

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if self._first_chosen is not None:  # the problem chosen in the ledger, in view
            self.table.scrollToItem(self.table.item(self._first_chosen, 0),
                                    QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- reading the dialog -------------------------------------------------------------

    def decision_combo(self, problem_id: int) -> QComboBox:
        row = next(i for i, p in enumerate(self.candidates) if p.id == problem_id)
        return self.table.cellWidget(row, DECISION_COLUMN)  # type: ignore[return-value]

    def reason_edit(self, problem_id: int) -> QLineEdit:
        row = next(i for i, p in enumerate(self.candidates) if p.id == problem_id)
        return self.table.cellWidget(row, REASON_COLUMN)  # type: ignore[return-value]

    def decisions(self) -> list[DecisionData]:
        found = []
        for problem in self.candidates:
            choice = self.decision_combo(problem.id).currentIndex()
            if choice != LATER:
                found.append(DecisionData(problem.id, problem.version, choice == IN_SCOPE,
                                          self.reason_edit(problem.id).text().strip()))
        return found

    def meeting_data(self) -> MeetingData:
        ids = tuple(item.data(Qt.ItemDataRole.UserRole)
                    for item in (self.attendees.item(i) for i in range(self.attendees.count()))
                    if item.checkState() == Qt.CheckState.Checked)
        return MeetingData(held_on=self.held_on.date().toPython(), attendee_ids=ids,
                           title=self.title_edit.text(), place=self.place.text(),
                           minutes=self.minutes.toPlainText(),
                           other_attendees=self.others.text())

    def problems_found(self) -> list[UserError]:
        found: list[UserError] = []
        if not self.meeting_data().attendee_ids:
            found.append(FieldError("attendee_ids", "issue.attendee_required"))
        numbers = {p.id: p.number for p in self.candidates}
        for decision in self.decisions():
            if not decision.in_scope and not decision.reason:
                found.append(FieldError("reason", "issue.reason_required",
                                        number=numbers[decision.problem_id]))
        return found

    def validate(self) -> bool:
        found = self.problems_found()
        self.error.setText("\n".join(messages.error_text(e) for e in found))
        self.save_button.setEnabled(not found)
        return not found

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if not self.validate():
            return
        data, decisions = self.meeting_data(), self.decisions()
        taken = sum(d.in_scope for d in decisions)
        question = self.tr(
            "将记录 {0} 的联席会议，并对 {1} 个问题作出决定：纳入吹哨范围 {2} 个，不纳入 {3} 个。"
            "决定记入各问题的办理过程，不能撤回；未纳入的问题可在以后的会议上复议。确定保存吗？"
        ).format(data.held_on.isoformat(), len(decisions), taken, len(decisions) - taken)
        if not messages.confirm(self, self.windowTitle(), question):
            return
        community = self.context.community_id
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.MEETINGS, Kind.PROBLEMS},
                op=lambda session, actor: meetings.record_meeting(session, actor, community, data,
                                                                  decisions),
                success=self._saved, failure=self._failed).run()

    def _saved(self, meeting_id: int) -> None:
        self.saved.emit(meeting_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.validate()
        messages.show_error(self, exc)

    def reject(self) -> None:
        touched = self.decisions() or self.minutes.toPlainText().strip()
        if touched and not messages.confirm(self, self.tr("放弃"),
                                            self.tr("会议内容尚未保存，确定放弃吗？")):
            return
        super().reject()
