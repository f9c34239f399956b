"""Icons: qtawesome with only the icon font the app uses (Font Awesome 5 Solid, prefix
fa5s), and the sidebar's icons as ready-made pictures.

qtawesome loads all of its eleven fonts (6 MB, about 20,000 charmap entries) at the first
icon. Limiting its font table to the one in use makes the first icon cheaper and lets the
frozen build leave the other fonts out (installer/gongjian.spec).

qtawesome itself is imported only when first asked for: its Qt wrappers (qtpy) import every
class of QtCore, QtGui and QtWidgets, which takes longer than Qt's own import. The sidebar,
drawn at start-up, therefore shows PNG files rendered from the same qtawesome icons
(resources/icons/nav, made by `python -m ui.common.icons`; tests/ui/test_start_up.py checks
that every page has them); qtawesome loads when a page that uses it is first shown.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_FONTS = ("fa5s",)  # every qta.icon name in ui/ starts with one of these
NAV_COLOUR = "#3a6ea5"
NAV_SIZE = 20  # logical pixels; the picture is drawn at 1× and 2× (HiDPI)
NAV_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons" / "nav"
if getattr(sys, "frozen", False):  # PyInstaller one-dir build
    NAV_FOLDER = Path(getattr(sys, "_MEIPASS", ".")) / "resources" / "icons" / "nav"


def icon_font_files() -> set[str]:
    """The .ttf and charmap .json files of ICON_FONTS, as named in qtawesome's folder."""
    import qtawesome  # noqa: PLC0415 - see the module docstring

    return {name for prefix, *files in qtawesome._BUNDLED_FONTS
            if prefix in ICON_FONTS for name in files}


def use_app_icon_fonts() -> None:
    """Call before the first qta.icon(): qtawesome reads the table when it first loads."""
    import qtawesome  # noqa: PLC0415 - see the module docstring

    qtawesome._BUNDLED_FONTS = tuple(
        font for font in qtawesome._BUNDLED_FONTS if font[0] in ICON_FONTS)


def nav_files(name: str) -> list[Path]:
    """The 1× and 2× pictures of the qtawesome icon `name` (e.g. fa5s.home)."""
    return [NAV_FOLDER / f"{name}.png", NAV_FOLDER / f"{name}@2x.png"]


def nav_icon(name: str) -> QIcon:
    icon = QIcon()
    for scale, path in enumerate(nav_files(name), start=1):
        icon.addFile(str(path), QSize(NAV_SIZE * scale, NAV_SIZE * scale))
    return icon


def render_nav_icons(names: list[str]) -> list[Path]:
    """Draw the sidebar pictures with qtawesome (needs a QApplication)."""
    use_app_icon_fonts()
    import qtawesome as qta  # noqa: PLC0415

    NAV_FOLDER.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        icon = qta.icon(name, color=NAV_COLOUR)
        for scale, path in enumerate(nav_files(name), start=1):
            side = NAV_SIZE * scale
            icon.pixmap(QSize(side, side)).save(str(path), "PNG")
            written.append(path)
    return written


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from ui.shell.pages import PAGES

    application = QApplication(sys.argv[:1])
    for path in render_nav_icons(sorted({entry.icon_name for entry in PAGES})):
        print(path.relative_to(NAV_FOLDER.parents[2]))
