"""Every printed document is tested on the bundled faces and on (stand-in) Windows faces.

The CI machine has no Windows fonts, so the "system" variant is a folder laid out like
%WINDIR%\\Fonts holding copies of the bundled files under the Windows names (仿宋 simfang,
宋体 simsun, 黑体 simhei, 楷体 simkai, 方正小标宋): the lookup, the registration under a
separate name and every layout rule then run on the system path, only the outlines differ.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reports.pdf.fonts import FontSet, bundled_font_path, bundled_sans_path, register_fonts

STAND_INS = {"simfang.ttf": bundled_font_path, "SIMSUN.TTC": bundled_font_path,
             "simkai.ttf": bundled_font_path, "FZXBSJW.TTF": bundled_font_path,
             "simhei.ttf": bundled_sans_path}


@pytest.fixture(scope="session")
def windows_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("windows")
    (root / "Fonts").mkdir()
    for name, source in STAND_INS.items():
        shutil.copyfile(source(), root / "Fonts" / name)
    return root


@pytest.fixture(params=["bundled", "system"])
def faces(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
          windows_root: Path) -> Iterator[FontSet]:
    """The font set every render in the test uses: bundled only, or the Windows faces."""
    for variable in ("WINDIR", "SystemRoot", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    if request.param == "system":
        monkeypatch.setenv("WINDIR", str(windows_root))
    yield register_fonts()
