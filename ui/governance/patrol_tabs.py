"""Tabs of part one: patrols (记录巡查, 打印巡查登记簿), their findings (就地解决, 转入问题台账)
and the grids with the chiefs the registry keeps."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.governance import grids, patrols
from reports import governance_patrols
from ui.common import messages
from ui.common.changes import Kind
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp, WriteOp
from ui.common.pdf_preview import generate_report
from ui.common.table_model import CENTER, RIGHT, Column
from ui.governance.common import SendData, SendForm, selected
from ui.i18n import domain


class PatrolsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.PROBLEMS})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("巡查")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("日期"), lambda p: p.patrolled_on.isoformat(), CENTER, width_chars=7),
            Column(self.tr("网格 / 路线"), lambda p: p.place, width_chars=10),
            Column(self.tr("巡查人员"), lambda p: p.members_text, width_chars=12),
            Column(self.tr("发现"), lambda p: str(len(p.findings)), RIGHT, width_chars=3),
            Column(self.tr("就地解决"), lambda p: str(p.settled), RIGHT, width_chars=4),
            Column(self.tr("转问题台账"), lambda p: str(p.sent), RIGHT, width_chars=5),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("记录巡查"), "fa5s.walking", self.new_patrol, role="clerk")
        self.action(self.tr("打印巡查登记簿"), "fa5s.print", self.print_register)

    def rows_query(self) -> Callable[[Session], list[patrols.PatrolRow]]:
        text = self.search.text().strip()
        return lambda session: [p for p in reversed(patrols.list_patrols(session))
                                if text in p.place or text in p.members_text]

    def new_patrol(self) -> None:
        from ui.governance.patrol_form import PatrolEntry, PatrolForm  # noqa: PLC0415

        def show(choices: patrols.PatrolChoices) -> None:
            form = PatrolForm(self.context, choices, self)
            form.start(PatrolEntry(dt.date.today(), None, "", frozenset(), ()))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=patrols.patrol_choices, success=show).run()

    def print_register(self) -> None:
        row = self.current_row()
        day = row.patrolled_on if row is not None else dt.date.today()
        year, month = day.year, day.month
        title = self.tr("巡查登记簿 {0}年{1}月").format(year, month)
        out = Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{title}.pdf"
        generate_report(self.context, title,
                        lambda session: governance_patrols.build(session, year, month),
                        lambda register, progress=None: governance_patrols.render(
                            register, out, progress), self)


@dataclass(frozen=True)
class FindingLine:
    """A finding with its patrol, as one line of the findings tab."""

    id: int
    patrol: patrols.PatrolRow
    finding: patrols.FindingRow

    @property
    def handling(self) -> str:
        f = self.finding
        if f.settled_on is not None:
            return f"{f.settled_on.isoformat()} 就地解决" + (f"：{f.settled_note}"
                                                          if f.settled_note else "")
        return f"转问题台账 {f.problem_number}" if f.problem_id is not None else "待处理"


class FindingsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.PROBLEMS})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("巡查发现")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("日期"), lambda r: r.patrol.patrolled_on.isoformat(), CENTER,
                   width_chars=7),
            Column(self.tr("网格 / 路线"), lambda r: r.patrol.place, width_chars=9),
            Column(self.tr("发现情况"), lambda r: r.finding.description, width_chars=16),
            Column(self.tr("地点"), lambda r: r.finding.place, width_chars=7),
            Column(self.tr("处置"), lambda r: r.handling, width_chars=14),
            Column(self.tr("解决层级"), lambda r: domain(r.finding.where_label), width_chars=10),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("就地解决"), "fa5s.check", self.settle, role="clerk")
        self.action(self.tr("转入问题台账"), "fa5s.share-square", self.send, role="clerk")

    def rows_query(self) -> Callable[[Session], list[FindingLine]]:
        text = self.search.text().strip()
        return lambda session: [FindingLine(f.id, p, f)
                                for p in reversed(patrols.list_patrols(session))
                                for f in p.findings
                                if text in f.description or text in p.place]

    def settle(self) -> None:
        line = selected(self, self.tr("请先在列表中选择一条巡查发现。"))
        if line is None or not messages.confirm(
                self, self.tr("就地解决"), self.tr("记为今天已在网格内解决吗？")):
            return
        finding = line.finding
        WriteOp(self.context, parent=self, changes={Kind.GOVERNANCE},
                op=lambda session, actor: patrols.settle_finding(
                    session, actor, finding.id, finding.version, on=dt.date.today())).run()

    def send(self) -> None:
        line = selected(self, self.tr("请先在列表中选择一条巡查发现。"))
        if line is None:
            return
        finding = line.finding

        def show(choices: patrols.PatrolChoices) -> None:
            form = SendForm(self.context, self.tr("转入问题台账"), choices.categories,
                            lambda session, actor, category: patrols.send_finding(
                                session, actor, finding.id, finding.version,
                                category_id=category), self)
            form.start(SendData(None))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=patrols.patrol_choices, success=show).run()


class GridsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.BUILDINGS, Kind.PEOPLE})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("网格")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("网格"), lambda g: g.name, width_chars=9),
            Column(self.tr("网格员"), lambda g: g.keeper, width_chars=5),
            Column(self.tr("楼栋与街巷"), lambda g: g.places_text, width_chars=20),
            Column(self.tr("街巷长、楼栋长、楼口长"), lambda g: g.chiefs_text, width_chars=30),
        ]

    def rows_query(self) -> Callable[[Session], list[grids.GridRow]]:
        text = self.search.text().strip()
        return lambda session: [g for g in grids.list_grids(session)
                                if text in g.name or text in g.places_text
                                or text in g.chiefs_text]

    def add_actions(self) -> None:
        self.action(self.tr("新建网格"), "fa5s.plus", self.new_grid, role="clerk")
        self.action(self.tr("修改网格"), "fa5s.edit", self.edit_grid, role="clerk")

    def open_row(self, row: grids.GridRow) -> None:
        self.edit_grid()

    def new_grid(self) -> None:
        self._open(None)

    def edit_grid(self) -> None:
        row = selected(self, self.tr("请先在列表中选择一个网格。"))
        if row is not None:
            self._open(row.id)

    def _open(self, grid_id: int | None) -> None:
        from ui.governance.grid_form import GridEntry, GridForm, fetch_entry  # noqa: PLC0415

        def query(session: Session) -> tuple[grids.GridChoices, tuple[GridEntry, int] | None]:
            return grids.grid_choices(session), (
                fetch_entry(session, grid_id) if grid_id is not None else None)

        def show(found: tuple[grids.GridChoices, tuple[GridEntry, int] | None]) -> None:
            choices, current = found
            form = GridForm(self.context, choices, editing=current is not None, parent=self)
            if current is None:
                form.start(GridEntry("", None, frozenset(), frozenset(), ""))
            else:
                form.start(current[0], record_id=grid_id, version=current[1])
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=query, success=show).run()
