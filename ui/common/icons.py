"""qtawesome with only the icon font the app uses (Font Awesome 5 Solid, prefix fa5s).

qtawesome loads all of its eleven fonts (6 MB, about 20,000 charmap entries) at the first
icon. Limiting its font table to the one in use makes the first icon cheaper at start-up
and lets the frozen build leave the other fonts out (installer/gongjian.spec).

qtawesome itself is imported only here, when first asked for: its Qt wrappers (qtpy)
import every class of QtCore, QtGui and QtWidgets, which takes longer than Qt's own
import, so the main window loads it after the first paint (ui.shell.main_window).
"""
from __future__ import annotations

ICON_FONTS = ("fa5s",)  # every qta.icon name in ui/ starts with one of these


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
