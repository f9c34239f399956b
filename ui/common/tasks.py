"""One database worker thread. Every piece of database work runs there, never on the GUI thread.

A task is `fn(database, progress) -> result`. Its result or error comes back on the GUI
thread through a signal. `progress.report(done, total)` updates a progress bar; a long
task checks `progress.cancelled` between steps. Tasks run one at a time, in order, so a
session never crosses threads and a later save cannot overtake an earlier one.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from models.db import Database

log = logging.getLogger(__name__)


class Progress:
    """Handed to a task: thread-safe progress reports and a cancel flag."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


TaskFn = Callable[[Database, Progress], Any]


@dataclass
class Task:
    fn: TaskFn
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[int, int], None] | None = None
    progress: Progress | None = field(default=None)


class _Worker(QObject):
    opened = Signal(object)  # Database
    open_failed = Signal(object)  # exception
    finished = Signal(object, object)  # task, result
    failed = Signal(object, object)  # task, exception
    progressed = Signal(object, int, int)  # task, done, total

    def __init__(self, opener: Callable[[], Database]) -> None:
        super().__init__()
        self.opener = opener
        self.database: Database | None = None
        self.queue: queue.Queue[Task | None] = queue.Queue()

    @Slot()
    def loop(self) -> None:
        # Opening (and migrating) is database work too: it happens here, not on the GUI thread.
        open_error: BaseException | None = None
        try:
            self.database = self.opener()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            open_error = exc
            self.open_failed.emit(exc)
        else:
            self.opened.emit(self.database)
        while (task := self.queue.get()) is not None:
            if open_error is not None:
                self.failed.emit(task, open_error)
                continue
            try:
                result = task.fn(self.database, task.progress)  # type: ignore[arg-type]
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                self.failed.emit(task, exc)
            else:
                self.finished.emit(task, result)
        if self.database is not None:
            self.database.dispose()


class TaskRunner(QObject):
    """Owns the worker thread and the Database; the GUI submits tasks to it.

    `opener` runs first on the worker; `opened(database)` or `open_failed(exc)` follows.
    The Database object may be read on the GUI thread for its URL only.
    """

    busy_changed = Signal(bool)
    opened = Signal(object)
    open_failed = Signal(object)

    def __init__(self, opener: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self._pending = 0
        self._thread = QThread()
        self._thread.setObjectName("gongjian-db")
        self._worker = _Worker(opener)
        self._worker.moveToThread(self._thread)
        self._worker.opened.connect(self._opened)
        self._worker.open_failed.connect(self.open_failed)
        self._thread.started.connect(self._worker.loop)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._worker.progressed.connect(self._progressed)
        self._thread.start()

    def run(self, fn: TaskFn, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None) -> Progress:
        task = Task(fn, on_done, on_error, on_progress)
        task.progress = Progress(lambda done, total: self._worker.progressed.emit(task, done, total))
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._worker.queue.put(task)
        return task.progress

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Let queued work finish, then stop the thread (on exit)."""
        if self._thread.isRunning():
            self._worker.queue.put(None)
            self._thread.quit()
            self._thread.wait(timeout_ms)

    @Slot(object)
    def _opened(self, database: Database) -> None:
        self.database = database
        self.opened.emit(database)

    def _settle(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _finished(self, task: Task, result: Any) -> None:
        self._settle()
        if task.on_done is not None:
            task.on_done(result)

    @Slot(object, object)
    def _failed(self, task: Task, exc: BaseException) -> None:
        self._settle()
        if task.on_error is not None:
            task.on_error(exc)
        else:
            from ui.common.messages import show_error  # noqa: PLC0415 - avoid an import cycle

            show_error(None, exc)

    @Slot(object, int, int)
    def _progressed(self, task: Task, done: int, total: int) -> None:
        if task.on_progress is not None:
            task.on_progress(done, total)
