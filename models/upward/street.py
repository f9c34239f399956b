"""The street's side: its office, the figures of its communities and of the street, the
completeness grid (communities × periods) and the signed receipts (回执).

Figures come from each community's latest accepted package of the period, through each
module's own aggregator (models.upward.modules), so a street sums exactly what each
community's own statistics said.
"""
from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records
from models.auth import Actor, require
from models.errors import UserError
from models.office import Office
from models.registry import places
from models.upward import keys
from models.upward.entities import UpwardPackage
from models.upward.importing import STATUS, package_data
from models.upward.modules import by_name, envelope
from models.upward.period import Period, periods_of_year
from models.upward.privacy import PERSON_FIELDS
from models.upward.strict_json import canonical, loads_strict

RECEIPT_FORMAT = "gongjian-upward-receipt"


def create_street_office(session: Session, actor: Actor, *, name: str, code: str,
                         communities: tuple[tuple[str, str], ...] = ()) -> int:
    """A street office (街道办事处) without users (the demo's): its street, the communities
    it expects packages from (name, code) and its office row. The first run of a real one
    is models.users.setup_street, which adds the administrator."""
    street = places.create_street(session, actor, name=name, code=code)
    for community, community_code in communities:
        places.create_community(session, actor, street_id=street, name=community,
                                code=community_code)
    return records.create(session, actor, Office(name=name, level="street", street_id=street,
                                                 code=code)).id


def accepted_packages(session: Session, period: Period) -> list[UpwardPackage]:
    return list(session.scalars(select(UpwardPackage).where(
        UpwardPackage.period == period.text, UpwardPackage.status == "accepted")
        .order_by(UpwardPackage.office_code)))


def passed_on(session: Session, period: Period, share_names: bool) -> dict[str, dict[str, Any]]:
    """A street's own package to its district (上报 one level up, the same machinery): per
    module, its communities' latest accepted packages of the period summed by the module's
    own aggregator, with their records (names of private persons only if the street shares
    them). A module no community sent is left out; no accepted package at all is refused."""
    packages = accepted_packages(session, period)
    if not packages:
        raise UserError("upward.nothing_to_pass_on", period=period.label)
    per_module: dict[str, list[dict[str, Any]]] = {}
    for package in packages:
        for name, data in package_data(session, package.id).items():
            per_module.setdefault(name, []).append(data)
    datas = {}
    for name, module in by_name().items():
        if name not in per_module:
            continue
        rows = sorted((r for d in per_module[name] for r in d["records"]),
                      key=lambda r: r["uuid"])
        if not share_names:
            rows = [{k: v for k, v in r.items() if k not in PERSON_FIELDS} for r in rows]
        datas[name] = envelope(name, period, module.aggregate(per_module[name]), rows)
    return datas


def street_stats(session: Session, period: Period) -> dict[str, Any]:
    """Per community (its latest accepted package) and for the street, by module."""
    modules = by_name()
    communities = []
    per_module: dict[str, list[dict[str, Any]]] = {name: [] for name in modules}
    for package in accepted_packages(session, period):
        datas = package_data(session, package.id)
        communities.append({"code": package.office_code, "name": package.office_name,
                            "sequence": package.sequence, "late": package.late,
                            "received_on": package.received_on.isoformat(),
                            "figures": {m: d["figures"] for m, d in sorted(datas.items())}})
        for module, data in datas.items():
            per_module.setdefault(module, []).append(data)
    street = {name: modules[name].aggregate(datas) for name, datas in per_module.items()
              if name in modules}
    return {"period": period.text, "communities": communities, "street": street}


@dataclass(frozen=True)
class Cell:
    expected: bool  # the period has ended
    received_on: dt.date | None  # the first package of the period
    accepted_on: dt.date | None  # the accepted revision's date
    sequence: int | None
    late: bool
    returned: bool  # the last decision was a return
    accepted_id: int | None = None  # the accepted package (to return it), and its version
    accepted_version: int | None = None
    latest_id: int | None = None  # the last package decided on (its receipt is the current one)

    @property
    def text(self) -> str:
        if self.accepted_on:
            text = f"已接收 {self.accepted_on:%m-%d}"
            if self.sequence and self.sequence > 1:
                text += f"（第{self.sequence}次）"
        elif self.returned:
            text = "已退回"
        elif self.received_on:
            text = f"已收到 {self.received_on:%m-%d}"
        else:
            return "未报" if self.expected else "—"
        return text + ("·迟报" if self.late else "")


