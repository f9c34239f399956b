"""QApplication set-up: fonts, translations, style, and the main window.

Start-up order (issue 12): the database is already opening on its own thread
(ui.shell.opening.EarlyOpening, started by main.open_gui before Qt loads); here only what
the first paint needs happens before the window is shown. The icon font (qtawesome, whose
Qt wrappers take longer to import than Qt itself) and the pages' modules load while the
database opens or the password is checked (ui.shell.main_window)."""
from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from models.settings import load_settings
from ui.common import error_hook

if TYPE_CHECKING:
    from models.db import Database
    from ui.shell.main_window import MainWindow

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
if getattr(sys, "frozen", False):  # PyInstaller one-dir build
    RESOURCES = Path(getattr(sys, "_MEIPASS", ".")) / "resources"
BUNDLED_FONT = RESOURCES / "fonts" / "wqy-microhei.ttc"
TRANSLATIONS = RESOURCES / "translations"
# Preferred faces in order: Windows' own UI face first, the bundled face as the fallback.
UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"]

GC_INTERVAL_MS = 30_000
log = logging.getLogger(__name__)


def register_fonts() -> list[str]:
    """Load the bundled CJK face so Chinese renders on a machine without CJK fonts."""
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not bundled:
        log.warning("bundled font %s could not be loaded", BUNDLED_FONT)
    families = [f for f in UI_FAMILIES if f in QFontDatabase.families()] + bundled
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(10)
    QApplication.setFont(font)
    return families


def qt_catalogue_folders() -> list[Path]:
    """Where Qt's own catalogue may be: the bundled resources first (the frozen app),
    then PySide6's translations folder."""
    return [TRANSLATIONS, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def install_qt_chinese(app: QCoreApplication) -> QTranslator | None:
    """Qt's own texts (OK, Cancel, Close, the right-click menus of text fields) in
    Chinese, from qtbase_zh_CN.qm."""
    translator = QTranslator(app)
    for folder in qt_catalogue_folders():
        if translator.load("qtbase_zh_CN", str(folder)):
            app.installTranslator(translator)
            return translator
    log.warning("Qt's Chinese catalogue qtbase_zh_CN.qm not found")
    return None


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Chinese is the source language (plus Qt's own Chinese catalogue); any other
    language loads its .qm file."""
    if language.startswith("zh"):
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return install_qt_chinese(app)
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"gongjian_{language}.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return translator
    log.warning("translation %s not found", language)
    return None


def make_application(language: str | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Gongjian")
    app.setApplicationDisplayName("共建台账")
    app.setOrganizationName("Gongjian")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "gongjian.ico")))
    register_fonts()
    install_translator(app, language or load_settings().language)
    return app  # type: ignore[return-value]


def collect_garbage_when_idle(window: object) -> QTimer:
    """Python's cyclic GC may run at any allocation, on the GUI thread, and free Qt
    objects while the worker thread is busy; PySide can crash on that. As Anki does,
    switch automatic collection off and collect on the GUI thread when the worker is idle."""
    gc.disable()
    timer = QTimer(window)  # type: ignore[arg-type]
    timer.setInterval(GC_INTERVAL_MS)
    timer.timeout.connect(lambda: None if window.runner.busy else gc.collect())  # type: ignore[attr-defined]
    timer.start()
    return timer


def open_main_window(database_url: str, *, demo: bool = False,
                     opening: Callable[[], Database] | None = None,
                     ) -> tuple[QApplication, MainWindow]:
    """The application and its shown main window; `opening` is the database already on its
    way (main.open_gui), else the worker opens it."""
    error_hook.setup_logging()
    app = make_application()
    error_hook.install()
    from ui.shell.main_window import MainWindow  # noqa: PLC0415 - after the QApplication exists

    window = MainWindow(database_url, demo=demo, opener=opening)
    collect_garbage_when_idle(window)
    window.show()
    return app, window
