"""预约名单: a lecture's bookings (booked first, then the waitlist in order), phones masked;
a clerk cancels a booking (the first waitlisted then takes the place) or ticks attendance."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from models.volunteers import lectures
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.dialogs import view_frame
from ui.common.list_page import style_record_table
from ui.common.operations import ReadOp, WriteOp
from ui.common.table_model import CENTER, Column, RowTableModel
from ui.i18n import domain


class BookingsDialog(QDialog):
    def __init__(self, context: AppContext, lecture: lectures.LectureRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.lecture = context, lecture
        self.setWindowTitle(self.tr("预约名单：{0}").format(lecture.topic))
        self.summary = QLabel()
        self.model = RowTableModel([
            Column(self.tr("姓名"), lambda b: b.name, width_chars=5),
            Column(self.tr("联系电话"), lambda b: b.phone_masked, width_chars=8),
            Column(self.tr("点单日期"), lambda b: b.booked_on.isoformat(), CENTER,
                   width_chars=7),
            Column(self.tr("状态"), lambda b: domain(b.state_label), CENTER, width_chars=4),
            Column(self.tr("签到"), lambda b: "✓" if b.attended else "", CENTER,
                   width_chars=3),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        style_record_table(self.table, self.model.columns)
        self.cancel_button = QPushButton(self.tr("取消预约"))
        self.attend_button = QPushButton(self.tr("签到 / 取消签到"))
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.attend_button.clicked.connect(self.toggle_attended)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.attend_button)
        buttons.addStretch(1)
        view_frame(self, self.summary, (self.table, 1), buttons)
        self.resize(self.fontMetrics().horizontalAdvance("中") * 40,
                    self.fontMetrics().height() * 24)
        context.changes.subscribe(self, {Kind.VOLUNTEERS}, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lecture_id = self.lecture.id
        ReadOp(self.context, parent=self,
               query=lambda session: lectures.bookings(session, lecture_id),
               success=self._show).run()

    def _show(self, rows: list[lectures.BookingRow]) -> None:
        self.model.set_rows(rows)
        booked = sum(1 for r in rows if r.state == "booked")
        self.summary.setText(self.tr("容纳 {0} 人，已预约 {1} 人，候补 {2} 人").format(
            self.lecture.capacity, booked, len(rows) - booked))

    def _current(self) -> lectures.BookingRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            messages.show_info(self, self.tr("请先选择一条预约。"))
            return None
        row: lectures.BookingRow = self.model.row(indexes[0].row())
        return row

    def cancel_booking(self) -> None:
        row = self._current()
        if row is None or not messages.confirm(self, self.tr("取消预约"), self.tr(
                "取消 {0} 的预约？如有候补，第一位候补居民将递补。").format(row.name)):
            return
        booking, version = row.id, row.version
        WriteOp(self.context, parent=self, changes={Kind.VOLUNTEERS},
                op=lambda session, actor: lectures.cancel(session, actor, booking, version)
                ).run()

    def toggle_attended(self) -> None:
        row = self._current()
        if row is None:
            return
        booking, version, attended = row.id, row.version, not row.attended
        WriteOp(self.context, parent=self, changes={Kind.VOLUNTEERS},
                op=lambda session, actor: lectures.set_attended(session, actor, booking,
                                                                version, attended)).run()
