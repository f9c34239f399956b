"""上报 at the street, through the real page: a clerk imports a corrected package, sees
what changed field by field, accepts it (a signed receipt comes back), and prints the
completeness grid."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from models import records
from models.auth import SYSTEM
from models.db import open_database
from models.issues.entities import Problem
from models.upward import importing, keys
from models.upward.keys import KeyStore
from models.upward.period import parse_period
from models.upward.street import verify_receipt
from tests.models.issues.helpers import CLERK
from tests.models.upward.helpers import build_community, build_street, export, register
from tests.ui.helpers import idle, login
from ui.upward.import_dialog import ImportDialog
from ui.upward.page import UpwardPage

TIMEOUT = 30_000


@pytest.fixture
def street_with_a_resent_package(tmp_path: Path, sqlite_template: Path) -> tuple[Path, Path]:
    """A street that accepted 兴文社区's 2026-Q1 package, and the corrected re-send."""
    paths = {name: tmp_path / f"{name}.db" for name in ("community", "street")}
    for path in paths.values():
        shutil.copyfile(sqlite_template, path)
    community_db, street_db = (open_database(str(p)) for p in paths.values())
    with community_db.session() as session:
        community = build_community(community_db, session)
    with street_db.session() as session:
        build_street(session)
    store = KeyStore(tmp_path / "keys")
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    with street_db.session() as session:
        importing.accept(session, SYSTEM, importing.stage_file(session, tmp_path / "v1.zip"),
                         today=dt.date(2026, 4, 3))
    with community_db.session() as session:
        problem = session.execute(select(Problem).where(Problem.title == "阳光花园路灯不亮")
                                  ).scalar_one()
        records.update(session, CLERK, problem, problem.version, "问题",
                       {"title": "阳光花园3号路灯不亮"})
    export(community, tmp_path / "v2.zip", store)
    community_db.dispose()
    street_db.dispose()
    return paths["street"], tmp_path / "v2.zip"


def test_a_street_clerk_imports_a_corrected_package_and_prints_the_grid(
        qtbot, street_with_a_resent_package: tuple[Path, Path], recorded_messages) -> None:
    street_path, resent = street_with_a_resent_package
    window = login(qtbot, street_path, "jingban")
    page = window.show_page("上报")
    assert isinstance(page, UpwardPage)
    qtbot.waitUntil(lambda: page.grid.rowCount() == 1, timeout=TIMEOUT)
    assert page.cell_text(0, 0) == "兴文社区"
    assert page.cell_text(0, 1) == "已接收 04-03"
    # a street receives from its communities and passes their figures on to its district
    assert page.import_button.isVisible() and page.export_button.isVisible()

    page.import_file(resent)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog), timeout=TIMEOUT)
    dialog = page.dialog
    assert "更正后的重报" in dialog.summary.text()
    shown = [[dialog.changes.item(r, c).text() for c in range(5)]
             for r in range(dialog.changes.rowCount())]
    assert ("问题台账", "问题描述", "阳光花园路灯不亮", "阳光花园3号路灯不亮") in [
        (row[0], row[2], row[3], row[4]) for row in shown]

    dialog.accept_package()
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "第2次" in page.cell_text(0, 1), timeout=TIMEOUT)
    assert any("签名回执" in text for text in recorded_messages.infos)
    database = open_database(str(street_path))
    with database.read_session() as session:
        street_key = keys.current_own_key(session)
    database.dispose()
    assert street_key is not None

    assert verify_receipt(page.last_receipt, street_key.public_key)["sequence"] == 2

    page.print_grid()
    qtbot.waitUntil(lambda: bool(window.context.previews), timeout=TIMEOUT)
    assert window.context.previews[-1].document.pageCount() >= 1
    idle(qtbot, window)
    window.close()


def test_a_community_clerk_sends_a_package_with_progress(
        qtbot, tmp_path: Path, sqlite_template: Path, recorded_messages) -> None:
    path = tmp_path / "community.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    with database.session() as session:
        build_community(database, session)
    database.dispose()
    window = login(qtbot, path, "jingban")
    page = window.show_page("上报")
    assert isinstance(page, UpwardPage)
    qtbot.waitUntil(lambda: "签名" in page.heading.text(), timeout=TIMEOUT)
    assert page.export_button.isVisible() and not page.import_button.isVisible()
    page.export_to(parse_period("2026-Q1"), tmp_path / "q1.zip")
    qtbot.waitUntil(lambda: any("第 1 次报送" in t for t in recorded_messages.infos),
                    timeout=TIMEOUT)
    assert (tmp_path / "q1.zip").stat().st_size > 0
    qtbot.waitUntil(lambda: "指纹：" in page.heading.text(), timeout=TIMEOUT)
    idle(qtbot, window)
    window.close()


