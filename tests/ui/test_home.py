"""The home page says what to do today, and each line opens the records behind it."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from tests.ui.helpers import idle, login
from ui.issues.page import IssuesPage
from ui.issues.stats_page import StatsPage
from ui.shell.home import ITEM_ROLE, HomePage

RED = QColor("#c0392b")


def home_lines(window) -> dict[str, object]:
    home = window.pages[0]
    assert isinstance(home, HomePage)
    return {home.todo_list.item(i).text(): home.todo_list.item(i)
            for i in range(home.todo_list.count())}


def test_overdue_problems_in_red_open_the_ledger_filtered(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    idle(qtbot, window)
    lines = home_lines(window)
    overdue = next(line for text, line in lines.items() if "个问题已超期未办结" in text)
    assert overdue.foreground().color() == RED
    assert any(text.startswith("【备份】数据库尚未备份") for text in lines)  # a fresh copy
    count = int(re.search(r"(\d+) 个问题已超期", overdue.text())[1])
    window.pages[0].todo_list.itemClicked.emit(overdue)
    page = window.stack.currentWidget()
    assert isinstance(page, IssuesPage) and page.filter_bar.overdue.isChecked()
    idle(qtbot, window)
    assert page.model.rowCount() == count
    assert page.count_label.text() == f"共 {count} 条"
    window.close()


def test_a_letter_line_selects_its_problem(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    idle(qtbot, window)
    line = next(line for text, line in home_lines(window).items() if "督办函已过回复期限" in text)
    wanted = line.data(ITEM_ROLE).records[0]
    window.pages[0].open_item(line)
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.current_problem() is not None, timeout=10_000)
    assert page.current_problem().id == wanted
    assert page.current_problem().state not in ("resolved", "closed", "out_of_scope")
    window.close()


def test_drafts_line_shows_the_drafts(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "shenhe")
    idle(qtbot, window)
    line = next(line for text, line in home_lines(window).items() if "凭证草稿待审核记账" in text)
    count = int(re.search(r"(\d+) 张凭证草稿", line.text())[1])
    window.pages[0].open_item(line)
    idle(qtbot, window)
    page = window.stack.currentWidget()
    assert page.model.rowCount() == count
    assert {row.status for row in page.model.rows} == {"draft"}
    window.close()


def test_issue_statistics_add_up_on_screen(qtbot, demo_copy: Path) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page = window.show_page("统计分析")
    assert isinstance(page, StatsPage)
    idle(qtbot, window)
    text = re.sub(r"<[^>]+>", "", page.summary.text())
    numbers = {name: int(value)
               for name, value in re.findall(r"([\u4e00-\u9fff]+) (\d+) 件", text)}
    assert numbers["收集问题"] == numbers["已办结"] + numbers["未办结"] + numbers["未纳入"]
    assert numbers["收集问题"] > 0 and numbers["含待研判"] <= numbers["未办结"]
    window.close()
