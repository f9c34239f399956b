"""What UI tests do again and again: log in on a demo copy, wait for the worker."""
from __future__ import annotations

from pathlib import Path

from ui.shell.main_window import MainWindow


def login(qtbot, path: Path, username: str) -> MainWindow:  # noqa: ANN001
    """A main window on `path`, logged in as a demo user (password demo1234)."""
    window = MainWindow(str(path), credentials=(username, "demo1234"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    return window


def idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
