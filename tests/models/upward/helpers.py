"""A small community with problems and funds in 2026-Q1, and a street to send to."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records
from models.auth import SYSTEM, Actor
from models.db import Database
from models.funds import entries, posting
from models.funds.entries import EntryData
from models.office import Office
from models.registry import orgs
from models.upward import keys, street
from models.upward.keys import KeyStore
from models.upward.period import parse_period
from models.users_entities import AuditEntry
from reports.upward_package import ExportResult, export_package
from tests.models.issues import helpers as issue_helpers
from tests.models.issues.helpers import ADMIN, CLERK, REVIEWER, drive

CODE = "511902003005"
Q1 = parse_period("2026-Q1")
STREET_CODE = "511902003"


@dataclass(frozen=True)
class Community:
    db: Database
    office: issue_helpers.Office
    branch: int


def build_community(db: Database, session: Session, *, code: str = CODE,
                    name: str = "兴文社区") -> Community:
    office = issue_helpers.build_office(session)
    row = session.execute(select(Office)).scalar_one()
    records.update(session, SYSTEM, row, row.version, "单位", {"code": code, "name": name})
    for state in ("collected", "in_scope", "resolved", "closed", "out_of_scope", "assigned"):
        drive(session, office, state)
    drive(session, office, "resolved", found_on=dt.date(2026, 1, 8), title="阳光花园路灯不亮")
    committee = orgs.create_org(session, ADMIN, office.community_id, name="中共兴文社区委员会",
                                kind="community_committee")
    branch = orgs.create_org(session, ADMIN, office.community_id, name="翰林苑小区党支部",
                             kind="compound_branch", parent_id=committee)
    day = dt.date(2026, 2, 10)
    for data in (EntryData("receipt", "fiscal", day, 1_000_000, "收到街道拨付党建经费",
                           source="street", counterparty="江北街道党工委"),
                 EntryData("allocation", "fiscal", day, 300_000, "拨付小区党建经费",
                           holder_org_id=branch),
                 EntryData("spending", "fiscal", day, 45_050, "主题党日活动用品",
                           holder_org_id=branch, category="党建活动", counterparty="兴文超市",
                           approver="王建国")):
        draft = entries.create_draft(session, CLERK, data)
        posting.post_entry(session, REVIEWER, draft, entries.get_entry(session, draft).version)
    return Community(db, office, branch)


def build_street(session: Session) -> None:
    from tests.support.users import add_demo_users  # noqa: PLC0415

    add_demo_users(session)
    street.create_street_office(session, SYSTEM, name="江北街道", code=STREET_CODE)


def build_district(session: Session) -> None:
    from tests.support.users import add_demo_users  # noqa: PLC0415

    add_demo_users(session)
    records.create(session, SYSTEM, Office(name="巴州区", level="district", code="511902"))


def export(community: Community, path: Path, store: KeyStore, period: str = "2026-Q1",
           **kwargs: object) -> ExportResult:
    return export_package(community.db, SYSTEM, parse_period(period), path, store=store,
                          **kwargs)  # type: ignore[arg-type]


def register(street_db: Database, community: Community) -> keys.Registered:
    with community.db.read_session() as session:
        info = keys.current_own_key(session)
    assert info is not None
    with street_db.session() as session:
        return keys.register_key(session, SYSTEM, keys.key_file(info))


def footprint(database: Database) -> dict[str, object]:
    """What a refused import must leave alone: the rows of every upward table and the
    audit trail's length and head."""
    from models.upward.entities import UpwardData, UpwardKey, UpwardPackage  # noqa: PLC0415

    with database.read_session() as session:
        counts = {cls.__tablename__: session.execute(
            select(func.count()).select_from(cls)).scalar_one()
            for cls in (UpwardPackage, UpwardData, UpwardKey, AuditEntry)}
        head = session.execute(select(AuditEntry.row_hash).order_by(AuditEntry.id.desc())
                               .limit(1)).scalar()
    return {**counts, "head": head}


def return_with_receipt(receiver: Database, path: Path, comment: str, day: dt.date,
                        store: KeyStore, actor: Actor, receipt_by: Actor | None = None
                        ) -> tuple[bytes, keys.KeyInfo]:
    """Import `path` at the receiving office and return it (退回) with `comment`: the signed
    receipt it gives back, and the receiver's own key (for the sender to register)."""
    from models.upward import importing  # noqa: PLC0415

    with receiver.session() as session:
        staged = importing.stage_file(session, path)
        package = importing.return_package(session, actor, staged, comment, today=day)
        receipt = street.receipt(session, receipt_by or actor, store, package)
        key = keys.current_own_key(session)
    assert key is not None
    return receipt, key
