"""What a clerk arranged stays arranged: each table's column widths, order and sort, and
each window's size and position, remembered between sessions.

Kept with Qt's own QSettings, in an .ini file in the config folder (beside
settings.json, which holds the choices a clerk makes in the settings dialog). Keys are
the page's or dialog's class name, so each page remembers its own. A table's state is
stored per column count: a version that adds a column starts from its defaults.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from models.paths import config_dir


def settings() -> QSettings:
    return QSettings(str(config_dir() / "view-state.ini"), QSettings.Format.IniFormat)


def _table_key(key: str, header: QHeaderView) -> str:
    return f"tables/{key}-{header.count()}"


def restore_table(table: QTableView, key: str) -> bool:
    """The remembered widths, order and sort indicator of `table`; False if none."""
    header = table.horizontalHeader()
    state = settings().value(_table_key(key, header))
    if not isinstance(state, QByteArray | bytes) or not header.restoreState(QByteArray(state)):
        return False
    if table.isSortingEnabled():
        table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
    return True


def remember_table(table: QTableView, key: str) -> bool:
    """Restore `table`'s arrangement, then save it whenever the clerk changes it."""
    header = table.horizontalHeader()
    restored = restore_table(table, key)

    def save(*_args: object) -> None:
        settings().setValue(_table_key(key, header), header.saveState())
    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
    return restored


class GeometryKeeper(QObject):
    """Installed on a window: restores its size and position when first shown and saves
    them when it is hidden (closed)."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self.key = f"windows/{key}"
        self._restored = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        # A window being destroyed can still send Hide to a keeper whose Python side is
        # already gone (its attributes cleared): then there is nothing to save.
        if not isinstance(watched, QWidget) or not hasattr(self, "_restored"):
            return False
        if event.type() == QEvent.Type.Show and not self._restored:
            self._restored = True
            state = settings().value(self.key)
            if isinstance(state, QByteArray | bytes):
                watched.restoreGeometry(QByteArray(state))
        elif event.type() == QEvent.Type.Hide and self._restored:
            settings().setValue(self.key, watched.saveGeometry())
        return False


def keep_geometry(window: QWidget, key: str | None = None) -> GeometryKeeper:
    return GeometryKeeper(window, key or type(window).__name__)
