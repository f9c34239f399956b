"""`python main.py screenshot --out DIR`: every main page rendered offscreen to PNG."""
from __future__ import annotations

import gc
import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def _wait(app, condition, timeout_ms: int = 30_000) -> bool:
    loop = QEventLoop()
    waited = 0
    while not condition() and waited < timeout_ms:
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    app.processEvents()
    return condition()


def _settled_grab(app, runner, widget):
    """Grab `widget` once everything its painting asked for has arrived.

    Painting itself can ask for data (the ledger's lazy rows are fetched when first
    painted), so grab, and while that started work, wait for it and grab again."""
    _wait(app, lambda: not runner.busy)
    image = widget.grab()
    for _attempt in range(10):
        app.processEvents()
        if not runner.busy:
            break
        _wait(app, lambda: not runner.busy)
        image = widget.grab()
    return image


def render_pages(database_url: str, out: Path, *, demo: bool = False,
                 credentials: tuple[str, str] | None = None,
                 size: tuple[int, int] = (1280, 800), language: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import make_application  # noqa: PLC0415
    from ui.shell.main_window import MainWindow  # noqa: PLC0415

    app = make_application(language)
    gc.disable()  # see ui.app.collect_garbage_when_idle
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(database_url, demo=demo, credentials=credentials)
    window.show()
    window.resize(*size)  # after show: not the size a clerk's last session left
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.runner.open_failed.connect(lambda exc: ready.append(False))
    if not _wait(app, lambda: bool(ready)) or not ready[0]:
        window.close()
        raise RuntimeError("database did not open")
    written = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.page_at(row)
        path = out / f"{row + 1:02d}-{page.objectName() or type(page).__name__}.png"
        _settled_grab(app, window.runner, window).save(str(path))
        written.append(path)
        for index, (name, dialog) in enumerate(page.screenshot_dialogs()):
            dialog.show()
            dialog_path = out / f"{row + 1:02d}-{index + 1}-{name}.png"
            _settled_grab(app, window.runner, dialog).save(str(dialog_path))
            dialog.close()
            written.append(dialog_path)
    window.close()
    return written
