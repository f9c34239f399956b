"""The child process of the start-up benchmark: start, get ready, say READY, exit at once.

    python -m tests.benchmarks.startup_probe app DB     the app, logged in on DB
    python -m tests.benchmarks.startup_probe bare       a bare PySide6 100,000-row table
    python -m tests.benchmarks.startup_probe argon2     one Argon2 login hash, nothing else

The parent (test_startup.py) times process start → the READY line, which also carries
the child's peak resident memory (VmHWM). `app` goes the way a clerk does: main.py's argument
parsing and database choice, the main window opening the database on its worker, the
login dialog filled in and submitted; ready means logged in, the first page loaded and
the window painted. The child leaves with os._exit, so tear-down is not measured.
"""
from __future__ import annotations

import os
import sys

ROWS = 100_000
COLUMNS = 10
USERNAME, PASSWORD = "admin", "demo1234"  # models.users.DEMO_USERS / DEMO_PASSWORD
TIMEOUT_MS = 60_000


def peak_rss_kib() -> int:
    """This process's own high-water resident set (VmHWM). Not ru_maxrss: Linux carries the
    parent's high-water mark over fork and exec into the child's."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def _ready(argon2_kib: int = 0) -> None:
    sys.stdout.write(f"READY {peak_rss_kib()} {argon2_kib}\n")
    sys.stdout.flush()
    os._exit(0)


def _fail(reason: object) -> None:
    print(f"probe failed: {reason}", file=sys.stderr, flush=True)
    os._exit(1)


def run_app(database: str) -> None:
    import main  # noqa: PLC0415 - what `python main.py --db DB` imports first

    app, window = main.open_gui(main.build_parser().parse_args(["--db", database]))
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415

    class LogIn(QObject):
        """Types and submits at the moment the login dialog is shown: an instant clerk."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
            dialog = window.login_dialog
            if watched is dialog and event.type() == QEvent.Type.Show:
                app.removeEventFilter(self)
                dialog.username.setText(USERNAME)  # type: ignore[attr-defined]
                dialog.password.setText(PASSWORD)  # type: ignore[attr-defined]
                dialog.submit()  # type: ignore[attr-defined]
            return False

    def settled() -> None:
        if window.runner.busy:
            QTimer.singleShot(5, settled)
            return
        window.repaint()
        app.processEvents()
        _ready()

    window.ready.connect(settled)
    window.runner.open_failed.connect(_fail)
    log_in = LogIn(app)
    app.installEventFilter(log_in)
    QTimer.singleShot(TIMEOUT_MS, lambda: _fail("timed out"))
    app.exec()


def run_bare() -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QTableView  # noqa: PLC0415

    class Rows(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else ROWS

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else COLUMNS

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"第 {index.row() + 1} 行 {index.column() + 1} 列"
            return None

    app = QApplication(sys.argv[:1])
    view = QTableView()
    view.setModel(Rows(view))
    view.resize(1200, 760)
    view.show()

    def painted() -> None:
        view.repaint()
        app.processEvents()
        _ready()

    QTimer.singleShot(0, painted)
    app.exec()


def run_argon2() -> None:
    """Peak memory added by one login hash with the app's parameters (in KiB)."""
    from models.users import HASHER  # noqa: PLC0415

    before = peak_rss_kib()
    HASHER.verify(HASHER.hash(PASSWORD), PASSWORD)
    _ready(peak_rss_kib() - before)


def main(argv: list[str]) -> None:
    mode = argv[0] if argv else ""
    if mode == "app" and len(argv) == 2:
        run_app(argv[1])
    elif mode == "bare":
        run_bare()
    elif mode == "argon2":
        run_argon2()
    _fail(f"usage: {__doc__}")


if __name__ == "__main__":
    main(sys.argv[1:])
