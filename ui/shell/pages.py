"""The pages of the main window, in sidebar order, loaded when first shown.

The sidebar needs only each page's title and icon; the page's module (and what it imports:
ledgers, posting rules, PDF layouts) is imported the first time the clerk opens it, which
keeps start-up quick (issue 12). A title is translated in its page class's context, the
same entry the page's own `self.tr(...)` uses; tests/ui/test_main_window.py checks that
each entry matches its class.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.common.page import Page


@dataclass(frozen=True)
class PageEntry:
    module: str
    class_name: str
    icon_name: str
    source_title: str  # Chinese, as the class's title() returns it untranslated

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title)

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


PAGES = (
    PageEntry("ui.shell.home", "HomePage", "fa5s.home", "概况"),
    PageEntry("ui.registry.pages", "CompoundsPage", "fa5s.city", "小区"),
    PageEntry("ui.registry.pages", "UnitsPage", "fa5s.building", "驻区单位"),
    PageEntry("ui.registry.orgs_page", "OrgsPage", "fa5s.sitemap", "党组织"),
    PageEntry("ui.registry.pages", "PeoplePage", "fa5s.users", "人员"),
    PageEntry("ui.issues.page", "IssuesPage", "fa5s.bullhorn", "问题台账"),
    PageEntry("ui.issues.stats_page", "StatsPage", "fa5s.chart-bar", "统计分析"),
    PageEntry("ui.elections.page", "VotesPage", "fa5s.vote-yea", "业主共同决定"),
    PageEntry("ui.elections.bodies_page", "BodiesPage", "fa5s.users-cog", "自治组织"),
    PageEntry("ui.funds.page", "FundsPage", "fa5s.yen-sign", "党建经费"),
    PageEntry("ui.services.page", "ServicesPage", "fa5s.handshake", "双服务清单"),
    PageEntry("ui.volunteers.page", "VolunteersPage", "fa5s.hands-helping", "志愿服务"),
    PageEntry("ui.governance.page", "GovernancePage", "fa5s.map-marked-alt", "小区治理"),
    PageEntry("ui.upward.page", "UpwardPage", "fa5s.paper-plane", "上报"),
    PageEntry("ui.registry.users_page", "UsersPage", "fa5s.user-shield", "用户"),
)
