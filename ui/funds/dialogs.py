"""Small funds dialogs: 冲销 (reverse a posted entry), 党费计算器, 经费设置 (administrators)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models.errors import FieldError, UserError
from models.funds import config, dues, posting
from models.funds.config import FundSettings
from models.funds.entries import EntryRecord
from models.funds.money import format_fen
from ui.common import messages
from ui.common.dialogs import error_label, save_cancel
from ui.common.operations import Kind, ReadOp, WriteOp
from ui.i18n import domain


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ReverseDialog(QDialog):
    """冲销: the date and the reason, a confirmation saying what will happen, then the
    reviewer's reversing entry. Refusals (a later spending would go below zero …) show
    here in red."""

    reversed = Signal(object)  # the reversing EntryRecord

    def __init__(self, context, record: EntryRecord,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.record = context, record
        self.setWindowTitle(self.tr("冲销凭证 {0}").format(record.voucher))
        self.date = _date_edit(max(dt.date.today(), record.entry_date))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：重复录入、金额录错"))
        self.reason.setMaxLength(100)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("原凭证：{0}　{1}　{2} 元").format(
            record.voucher, record.summary, record.amount_text)))
        form.addRow(self.tr("冲销日期 *"), self.date)
        form.addRow(self.tr("冲销原因 *"), self.reason)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("冲销"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def submit(self) -> None:
        reason, on = self.reason.text().strip(), self.date.date().toPython()
        if not reason:
            self.error.setText(self.tr("请填写冲销原因。"))
            return
        record = self.record
        text = self.tr(
            "将为凭证 {0}（{1}，{2} 元）做一张红字冲销凭证，日期 {3}，冲回原凭证的全部金额，"
            "取得新的凭证号；原凭证保持不变，日记账中冲销行以红字显示。\n"
            "冲销后不能撤销。确定冲销吗？").format(record.voucher, record.summary,
                                                   record.amount_text, on.isoformat())
        if not messages.confirm(self, self.tr("冲销"), text):
            return
        self.buttons.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.FUND_ENTRIES},
                op=lambda session, actor: posting.reverse_entry(session, actor, record.id, on=on,
                                                                reason=reason),
                success=self._done, failure=self._failed).run()

    def _done(self, reversal: EntryRecord) -> None:
        self.reversed.emit(reversal)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):  # a bug: logged, and the clerk is told
            messages.show_error(self, exc)
            return
        self.error.setText(messages.error_text(exc))


class DuesDialog(QDialog):
    """党费计算器: monthly dues from monthly after-tax pay or pension, as the clerk types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("党费计算器"))
        self.status = QComboBox()
        for code, label in dues.STATUSES.items():
            self.status.addItem(domain(label), code)
        self.base = QLineEdit()
        self.base.setPlaceholderText(self.tr("如 8,500.00"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)
        form = QFormLayout(self)
        form.addRow(self.tr("党员类别"), self.status)
        form.addRow(self.tr("税后月工资或离退休费（元）"), self.base)
        form.addRow(self.tr("每月应交党费"), self.result)
        rules = QLabel(self.tr(
            "在职：3000 元及以下 0.5%，3000–5000 元 1%，5000–10000 元 1.5%，10000 元以上 2%；"
            "离退休：5000 元及以下 0.5%，以上 1%；学生、失业、领取生活补助的党员每月 0.20 元。"))
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #555;")
        form.addRow(rules)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        form.addRow(close)
        self.status.currentIndexChanged.connect(self.compute)
        self.base.textChanged.connect(self.compute)
        self.compute()

    def compute(self) -> None:
        status = self.status.currentData()
        fixed = status in dues.FIXED_STATUSES
        self.base.setEnabled(not fixed)
        if not fixed and not self.base.text().strip():
            self.result.setStyleSheet("")
            self.result.setText(self.tr("请输入金额。"))
            return
        try:
            outcome = dues.monthly_dues(self.base.text(), status)
        except FieldError as exc:
            self.result.setStyleSheet("color: #c0392b;")
            self.result.setText(messages.error_text(exc))
            return
        self.result.setStyleSheet("font-weight: bold;")
        self.result.setText(outcome.explanation)


class FundSettingsDialog(QDialog):
    """经费设置: spending categories, the permitted uses of retained dues, and the amount
    above which a spending needs a collective decision. Administrators only."""

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context = context
        self.version: int | None = None
        self.setWindowTitle(self.tr("经费设置"))
        self.categories, self.uses = QPlainTextEdit(), QPlainTextEdit()
        self.threshold = QLineEdit()
        self.threshold.setPlaceholderText("5,000.00")
        self.dues_decision = QCheckBox(self.tr("党费留存补助的每一笔支出都须集体研究决定"))
        self.errors = {name: error_label() for name in
                       ("categories", "dues_uses", "decision_threshold")}
        form = QFormLayout(self)
        form.addRow(self.tr("支出类别（每行一项）"), self.categories)
        form.addRow("", self.errors["categories"])
        form.addRow(self.tr("党费允许用途（每行一项）"), self.uses)
        form.addRow("", self.errors["dues_uses"])
        form.addRow(self.tr("超过此金额须集体决策（元）"), self.threshold)
        form.addRow("", self.errors["decision_threshold"])
        form.addRow("", self.dues_decision)
        self.buttons = save_cancel(self, self.save)
        form.addRow(self.buttons)
        ReadOp(context, parent=self, query=config.get_settings, success=self.show_settings).run()

    def show_settings(self, settings: FundSettings) -> None:
        self.version = settings.version
        self.categories.setPlainText("\n".join(settings.categories))
        self.uses.setPlainText("\n".join(settings.dues_uses))
        self.threshold.setText(format_fen(settings.decision_threshold_fen))
        self.dues_decision.setChecked(settings.dues_need_decision)

    def save(self) -> None:
        if self.version is None:
            return
        for label in self.errors.values():
            label.setText("")
        values: dict[str, Any] = {
            "categories": self.categories.toPlainText().splitlines(),
            "dues_uses": self.uses.toPlainText().splitlines(),
            "decision_threshold": self.threshold.text(),
            "dues_need_decision": self.dues_decision.isChecked()}
        version = self.version
        WriteOp(self.context, parent=self, changes={Kind.FUND_SETTINGS},
                op=lambda session, actor: config.update_settings(session, actor, version,
                                                                 **values),
                success=lambda _settings: self.accept(), failure=self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FieldError) and exc.field in self.errors:
            self.errors[exc.field].setText(messages.error_text(exc))
            return
        messages.show_error(self, exc)
