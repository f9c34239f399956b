"""The last catch: an exception nobody handled, on the GUI thread or any other thread.

Qt swallows an exception raised in a slot after printing it to a console the clerk never
sees; a thread's exception dies with the thread. Both hooks send the exception to the
GUI thread, where ui.common.messages logs a bug with its traceback (in the rotating log of the
data folder) and shows the clerk a short message saying where that log is, or, for a
known condition (a full disk, a locked database), what to do.
"""
from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot

from models.log_privacy import ScrubPersonalData
from models.paths import log_file

LOG_BYTES = 2_000_000
LOG_BACKUPS = 5
log = logging.getLogger(__name__)


def setup_logging() -> RotatingFileHandler:
    """The log in the data folder, rotated so it never fills the disk."""
    handler = RotatingFileHandler(log_file(), maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(threadName)s %(name)s %(message)s"))
    handler.addFilter(ScrubPersonalData())  # no ID number reaches the log, nor a traceback
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    if not any(type(h) is logging.StreamHandler for h in root.handlers):
        console = logging.StreamHandler()
        console.addFilter(ScrubPersonalData())
        root.addHandler(console)
    return handler


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from any thread is delivered there."""

    raised = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        from ui.common import messages  # noqa: PLC0415 - messages imports Qt widgets

        messages.show_error(None, exc)


_bridge: _Bridge | None = None


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt) or _bridge is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    _bridge.raised.emit(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Call once, on the GUI thread, after the QApplication exists."""
    global _bridge  # noqa: PLW0603 - one bridge per process
    if _bridge is None:
        _bridge = _Bridge()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
