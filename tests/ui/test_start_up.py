"""Start-up order (issue 12): the database opens on its own thread from the first moment;
the clerk still meets the same login, sidebar and overview, and the same refusals."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from models.errors import DatabaseUnavailable
from ui.shell.main_window import MainWindow
from ui.shell.opening import EarlyOpening, prepare_first_screen
from ui.shell.pages import PAGES


def test_a_damaged_file_is_refused_by_the_early_opening_and_left_as_it_was(
        tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 200)
    opening = EarlyOpening(str(broken))
    with pytest.raises(DatabaseUnavailable) as refused:
        opening()
    assert "已损坏" in refused.value.message
    assert broken.read_bytes() == b"not a database" * 200


def test_logged_in_over_the_early_opening_with_sidebar_icons_and_overview(
        qtbot, demo_copy: Path) -> None:
    window = MainWindow(str(demo_copy), credentials=("admin", "demo1234"),
                        opener=EarlyOpening(str(demo_copy), prepare=prepare_first_screen))
    qtbot.addWidget(window)
    window.show()
    assert not window.nav.isEnabled()  # nobody has logged in yet
    with qtbot.waitSignal(window.ready, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert window.nav.isEnabled()
    assert all(not window.nav.item(row).icon().isNull() for row in range(len(PAGES)))
    home = window.pages[0]
    assert home is not None and window.stack.currentWidget() is home
    assert home.figures["compounds"].text() == "5"  # type: ignore[attr-defined]
    window.close()


def test_a_wrong_password_is_answered_in_the_dialog_while_the_first_screen_is_prepared(
        qtbot, demo_copy: Path) -> None:
    window = MainWindow(str(demo_copy), demo=True,
                        opener=EarlyOpening(str(demo_copy), prepare=prepare_first_screen))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.login_dialog is not None and window.login_dialog.isVisible(),
                    timeout=60_000)
    dialog = window.login_dialog
    dialog.username.setText("admin")  # type: ignore[union-attr]
    dialog.password.setText("not-the-password")  # type: ignore[union-attr]
    dialog.save_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=30_000)  # type: ignore[union-attr]
    assert "密码" in dialog.error.text()  # type: ignore[union-attr]
    assert not window.nav.isEnabled() and not window.context.actor.username
    assert dialog.password.text() == ""  # type: ignore[union-attr]
    window.close()


def test_the_first_screen_is_prepared_only_once_the_window_asks(demo_copy: Path) -> None:
    """While the login dialog is being made the opening thread leaves Python's lock to the
    GUI; it imports the home page's models once the window has asked who is working."""
    prepared = threading.Event()
    opening = EarlyOpening(str(demo_copy), prepare=lambda _database: prepared.set())
    opening().dispose()
    assert not prepared.wait(0.3)
    opening.prepare_now()
    assert prepared.wait(30)


# A fresh interpreter imports what the login needs, then the most the opening thread may
# prepare while the worker may already query; SQLAlchemy configures the mappers after each class.
CONFIGURE_AT_EVERY_STEP = """
from sqlalchemy import event
from sqlalchemy.orm import Mapper, configure_mappers

steps = []

@event.listens_for(Mapper, "after_mapper_constructed")
def configure_now(mapper, cls):
    configure_mappers()
    steps.append(cls.__name__)

import importlib
import models.users
from models import todo
from ui.shell.opening import FIRST_SCREEN_MODELS
for name in FIRST_SCREEN_MODELS:
    importlib.import_module(name)
todo.load_providers()  # the most the opening thread may import: every provider
print(len(steps), "Problem" in steps, "OwnerVote" in steps)
"""


def test_the_worker_may_query_at_any_moment_of_preparing_the_first_screen() -> None:
    """The worker's login queries may make SQLAlchemy configure the mappers while the
    opening thread is still importing the home page's models (ui.shell.opening): every
    state in between must configure, or the login would fail with a mapping error."""
    done = subprocess.run([sys.executable, "-c", CONFIGURE_AT_EVERY_STEP],
                          capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2], check=False)
    assert done.returncode == 0, done.stderr
    count, problem, vote = done.stdout.split()
    assert int(count) > 50 and problem == vote == "True"


def test_every_page_has_its_sidebar_pictures_at_both_scales(qapp) -> None:
    """Rendered from qtawesome by `python -m ui.common.icons`; a new page needs its own."""
    from PySide6.QtGui import QImage  # noqa: PLC0415

    from ui.common.icons import nav_files  # noqa: PLC0415

    for entry in PAGES:
        small, large = (QImage(str(path)) for path in nav_files(entry.icon_name))
        assert (small.width(), large.width()) == (20, 40), entry.icon_name
        assert any(small.pixelColor(x, y).alpha() for x in range(20) for y in range(20))
