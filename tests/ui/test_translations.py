"""Every user-visible string goes through Qt's translation system and has its English."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTranslator

from ui import i18n


def test_ts_file_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(i18n.TS_FILE, fresh)
    i18n.update(fresh)
    assert set(i18n.messages_of(fresh)) == set(i18n.messages_of(i18n.TS_FILE)), (
        "run `python -m ui.i18n update`, translate, then `python -m ui.i18n release`")


def test_every_string_has_an_english_translation() -> None:
    missing = i18n.unfinished()
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_compiled_qm_matches_the_ts_file(qapp) -> None:  # noqa: ANN001
    translator = QTranslator()
    assert translator.load(str(i18n.QM_FILE))
    for (context, source), english in i18n.messages_of(i18n.TS_FILE).items():
        assert translator.translate(context, source) == english, (context, source)
