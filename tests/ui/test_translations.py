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


def test_english_chosen_in_settings_changes_the_window(qtbot, qapp, sqlite_db) -> None:  # noqa: ANN001
    from models.settings import Settings, load_settings, save_settings
    from ui.app import install_translator
    from ui.shell.main_window import MainWindow

    save_settings(Settings(language="en"))
    translator = install_translator(qapp, load_settings().language)
    assert translator is not None
    try:
        window = MainWindow(str(sqlite_db.path))
        qtbot.addWidget(window)
        assert window.windowTitle() == "Gongjian"
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Compounds" in titles or "Compound" in titles
        window.close()
    finally:
        qapp.removeTranslator(translator)
