"""概况: the office at a glance."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout
from sqlalchemy.orm import Session

from models.registry.overview import Overview, office_community_id, registry_overview
from ui.common.changes import EVERYTHING
from ui.common.operations import ReadOp
from ui.common.page import Page


def _load(session: Session) -> tuple[Overview, int | None]:
    return registry_overview(session), office_community_id(session)


class HomePage(Page):
    icon_name = "fa5s.home"
    watches = EVERYTHING

    def title(self) -> str:
        return self.tr("概况")

    def __init__(self, context) -> None:  # noqa: ANN001
        super().__init__(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.heading = QLabel(self.tr("共建台账"))
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f3f66;")
        self.subheading = QLabel()
        self.subheading.setStyleSheet("font-size: 12pt; color: #555;")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.figures: dict[str, QLabel] = {}
        labels = [("compounds", self.tr("小区")), ("buildings", self.tr("楼栋")),
                  ("people", self.tr("登记人员")), ("party_members", self.tr("党员")),
                  ("cadres", self.tr("小区干部")), ("units", self.tr("驻区单位")),
                  ("party_orgs", self.tr("党组织"))]
        for index, (key, text) in enumerate(labels):
            self.grid.addWidget(self._card(key, text), index // 4, index % 4)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def _card(self, key: str, text: str) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet("QFrame { background: white; border: 1px solid #d8dde6; "
                           "border-radius: 6px; }")
        box = QVBoxLayout(card)
        number = QLabel("—")
        number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        number.setStyleSheet("font-size: 24pt; color: #3a6ea5; border: none;")
        caption = QLabel(text)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("color: #555; border: none;")
        box.addWidget(number)
        box.addWidget(caption)
        self.figures[key] = number
        return card

    def database_ready(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ReadOp(self.context, parent=self, query=_load, success=self._show).run()

    def _show(self, result: tuple[Overview, int | None]) -> None:
        overview, community_id = result
        self.context.community_id = community_id
        self.context.office_name = overview.office_name
        if overview.office_name:
            self.heading.setText(overview.office_name)
            self.subheading.setText(self.tr("{0} · 共建台账").format(overview.street_name))
        for key, label in self.figures.items():
            label.setText(f"{getattr(overview, key):,}")
