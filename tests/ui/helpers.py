"""What UI tests do again and again: log in on a demo copy, wait for the worker."""
from __future__ import annotations

from pathlib import Path

from ui.shell.main_window import MainWindow


def login(qtbot, path: Path, username: str) -> MainWindow:
    """A main window on `path`, logged in as a demo user (password demo1234)."""
    window = MainWindow(str(path), credentials=(username, "demo1234"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    return window


def idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def type_text(qtbot, widget, text: str) -> None:
    """Types `text` into `widget` as a clerk would: ASCII as key presses, Chinese as the
    input method commits it (QTest cannot press keys for characters outside ASCII)."""
    from PySide6.QtGui import QInputMethodEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