def test_a_street_clerk_returns_an_accepted_package_with_a_comment(
        qtbot, street_with_a_resent_package: tuple[Path, Path], recorded_messages,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ui.upward.return_dialog import ReturnDialog  # noqa: PLC0415

    offered: list[str] = []

    def save_as(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return str(tmp_path / "给社区" / name), ""
    (tmp_path / "给社区").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    street_path, _resent = street_with_a_resent_package
    window = login(qtbot, street_path, "jingban")
    page = window.show_page("上报")
    assert isinstance(page, UpwardPage)
    qtbot.waitUntil(lambda: page.cell_text(0, 1) == "已接收 04-03", timeout=TIMEOUT)
    page.grid.setCurrentCell(0, 2)  # the second quarter: nothing accepted, nothing to return
    assert not page.return_button.isEnabled()
    page.grid.setCurrentCell(0, 1)
    assert page.return_button.isEnabled()
    page.return_selected()
    dialog = page.return_dialog
    assert isinstance(dialog, ReturnDialog)
    dialog.submit()  # no comment: refused in words, nothing written
    qtbot.waitUntil(lambda: "退回意见" in dialog.error.text(), timeout=TIMEOUT)
    dialog.comment.setPlainText("路灯问题的标题有误，请更正后重报")
    dialog.submit()
    qtbot.waitUntil(lambda: page.cell_text(0, 1) == "已退回", timeout=TIMEOUT)
    assert not page.return_button.isEnabled()
    # the receipt of the return is offered at once, named for what it says, to hand back
    qtbot.waitUntil(lambda: bool(offered), timeout=TIMEOUT)
    assert offered == ["回执-兴文社区-2026-Q1-第1次-已退回.json"]
    saved = tmp_path / "给社区" / offered[0]
    qtbot.waitUntil(saved.exists, timeout=TIMEOUT)
    body = json.loads(saved.read_bytes())["receipt"]
    assert (body["status_label"], body["comment"]) == ("已退回", "路灯问题的标题有误，请更正后重报")
    assert page.receipt_button.isEnabled()  # and can be exported again from the grid
    idle(qtbot, window)


def test_a_street_clerk_imports_several_packages_at_once(
        qtbot, street_with_a_resent_package: tuple[Path, Path], recorded_messages,
        tmp_path: Path) -> None:
    """The corrected re-send is previewed and accepted; a damaged file and the replayed
    first version are refused with their reasons without stopping the walk; the
    receipt lies beside the package; the summary says what happened to every file."""
    street_path, resent = street_with_a_resent_package
    damaged = tmp_path / "损坏.zip"
    damaged.write_bytes(resent.read_bytes()[:-200])
    window = login(qtbot, street_path, "jingban")
    page = window.show_page("上报")
    assert isinstance(page, UpwardPage)
    qtbot.waitUntil(lambda: page.grid.rowCount() == 1, timeout=TIMEOUT)

    page.import_files([resent, damaged, tmp_path / "v1.zip"])
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog), timeout=TIMEOUT)
    page.dialog.accept_package()
    qtbot.waitUntil(lambda: bool(recorded_messages.infos), timeout=TIMEOUT)
    [summary] = recorded_messages.infos
    lines = summary.splitlines()
    assert lines[0] == "已接收 1 个：v2.zip"
    assert lines[1] == "拒收 2 个："
    assert lines[2].startswith("  损坏.zip：") and lines[3].startswith("  v1.zip：")
    assert "比已接收的第 2 次旧" in lines[3]
    receipt = tmp_path / "回执-兴文社区-2026-Q1-第2次-已接收.json"
    assert receipt.exists() and str(tmp_path) in lines[-1]
    assert json.loads(receipt.read_bytes())["receipt"]["sequence"] == 2
    qtbot.waitUntil(lambda: "第2次" in page.cell_text(0, 1), timeout=TIMEOUT)
    idle(qtbot, window)
    window.close()
