"""The community's side of a 回执: it registers its street's key, imports the street's
signed receipt onto the package it made, sees it accepted or returned in its history,
and nothing else gets in (unknown key, altered receipt, a package it never made, an
outdated receipt). `check` replays the recorded receipts and names one edited in SQL."""
from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models import records
from models.auth import SYSTEM
from models.check import check_database
from models.db import Database
from models.errors import UserError
from models.issues.entities import Problem
from models.upward import importing, keys, receipts, street
from models.upward.entities import UpwardPackage, UpwardReceipt
from models.upward.keys import KeyStore
from models.upward.strict_json import canonical
from models.users_entities import AuditEntry
from tests.models.issues.helpers import ADMIN, CLERK
from tests.models.upward.helpers import Community, export, register
from tests.support.users import DEMO_ACTORS

STREET_CLERK = DEMO_ACTORS[2]  # 张小军 at the street


def _street_receipt(street_db: Database, store: KeyStore, zip_path: Path, *,
                    comment: str = "") -> tuple[bytes, int]:
    """The street imports the package (returning it when a comment is given) and signs
    its receipt."""
    with street_db.session() as session:
        staged = importing.stage_file(session, zip_path)
        if comment:
            package = importing.return_package(session, STREET_CLERK, staged, comment,
                                               today=dt.date(2026, 4, 5))
        else:
            package = importing.accept(session, STREET_CLERK, staged, today=dt.date(2026, 4, 3))
        return street.receipt(session, STREET_CLERK, store, package), package


def _register_street(street_db: Database, community: Community) -> keys.Registered:
    with street_db.read_session() as session:
        info = keys.current_own_key(session)
    assert info is not None
    with community.db.session() as session:
        return keys.register_key(session, ADMIN, keys.key_file(info))


def _import(community: Community, data: bytes) -> receipts.ReceiptOutcome:
    with community.db.session() as session:
        return receipts.import_receipt(session, CLERK, data)


def _history(community: Community) -> list[receipts.ExportRow]:
    with community.db.read_session() as session:
        return receipts.history(session)


