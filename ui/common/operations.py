"""Operations: the one way from a screen to the database.

After Anki's `aqt/operations` (CollectionOp, QueryOp). A screen describes what to run and
what to do with the answer; the operation runs it on the one database worker thread,
inside a unit of work, and reports back on the GUI thread:

    ReadOp(context, parent=self, query=lambda session: people.list_people(session, text),
           success=self.show_rows).run()
    WriteOp(context, parent=self, changes={Kind.PEOPLE},
            op=lambda session, actor: people.delete_person(session, actor, pid, version)).run()
    JobOp(context, parent=self, job=lambda database, progress: backup.make(database))
        .with_progress(self.tr("正在备份…")).run()

- `ReadOp.query(session)` runs in a read-only unit of work.
- `WriteOp.op(session, actor)` runs in one unit of work, committed when it returns; the
  actor is the one logged in when the operation was made (services check it again
  against the database). On success the context's change bus announces `changes`, so
  every page showing those kinds reloads, before `success` is called.
- `JobOp.job(database, progress)` is for long work that manages its own units of work
  (backups, imports, printing): `progress.report(done, total)`, `progress.cancelled`.

A failure goes to `failure` when given, else to `ui.common.messages.show_error` (a
UserError in words; anything else logged as a bug). When the parent widget has been
closed and deleted before the answer arrives, neither handler runs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from models.auth import Actor
from models.db import Database
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.tasks import Progress

T = TypeVar("T")
Success = Callable[[T], None]
Failure = Callable[[BaseException], None]


class _Operation(Generic[T]):
    def __init__(self, context: AppContext, *, parent: QObject | None,
                 success: Success[T] | None = None, failure: Failure | None = None) -> None:
        self.context = context
        self.parent = parent
        self._success = success
        self._failure = failure
        self._progress_label: str | None = None
        self._cancellable = False
        self._on_progress: Callable[[int, int], None] | None = None

    # --- builder ---------------------------------------------------------------------

    def success(self, handler: Success[T]) -> Self:
        self._success = handler
        return self

    def failure(self, handler: Failure) -> Self:
        self._failure = handler
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Self:
        """Show a progress dialog (modal to the parent) while the operation runs."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def progress_to(self, handler: Callable[[int, int], None]) -> Self:
        """Send progress reports to `handler(done, total)` (a dialog's own progress bar);
        cancel through the Progress that `run()` returns."""
        self._on_progress = handler
        return self

    # --- running ---------------------------------------------------------------------

    def _task(self) -> Callable[[Database, Progress], T]:
        raise NotImplementedError

    def _announce(self) -> None:
        """What to tell the rest of the app after success (writes)."""

    def run(self) -> Progress:
        dialog = self._progress_dialog()
        progress = self.context.runner.run(
            self._task(),
            on_done=lambda result: self._done(dialog, result),
            on_error=lambda exc: self._failed(dialog, exc),
            on_progress=self._on_progress or (
                (lambda done, total: _show_progress(dialog, done, total))
                if dialog is not None else None))
        if dialog is not None:
            dialog.canceled.connect(progress.cancel)
        return progress

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _done(self, dialog: QProgressDialog | None, result: T) -> None:
        _close(dialog)
        self._announce()
        if self._success is not None and self._parent_alive():
            self._success(result)

    def _failed(self, dialog: QProgressDialog | None, exc: BaseException) -> None:
        _close(dialog)
        if not self._parent_alive():
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            messages.show_error(self._widget(), exc)

    def _widget(self) -> QWidget | None:
        return self.parent if isinstance(self.parent, QWidget) else None

    def _progress_dialog(self) -> QProgressDialog | None:
        if self._progress_label is None:
            return None
        dialog = QProgressDialog(self._widget())
        dialog.setLabelText(self._progress_label)
        dialog.setWindowTitle(self._progress_label.rstrip("…."))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # shows itself if the work takes longer
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("operations", "取消"))
        else:
            dialog.setCancelButton(None)
        dialog.setValue(0)  # starts the minimum-duration timer: without a first value Qt 6
        return dialog       # never shows the dialog of work that reports no progress


def _show_progress(dialog: QProgressDialog | None, done: int, total: int) -> None:
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)


def _close(dialog: QProgressDialog | None) -> None:
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.close()
        dialog.deleteLater()


class ReadOp(_Operation[T]):
    """Read in a read-only unit of work; nothing is announced."""

    def __init__(self, context: AppContext, *, parent: QObject | None,
                 query: Callable[[Session], T], success: Success[T] | None = None,
                 failure: Failure | None = None) -> None:
        super().__init__(context, parent=parent, success=success, failure=failure)
        self.query = query

    def _task(self) -> Callable[[Database, Progress], T]:
        query = self.query

        def task(database: Database, _progress: Progress) -> T:
            with database.read_session() as session:
                return query(session)
        return task


class WriteOp(_Operation[T]):
    """Write in one unit of work as the logged-in user, then announce what changed."""

    def __init__(self, context: AppContext, *, parent: QObject | None,
                 op: Callable[[Session, Actor], T], changes: Iterable[Kind],
                 success: Success[T] | None = None, failure: Failure | None = None) -> None:
        super().__init__(context, parent=parent, success=success, failure=failure)
        self.op = op
        self.changes = frozenset(changes)

    def _task(self) -> Callable[[Database, Progress], T]:
        op, actor = self.op, self.context.actor  # read on the GUI thread, now

        def task(database: Database, _progress: Progress) -> T:
            with database.session() as session:
                return op(session, actor)
        return task

    def _announce(self) -> None:
        self.context.changes.announce(self.changes)


class JobOp(_Operation[T]):
    """Long work with its own units of work and progress; announces `changes` if given."""

    def __init__(self, context: AppContext, *, parent: QObject | None,
                 job: Callable[[Database, Progress], T], changes: Iterable[Kind] = (),
                 success: Success[T] | None = None, failure: Failure | None = None) -> None:
        super().__init__(context, parent=parent, success=success, failure=failure)
        self.job = job
        self.changes = frozenset(changes)

    def _task(self) -> Callable[[Database, Progress], T]:
        return self.job

    def _announce(self) -> None:
        self.context.changes.announce(self.changes)


def read_job(query: Callable[[Session, Progress], T]) -> Callable[[Database, Progress], T]:
    """A JobOp job that reads in one read-only unit of work and reports its progress
    (a long read: every row of a filtered ledger for 导出)."""

    def job(database: Database, progress: Progress) -> T:
        with database.read_session() as session:
            return query(session, progress)
    return job


__all__ = ["JobOp", "Kind", "ReadOp", "WriteOp", "read_job"]
