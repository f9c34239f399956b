"""Font registration: Windows faces preferred, the bundled face always there, no surprises."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from reports.pdf.fonts import (
    BUNDLED_NAME,
    ROLES,
    bundled_font_path,
    find_faces,
    register_fonts,
)
from reports.pdf.text import Metrics


def test_bundled_face_is_registered_for_every_role_without_system_fonts(tmp_path: Path) -> None:
    fonts = register_fonts([tmp_path])  # an empty "Windows" font folder
    assert bundled_font_path().is_file()
    assert {fonts.name(role) for role in ROLES} == {BUNDLED_NAME}
    assert fonts.bold_is_synthetic
    face = pdfmetrics.getFont(BUNDLED_NAME).face
    assert b"WenQuanYi" in face.name
    assert Metrics(BUNDLED_NAME).width("中", 10) == pytest.approx(10)  # real CJK metrics


def test_registration_is_idempotent(tmp_path: Path) -> None:
    first = register_fonts([tmp_path])
    assert register_fonts([tmp_path]) is first
    assert register_fonts() is register_fonts()


def test_windows_faces_are_preferred_and_names_match_case_insensitively(tmp_path: Path) -> None:
    # Stand-ins for the Windows files: the bundled collection under Windows' names.
    shutil.copy(bundled_font_path(), tmp_path / "SIMSUN.TTC")
    shutil.copy(bundled_font_path(), tmp_path / "simhei.ttf")
    fonts = register_fonts([tmp_path])
    assert BUNDLED_NAME not in (fonts.song, fonts.hei)
    assert fonts.song != fonts.hei and not fonts.bold_is_synthetic
    assert fonts.title == fonts.hei  # no 小标宋 installed: titles in 黑体
    assert fonts.fangsong == fonts.kai == BUNDLED_NAME  # missing faces fall back
    assert dict(fonts.files)["song"].endswith("SIMSUN.TTC")
    assert fonts.song in pdfmetrics.getRegisteredFontNames()


def test_xiaobiaosong_is_preferred_for_titles(tmp_path: Path) -> None:
    for name in ("simhei.ttf", "FZXBSJW.TTF"):
        (tmp_path / name).write_bytes(b"")
    assert find_faces([tmp_path])["title"][0].name == "FZXBSJW.TTF"
    assert find_faces([tmp_path])["hei"][0].name == "simhei.ttf"


def test_unusable_font_file_falls_back_with_a_warning(tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "simfang.ttf").write_bytes(b"OTTO" + b"\0" * 64)  # CFF flavour / junk
    with caplog.at_level(logging.WARNING, logger="reports.pdf.fonts"):
        fonts = register_fonts([tmp_path])
    assert fonts.fangsong == BUNDLED_NAME
    assert "simfang.ttf" in caplog.text


def test_unknown_role_is_an_error() -> None:
    with pytest.raises(KeyError):
        register_fonts().name("wingdings")
