"""凭证: the form a clerk drafts a receipt, an allocation or a spending in.

The amount is typed as text ("1,234.5") and checked at once with parse_amount's words.
Everything else is checked by the model's own clean_entry (the branch, the configured
categories, the dues and decision rules), which needs the database: it runs on the
worker a moment after the clerk stops typing, and Save stays disabled until the answer
for what is on screen has come back clean. A posted entry opens read-only, with the
reason in the banner. Attachments chosen before saving are stored with the save.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import FieldError, UserError
from models.funds import attachments, entries
from models.funds.accounts import Branch
from models.funds.attachments import AttachmentRecord
from models.funds.entities import FUNDS, RECEIPT_SOURCES, SOURCE_FUNDS
from models.funds.entries import EntryData, EntryRecord
from models.funds.money import parse_amount
from models.funds.ui_queries import check_entry
from ui.common import messages
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.common.form import RecordForm
from ui.common.operations import Kind, ReadOp
from ui.funds.common import COMMUNITY, holder_code, holder_options, holder_value

PENDING = "__pending__"  # the worker has not answered for what is on screen yet


class EntryForm(RecordForm):
    changes = frozenset({Kind.FUND_ENTRIES})

    def __init__(self, context, kind: str, branches: list[Branch],  # noqa: ANN001
                 categories: tuple[str, ...], parent: QWidget | None = None) -> None:
        titles = {"receipt": self.tr("收入凭证"), "allocation": self.tr("拨付凭证"),
                  "spending": self.tr("支出凭证")}
        super().__init__(context, titles[kind], parent)
        self.kind = kind
        self._checked: tuple[EntryData, dict[str, str]] | None = None
        self._checking = False
        self._save_requested = False
        self.read_only = False
        self.existing: list[AttachmentRecord] = []
        self.added: list[Path] = []
        self.removed: set[int] = set()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._check)
        self._build(branches, categories)

    # --- building ------------------------------------------------------------------

    def _build(self, branches: list[Branch], categories: tuple[str, ...]) -> None:
        kind = self.kind
        self.add_field("entry_date", self.tr("日期"), DateField(), required=True)
        if kind == "receipt":
            self.add_field("source", self.tr("收入来源"), ChoiceField(RECEIPT_SOURCES),
                           required=True).changed.connect(self._source_changed)
        self.add_field("fund", self.tr("经费来源"), ChoiceField(FUNDS), required=True)
        if kind == "allocation":
            self.add_field("holder_org_id", self.tr("拨付对象"), ChoiceField(
                holder_options(branches, community=False), blank=self.tr("（请选择小区党支部）")),
                required=True)
        else:
            label = self.tr("收款账户") if kind == "receipt" else self.tr("支出单位")
            self.add_field("holder_org_id", label, ChoiceField(holder_options(branches)),
                           required=True)
        if kind == "spending":
            self.add_field("category", self.tr("支出类别"),
                           ChoiceField({c: c for c in categories}, blank=self.tr("（请选择）")),
                           required=True)
        self.add_field("amount", self.tr("金额（元）"),
                       TextField(self.tr("如 1,234.50"), right=True, max_length=24), required=True)
        if kind != "allocation":
            label = self.tr("收款人") if kind == "spending" else self.tr("付款单位/捐赠人")
            self.add_field("counterparty", label, TextField(), required=kind == "spending")
        self.add_field("summary", self.tr("摘要"), TextField(), required=True)
        self.add_field("approver", self.tr("审批人"), TextField(max_length=50),
                       required=kind == "spending")
        self.add_field("meeting_ref", self.tr("决策会议"),
                       TextField(self.tr("会议名称或纪要编号，如：支委会（2026年第3次）")))
        self.add_field("meeting_date", self.tr("会议日期"), DateField(optional=True))
        self.add_field("note", self.tr("备注"), NoteField())
        self._build_attachments()

    def _build_attachments(self) -> None:
        self.attachment_list = QListWidget()
        self.attachment_list.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.add_button = QPushButton(self.tr("添加附件…"))
        self.remove_button = QPushButton(self.tr("移除"))
        self.open_button = QPushButton(self.tr("打开"))
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.open_button.clicked.connect(self._open_selected)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attachment_list, 1)
        row.addLayout(buttons)
        self.form.addRow(self.tr("附件（发票等）"), box)

    def _source_changed(self) -> None:
        source = self.fields["source"].value()
        if source in SOURCE_FUNDS:
            self.fields["fund"].set_value(SOURCE_FUNDS[source])

    # --- data ------------------------------------------------------------------------

    def _value(self, name: str, default: Any = "") -> Any:
        field = self.fields.get(name)
        return default if field is None else field.value()

    def collect(self) -> EntryData:
        return EntryData(
            kind=self.kind, fund=self._value("fund"), entry_date=self._value("entry_date"),
            amount=self._value("amount"), summary=self._value("summary"),
            holder_org_id=holder_value(self._value("holder_org_id", COMMUNITY)),
            source=self._value("source") or "", counterparty=self._value("counterparty"),
            category=self._value("category") or "", approver=self._value("approver"),
            meeting_ref=self._value("meeting_ref"),
            meeting_date=self._value("meeting_date", None), note=self._value("note"))

    def load(self, data: EntryData) -> None:
        for name, field in self.fields.items():
            value = getattr(data, name)
            if name == "holder_org_id":
                value = None if data.holder_org_id is None and self.kind == "allocation" \
                    else holder_code(data.holder_org_id)
            field.set_value(value)

    def clean(self, data: EntryData) -> None:
        parse_amount(str(data.amount))  # the rest is checked on the worker, see field_errors

    # --- validation: the amount at once, the model's checks on the worker --------------

    def field_errors(self) -> dict[str, str]:
        if self.read_only:
            return {}
        data = self.collect()
        errors: dict[str, str] = {}
        try:
            self.clean(data)
        except FieldError as exc:
            errors[exc.field] = messages.error_text(exc)
        if self._checked is not None and self._checked[0] == data:
            for name, text in self._checked[1].items():
                errors.setdefault(name, text)
        else:
            errors[PENDING] = ""
            self._timer.start()
        return errors

    def _check(self) -> None:
        if self._checking:
            self._timer.start()  # one question at a time; ask again when it is answered
            return
        self._checking = True
        data = self.collect()
        ReadOp(self.context, parent=self, query=lambda session: check_entry(session, data),
               success=lambda errors: self._answered(data, errors),
               failure=self._check_failed).run()

    def _answered(self, data: EntryData, errors: dict[str, str]) -> None:
        self._checking = False
        self._checked = (data, errors)
        valid = self.validate()
        if self._save_requested and data == self.collect():
            self._save_requested = False
            if valid:
                self.save()

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        messages.show_error(self, exc)

    def save(self) -> None:
        self._tried = True
        if PENDING in self.field_errors():
            self._save_requested = True  # saved as soon as the check comes back clean
            self.validate()
            return
        super().save()

    def save_op(self, data: EntryData) -> Callable[[Session, Actor], int]:
        record_id, version = self.record_id, self.version
        added, removed = list(self.added), set(self.removed)

        def op(session: Session, actor: Actor) -> int:
            if record_id is None:
                entry_id = entries.create_draft(session, actor, data)
            else:
                entries.update_draft(session, actor, record_id, version, data)
                entry_id = record_id
            for attachment_id in removed:
                attachments.remove_attachment(session, actor, attachment_id)
            for path in added:
                attachments.add_attachment(session, actor, entry_id, path)
            return entry_id
        return op

    def reload_query(self) -> Callable[[Session], tuple[EntryData, int]] | None:
        record_id = self.record_id
        if record_id is None:
            return None

        def query(session: Session) -> tuple[EntryData, int]:
            record = entries.get_entry(session, record_id)
            return entries.editable_data(record), record.version
        return query

    # --- opening an existing entry --------------------------------------------------------

    def start_record(self, record: EntryRecord) -> None:
        """Open a saved entry: a draft to edit, a posted one read-only with the reason."""
        self.start(entries.editable_data(record), record_id=record.id, version=record.version)
        if record.is_posted:
            reason = UserError("funds.posted_readonly", voucher=record.voucher)
            self.set_read_only(messages.error_text(reason))
        ReadOp(self.context, parent=self,
               query=lambda session: attachments.list_attachments(session, record.id),
               success=self._show_existing).run()

    def set_read_only(self, reason: str) -> None:
        for field in self.fields.values():
            field.widget.setEnabled(False)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(False)
        self.save_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.banner.setText(reason)
        self.banner.show()
        self.read_only = True
        self.validate()

    # --- attachments ---------------------------------------------------------------------

    def _show_existing(self, records: list[AttachmentRecord]) -> None:
        self.existing = records
        self._fill_attachments()

    def _fill_attachments(self) -> None:
        self.attachment_list.clear()
        for record in self.existing:
            if record.id not in self.removed:
                item = QListWidgetItem(record.file_name)
                item.setData(Qt.ItemDataRole.UserRole, ("stored", record.id, str(record.path)))
                self.attachment_list.addItem(item)
        for path in self.added:
            item = QListWidgetItem(self.tr("{0}（保存时添加）").format(path.name))
            item.setData(Qt.ItemDataRole.UserRole, ("new", 0, str(path)))
            self.attachment_list.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        self.added.extend(Path(p) for p in paths)
        self._fill_attachments()

    def attachment_names(self) -> list[str]:
        return [self.attachment_list.item(i).text() for i in range(self.attachment_list.count())]

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("添加附件"), "",
                                                self.tr("发票、收据等 (*.pdf *.jpg *.jpeg *.png "
                                                        "*.tif *.tiff *.ofd);;所有文件 (*)"))
        if names:
            self.add_files([Path(name) for name in names])

    def _selected(self) -> tuple[str, int, str] | None:
        item = self.attachment_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        kind, attachment_id, path = chosen
        if kind == "stored":
            self.removed.add(attachment_id)
        else:
            self.added = [p for p in self.added if str(p) != path]
        self._fill_attachments()

    def _open_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(chosen[2]))

    def dirty(self) -> bool:
        return super().dirty() or bool(self.added) or bool(self.removed)
