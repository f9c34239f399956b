"""The community's side of 上报: the history of the packages this office made, and the
street's signed receipts (回执) imported back onto them.

A receipt is believed only if a key the office registered for its street signed it
(active or retired: an old receipt still verifies after the street rotates its key), and
only for a package this office made (its own code, a period and sequence it exported).
The same receipt again changes nothing. The street decides in one direction (accepted,
then perhaps returned, then superseded by the corrected re-send), so a receipt that says
less than the one already recorded is refused as outdated rather than undoing it.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records
from models.auth import Actor, require
from models.errors import UserError
from models.registry.search import search_key
from models.upward import keys
from models.upward.entities import UpwardExport, UpwardKey, UpwardReceipt
from models.upward.period import Period, parse_period
from models.upward.strict_json import canonical, loads_strict
from models.validation import search_words

RECEIPT_FORMAT = "gongjian-upward-receipt"  # street.RECEIPT_FORMAT, without importing it
# What the history shows for a package; "" is a package with no receipt yet.
RECEIPT_STATES = {"": "已生成未回执", "accepted": "已接收", "returned": "已退回",
                  "superseded": "已被更正版本替代"}
# The street's decisions only move forward; a receipt of a lower rank is outdated.
_RANK = {"accepted": 0, "returned": 1, "superseded": 2}


@dataclass(frozen=True)
class ExportRow:
    """One package of the history, with its latest receipt (if any)."""

    id: int
    period: Period
    sequence: int
    created: dt.datetime  # UTC, as written in the manifest
    fingerprint: str
    status: str  # "" (no receipt) | accepted | returned | superseded
    comment: str
    decided_on: dt.date | None
    decided_by: str
    resent: bool  # a later package of the same period exists

    @property
    def status_label(self) -> str:
        return RECEIPT_STATES[self.status]

    @property
    def needs_resend(self) -> bool:
        """退回 and no corrected package made since: the clerk has to re-send."""
        return self.status == "returned" and not self.resent


def _created(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.removesuffix("Z")).replace(tzinfo=dt.UTC)


def history(session: Session, query: str = "") -> list[ExportRow]:
    """Every package this office made, newest first; with `query`, those whose period,
    state or street's comment hold every word of it (in Chinese, pinyin or initials)."""
    exports = list(session.scalars(select(UpwardExport).order_by(UpwardExport.id.desc())))
    latest: dict[int, UpwardReceipt] = {}
    for found in session.scalars(select(UpwardReceipt).order_by(UpwardReceipt.id)):
        latest[found.export_id] = found
    highest: dict[str, int] = {}
    for export in exports:
        highest[export.period] = max(highest.get(export.period, 0), export.sequence)
    rows = []
    for export in exports:
        receipt = latest.get(export.id)
        rows.append(ExportRow(
            id=export.id, period=parse_period(export.period), sequence=export.sequence,
            created=_created(export.created), fingerprint=export.fingerprint,
            status=receipt.status if receipt else "", comment=receipt.comment if receipt else "",
            decided_on=receipt.decided_on if receipt else None,
            decided_by=receipt.decided_by if receipt else "",
            resent=highest[export.period] > export.sequence))
    words = search_words(query.lower())
    return [row for row in rows if all(w in _search_text(row) for w in words)]


def _search_text(row: ExportRow) -> str:
    return " ".join((search_key(row.period.label, row.status_label, row.comment),
                     row.period.text.lower(), row.fingerprint.lower()))


@dataclass(frozen=True)
class ReceiptOutcome:
    export_id: int
    street_name: str
    period: Period
    sequence: int
    status: str
    comment: str
    decided_on: dt.date
    decided_by: str
    unchanged: bool  # this receipt had been imported before

    @property
    def status_label(self) -> str:
        return RECEIPT_STATES[self.status]


@dataclass(frozen=True)
class _Receipt:
    body: dict[str, Any]
    signature: bytes
    street_code: str
    street_name: str
    fingerprint: str
    period: Period
    sequence: int
    status: str
    decided_on: dt.date


