"""小区治理: one page, a tab per part — grids and the patrol team, patrols, their findings,
compound joint meetings, their follow-ups, the 融心调解室, capable residents, 党建指导员,
property contracts and 党群之家.

Each tab is a list page of its own (filter, table, toolbar, Ctrl+E export); the page shows
one at a time and reloads the one shown. Every read and write goes through the operation
layer; the rules are the services' in models.governance.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.page import Page
from ui.governance.compound_tabs import InstructorsTab, PropertyTab
from ui.governance.mediation_tab import MediationTab
from ui.governance.meeting_tabs import ActionsTab, MeetingsTab
from ui.governance.patrol_tabs import FindingsTab, GridsTab, PatrolsTab
from ui.governance.residents_tab import HomesTab, ResidentsTab


class GovernancePage(Page):
    icon_name = "fa5s.map-marked-alt"
    watches = frozenset({Kind.GOVERNANCE})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.grids = GridsTab(context)
        self.patrols = PatrolsTab(context)
        self.findings = FindingsTab(context)
        self.meetings = MeetingsTab(context)
        self.follow_ups = ActionsTab(context)
        self.mediation = MediationTab(context)
        self.residents = ResidentsTab(context)
        self.homes = HomesTab(context)
        self.instructors = InstructorsTab(context)
        self.property_services = PropertyTab(context)
        self.tabs = QTabWidget()
        for tab in (self.patrols, self.findings, self.grids, self.meetings, self.follow_ups,
                    self.mediation, self.residents, self.instructors, self.property_services,
                    self.homes):
            self.tabs.addTab(tab, tab.title())
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("小区治理")

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, Page):
            tab.refresh()

    def actor_changed(self) -> None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, Page):
                tab.actor_changed()

    def show_tab(self, tab: Page) -> None:
        self.tabs.setCurrentWidget(tab)
