"""The app shell: opens a database off the GUI thread, shows the overview, About, errors."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from models.paths import demo_database
from ui.shell.about import AboutDialog
from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES


def open_window(qtbot, target: str, demo: bool = False,
                credentials: tuple[str, str] | None = None) -> MainWindow:
    window = MainWindow(target, demo=demo, credentials=credentials)
    qtbot.addWidget(window)
    window.show()
    return window


def test_demo_database_created_and_overview_shown(qtbot) -> None:
    target = str(demo_database())
    window = open_window(qtbot, target, demo=True, credentials=("admin", "demo1234"))
    with qtbot.waitSignal(window.ready, timeout=120_000):  # creating the demo takes a while
        pass
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    home = window.pages[0]
    assert home.heading.text() == "兴文社区"
    assert home.figures["compounds"].text() == "5"
    assert int(home.figures["people"].text()) > 40
    assert "演示" in window.windowTitle()
    assert target in window.location_label.text()
    window.close()


def test_pages_are_created_when_first_shown_with_sidebar_title_and_icon(qtbot) -> None:
    window = open_window(qtbot, str(demo_database()), demo=True,
                         credentials=("admin", "demo1234"))
    with qtbot.waitSignal(window.ready, timeout=120_000):  # the demo is made afresh here
        pass
    assert window.pages[0] is not None and window.pages[1:] == [None] * (len(PAGES) - 1)
    for row, entry in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.pages[row]
        assert page is not None and window.stack.currentWidget() is page
        assert (window.nav.item(row).text(), entry.icon_name) == (page.title(), page.icon_name)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    window.close()


def test_about_names_database_and_backend(qtbot, sqlite_db) -> None:
    dialog = AboutDialog(sqlite_db)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(sqlite_db.path) in texts
    assert "SQLite 本机文件" in texts


def test_damaged_database_reported_and_kept(qtbot, tmp_path: Path, recorded_messages) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 100)
    window = open_window(qtbot, str(broken))
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=10_000)
    assert "已损坏" in recorded_messages.errors[0]
    assert broken.read_bytes() == b"this is not a database at all" * 100
    assert not window.nav.isEnabled()
    window.close()


def test_settings_dialog_saves_language_and_attachments_folder(qtbot, tmp_path: Path,
                                                               recorded_messages) -> None:
    from models.settings import load_settings  # noqa: PLC0415
    from ui.shell.settings_dialog import SettingsDialog  # noqa: PLC0415

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.attachments.setText(str(tmp_path / "shared"))
    dialog.save()
    saved = load_settings()
    assert (saved.language, saved.attachments_dir) == ("en", str(tmp_path / "shared"))
    assert saved.database_url == ""  # the default file stays the default
    assert recorded_messages.infos


def test_first_run_setup_creates_office_and_admin(qtbot, tmp_path: Path) -> None:
    from ui.shell.login import SetupDialog  # noqa: PLC0415

    window = open_window(qtbot, str(tmp_path / "new.db"))
    qtbot.waitUntil(lambda: isinstance(window.login_dialog, SetupDialog), timeout=10_000)
    dialog: SetupDialog = window.login_dialog
    for edit, text in ((dialog.street, "江北街道"), (dialog.community, "兴文社区"),
                       (dialog.admin_name, "王建国"), (dialog.password, "secret-123"),
                       (dialog.password_again, "secret-124")):
        edit.setText(text)
    dialog.submit()
    assert "不一致" in dialog.error.text()
    dialog.password_again.setText("secret-123")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        dialog.submit()
    assert window.context.actor.role == "admin"
    assert "王建国" in window.user_label.text()
    window.close()
