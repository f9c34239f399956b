"""筹备组 and 资格审查 of an election, each a small table the clerk fills in.

The 筹备组's composition is checked by the same rule the service applies (odd number, owner
representatives at least half, the leader from the street) as it is typed; a candidate found
not eligible needs a reason before Save.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from models.elections import course, votes
from models.elections.rules import PREP_SIDES, Member, prep_group_problems
from ui.common.changes import Kind
from ui.common.dialogs import FormDialog
from ui.common.operations import WriteOp
from ui.i18n import domain


def load_prep(vote_id: int) -> Callable[[Session], list[Member]]:
    return lambda session: course.prep_group(session, vote_id)


def load_reviews(vote_id: int) -> Callable[[Session], list[course.ReviewData]]:
    return lambda session: course.reviews(session, vote_id)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _combo(table: QTableWidget, row: int, column: int) -> object:
    widget = table.cellWidget(row, column)
    return widget.currentData() if isinstance(widget, QComboBox) else None


def _checked(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _check_item(on: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


def _choices(options: dict, current: object) -> QComboBox:  # type: ignore[type-arg]
    combo = QComboBox()
    for key, label in options.items():
        combo.addItem(domain(label), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PrepGroupDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, context, info: votes.VoteInfo, members: list[Member],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("筹备组：{0}").format(info.title), parent)
        self.context, self.info = context, info
        self.resize(640, 460)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("姓名（单位）"), self.tr("来源"),
                                              self.tr("组长")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        for member in members or [Member("", side="street", leader=True)]:
            self.add_member(member)
        add, remove = QPushButton(self.tr("添加成员")), QPushButton(self.tr("删除所选成员"))
        add.clicked.connect(lambda _checked=False: self.add_member(Member("")))
        remove.clicked.connect(lambda _checked=False: self.remove_member())
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.add_row(self.tr("成员"), self.table)
        self.add_row("", holder)
        self.table.itemChanged.connect(lambda _item: self.show_problems())

    def add_member(self, member: Member) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(member.name))
        combo = _choices(PREP_SIDES, member.side)
        combo.currentIndexChanged.connect(lambda _index: self.show_problems())
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, _check_item(member.leader))

    def remove_member(self) -> None:
        self.table.removeRow(self.table.currentRow())
        self.show_problems()

    def members(self) -> list[Member]:
        return [Member(_text(self.table, r, 0), side=str(_combo(self.table, r, 1)),
                       leader=_checked(self.table, r, 2))
                for r in range(self.table.rowCount()) if _text(self.table, r, 0)]

    def show_problems(self) -> None:
        problems = prep_group_problems(self.members())
        self.error.setText(self.tr("尚不符合规定：{0}").format("；".join(problems))
                           if problems else "")

    def submit(self) -> None:
        members, vote_id = self.members(), self.info.id
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.VOTES},
                op=lambda session, actor: course.set_prep_group(session, actor, vote_id,
                                                                members),
                success=lambda _none: self.finish(self.saved, members),
                failure=self.write_failed).run()


class ReviewDialog(FormDialog):
    """资格审查: one row per candidate; the rows changed are saved together."""

    saved = Signal(object)

    def __init__(self, context, info: votes.VoteInfo, found: list[course.ReviewData],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("候选人资格审查：{0}").format(info.title), parent)
        self.context, self.info, self.before = context, info, found
        self.resize(960, 480)
        headers = [self.tr("候选人"), self.tr("推荐方"), self.tr("党员"), self.tr("结论"),
                   self.tr("理由"), self.tr("审查人"), self.tr("审查日期")]
        self.table = QTableWidget(len(found), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, review in enumerate(found):
            name = QTableWidgetItem(review.candidate)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(review.recommended_by))
            self.table.setItem(row, 2, _check_item(review.party_member))
            self.table.setCellWidget(row, 3, _choices(
                {None: course.VERDICTS[None], True: course.VERDICTS[True],
                 False: course.VERDICTS[False]}, review.eligible))
            self.table.setItem(row, 4, QTableWidgetItem(review.reason))
            self.table.setItem(row, 5, QTableWidgetItem(review.reviewer))
            day = review.reviewed_on.isoformat() if review.reviewed_on else ""
            self.table.setItem(row, 6, QTableWidgetItem(day))
        self.table.setColumnWidth(4, 260)
        self.add_row(self.tr("候选人"), self.table)

    def reviews(self) -> list[course.ReviewData]:
        """The rows as typed; a verdict without a date is dated today."""
        found = []
        for row, before in enumerate(self.before):
            eligible = _combo(self.table, row, 3)
            typed = _text(self.table, row, 6)
            try:
                day = dt.date.fromisoformat(typed) if typed else None
            except ValueError as exc:
                raise ValueError(self.tr("“{0}”的审查日期应写作 2026-11-30，不是“{1}”。").format(
                    before.candidate, typed)) from exc
            if eligible is not None and day is None:
                day = dt.date.today()
            found.append(course.ReviewData(
                before.candidate, _text(self.table, row, 1),
                eligible if isinstance(eligible, bool) else None, _text(self.table, row, 5),
                day, _text(self.table, row, 4), _checked(self.table, row, 2)))
        return found

    def submit(self) -> None:
        try:
            typed = self.reviews()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        changed = [r for r, b in zip(typed, self.before, strict=True) if r != b]
        vote_id = self.info.id

        def write(session: Session, actor: object) -> int:
            for review in changed:
                course.review_candidate(session, actor, vote_id, review)  # type: ignore[arg-type]
            return len(changed)
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.VOTES}, op=write,
                success=lambda count: self.finish(self.saved, count),
                failure=self.write_failed).run()
