"""A full disk or a read-only file: the clerk is told in words and keeps what she typed;
anything unforeseen is logged and the clerk is told where the log is."""
from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from models import db as db_module
from models.paths import log_file
from tests.models.test_db_conditions import fill_disk
from tests.ui.helpers import idle, login
from ui.common import error_hook
from ui.shell.main_window import MainWindow

NOTE = "楼栋长推荐，" * 300  # long enough to need new pages in the file


def trigger(page, text: str) -> None:
    next(a for a in page.toolbar.actions() if a.text() == text).trigger()


def open_person_form(qtbot, window: MainWindow):
    page = window.show_page("人员")
    idle(qtbot, window)
    trigger(page, "新增")
    form = page._form
    form.fields["name"].edit.setText("欧阳明")
    form.fields["phone"].edit.setText("13812345678")
    form.fields["note"].edit.setPlainText(NOTE)
    assert form.save_button.isEnabled()
    return page, form


def assert_kept(form) -> None:
    assert form.isVisible()
    assert form.fields["name"].value() == "欧阳明"
    assert form.fields["phone"].value() == "13812345678"
    assert form.fields["note"].value() == NOTE
    assert form.save_button.isEnabled()


def test_disk_full_refuses_the_save_and_the_form_keeps_the_values(
        qtbot, demo_copy: Path, recorded_messages) -> None:
    window = login(qtbot, demo_copy, "jingban")
    page, form = open_person_form(qtbot, window)
    before = len(page.model.rows)
    no_room = fill_disk(window.runner.database)
    assert recorded_messages.errors == []
    form.save()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=10_000)
    [said] = recorded_messages.errors
    assert "磁盘已满" in said and "程序内部出错" not in said
    assert_kept(form)
    event.remove(window.runner.database.engine, "connect", no_room)  # space freed
    window.runner.database.engine.dispose()
    form.save()
    qtbot.waitUntil(lambda: len(page.model.rows) == before + 1, timeout=10_000)
    assert any(row.name == "欧阳明" for row in page.model.rows)


@pytest.fixture
def read_only_copy(demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    demo_copy.chmod(0o444)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes any file: see test_db_conditions
        monkeypatch.setattr(db_module, "file_writable", lambda _path: False)
    yield demo_copy
    demo_copy.chmod(0o644)


def test_read_only_file_shows_its_pages_and_refuses_saving_in_words(
        qtbot, read_only_copy: Path, recorded_messages) -> None:
    before = read_only_copy.read_bytes()
    window = login(qtbot, read_only_copy, "jingban")
    assert window.runner.database.read_only
    page, form = open_person_form(qtbot, window)
    assert len(page.model.rows) > 0
    assert recorded_messages.errors == []  # opening, logging in and reading said nothing
    form.save()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=10_000)
    [said] = recorded_messages.errors
    assert "只读" in said and "只能查看和打印" in said and "损坏" not in said
    assert_kept(form)
    form.close()
    window.close()
    window.runner.shutdown()
    assert read_only_copy.read_bytes() == before


def test_an_unhandled_error_in_any_thread_is_logged_and_shown_with_the_log_path(
        qtbot, recorded_messages, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handler = error_hook.setup_logging()
    try:
        error_hook.install()

        def broken() -> None:
            raise ZeroDivisionError("a bug in a worker")
        thread = threading.Thread(target=broken)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=5_000)
        try:
            raise KeyError("a bug in a slot")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(recorded_messages.errors) == 2, timeout=5_000)
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    for said in recorded_messages.errors:
        assert "程序内部出错" in said and str(log_file()) in said
    logged = log_file().read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a worker" in logged
    assert "KeyError: 'a bug in a slot'" in logged
    assert "Traceback" in logged
