"""The first-run dialog sets up a street office with its communities."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models.db import open_database
from models.office import Office
from models.registry import places
from tests.ui.test_main_window import open_window


def test_first_run_sets_up_a_street_with_its_communities(qtbot, tmp_path: Path) -> None:
    from ui.shell.login import SetupDialog  # noqa: PLC0415

    window = open_window(qtbot, str(tmp_path / "street.db"))
    qtbot.waitUntil(lambda: isinstance(window.login_dialog, SetupDialog), timeout=10_000)
    dialog: SetupDialog = window.login_dialog
    assert dialog.form.isRowVisible(dialog.community)
    assert not dialog.form.isRowVisible(dialog.communities)
    dialog.as_street.setChecked(True)
    assert not dialog.form.isRowVisible(dialog.community)
    assert dialog.form.isRowVisible(dialog.communities)
    assert dialog.street_label.text() == "街道名称："
    for edit, text in ((dialog.street, "江北街道"), (dialog.code, "511902003"),
                       (dialog.admin_name, "李街道"), (dialog.password, "secret-123"),
                       (dialog.password_again, "secret-123")):
        edit.setText(text)
    dialog.communities.setPlainText("兴文社区 511902003005\n回风社区")
    dialog.submit()
    qtbot.waitUntil(lambda: "第 2 行" in dialog.error.text(), timeout=10_000)
    dialog.communities.setPlainText("兴文社区 511902003005\n回风社区 511902003006")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        dialog.submit()
    assert window.context.actor.role == "admin"
    window.close()
    database = open_database(str(tmp_path / "street.db"))
    with database.read_session() as session:
        office = session.execute(select(Office)).scalar_one()
        assert (office.level, office.name, office.code) == ("street", "江北街道", "511902003")
        assert [(c.name, c.code) for c in places.list_communities(session)] == [
            ("兴文社区", "511902003005"), ("回风社区", "511902003006")]
    database.dispose()
