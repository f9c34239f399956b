"""The base class of a main-window page."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.common.changes import Changes, Kind
from ui.common.context import AppContext


class Page(QWidget):
    """A page of the main window. It loads its data through an operation when shown, and
    again whenever a write changes a kind of record it `watches` while it is visible (a
    hidden page reloads when it is next shown)."""

    icon_name = "fa5s.square"
    watches: frozenset[Kind] = frozenset()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        context.changes.changed.connect(self._changed)

    def title(self) -> str:
        raise NotImplementedError

    def database_ready(self) -> None:
        """Called when the database has opened (and again after a restore)."""

    def actor_changed(self) -> None:
        """Someone logged in (or the user was switched): show what their role may do."""

    def refresh(self) -> None:
        """Reload what the page shows (on show and on F5)."""

    def show_todo(self, item: Any) -> None:
        """Show the records behind a home-page to-do line (a models.todo.TodoItem): filter
        or select them. The page has just been opened and is loading; by default it simply
        shows itself."""

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        """Dialogs worth a screenshot for reviews (e.g. a filled-in form)."""
        return []

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.watches) and self.isVisible() and self.context.logged_in:
            self.refresh()
