"""The operation layer: the one way from a screen to the database.

A write refreshes the pages that show what it changed and no other; a replaced runner
(the database reopened) serves every page; screenshots wait for the rows painting asked
for; and no screen reaches the worker or opens a session by hand.
"""
from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QApplication

from models.registry.people import PersonData, create_person
from tests.ui.helpers import idle, login
from ui.common.changes import Kind
from ui.common.lazy_model import PLACEHOLDER
from ui.common.operations import WriteOp
from ui.common.tasks import TaskRunner
from ui.issues.page import IssuesPage
from ui.shell.opening import database_opener
from ui.shell.screenshot import _settled_grab

UI = Path(__file__).resolve().parents[2] / "ui"
# Where the worker and sessions may be touched: the operation layer itself, and the
# report helper that builds a report's figures in one read session.
ALLOWED = {"common/operations.py", "common/tasks.py", "common/pdf_preview.py"}
TIMEOUT = 15_000


def _visible_rows(page: IssuesPage) -> range:
    table = page.table
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    last = page.model.rowCount() - 1 if last < 0 else last
    return range(first, last + 1)


def test_a_write_refreshes_the_pages_that_show_its_kind(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    issues_page = window.show_page("问题台账")  # made now, hidden below
    people_page = window.show_page("人员")
    idle(qtbot, window)
    calls: dict[str, int] = {"people": 0, "issues": 0}
    for name, page in (("people", people_page), ("issues", issues_page)):
        original = page.refresh

        def counting(original=original, name=name) -> None:
            calls[name] += 1
            original()
        page.refresh = counting  # type: ignore[method-assign]
    community = window.context.community_id
    WriteOp(window.context, parent=people_page, changes={Kind.PEOPLE},
            op=lambda session, actor: create_person(session, actor, community,
                                                    PersonData(name="操作层测试"))).run()
    qtbot.waitUntil(lambda: any(r.name == "操作层测试" for r in people_page.model.rows),
                    timeout=TIMEOUT)
    assert calls == {"people": 1, "issues": 0}


def test_pages_use_the_runner_that_replaced_the_old_one(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    idle(qtbot, window)
    old = window.runner
    old.shutdown()  # as when the database is reopened (e.g. after asking for a password)
    replacement = TaskRunner(database_opener(str(demo_copy)), window)
    with qtbot.waitSignal(replacement.opened, timeout=TIMEOUT):
        window.context.replace_runner(replacement)
    page = window.show_page("问题台账")
    assert isinstance(page, IssuesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) != PLACEHOLDER,
                    timeout=TIMEOUT)
    assert page.model.loaded(0) is not None


def test_screenshot_waits_for_the_rows_painting_asked_for(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = window.show_page("问题台账")
    assert isinstance(page, IssuesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    page.model.invalidate(list(page.model.ids))  # nothing cached: painting must ask
    _settled_grab(QApplication.instance(), window.runner, window)
    rows = _visible_rows(page)
    assert len(rows) > 5
    assert all(page.model.loaded(row) is not None for row in rows)


def _worker_calls(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        owner = func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if func.attr == "run" and owner_name == "runner":
            found.append(f"line {node.lineno}: runner.run")
        if func.attr in {"session", "read_session"}:
            found.append(f"line {node.lineno}: .{func.attr}()")
    return found


def test_no_screen_builds_worker_closures_by_hand() -> None:
    offenders = {}
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative in ALLOWED:
            continue
        calls = _worker_calls(ast.parse(path.read_text(encoding="utf-8")))
        if calls:
            offenders[relative] = calls
    assert offenders == {}, "use ui.common.operations (ReadOp/WriteOp/JobOp) instead"


def test_the_check_itself_finds_a_hand_built_closure() -> None:
    source = ("def load(database, _p):\n    with database.read_session() as s:\n"
              "        return 1\nself.context.runner.run(load, print)\n")
    assert len(_worker_calls(ast.parse(source))) == 2
