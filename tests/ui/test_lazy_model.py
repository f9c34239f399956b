"""The id-based table model loads only the rows a screen shows."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from ui.common.lazy_model import PLACEHOLDER, LazyTableModel
from ui.common.table_model import Column


@dataclass(frozen=True)
class Row:
    id: int
    title: str


class QueuedRunner:
    """Stands in for the worker: runs a task when the test says so."""

    def __init__(self) -> None:
        self.queue: list = []

    def run(self, fn, on_done=None, on_error=None, on_progress=None):  # noqa: ANN001, ANN201
        self.queue.append((fn, on_done))

    def drain(self) -> None:
        while self.queue:
            fn, on_done = self.queue.pop(0)
            on_done(fn(None, None))


def make_model(calls: list[list[int]], runner: QueuedRunner) -> LazyTableModel:
    def fetch(_database, ids):  # noqa: ANN001, ANN202
        calls.append(list(ids))
        return [Row(i, f"问题 {i}") for i in ids]
    return LazyTableModel([Column("标题", lambda r: r.title)], runner, fetch, block=50)


def test_hundred_thousand_ids_fetch_only_visible_blocks(qapp) -> None:  # noqa: ANN001
    calls: list[list[int]] = []
    runner = QueuedRunner()
    model = make_model(calls, runner)
    model.set_ids(range(100_000, 0, -1))
    assert model.rowCount() == 100_000
    first = model.index(0, 0)
    assert model.data(first) == PLACEHOLDER
    assert model.data(model.index(10, 0)) == PLACEHOLDER  # same block: no second request
    far = model.index(70_000, 0)
    model.data(far)
    assert len(runner.queue) == 2
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    runner.drain()
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "问题 100000"
    assert model.data(far) == "问题 30000"
    assert sorted(changed) == [0, 70_000]
    assert [len(c) for c in calls] == [50, 50]


def test_answers_for_replaced_ids_are_dropped(qapp) -> None:  # noqa: ANN001
    calls: list[list[int]] = []
    runner = QueuedRunner()
    model = make_model(calls, runner)
    model.set_ids([1, 2, 3])
    model.data(model.index(0, 0))
    model.set_ids([7, 8])  # the filter changed before the first answer came back
    runner.drain()
    assert model.cache == {}
    assert model.data(model.index(0, 0)) == PLACEHOLDER
    runner.drain()
    assert model.data(model.index(1, 0)) == "问题 8"
