"""新建网格 / 修改网格: the name, the 网格员 chosen from the registry, and the buildings and
lanes the grid covers as tick boxes. A building or lane another grid holds is refused by
the service and shown beside its field; nothing is written."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.governance import grids
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, MultiChoiceField, NoteField, TextField
from ui.common.form import RecordForm


@dataclass(frozen=True)
class GridEntry:
    """The dialog's values; tick boxes hold codes as text."""

    name: str
    keeper_id: int | None
    building_ids: frozenset[str]
    lane_ids: frozenset[str]
    note: str

    @classmethod
    def of(cls, data: grids.GridData) -> GridEntry:
        return cls(data.name, data.keeper_id, frozenset(str(b) for b in data.building_ids),
                   frozenset(str(lane) for lane in data.lane_ids), data.note)

    def data(self) -> grids.GridData:
        return grids.GridData(self.name, self.keeper_id,
                              frozenset(int(b) for b in self.building_ids),
                              frozenset(int(lane) for lane in self.lane_ids), self.note)


def fetch_entry(session: Session, grid_id: int) -> tuple[GridEntry, int]:
    data, version = grids.fetch_grid(session, grid_id)
    return GridEntry.of(data), version


class GridForm(RecordForm):
    changes = frozenset({Kind.GOVERNANCE})
    create_service = staticmethod(  # type: ignore[assignment]
        lambda session, actor, community, entry: grids.add_grid(
            session, actor, community, entry.data()))
    update_service = staticmethod(  # type: ignore[assignment]
        lambda session, actor, grid_id, version, entry: grids.update_grid(
            session, actor, grid_id, version, entry.data()))
    fetch_service = staticmethod(fetch_entry)  # type: ignore[assignment]

    def __init__(self, context: AppContext, choices: grids.GridChoices, *, editing: bool,
                 parent: object = None) -> None:
        title = self.tr("修改网格") if editing else self.tr("新建网格")
        super().__init__(context, title, parent)  # type: ignore[arg-type]
        self.add_field("name", self.tr("网格名称"), TextField(self.tr("如：兴文社区第一网格")),
                       required=True)
        self.add_field("keeper_id", self.tr("网格员"),
                       ChoiceField(choices.people, blank=self.tr("（暂未指定）")))
        self.add_field("building_ids", self.tr("楼栋"), MultiChoiceField(
            {str(k): v for k, v in choices.buildings.items()} or {"": self.tr("（无楼栋）")},
            columns=3))
        self.add_field("lane_ids", self.tr("街巷"), MultiChoiceField(
            {str(k): v for k, v in choices.lanes.items()} or {"": self.tr("（无街巷）")},
            columns=4))
        self.add_field("note", self.tr("备注"), NoteField())

    def collect(self) -> GridEntry:
        f = self.fields
        return GridEntry(f["name"].value(), f["keeper_id"].value(),
                         f["building_ids"].value() - {""}, f["lane_ids"].value() - {""},
                         f["note"].value())

    def load(self, data: GridEntry) -> None:
        for name in ("name", "keeper_id", "building_ids", "lane_ids", "note"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: GridEntry) -> None:
        grids.grid_fields(data.data())