def _parse(data: bytes) -> _Receipt:
    document = loads_strict(data, "回执")
    try:
        body = document["receipt"]
        parsed = _Receipt(
            body=body, signature=base64.b64decode(document["signature"], validate=True),
            street_code=str(body["street"]["code"]), street_name=str(body["street"]["name"]),
            fingerprint=str(body["key_fingerprint"]), period=parse_period(str(body["period"])),
            sequence=int(body["sequence"]), status=str(body["status"]),
            decided_on=dt.date.fromisoformat(str(body["date"])))
        if body["format"] != RECEIPT_FORMAT or parsed.status not in _RANK:
            raise ValueError(body["format"])
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error,
            UserError) as exc:
        raise UserError("upward.bad_receipt") from exc
    return parsed


def _street_key(session: Session, receipt: _Receipt) -> UpwardKey:
    """The registered key of the receipt's street with the fingerprint it names."""
    row = session.execute(select(UpwardKey).where(
        UpwardKey.own.is_(False), UpwardKey.office_code == receipt.street_code,
        UpwardKey.fingerprint == receipt.fingerprint).limit(1)).scalar()
    if row is None:
        raise UserError("upward.receipt_unknown_key", name=receipt.street_name,
                        fingerprint=receipt.fingerprint)
    return row


def _export_of(session: Session, receipt: _Receipt) -> UpwardExport:
    office = keys.office_info(session)
    export = session.execute(select(UpwardExport).where(
        UpwardExport.period == receipt.period.text,
        UpwardExport.sequence == receipt.sequence)).scalar()
    if str(receipt.body.get("office_code")) != office.code or export is None:
        raise UserError("upward.receipt_unknown_package",
                        name=str(receipt.body.get("office_name", "")),
                        period=receipt.period.label, sequence=receipt.sequence)
    return export


def import_receipt(session: Session, actor: Actor, data: bytes) -> ReceiptOutcome:
    """Verify a street's 回执 and record its decision on the package it names."""
    actor = require(session, actor, "clerk")
    receipt = _parse(data)
    key = _street_key(session, receipt)
    if not keys.verify(key.public_key, canonical(receipt.body), receipt.signature):
        raise UserError("upward.receipt_bad_signature", name=receipt.street_name,
                        fingerprint=receipt.fingerprint)
    export = _export_of(session, receipt)
    digest = hashlib.sha256(canonical(receipt.body)).hexdigest()
    comment = str(receipt.body.get("comment", "")).strip()
    decided_by = str(receipt.body.get("decided_by", ""))[:50]
    seen = session.execute(select(UpwardReceipt.id).where(
        UpwardReceipt.receipt_sha256 == digest)).scalar()
    if seen is None:
        _refuse_outdated(session, export, receipt)
        records.create(session, actor, UpwardReceipt(
            export_id=export.id, receipt_sha256=digest, status=receipt.status,
            comment=comment, decided_on=receipt.decided_on, decided_by=decided_by,
            street_code=receipt.street_code, street_name=receipt.street_name[:100],
            fingerprint=receipt.fingerprint))
    return ReceiptOutcome(export.id, receipt.street_name, receipt.period, receipt.sequence,
                          receipt.status, comment, receipt.decided_on, decided_by,
                          unchanged=seen is not None)


def _refuse_outdated(session: Session, export: UpwardExport, receipt: _Receipt) -> None:
    current = session.execute(select(UpwardReceipt).where(
        UpwardReceipt.export_id == export.id).order_by(UpwardReceipt.id.desc()).limit(1)
    ).scalar()
    if current is not None and _RANK[receipt.status] < _RANK[current.status]:
        raise UserError("upward.receipt_outdated", period=receipt.period.label,
                        sequence=receipt.sequence, status=RECEIPT_STATES[receipt.status],
                        current=RECEIPT_STATES[current.status])
