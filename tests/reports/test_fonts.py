"""Font registration: Windows faces preferred, the bundled face always there, no surprises."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from reports.pdf.fonts import (
    BUNDLED_NAME,
    BUNDLED_SANS_NAME,
    bundled_font_path,
    bundled_sans_path,
    find_faces,
    register_fonts,
)
from reports.pdf.text import Metrics


def test_bundled_face_is_registered_for_every_role_without_system_fonts(tmp_path: Path) -> None:
    fonts = register_fonts([tmp_path])  # an empty "Windows" font folder
    assert bundled_font_path().is_file() and bundled_sans_path().is_file()
    # A serif (AR PL SungtiL GB) for 宋, 仿宋, 楷 and titles; the sans only for 黑体.
    assert {fonts.song, fonts.fangsong, fonts.kai, fonts.title} == {BUNDLED_NAME}
    assert fonts.hei == BUNDLED_SANS_NAME
    assert not fonts.bold_is_synthetic and fonts.title_stroke  # no 小标宋: stroked 宋
    assert pdfmetrics.getFont(BUNDLED_NAME).face.familyName == b"AR PL SungtiL GB"
    assert b"WenQuanYi" in pdfmetrics.getFont(BUNDLED_SANS_NAME).face.name
    assert Metrics(BUNDLED_NAME).width("中", 10) == pytest.approx(10)  # real CJK metrics
    # Half-width digits: 〔2026〕12号 is six characters wide.
    assert Metrics(BUNDLED_NAME).width("〔2026〕12号", 16) == pytest.approx(16 * 6)


def test_registration_is_idempotent(tmp_path: Path) -> None:
    first = register_fonts([tmp_path])
    assert register_fonts([tmp_path]) is first
    assert register_fonts() is register_fonts()


def test_windows_faces_are_preferred_and_names_match_case_insensitively(tmp_path: Path) -> None:
    # Stand-ins for the Windows files: the bundled collection under Windows' names.
    shutil.copy(bundled_font_path(), tmp_path / "SIMSUN.TTC")
    shutil.copy(bundled_sans_path(), tmp_path / "simhei.ttf")
    fonts = register_fonts([tmp_path])
    assert fonts.song not in (BUNDLED_NAME, BUNDLED_SANS_NAME)
    assert fonts.hei not in (BUNDLED_NAME, BUNDLED_SANS_NAME)
    assert fonts.song != fonts.hei and not fonts.bold_is_synthetic
    # No 仿宋, 楷 or 小标宋 installed: the system 宋体 stands in, the title stroked.
    assert fonts.fangsong == fonts.kai == fonts.title == fonts.song
    assert fonts.title_stroke
    assert dict(fonts.files)["song"].endswith("SIMSUN.TTC")
    assert fonts.song in pdfmetrics.getRegisteredFontNames()


def test_xiaobiaosong_is_preferred_for_titles(tmp_path: Path) -> None:
    for name in ("simhei.ttf", "FZXBSJW.TTF"):
        (tmp_path / name).write_bytes(b"")
    assert find_faces([tmp_path])["title"][0].name == "FZXBSJW.TTF"
    assert find_faces([tmp_path])["hei"][0].name == "simhei.ttf"


def test_real_xiaobiaosong_is_not_stroked(tmp_path: Path) -> None:
    shutil.copy(bundled_font_path(), tmp_path / "fzxbsjw.ttf")
    fonts = register_fonts([tmp_path])
    assert fonts.title not in (BUNDLED_NAME, fonts.song) and not fonts.title_stroke


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
