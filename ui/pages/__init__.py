"""Pages of the main window, one per area, in sidebar order."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import AppContext


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


def _page_classes() -> list[type[Page]]:
    from ui.pages.funds_page import FundsPage  # noqa: PLC0415
    from ui.pages.home import HomePage  # noqa: PLC0415 - avoid import cycles
    from ui.pages.issues_page import IssuesPage, StatsPage  # noqa: PLC0415
    from ui.pages.orgs_page import OrgsPage  # noqa: PLC0415
    from ui.pages.registry_pages import CompoundsPage, PeoplePage, UnitsPage  # noqa: PLC0415
    from ui.pages.users_page import UsersPage  # noqa: PLC0415

    return [HomePage, CompoundsPage, UnitsPage, OrgsPage, PeoplePage, IssuesPage, StatsPage,
            FundsPage, UsersPage]


PAGE_CLASSES = _page_classes()
