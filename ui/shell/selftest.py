"""`gongjian-cli selftest --db DB --out DIR`: what a frozen build must carry, checked inside it.

installer/build.py runs it on the frozen program after `demo`, `check`, `backup` and
`report`: the bundled CJK face loads, our translations and Qt's own zh_CN catalogue are
found, keyring's back ends came along (and on Windows, Credential Manager is the one in
use), the database is at the head revision of the shipped migrations, and every page
renders (PNG files in DIR). A bundle that lost data files fails here, not on a clerk's PC.
"""
from __future__ import annotations

import sys
from pathlib import Path

QT_CATALOGUE = "qtbase_zh_CN"


def _fonts() -> list[str]:
    from PySide6.QtGui import QFontDatabase  # noqa: PLC0415

    from ui.app import BUNDLED_FONT  # noqa: PLC0415

    if "WenQuanYi Micro Hei" not in QFontDatabase.families():
        return [f"bundled font not loaded: {BUNDLED_FONT}"]
    return []


def _translations() -> list[str]:
    from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: PLC0415

    from ui.app import TRANSLATIONS  # noqa: PLC0415

    problems = []
    if not QTranslator().load(str(TRANSLATIONS / "gongjian_en.qm")):
        problems.append(f"gongjian_en.qm missing in {TRANSLATIONS}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(QT_CATALOGUE, qt_folder):
        problems.append(f"{QT_CATALOGUE}.qm missing in {qt_folder}")
    return problems


def _keyring() -> list[str]:
    from models.secrets import keyring_available  # noqa: PLC0415

    available, backend = keyring_available()
    if sys.platform == "win32":
        return [] if available and backend == "WinVaultKeyring" else [
            f"Windows Credential Manager not in use (keyring back end: {backend})"]
    try:
        import keyring.backends.SecretService  # noqa: F401, PLC0415
    except ImportError as exc:
        return [f"keyring's Secret Service back end missing: {exc}"]
    return []


def _schema(database: str) -> list[str]:
    from models.check import check_database  # noqa: PLC0415

    report = check_database(database)
    return list(report.problems) + [note for note in report.notes if "版本" in note]


def run(database: str, out: Path) -> list[str]:
    """Every problem found (empty when the build is whole); page images go to `out`."""
    from ui.app import make_application  # noqa: PLC0415
    from ui.shell.pages import PAGES  # noqa: PLC0415
    from ui.shell.screenshot import render_pages  # noqa: PLC0415

    make_application("zh_CN")
    problems = _fonts() + _translations() + _keyring() + _schema(database)
    shots = render_pages(database, out, credentials=("admin", "demo1234"))
    pages = {path.name[:2] for path in shots}  # "03-…png", "03-1-…png": page 3 and its dialog
    if len(pages) < len(PAGES):
        problems.append(f"{len(pages)} of {len(PAGES)} pages rendered")
    return problems
