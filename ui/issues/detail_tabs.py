"""The tabs of the problem detail dialog: columns of each history table, the facts form.

Every table is a RowTableModel over the frozen rows of models.issues.detail.ProblemDetail;
long texts wrap in the cells (rows grow to fit) and in the tooltips.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from models.issues.detail import ProblemRecord
from ui.common.table_model import CENTER, Column, RowTableModel
from ui.i18n import domain


def day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def stamp(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:,.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:,.1f} KB"


class DetailTexts(QObject):
    """The tables' columns and the facts' labels, translated in this class's context."""

    def assignment_columns(self) -> list[Column]:
        return [
            Column(self.tr("序次"), lambda a: str(a.seq), CENTER, width_chars=2),
            Column(self.tr("响应层级"), lambda a: domain(a.level_label), width_chars=8),
            Column(self.tr("责任单位"), lambda a: a.responsible, width_chars=9),
            Column(self.tr("交办日期"), lambda a: day(a.assigned_on), CENTER, width_chars=5),
            Column(self.tr("办理时限"), lambda a: day(a.deadline), CENTER, width_chars=5),
            Column(self.tr("报到日期"), lambda a: day(a.reported_on), CENTER, width_chars=5),
            Column(self.tr("结果"), lambda a: domain(a.result_label), CENTER, width_chars=3),
            Column(self.tr("结束日期"), lambda a: day(a.ended_on), CENTER, width_chars=5),
            Column(self.tr("交办意见 / 结果说明"), lambda a: "；".join(
                t for t in (a.decision, a.result_note) if t), width_chars=16),
        ]

    def update_columns(self) -> list[Column]:
        return [Column(self.tr("日期"), lambda u: day(u.on_date), CENTER, width_chars=5),
                Column(self.tr("记录人"), lambda u: u.username, width_chars=4),
                Column(self.tr("办理进展"), lambda u: u.text, width_chars=40)]

    def decision_text(self, decision: Any) -> str:
        return self.tr("纳入吹哨范围") if decision.in_scope else self.tr("不纳入")

    def decision_columns(self) -> list[Column]:
        return [Column(self.tr("会议日期"), lambda d: day(d.held_on), CENTER, width_chars=5),
                Column(self.tr("决定"), self.decision_text, CENTER, width_chars=6),
                Column(self.tr("理由"), lambda d: d.reason, width_chars=40)]

    def attachment_columns(self) -> list[Column]:
        return [Column(self.tr("文件名"), lambda a: a.file_name, width_chars=16),
                Column(self.tr("大小"), lambda a: size_text(a.size), CENTER, width_chars=5),
                Column(self.tr("说明"), lambda a: a.note, width_chars=10),
                Column(self.tr("添加人"), lambda a: a.added_by, width_chars=4),
                Column(self.tr("添加时间"), lambda a: stamp(a.added_at), CENTER, width_chars=8)]

    def letter_columns(self) -> list[Column]:
        return [Column(self.tr("文号"), lambda x: x.number, width_chars=10),
                Column(self.tr("类型"), lambda x: domain(x.kind_label), CENTER, width_chars=3),
                Column(self.tr("发文日期"), lambda x: day(x.issued_on), CENTER, width_chars=5),
                Column(self.tr("主送单位"), lambda x: x.recipient, width_chars=10),
                Column(self.tr("回复期限"), lambda x: day(x.reply_by), CENTER, width_chars=5),
                Column(self.tr("标题"), lambda x: x.title, width_chars=20)]

    def coordination_columns(self) -> list[Column]:
        return [Column(self.tr("会商日期"), lambda c: day(c.held_on), CENTER, width_chars=5),
                Column(self.tr("议题"), lambda c: c.topic, width_chars=12),
                Column(self.tr("召集单位"), lambda c: c.convener, width_chars=8),
                Column(self.tr("参加单位"), lambda c: "、".join(c.participants), width_chars=14),
                Column(self.tr("会商结果"), lambda c: c.outcome, width_chars=16)]

    def accountability_columns(self) -> list[Column]:
        return [Column(self.tr("决定日期"), lambda a: day(a.decided_on), CENTER, width_chars=5),
                Column(self.tr("措施"), lambda a: domain(a.measure_label), CENTER, width_chars=5),
                Column(self.tr("责任单位"), lambda a: a.target, width_chars=10),
                Column(self.tr("责任人"), lambda a: a.person_name, width_chars=4),
                Column(self.tr("事实与依据"), lambda a: a.note, width_chars=20)]

    def event_columns(self) -> list[Column]:
        return [Column(self.tr("时间"), lambda e: stamp(e.at), CENTER, width_chars=8),
                Column(self.tr("操作人"), lambda e: e.display_name, width_chars=4),
                Column(self.tr("操作"), lambda e: domain(e.action_label), width_chars=6),
                Column(self.tr("状态"), lambda e: (f"{domain(e.from_label)} → {domain(e.to_label)}"
                                            if e.from_state != e.to_state else domain(e.to_label)),
                       width_chars=9),
                Column(self.tr("日期"), lambda e: day(e.event_date), CENTER, width_chars=5),
                Column(self.tr("说明"), lambda e: e.note, width_chars=24)]

    def facts(self, record: ProblemRecord) -> list[tuple[str, str]]:
        """The problem's fields as (label, text), in the order of the paper form."""
        source = domain(record.source_label)
        if record.assigning_body:
            source += self.tr("（交办单位：{0}）").format(record.assigning_body)
        if record.source_unit_name:
            source += self.tr("（收集单位：{0}）").format(record.source_unit_name)
        scope = ""
        if record.in_scope is not None:
            scope = self.tr("已纳入吹哨范围") if record.in_scope else self.tr(
                "不纳入：{0}").format(record.scope_reason)
        place = " ".join(t for t in (record.compound_name, record.building_name) if t)
        reopened = self.tr("{0} 次").format(record.reopen_count) if record.reopen_count else ""
        return [
            (self.tr("编号"), record.number), (self.tr("问题标题"), record.title),
            (self.tr("问题来源"), source), (self.tr("问题类别"), record.category_path),
            (self.tr("小区/楼栋"), place), (self.tr("反映人"), record.reporter_name),
            (self.tr("发现日期"), day(record.found_on)),
            (self.tr("紧急程度"), domain(record.urgency_label)),
            (self.tr("办理时限"), day(record.deadline)),
            (self.tr("状态"), domain(record.state_label)), (self.tr("研判结果"), scope),
            (self.tr("响应层级"), domain(record.level_label)),
            (self.tr("责任单位"), record.responsible),
            (self.tr("办结日期"), day(record.resolved_on)),
            (self.tr("销号日期"), day(record.closed_on)), (self.tr("重新办理"), reopened),
            (self.tr("问题描述"), record.description),
            (self.tr("最后修改人"), record.updated_by),
        ]


class RowsTable(QTableView):
    """A read-only table whose rows grow to show wrapped text."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self.rows_model = RowTableModel(columns)
        self.setModel(self.rows_model)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        char = self.fontMetrics().horizontalAdvance("中")
        for index, column in enumerate(columns):
            self.horizontalHeader().resizeSection(index, column.width_chars * char + 16)
        self.horizontalHeader().setStretchLastSection(True)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.rows_model.set_rows(rows)

    def current(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        return self.rows_model.row(rows[0].row()) if rows else None


def fill_facts(form: QFormLayout, record: ProblemRecord) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, text in DetailTexts().facts(record):
        value = QLabel(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(label), value)


def facts_widget() -> tuple[QWidget, QFormLayout]:
    holder = QWidget()
    form = QFormLayout(holder)
    # Labels are not "expanding": without this they keep their first, narrow width.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return holder, form
