"""The pages of the main window, in sidebar order."""
from __future__ import annotations

from ui.common.page import Page


def _page_classes() -> list[type[Page]]:
    from ui.elections.page import VotesPage  # noqa: PLC0415
    from ui.funds.page import FundsPage  # noqa: PLC0415
    from ui.issues.page import IssuesPage  # noqa: PLC0415
    from ui.issues.stats_page import StatsPage  # noqa: PLC0415
    from ui.registry.orgs_page import OrgsPage  # noqa: PLC0415
    from ui.registry.pages import CompoundsPage, PeoplePage, UnitsPage  # noqa: PLC0415
    from ui.registry.users_page import UsersPage  # noqa: PLC0415
    from ui.shell.home import HomePage  # noqa: PLC0415 - avoid import cycles

    return [HomePage, CompoundsPage, UnitsPage, OrgsPage, PeoplePage, IssuesPage, StatsPage,
            VotesPage, FundsPage, UsersPage]


PAGE_CLASSES = _page_classes()
