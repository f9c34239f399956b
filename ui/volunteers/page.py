"""志愿服务: volunteer teams and their activities with hours, the 社区微讲堂 menu with its
bookings, the in-service Party members (双报到) with their service and feedback forms, and
the 微心愿 they claim, as five tabs. Each tab is a list page of its own (search, Ctrl+E
export, Enter opens); this page shows the chosen tab and loads it when it is shown."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.page import Page
from ui.volunteers.tabs import ActivitiesTab, LecturesTab, MembersTab, TeamsTab, WishesTab, _Tab


class VolunteersPage(Page):
    icon_name = "fa5s.hands-helping"
    watches = frozenset({Kind.VOLUNTEERS})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.activities = ActivitiesTab(context)
        self.teams = TeamsTab(context)
        self.lectures = LecturesTab(context)
        self.members = MembersTab(context)
        self.wishes = WishesTab(context)
        self.tabs = QTabWidget()
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title())
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("志愿服务")

    def all_tabs(self) -> list[_Tab]:
        return [self.activities, self.teams, self.lectures, self.members, self.wishes]

    def current_tab(self) -> _Tab:
        tab: _Tab = self.tabs.currentWidget()  # type: ignore[assignment]
        return tab

    def refresh(self) -> None:
        self.current_tab().refresh()

    def actor_changed(self) -> None:
        for tab in self.all_tabs():
            tab.actor_changed()

    def _changed(self, changes: object) -> None:
        """Each tab reloads itself when it is visible (ListPage)."""
