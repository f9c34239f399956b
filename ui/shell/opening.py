"""The opener handed to the worker thread: it opens (and for the demo, fills) the database.

At start-up the opening begins before Qt is even loaded (`EarlyOpening`, started by
ui.app.open_main_window): SQLite's quick_check of a large file and the migration check run
on a thread of their own while the GUI thread imports Qt and builds the window, instead of
after it (issue 12). quick_check runs in SQLite's C code without Python's global lock, so
the two really overlap on a two-core office PC. The worker thread then only waits for the
result; from there on every piece of database work is the worker's, as before.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # models.db imports SQLAlchemy: not before the opening thread has started
    from models.db import Database


def database_opener(target: str, *, demo: bool = False) -> Callable[[], Database]:
    def open_now() -> Database:
        from models.opening import open_target  # noqa: PLC0415 - see the module docstring

        return open_target(target, demo=demo)

    return open_now


class EarlyOpening:
    """Opens `target` on a thread started at once; calling the object waits for the
    database (or raises what the opening raised), so it serves as the worker's opener.

    The Database crosses from this thread to the worker: its engine is thread-safe and
    SQLAlchemy's SQLite file pool allows a connection to move between threads; no session
    is open when it changes hands."""

    def __init__(self, target: str, *, demo: bool = False) -> None:
        self._open = database_opener(target, demo=demo)
        self._database: Database | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="gongjian-open", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._database = self._open()
        except BaseException as exc:  # handed to whoever waits for the database
            self._error = exc

    def __call__(self) -> Database:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._database is not None
        return self._database
