"""The opener handed to the worker thread: it opens (and for the demo, fills) the database.

At start-up (main.open_gui, issue 12):
- SQLite's quick_check of the file starts first, on a thread of its own (`EarlyCheck`;
  models.sqlite_file needs no SQLAlchemy). It runs in SQLite's C code without Python's
  global lock, so on a two-core office PC it overlaps the imports instead of following them.
- The GUI thread imports SQLAlchemy and the login's models, then starts the opening thread
  (`EarlyOpening`) and imports Qt and builds the window. No two threads import the same
  modules at once there: Python's import locks could hand one of them a half-made module.
- The opening thread opens the database with that quick_check's result, runs the
  migration check and hands the database to the worker. It then imports
  the models the home page reads (`prepare_first_screen`) and configures SQLAlchemy's
  mappers once the login dialog is up, while the clerk logs in: the Argon2 verification
  on the worker releases Python's lock for its ~0.25 s, so the imports run beside it
  instead of after it, in the home page's first load, on the clerk's critical path.
  The only question asked there is which to-do providers' tables have rows (so that a
  module the office does not use is not imported); no record is read, and the home page
  still asks for its contents only after the login.
The worker thread waits for the database only; from there on every piece of database
work is the worker's, as before.

The worker may query while the opening thread still imports: SQLAlchemy then configures
the mappers made so far. That is safe because every model module imports the modules its
classes refer to before defining them (tests/ui/test_start_up.py configures after every
mapped class while importing these models, in this order).
"""
from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # models.db imports SQLAlchemy: not before the opening thread has started
    from models.db import Database

# What the home page's first load reads (ui.shell.home._load): the registry overview and
# the to-do providers with something to list (models.todo.in_use).
PREPARE_AFTER_S = 3.0  # a window that never asks (a failed start) still gets them
FIRST_SCREEN_MODELS = ("models.registry.overview", "models.todo")


def prepare_first_screen(database: Database) -> None:
    """Import the first screen's models and configure SQLAlchemy's mappers. Which to-do
    providers may have items is asked of the database (whether their tables have rows,
    no record is read): a module the office does not use is not loaded."""
    from sqlalchemy.orm import configure_mappers  # noqa: PLC0415 - see the module docstring

    for name in FIRST_SCREEN_MODELS:
        importlib.import_module(name)
    from models import todo  # noqa: PLC0415

    todo.load_providers_in_use(database)
    configure_mappers()


def database_opener(target: str, *, demo: bool = False,
                    check: Callable[[Path], str | None] | None = None,
                    ) -> Callable[[], Database]:
    def open_now() -> Database:
        from models.opening import open_target  # noqa: PLC0415 - see the module docstring

        if check is None:
            return open_target(target, demo=demo)
        return open_target(target, demo=demo, check=check)

    return open_now


class EarlyCheck:
    """SQLite's quick_check of `target`, started at once on a thread of its own when the
    target is an existing database file; calling the object with that file's path waits
    for the result (any other path is checked then)."""

    def __init__(self, target: str) -> None:
        self.path: Path | None = None
        self._problem: str | None = None
        self._thread: threading.Thread | None = None
        if "://" in target:
            return
        path = Path(target).expanduser().resolve()
        if path.is_file() and path.stat().st_size > 0:
            self.path = path
            self._thread = threading.Thread(target=self._run, name="gongjian-check",
                                            daemon=True)
            self._thread.start()

    def _run(self) -> None:
        from models.sqlite_file import sqlite_problem  # noqa: PLC0415 - imports no SQLAlchemy

        assert self.path is not None
        self._problem = sqlite_problem(self.path)

    def __call__(self, path: Path) -> str | None:
        if self._thread is None or path != self.path:
            from models.sqlite_file import sqlite_problem  # noqa: PLC0415

            return sqlite_problem(path)
        self._thread.join()
        return self._problem


class EarlyOpening:
    """Opens `target` on a thread started at once; calling the object waits for the
    database (or raises what the opening raised), so it serves as the worker's opener.
    `prepare` runs on that thread once the database has been handed over and the window
    has asked who is working (`prepare_now`, or after PREPARE_AFTER_S at the latest), so
    it does not hold Python's lock while the login dialog is being made; whatever it
    raises is logged, and the page that needs the module meets the error itself.

    The Database crosses from this thread to the worker: its engine is thread-safe and
    SQLAlchemy's SQLite file pool allows a connection to move between threads; no session
    is open when it changes hands."""

    def __init__(self, target: str, *, demo: bool = False,
                 prepare: Callable[[Database], None] | None = None,
                 check: EarlyCheck | None = None) -> None:
        self._check = check or EarlyCheck(target)
        self._open = database_opener(target, demo=demo, check=self._check)
        self._prepare = prepare
        self._database: Database | None = None
        self._error: BaseException | None = None
        self._opened = threading.Event()
        self._asked = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gongjian-open", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._database = self._open()
        except BaseException as exc:  # handed to whoever waits for the database
            self._error = exc
        finally:
            self._opened.set()
        if self._prepare is not None and self._error is None:
            self._asked.wait(PREPARE_AFTER_S)
            try:
                assert self._database is not None
                self._prepare(self._database)
            except Exception:
                logging.getLogger(__name__).exception("preparing the first screen failed")

    def prepare_now(self) -> None:
        """The login dialog is up (or the login under way): start `prepare`."""
        self._asked.set()

    def __call__(self) -> Database:
        self._opened.wait()
        if self._error is not None:
            raise self._error
        assert self._database is not None
        return self._database