def _counts(database: Database) -> tuple[int, int]:
    with database.read_session() as session:
        return (session.execute(select(func.count()).select_from(UpwardReceipt)).scalar_one(),
                session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


@pytest.fixture
def returned(community: Community, street_db: Database, store: KeyStore,
             tmp_path: Path) -> bytes:
    """兴文社区 sent 2026-Q1; the street returned it and signed a receipt saying so."""
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    receipt, _ = _street_receipt(street_db, store, tmp_path / "v1.zip",
                                 comment="路灯问题的标题有误，请更正后重报")
    return receipt


def test_a_returned_receipt_is_recorded_once_and_asks_for_a_resend(
        community: Community, street_db: Database, returned: bytes, store: KeyStore,
        tmp_path: Path) -> None:
    registered = _register_street(street_db, community)
    assert registered.info.office_name == "江北街道" and not registered.unchanged

    outcome = _import(community, returned)
    assert (outcome.status_label, outcome.comment, outcome.decided_by, outcome.decided_on,
            outcome.sequence, outcome.unchanged) == (
        "已退回", "路灯问题的标题有误，请更正后重报", "张小军", dt.date(2026, 4, 5), 1, False)
    [row] = _history(community)
    assert (row.period.text, row.sequence, row.status_label, row.comment, row.decided_on) == (
        "2026-Q1", 1, "已退回", "路灯问题的标题有误，请更正后重报", dt.date(2026, 4, 5))
    assert row.needs_resend

    with community.db.read_session() as session:  # the clerk searches the history
        assert [r.sequence for r in receipts.history(session, "th 凭证")] == []
        assert [r.sequence for r in receipts.history(session, "th 标题")] == [1]  # 退回
        assert [r.sequence for r in receipts.history(session, "2026-q1")] == [1]
        assert receipts.history(session, "yijieshou") == []  # 已接收

    before = _counts(community.db)
    again = _import(community, returned)
    assert again.unchanged and again.status_label == "已退回"
    assert _counts(community.db) == before  # nothing written, not even an audit entry

    with community.db.session() as session:  # the clerk corrects and re-sends
        problem = session.execute(select(Problem).where(Problem.title == "阳光花园路灯不亮")
                                  ).scalar_one()
        records.update(session, CLERK, problem, problem.version, "问题",
                       {"title": "阳光花园3号路灯不亮"})
    assert export(community, tmp_path / "v2.zip", store).sequence == 2
    newest, first = _history(community)
    assert (newest.sequence, newest.status_label, newest.needs_resend) == (2, "已生成未回执", False)
    assert first.status_label == "已退回" and first.resent and not first.needs_resend


def test_the_receipts_writes_replay_in_check(community: Community, street_db: Database,
                                             returned: bytes, db_url: str) -> None:
    community.db.dispose()
    known = check_database(db_url).problems  # the fixture writes its office around the trail
    _register_street(street_db, community)
    _import(community, returned)
    community.db.dispose()
    assert check_database(db_url).problems == known
    with community.db.engine.begin() as connection:
        receipt_id = connection.execute(text("SELECT id FROM upward_receipt")).scalar_one()
        connection.execute(text("UPDATE upward_receipt SET status = 'accepted', comment = ''"))
    community.db.dispose()
    problems = check_database(db_url).problems
    assert [p for p in problems if p not in known and p.startswith(
        f"表 upward_receipt 记录 {receipt_id} 字段 status")], problems


def test_a_receipt_from_an_unregistered_key_is_refused(
        community: Community, returned: bytes) -> None:
    before = _counts(community.db)
    with pytest.raises(UserError) as refused:
        _import(community, returned)
    assert "尚未登记该密钥" in refused.value.message and "江北街道" in refused.value.message
    assert _counts(community.db) == before


def test_an_altered_receipt_is_refused(community: Community, street_db: Database,
                                       returned: bytes) -> None:
    _register_street(street_db, community)
    document = json.loads(returned)
    document["receipt"]["status"] = "accepted"
    document["receipt"]["comment"] = ""
    with pytest.raises(UserError, match="签名与登记的“江北街道”公钥"):
        _import(community, canonical(document))
    assert _history(community)[0].status_label == "已生成未回执"


def test_a_receipt_for_a_package_never_made_here_is_refused(
        community: Community, street_db: Database, returned: bytes, store: KeyStore) -> None:
    _register_street(street_db, community)
    body = json.loads(returned)["receipt"]
    body["sequence"] = 7  # signed by the street, but this community never made a 7th
    signature = keys.sign(store, body["key_fingerprint"], canonical(body))
    forged = canonical({"receipt": body, "signature": base64.b64encode(signature).decode()})
    before = _counts(community.db)
    with pytest.raises(UserError, match="第 7 次报送，本单位没有生成过这个数据包"):
        _import(community, forged)
    assert _counts(community.db) == before


def test_an_older_receipt_does_not_undo_a_return(
        community: Community, street_db: Database, store: KeyStore, tmp_path: Path) -> None:
    """The street accepted, then returned the package: the receipt of the acceptance,
    imported last, is refused and the return stands."""
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    accepted, package_id = _street_receipt(street_db, store, tmp_path / "v1.zip")
    with street_db.session() as session:
        version = session.get(UpwardPackage, package_id).version  # type: ignore[union-attr]
        importing.return_accepted(session, STREET_CLERK, package_id, version, "经费数字有误")
        returned = street.receipt(session, STREET_CLERK, store, package_id)
    _register_street(street_db, community)
    assert _import(community, returned).status_label == "已退回"
    with pytest.raises(UserError, match="比已导入的回执（已退回）旧"):
        _import(community, accepted)
    [row] = _history(community)
    assert (row.status_label, row.comment) == ("已退回", "经费数字有误")


def test_an_accepted_receipt_in_order(community: Community, street_db: Database,
                                      store: KeyStore, tmp_path: Path) -> None:
    export(community, tmp_path / "v1.zip", store)
    register(street_db, community)
    accepted, _ = _street_receipt(street_db, store, tmp_path / "v1.zip")
    _register_street(street_db, community)
    outcome = _import(community, accepted)
    assert (outcome.status_label, outcome.decided_on) == ("已接收", dt.date(2026, 4, 3))
    [row] = _history(community)
    assert row.status_label == "已接收" and not row.needs_resend


def test_a_bad_file_is_refused_in_words(community: Community) -> None:
    with pytest.raises(UserError, match="不是有效的共建台账回执文件"):
        _import(community, b'{"receipt": {"format": "something"}, "signature": "AA=="}')


def test_a_community_whose_street_has_a_code_registers_only_that_streets_key(
        community: Community, street_db: Database, store: KeyStore) -> None:
    from models.office import Office  # noqa: PLC0415
    from models.registry.entities import Street  # noqa: PLC0415

    with street_db.session() as session:
        info = keys.own_key(session, SYSTEM, store)
    with community.db.session() as session:
        office = session.execute(select(Office)).scalar_one()
        own_street = session.get(Street, office.street_id)
        assert own_street is not None
        records.update(session, SYSTEM, own_street, own_street.version, "街道",
                       {"code": "511902999"})
    with community.db.session() as session, pytest.raises(
            UserError, match="不是本社区所属街道（代码 511902999）"):
        keys.register_key(session, ADMIN, keys.key_file(info))


def test_the_offices_own_key_file_is_not_registered_as_its_streets(
        community: Community, store: KeyStore) -> None:
    with community.db.session() as session:
        own = keys.own_key(session, SYSTEM, store)
    with community.db.session() as session, pytest.raises(UserError, match="本单位自己的公钥文件"):
        keys.register_key(session, ADMIN, keys.key_file(own))
