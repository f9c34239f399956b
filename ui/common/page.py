"""The base class of a main-window page."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.shell.main_window import AppContext


class Page(QWidget):
    """A page of the main window. It loads its data through the worker when shown."""

    icon_name = "fa5s.square"

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def database_ready(self) -> None:
        """Called once when the database has opened."""

    def refresh(self) -> None:
        """Reload what the page shows (on show and on F5)."""

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        """Dialogs worth a screenshot for reviews (e.g. a filled-in form)."""
        return []
