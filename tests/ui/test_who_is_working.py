"""Who is working: switching user without a restart; role-limited actions say why."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from tests.ui.helpers import idle, login
from ui.shell.backup_dialog import BackupDialog
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_copy: Path) -> MainWindow:
    return login(qtbot, demo_copy, "jingban")


def action(page, text: str):
    return next(a for a in page.toolbar.actions() if a.text() == text)


def drafts(page) -> list[int]:
    """Rows of the table (in view order) that are drafts."""
    return [r for r in range(page.proxy.rowCount())
            if not page.model.row(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).is_posted]


def test_clerk_switches_to_reviewer_who_posts_two_drafts_at_once(
        qtbot, window: MainWindow, recorded_messages) -> None:
    page = window.show_page("党建经费")
    idle(qtbot, window)
    post = action(page, "记账")
    assert not post.isEnabled() and "审核人" in post.toolTip()  # the clerk sees why
    backups = BackupDialog(window.context, window)
    qtbot.addWidget(backups)
    assert not backups.restore_button.isEnabled() and "管理员" in backups.restore_button.toolTip()
    idle(qtbot, window)
    window.switch_user()
    dialog = window.login_dialog
    assert dialog.isVisible() and not window.nav.isEnabled()
    dialog.username.setText("shenhe")
    dialog.password.setText("demo1234")
    with qtbot.waitSignal(window.ready, timeout=30_000):
        dialog.save_button.click()
    assert window.context.actor.username == "shenhe"
    assert "审核" in window.user_label.text()
    page = window.show_page("党建经费")
    idle(qtbot, window)
    assert action(page, "记账").isEnabled()
    rows = drafts(page)[:2]
    assert len(rows) == 2
    summaries = {page.model.row(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).id
                 for r in rows}
    for row in rows:
        page.table.selectionModel().select(
            page.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    action(page, "记账").trigger()
    assert recorded_messages.confirms and "2 张" in recorded_messages.confirms[-1]
    qtbot.waitUntil(lambda: all(r.is_posted for r in page.model.rows if r.id in summaries),
                    timeout=20_000)
    posted = [r for r in page.model.rows if r.id in summaries]
    assert len({r.voucher for r in posted}) == 2 and all(r.posted_by for r in posted)
    assert not recorded_messages.errors
