"""上报 at a community, through the real page: a clerk sends the quarter's package, the
street returns it, the clerk imports the street's signed receipt, sees the package marked
as returned with the street's comment and a notice to re-send, exports the history to
Excel, and finds the re-send on the home page's to-do list."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from models.auth import SYSTEM
from models.db import open_database
from models.upward import keys
from models.upward.keys import KeyStore
from models.upward.period import parse_period
from tests.models.issues.helpers import ADMIN
from tests.models.upward.helpers import build_community, build_street, return_with_receipt
from tests.support.users import DEMO_ACTORS
from tests.ui.helpers import idle, login
from tests.ui.test_home import home_lines
from ui.upward.community_view import RETURNED
from ui.upward.page import UpwardPage

TIMEOUT = 30_000
COMMENT = "经费支出缺少凭证号，请补正后重报"


def _street_returns(tmp_path: Path, community_path: Path, package: Path,
                    store: KeyStore) -> Path:
    """At the street: register 兴文社区, return its package with a comment, sign the
    receipt; at the community, an administrator registers the street's key."""
    street_path = tmp_path / "street.db"
    shutil.copyfile(tmp_path / "template.db", street_path)
    street_db, community_db = open_database(str(street_path)), open_database(str(community_path))
    with street_db.session() as session:
        build_street(session)
    with community_db.read_session() as session:
        community_key = keys.current_own_key(session)
    assert community_key is not None
    with street_db.session() as session:
        keys.register_key(session, SYSTEM, keys.key_file(community_key))
    receipt, street_key = return_with_receipt(street_db, package, COMMENT, dt.date(2026, 4, 12),
                                              store, DEMO_ACTORS[2], receipt_by=SYSTEM)
    with community_db.session() as session:
        keys.register_key(session, ADMIN, keys.key_file(street_key))
    street_db.dispose()
    community_db.dispose()
    path = tmp_path / "回执.json"
    path.write_bytes(receipt)
    return path


def test_a_community_clerk_imports_a_returned_receipt_and_is_told_to_resend(
        qtbot, tmp_path: Path, sqlite_template: Path, recorded_messages) -> None:
    shutil.copyfile(sqlite_template, tmp_path / "template.db")
    path = tmp_path / "community.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    with database.session() as session:
        build_community(database, session)
    database.dispose()
    window = login(qtbot, path, "jingban")
    page = window.show_page("上报")
    assert isinstance(page, UpwardPage)
    view = page.community
    store = KeyStore(tmp_path / "keys")
    page.store = view.store = store
    qtbot.waitUntil(lambda: "签名" in page.heading.text(), timeout=TIMEOUT)
    assert view.isVisible() and not page.grid.isVisible()
    assert not view.register_action.isEnabled()  # registering a key is for an administrator

    view.export_to(parse_period("2026-Q1"), tmp_path / "q1.zip")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=TIMEOUT)
    [row] = view.row_texts()
    assert (row[0], row[1], row[4], row[5], row[6]) == (
        "2026年第1季度", "1", "已生成未回执", "", "")
    assert not view.notice.isVisible()

    receipt = _street_returns(tmp_path, path, tmp_path / "q1.zip", store)
    view.import_receipt(receipt)
    qtbot.waitUntil(lambda: any("已退回" in t for t in recorded_messages.infos), timeout=TIMEOUT)
    assert any(COMMENT in t and "重新生成" in t for t in recorded_messages.infos)
    qtbot.waitUntil(lambda: view.row_texts()[0][4] == "已退回", timeout=TIMEOUT)
    [row] = view.row_texts()
    assert (row[4], row[5], row[6]) == ("已退回", COMMENT, "2026-04-12")
    index = view.proxy.index(0, 4)
    assert view.proxy.data(index, Qt.ItemDataRole.ForegroundRole) == RETURNED
    assert view.proxy.data(index, Qt.ItemDataRole.FontRole).bold()
    assert view.notice.isVisible()
    assert "2026年第1季度的数据包（第 1 次）已被街道退回" in view.notice.text()
    assert COMMENT in view.notice.text() and "重新报送" in view.notice.text()
    assert view.period.currentData() == "2026-Q1"  # ready for the correction

    recorded_messages.infos.clear()
    view.import_receipt(receipt)  # the same receipt again changes nothing
    qtbot.waitUntil(lambda: bool(recorded_messages.infos), timeout=TIMEOUT)
    assert "没有任何改动" in recorded_messages.infos[-1]
    _exported_to_excel(qtbot, window, view, tmp_path / "上报记录.xlsx")
    _home_line_opens_the_returned_package(qtbot, window, page)


def _exported_to_excel(qtbot, window, view, out: Path) -> None:
    view.export_path = lambda: str(out)  # type: ignore[method-assign]
    view.export_excel()
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    idle(qtbot, window)
    sheet = load_workbook(out).active
    texts = [str(cell.value) for line in sheet.iter_rows() for cell in line if cell.value]
    assert "已退回" in texts and COMMENT in texts and "回执日期" in texts


def _home_line_opens_the_returned_package(qtbot, window, page: UpwardPage) -> None:
    view = page.community
    window.show_page("概况")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: any("被街道退回" in t for t in home_lines(window)), timeout=TIMEOUT)
    line = next(line for text, line in home_lines(window).items() if "被街道退回" in text)
    assert "2026年第1季度" in line.text() and COMMENT in line.text()
    window.pages[0].open_item(line)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.current_row() is not None, timeout=TIMEOUT)
    assert view.current_row().status == "returned"
    idle(qtbot, window)
    window.close()
