"""The street's import of the packages its communities handed in (often a dozen or more at
the end of a quarter, from one USB stick): the clerk chooses them all at once and the page
walks through them one by one. Each is verified on the worker, its preview opens, and the
clerk accepts or returns it; a refused file is noted with its reason and the walk goes on.
Each decision's signed receipt (回执) is saved beside the package it answers (or, where
that folder cannot be written, in the app's own 回执 folder), and a summary at the end says
what happened to every file and where the receipts are (`ImportQueue.summary`)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from models.auth import Actor
from models.errors import UserError
from models.paths import data_dir
from models.upward import importing, street
from models.upward.keys import KeyStore
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.operations import ReadOp, WriteOp
from ui.upward.import_dialog import ImportDialog

RECEIPT_FOLDER = "回执"


@dataclass
class Outcome:
    """What happened to each chosen file, for the closing summary."""

    accepted: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "file: reason"
    skipped: list[str] = field(default_factory=list)  # preview closed without a decision
    receipts: list[Path] = field(default_factory=list)


def save_receipt(receipt: bytes, name: str, beside: Path | None) -> Path:
    """Write the receipt beside the package (`beside`: its folder) or, failing that, into
    the app's 回执 folder; the path written."""
    for folder in ([beside] if beside is not None else []) + [data_dir() / RECEIPT_FOLDER]:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_bytes(receipt)
            return path
        except OSError:
            continue
    raise UserError("upward.receipt_not_saved", folder=str(data_dir() / RECEIPT_FOLDER))


class ImportQueue(QObject):
    """One walk through the chosen files; `finished` gets the outcome."""

    def __init__(self, context: AppContext, parent: QWidget, store: KeyStore,
                 paths: list[Path], finished: Callable[[Outcome], None]) -> None:
        super().__init__(parent)
        self.context, self.page, self.store = context, parent, store
        self.pending, self.finished = list(paths), finished
        self.outcome = Outcome()
        self.dialog: ImportDialog | None = None
        self.current: Path | None = None
        self.decided = False
        self.last_receipt: bytes | None = None

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        if not self.pending:
            self.finished(self.outcome)
            return
        self.current = path = self.pending.pop(0)
        self.decided = False
        left = len(self.pending)
        ReadOp(self.context, parent=self.page,
               query=lambda session: importing.stage_file(session, path),
               success=self._preview, failure=self._refused).with_progress(
            self.tr("正在核验 {0}（其后还有 {1} 个）…").format(path.name, left)).run()

    def _refused(self, exc: BaseException) -> None:
        reason = exc.message if isinstance(exc, UserError) else str(exc)
        self.outcome.refused.append(f"{self.current.name if self.current else ''}：{reason}")
        if not self.pending and len(self.outcome.refused) == 1 and not self._any_done():
            messages.show_error(self.page, exc)  # the only file: its reason, as it is
            self.outcome.refused.clear()
            self.finished(self.outcome)
            return
        self._next()

    def _any_done(self) -> bool:
        o = self.outcome
        return bool(o.accepted or o.returned or o.unchanged or o.skipped)

    def _preview(self, staged: importing.Staged) -> None:
        if staged.unchanged and self.pending:
            self.outcome.unchanged.append(self._name())
            self._next()
            return
        self.dialog = ImportDialog(self.context, staged, self.page, self._decided)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _name(self) -> str:
        return self.current.name if self.current is not None else ""

    def _closed(self, _result: int) -> None:
        if not self.decided:
            staged = self.dialog.staged if self.dialog is not None else None
            (self.outcome.unchanged if staged is not None and staged.unchanged
             else self.outcome.skipped).append(self._name())
            self._next()

    def summary(self) -> str:
        """The closing message: one line per kind of outcome, and where the receipts are."""
        outcome, lines = self.outcome, []
        for label, names in ((self.tr("已接收"), outcome.accepted),
                             (self.tr("已退回"), outcome.returned),
                             (self.tr("已导入过、无改动"), outcome.unchanged),
                             (self.tr("未处理（预览已关闭）"), outcome.skipped)):
            if names:
                lines.append(self.tr("{0} {1} 个：{2}").format(label, len(names), "、".join(names)))
        if outcome.refused:
            lines.append(self.tr("拒收 {0} 个：").format(len(outcome.refused)))
            lines += [f"  {line}" for line in outcome.refused]
        folders = sorted({str(path.parent) for path in outcome.receipts})
        if folders:
            lines.append(self.tr("签名回执 {0} 份已保存在：{1}（请交回各社区）").format(
                len(outcome.receipts), "；".join(folders)))
        return "\n".join(lines) or self.tr("没有处理任何数据包。")

    def _decided(self, package_id: int, status: str) -> None:
        self.decided = True
        (self.outcome.accepted if status == "accepted" else self.outcome.returned).append(
            self._name())
        store, beside = self.store, self.current.parent if self.current else None

        def op(session: Session, actor: Actor) -> tuple[bytes, str]:
            return street.receipt_file(session, actor, store, package_id)

        def done(made: tuple[bytes, str]) -> None:
            self.last_receipt = made[0]
            self.outcome.receipts.append(save_receipt(made[0], made[1], beside))
            self._next()

        def failed(exc: BaseException) -> None:
            messages.show_error(self.page, exc)
            self._next()
        WriteOp(self.context, parent=self.page, op=op, changes={Kind.UPWARD}, success=done,
                failure=failed).run()
