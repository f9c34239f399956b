"""The home page's to-do list gathers every module's items, most urgent first."""
from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator

import pytest

from models.db import Database
from models.todo import TodoItem, Urgency, collect

TODAY = dt.date(2026, 11, 30)


def _provider(name: str, items: list[TodoItem] | None) -> types.ModuleType:
    module = types.ModuleType(name)

    def todo(session: object, today: dt.date) -> list[TodoItem]:
        if items is None:
            raise RuntimeError("damaged table")
        return items

    module.todo = todo  # type: ignore[attr-defined]
    return module


@pytest.fixture
def providers() -> Iterator[tuple[str, str]]:
    late = TodoItem("问题台账", "2 个问题已超期", Urgency.OVERDUE, "IssuesPage", 2,
                    dt.date(2026, 11, 20))
    soon = TodoItem("业主共同决定", "表决 12 月 3 日截止", Urgency.DUE_SOON, "VotesPage", None,
                    dt.date(2026, 12, 3))
    hint = TodoItem("备份", "已 9 天未备份", Urgency.REMINDER, "HomePage", 9)
    sys.modules["fake_todo_a"] = _provider("fake_todo_a", [hint, soon])
    sys.modules["fake_todo_b"] = _provider("fake_todo_b", [late])
    sys.modules["fake_todo_broken"] = _provider("fake_todo_broken", None)
    yield ("fake_todo_a", "fake_todo_b")
    for name in ("fake_todo_a", "fake_todo_b", "fake_todo_broken"):
        del sys.modules[name]


def test_items_from_all_modules_most_urgent_first(sqlite_db: Database,
                                                  providers: tuple[str, str]) -> None:
    with sqlite_db.session() as session:
        items = collect(session, TODAY, providers)
    assert [item.text for item in items] == [
        "2 个问题已超期", "表决 12 月 3 日截止", "已 9 天未备份"]


def test_a_failing_module_shows_one_item_and_hides_nobody(sqlite_db: Database,
                                                          providers: tuple[str, str]) -> None:
    with sqlite_db.session() as session:
        items = collect(session, TODAY, ("fake_todo_broken", *providers))
    assert len(items) == 4
    assert [item.key for item in items if item.key.startswith("failed:")] == [
        "failed:fake_todo_broken"]
    failed = next(item for item in items if item.key == "failed:fake_todo_broken")
    assert failed.text == "待办事项读取失败，请运行“检查数据库”"
