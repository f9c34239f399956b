"""录入选票: paper ballots typed one after another, with the turnout meter moving.

Each ballot is found by its number (with the check character) or any unit of the owner;
each item gets 同意 / 不同意 / 弃权. In double-entry mode the ballot goes into this clerk's
pass (第一遍 / 第二遍) and is counted only when both passes agree (see the tally dialog).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.elections import entry, votes
from models.elections.counting import format_area
from models.elections.entities import CHANNELS
from models.elections.tally import CHOICES, Tally
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.operations import ReadOp, WriteOp
from ui.i18n import domain


class BallotDialog(QDialog):
    def __init__(self, context: AppContext, info: votes.VoteInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.info = context, info
        self.setWindowTitle(self.tr("录入选票：{0}").format(info.title))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 40)
        self.mode = QComboBox()
        for code, label in (("direct", self.tr("直接计入")), ("pass1", self.tr("双人录入 第一遍")),
                            ("pass2", self.tr("双人录入 第二遍"))):
            self.mode.addItem(label, code)
        self.channel = QComboBox()
        for code, label in CHANNELS.items():
            self.channel.addItem(domain(label), code)
        self.ref = QLineEdit()
        self.ref.setPlaceholderText(self.tr("选票编号，或业主任一房屋，如 1栋-1单元-0101"))
        self.groups: dict[str, QButtonGroup] = {}
        self.meter = QLabel()
        self.meter.setWordWrap(True)
        self.meter.setStyleSheet("font-size: 11pt; padding: 4px; background: #eef3f9;")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.saved_count = 0
        self._layout()
        context.changes.subscribe(self, {Kind.VOTES}, self.refresh_meter)
        self.refresh_meter()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("录入方式"), self.mode)
        form.addRow(self.tr("投票方式"), self.channel)
        form.addRow(self.tr("选票 *"), self.ref)
        items = QWidget()
        rows = QFormLayout(items)
        for name in self.info.items:
            group = QButtonGroup(self)
            line = QHBoxLayout()
            for code, label in CHOICES.items():
                button = QRadioButton(domain(label))
                button.setProperty("choice", code)
                group.addButton(button)
                line.addWidget(button)
                if code == "abstain":
                    button.setChecked(True)
            self.groups[name] = group
            rows.addRow(name, line)
        scroll = QScrollArea()
        scroll.setWidget(items)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存并录入下一张"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meter)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.ref.setFocus()

    def choices(self) -> dict[str, str]:
        found = {}
        for name, group in self.groups.items():
            button = group.checkedButton()
            found[name] = CHOICES[button.property("choice")] if button is not None else "弃权"
        return found

    def save(self) -> None:
        ref = self.ref.text().strip()
        if not ref:
            self.error.setText(self.tr("请填写选票编号或房屋。"))
            return
        ballot = votes.BallotEntry(ref, self.choices(), self.channel.currentData(), line=1)
        vote_id, mode = self.info.id, self.mode.currentData()
        if mode == "direct":
            def op(session, actor):  # noqa: ANN001, ANN202
                return votes.record_ballots(session, actor, vote_id, [ballot])
        else:
            pass_no = 1 if mode == "pass1" else 2

            def op(session, actor):  # noqa: ANN001, ANN202
                return entry.enter_pass(session, actor, vote_id, pass_no, [ballot])
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.VOTES}, op=op,
                success=self._saved, failure=self._failed).run()

    def _saved(self, _count: int) -> None:
        self.saved_count += 1
        self.save_button.setEnabled(True)
        self.error.setText(self.tr("已保存 {0} 张。").format(self.saved_count))
        self.ref.clear()
        for group in self.groups.values():
            group.buttons()[-1].setChecked(True)
        self.ref.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(messages.error_text(exc).replace("第 1 行：", ""))

    def refresh_meter(self) -> None:
        vote_id = self.info.id
        ReadOp(self.context, parent=self, query=lambda session: votes.vote_tally(session, vote_id),
               success=self.show_meter).run()

    def show_meter(self, result: Tally) -> None:
        self.meter.setText(meter_text(result))


def meter_text(result: Tally) -> str:
    """"参与表决还差 N 人 / X m²", or that the turnout is reached."""
    turnout = result.turnout
    shares = QCoreApplication.translate("VoteMeter", "已参与 {0} 人、{1} m²").format(
        turnout.heads.heads_text(), turnout.area.area_text())
    if turnout.ok:
        reached = QCoreApplication.translate("VoteMeter", "；参与人数和面积均已达到三分之二。")
        return shares + reached
    short = QCoreApplication.translate("VoteMeter", "；参与表决还差 {0} 人 / {1} m²。")
    return shares + short.format(turnout.heads_needed, format_area(turnout.area_needed))
