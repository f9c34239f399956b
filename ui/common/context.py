"""What every page and dialog shares: the worker, who is acting, the office, the change bus."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from models.auth import Actor
from ui.common.changes import ChangeBus
from ui.common.tasks import TaskRunner

NOBODY = Actor("", "", "clerk")


class AppContext:
    """One per main window. Pages keep the context, never the runner itself: the runner is
    replaced when the database is reopened (e.g. after the PostgreSQL password was asked),
    and operations read the current one when they start."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self.changes = ChangeBus()
        self.actor: Actor = NOBODY
        self.community_id: int | None = None
        self.office_name: str = ""
        self.previews: list[QWidget] = []  # open PDF previews, kept alive
        # Set by the main window: show the page of this class (a PageEntry.class_name) and
        # return it, or None when there is no such page (the home page's to-do lines).
        self.open_page: Callable[[str], Any] | None = None

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def replace_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    @property
    def logged_in(self) -> bool:
        return bool(self.actor.username)
