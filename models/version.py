"""The application version, shown in About: read from pyproject.toml, the one place it is set.

The frozen build ships pyproject.toml beside the modules (installer/gongjian.spec), and
installer/build.py writes the same number into the executables' version resource and the
installer.
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def _read_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


__version__ = _read_version()
