"""自治组织: each compound's 业委会, 自管委, 议事会 or 自治小组 with its present members, the
article's figures above the list, and member changes recorded (never overwritten)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout
from sqlalchemy.orm import Session

from models.elections import bodies
from models.elections.bodies import BodyFigures, BodyRow
from models.registry import places
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp
from ui.common.table_model import CENTER, RIGHT, Column
from ui.i18n import domain


def _load(text: str) -> Callable[[Session], tuple[list[BodyRow], BodyFigures]]:
    def query(session: Session) -> tuple[list[BodyRow], BodyFigures]:
        rows = [b for b in bodies.list_bodies(session)
                if text in b.name or text in b.compound or any(text in m.name
                                                               for m in b.members)]
        return rows, bodies.body_figures(session)
    return query


class BodiesPage(ListPage):
    icon_name = "fa5s.users-cog"
    watches = frozenset({Kind.BODIES, Kind.COMPOUNDS, Kind.VOTES})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.dialog: object = None
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet("padding: 4px; background: #eef3f9;")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.figures)

    def title(self) -> str:
        return self.tr("自治组织")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("小区"), lambda b: b.compound, width_chars=6),
            Column(self.tr("类型"), lambda b: domain(b.kind_label), width_chars=5),
            Column(self.tr("名称"), lambda b: b.name, width_chars=12),
            Column(self.tr("任期"), self.term_text, CENTER, width_chars=13),
            Column(self.tr("成员"), lambda b: str(len(b.members)), RIGHT, width_chars=3),
            Column(self.tr("党员"), lambda b: str(sum(m.party_member for m in b.members)),
                   RIGHT, width_chars=3),
            Column(self.tr("主任"), self.chair_text, width_chars=11),
            Column(self.tr("问题"), lambda b: "；".join(b.problems), width_chars=14),
        ]

    def term_text(self, row: BodyRow) -> str:
        if row.term_start is None:
            return ""
        end = row.term_end.isoformat() if row.term_end else ""
        return f"{row.term_start.isoformat()} — {end}"

    def chair_text(self, row: BodyRow) -> str:
        chair = next((m for m in row.members if m.post == "chair"), None)
        if chair is None:
            return ""
        return chair.name + (self.tr("（支部书记）") if chair.branch_secretary else "")

    def add_actions(self) -> None:
        self.action(self.tr("新建自治组织"), "fa5s.plus", self.new_body, role="clerk")
        self.action(self.tr("成员变更…"), "fa5s.exchange-alt", self.change_member, role="clerk")

    def rows_query(self) -> Callable[[Session], list[BodyRow]]:
        text = self.search.text().strip()
        return lambda session: _load(text)(session)[0]

    def refresh(self) -> None:
        """The rows and the figures in one read."""
        def show(result: tuple[list[BodyRow], BodyFigures]) -> None:
            self._show_rows(result[0])
            self.figures.setText(self.figures_text(result[1]))
        ReadOp(self.context, parent=self, query=_load(self.search.text().strip()),
               success=show).run()

    def figures_text(self, f: BodyFigures) -> str:
        return self.tr(
            "小区 {0} 个，其中成立业委会的 {1} 个；小区党支部书记兼任业委会主任 {2} 人，"
            "社区“两委”成员兼任业委会成员 {3} 人；自治组织成员 {4} 人，其中党员 {5} 人。").format(
            f.compounds, f.with_committee, f.secretaries_chairing, f.cadres_on_committees,
            f.members, f.party_members)

    def open_row(self, row: BodyRow) -> None:
        self.change_member()

    def new_body(self) -> None:
        from ui.elections.body_dialogs import BodyDialog  # noqa: PLC0415

        def show(compounds: list[places.CompoundRecord]) -> None:
            self.dialog = BodyDialog(self.context, {c.id: c.name for c in compounds}, self)
            self.dialog.open()  # type: ignore[attr-defined]
        ReadOp(self.context, parent=self, query=places.list_compounds, success=show).run()

    def change_member(self) -> None:
        from ui.elections.body_dialogs import MemberChangeDialog, load_members  # noqa: PLC0415

        row = self.current_row()
        if row is None:
            messages.show_info(self, self.tr("请先在列表中选择一个自治组织。"))
            return

        def show(members: list[tuple[int, str]]) -> None:
            self.dialog = MemberChangeDialog(self.context, row, members, self)
            self.dialog.open()  # type: ignore[attr-defined]
        ReadOp(self.context, parent=self, query=load_members(row.id), success=show).run()
