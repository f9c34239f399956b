"""The id-based table model loads only the rows a screen shows, and heals a failed block."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from models.errors import UserError
from ui.common import lazy_model
from ui.common.context import AppContext
from ui.common.lazy_model import PLACEHOLDER, LazyTableModel, failed_text
from ui.common.table_model import Column


@dataclass(frozen=True)
class Row:
    id: int
    title: str


class FakeDatabase:
    @contextmanager
    def read_session(self) -> Iterator[None]:
        yield None


class QueuedRunner:
    """Stands in for the worker: runs a task when the test says so."""

    def __init__(self) -> None:
        self.queue: list = []

    def run(self, fn, on_done=None, on_error=None, on_progress=None):  # noqa: ANN001, ANN201
        self.queue.append((fn, on_done, on_error))

    def drain(self) -> None:
        while self.queue:
            fn, on_done, on_error = self.queue.pop(0)
            try:
                result = fn(FakeDatabase(), None)
            except Exception as exc:  # noqa: BLE001 - handed on like the real worker
                on_error(exc)
            else:
                on_done(result)


def make_model(calls: list[list[int]], runner: QueuedRunner,
               fail: list[bool] | None = None) -> LazyTableModel:
    def fetch(_session, ids):  # noqa: ANN001, ANN202
        calls.append(list(ids))
        if fail:
            fail.pop()
            raise UserError("record.missing", entity="问题", id=1)
        return [Row(i, f"问题 {i}") for i in ids]
    context = AppContext(runner)  # type: ignore[arg-type]
    return LazyTableModel([Column("标题", lambda r: r.title)], context, fetch, block=50)


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


def test_a_failed_block_shows_the_error_and_is_fetched_again(
        qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    calls: list[list[int]] = []
    runner = QueuedRunner()
    model = make_model(calls, runner, fail=[True])
    model.set_ids([1, 2, 3])
    model.data(model.index(0, 0))
    runner.drain()
    assert model.data(model.index(0, 0)) == failed_text()
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)  # the reason, in words
    model.data(model.index(1, 0))
    assert runner.queue == []  # not hammered: no new request before the pause is over
    monkeypatch.setattr(lazy_model, "RETRY_MS", 0)
    model.data(model.index(1, 0))
    runner.drain()
    assert model.data(model.index(1, 0)) == "问题 2"
    assert len(calls) == 2


def test_a_replaced_runner_is_used_for_the_next_block(qapp) -> None:  # noqa: ANN001
    calls: list[list[int]] = []
    old, new = QueuedRunner(), QueuedRunner()
    model = make_model(calls, old)
    model.context.replace_runner(new)  # type: ignore[arg-type]
    model.set_ids([5])
    model.data(model.index(0, 0))
    assert old.queue == [] and len(new.queue) == 1
    new.drain()
    assert model.data(model.index(0, 0)) == "问题 5"
