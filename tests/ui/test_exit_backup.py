"""Exit is quick: the backup on exit shows its progress and the window keeps painting."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from models import backup
from tests.ui.helpers import idle, login


def test_backup_on_exit_keeps_the_window_responsive(qtbot, demo_copy: Path,
                                                    monkeypatch) -> None:
    window = login(qtbot, demo_copy, "jingban")
    idle(qtbot, window)
    calls: list[float] = []
    real = backup.backup_if_due

    def slow_backup(database):
        calls.append(time.monotonic())
        time.sleep(1.5)  # a large database on a slow disk
        return real(database)
    monkeypatch.setattr(backup, "backup_if_due", slow_backup)
    ticks: list[float] = []
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        ticks.append(time.monotonic())
        seen.extend(d.labelText() for d in window.findChildren(QProgressDialog)
                    if d.isVisible())
    timer.timeout.connect(tick)
    timer.start()
    started = time.monotonic()
    window.close()
    timer.stop()
    assert len(calls) == 1 and time.monotonic() - started >= 1.5
    assert len(ticks) >= 15  # the GUI thread kept handling events during the backup
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.5
    assert "正在备份数据库…" in seen
    assert not window.isVisible()
    folder = backup.backup_folder(window.runner.database.engine.url)
    assert len(backup.list_backups(folder)) == 1