@dataclass(frozen=True)
class Grid:
    periods: list[Period]
    rows: list[tuple[str, str, list[Cell]]]  # code, name, one cell per period


def expected_communities(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every community the street expects packages from: those set up
    with the street (registry, with a code) and those whose key it registered, by code."""
    named = {row.code: row.name for row in places.list_communities(session) if row.code}
    for peer in keys.peers(session):
        named.setdefault(peer.office_code, peer.office_name)
    return sorted(named.items())


def completeness(session: Session, year: int, kind: str, today: dt.date) -> Grid:
    periods = periods_of_year(year, kind)
    packages = list(session.scalars(select(UpwardPackage).where(
        UpwardPackage.period.in_([p.text for p in periods]))
        .order_by(UpwardPackage.sequence)))
    rows = []
    for code, name in expected_communities(session):
        cells = []
        for period in periods:
            mine = [p for p in packages
                    if p.office_code == code and p.period == period.text]
            accepted = next((p for p in mine if p.status == "accepted"), None)
            first = min((p.received_on for p in mine), default=None)
            cells.append(Cell(
                expected=period.end < today, received_on=first,
                accepted_on=accepted.received_on if accepted else None,
                sequence=accepted.sequence if accepted else None,
                late=(first or today) > period.due and (bool(mine) or period.due < today),
                returned=bool(mine) and mine[-1].status == "returned",
                accepted_id=accepted.id if accepted else None,
                accepted_version=accepted.version if accepted else None,
                latest_id=mine[-1].id if mine else None))
        rows.append((code, name, cells))
    return Grid(periods, rows)


def receipt(session: Session, actor: Actor, store: keys.KeyStore, package_id: int) -> bytes:
    """回执: the street's signed statement of what it did with a package."""
    actor = require(session, actor, "clerk")
    package = session.get(UpwardPackage, package_id)
    if package is None:
        raise UserError("upward.package_missing", id=package_id)
    office = keys.office_info(session)
    key = keys.own_key(session, actor, store)
    body = {"format": RECEIPT_FORMAT, "street": {"code": office.code, "name": office.name},
            "office_code": package.office_code, "office_name": package.office_name,
            "period": package.period, "sequence": package.sequence,
            "package_sha256": package.package_sha256, "status": package.status,
            "status_label": STATUS[package.status], "comment": package.comment,
            "date": _decided_on(package).isoformat(), "decided_by": package.decided_by,
            "key_fingerprint": key.fingerprint}
    signature = keys.sign(store, key.fingerprint, canonical(body))
    return canonical({"receipt": body, "signature": base64.b64encode(signature).decode()})


def _decided_on(package: UpwardPackage) -> dt.date:
    """The day of the decision a receipt states: the day the package was received and
    accepted or returned (its first version); a later return or supersession (a later
    version) on the day it was made, in local time (stamps are UTC)."""
    if package.version == 1 or package.updated_at is None:
        return package.received_on
    return package.updated_at.replace(tzinfo=dt.UTC).astimezone().date()


def receipt_file(session: Session, actor: Actor, store: keys.KeyStore, package_id: int
                 ) -> tuple[bytes, str]:
    """The signed receipt and the file name to save it under (the page's import walk and
    its grid action both hand it to the clerk)."""
    return receipt(session, actor, store, package_id), receipt_name(session, package_id)


def receipt_name(session: Session, package_id: int) -> str:
    """The receipt's file name, saying whose package, which period and revision, and what
    the street did: the community's clerk sees it before opening the file."""
    package = session.get(UpwardPackage, package_id)
    if package is None:
        raise UserError("upward.package_missing", id=package_id)
    safe = "".join(c for c in package.office_name if c not in '\\/:*?"<>|').strip() or "社区"
    return (f"回执-{safe}-{package.period}-第{package.sequence}次-"
            f"{STATUS[package.status]}.json")


def verify_receipt(data: bytes, public_key: str) -> dict[str, Any]:
    """The receipt's body if the street's key signed it (the community's check)."""
    document = loads_strict(data, "回执")
    body = document["receipt"]
    if not keys.verify(public_key, canonical(body), base64.b64decode(document["signature"])):
        raise UserError("upward.bad_signature", name=body["street"]["name"],
                        fingerprint=body["key_fingerprint"])
    return dict(body)
