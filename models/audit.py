"""The audit trail: an append-only, hash-chained log of every change made by a service.

Each row's hash covers the previous row's hash and the row's own canonical content
(including its id), so a changed, deleted, reordered or inserted row breaks the chain at
a row `verify_chain` can name. Database triggers refuse UPDATE and DELETE on the table.

Personal data never enters the trail whole. A column marked in SENSITIVE (today the
公民身份号码) is kept as its masked form plus an HMAC-SHA256 of the full value under a
per-database secret (table app_key, made by migration 0008, write-once): an inspector
sees that a number changed and which (masked) number it was, and `check` can compare
the digest of the current value with the trail (`trail_value`), but a copy of the trail
alone does not give the numbers back, nor can they be guessed by hashing candidates
without the key. The key lives in the database because whoever holds the database holds
the numbers anyway; it travels with backups and is the same on every PC of an office.
Entries written before this rule keep what they held: the chain forbids rewriting them.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from models.auth import Actor, acting
from models.base import utcnow
from models.users_entities import AppKey, AuditEntry
from models.validation import mask_id_number

GENESIS = "0" * 64
# Serialises appends on PostgreSQL (SQLite's BEGIN IMMEDIATE already does).
ADVISORY_LOCK_KEY = 0x61756469  # "audi"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


# Columns holding personal data: (table, column) -> the masked form kept beside the digest.
SENSITIVE: dict[tuple[str, str], Callable[[str], str]] = {
    ("person", "id_number"): mask_id_number,
}
DIGEST_KEY = "audit_digest"
DIGEST_MARK = " hmac:"
_KEY_CACHE = "gongjian.audit_key"  # Session.info


def digest_key(session: Session) -> bytes:
    """This database's secret for digests (made once if a database lacks it)."""
    key = session.info.get(_KEY_CACHE)
    if key is None:
        value = session.execute(select(AppKey.value).where(AppKey.name == DIGEST_KEY)).scalar()
        if value is None:
            value = secrets.token_hex(32)
            session.add(AppKey(name=DIGEST_KEY, value=value))
            session.flush()
        key = session.info[_KEY_CACHE] = bytes.fromhex(value)
    return key


def trail_value(session: Session, table: str, column: str, value: Any) -> Any:
    """How the trail holds `value` of `table.column`: the one rule that snapshots, and
    `check` when it compares a current row with the trail, both apply."""
    mask = SENSITIVE.get((table, column))
    if mask is None or value is None or value == "":
        return _plain(value)
    digest = hmac.new(digest_key(session), str(value).encode("utf-8"), hashlib.sha256)
    return f"{mask(str(value))}{DIGEST_MARK}{digest.hexdigest()}"


def shown(value: Any) -> Any:
    """A trail value as a person reads it: the masked part of a sensitive one."""
    if isinstance(value, str) and DIGEST_MARK in value:
        return value.split(DIGEST_MARK, 1)[0]
    return value


def snapshot(obj: Any) -> dict[str, Any]:
    """Column values of an ORM object as JSON-able plain values, personal data masked and
    digested (`trail_value`)."""
    state = inspect(obj)
    table = state.mapper.local_table.name
    return {attr.key: trail_value(state.session, table, attr.columns[0].name,
                                  getattr(obj, attr.key))
            for attr in state.mapper.column_attrs}


def canonical(entry_id: int, at: dt.datetime, username: str, action: str, entity: str,
              record_id: str, before: str, after: str) -> str:
    return json.dumps([entry_id, at.isoformat(timespec="microseconds"), username, action,
                       entity, record_id, before, after], ensure_ascii=False,
                      separators=(",", ":"))


def row_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def _dump(values: dict[str, Any] | None) -> str:
    if values is None:
        return ""
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))


def record(session: Session, actor: Actor, action: str, entity: str, record_id: object,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    """Append one entry for a change made by `actor`, who must be a known, active user
    (models.auth.acting). Call inside the unit of work that makes the change."""
    append(session, acting(session, actor).username, action, entity, record_id,
           before=before, after=after)


def append(session: Session, username: str, action: str, entity: str, record_id: object, *,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    """Append one entry under `username` as given: only for what is not an act of a
    logged-in user (a login attempt, whose name may be unknown or deactivated)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    last = session.execute(
        select(AuditEntry.id, AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    entry_id = (last.id + 1) if last else 1
    prev = last.row_hash if last else GENESIS
    at = utcnow()
    before_text, after_text = _dump(before), _dump(after)
    content = canonical(entry_id, at, username, action, entity, str(record_id),
                        before_text, after_text)
    session.add(AuditEntry(id=entry_id, at=at, username=username, action=action,
                           entity=entity, record_id=str(record_id), before=before_text,
                           after=after_text, prev_hash=prev, row_hash=row_hash(prev, content)))
    session.flush()


@dataclass(frozen=True)
class ChainBreak:
    row_id: int
    reason: str


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    username: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]


def _rows(session: Session) -> Iterator[Any]:
    yield from session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()


def verify_chain(session: Session) -> ChainBreak | None:
    """The first row where the chain does not hold, or None if it is whole."""
    expected_prev, expected_id = GENESIS, 1
    for row in _rows(session):
        if row.id != expected_id:
            missing = expected_id if row.id > expected_id else row.id
            return ChainBreak(missing, "missing" if row.id > expected_id else "order")
        if row.prev_hash != expected_prev:
            return ChainBreak(row.id, "link")
        content = canonical(row.id, row.at, row.username, row.action, row.entity,
                            row.record_id, row.before, row.after)
        if row_hash(row.prev_hash, content) != row.row_hash:
            return ChainBreak(row.id, "content")
        expected_prev, expected_id = row.row_hash, row.id + 1
    return None


def history(session: Session, entity: str, record_id: object) -> list[HistoryEntry]:
    rows = session.execute(
        select(AuditEntry).where(AuditEntry.entity == entity,
                                 AuditEntry.record_id == str(record_id))
        .order_by(AuditEntry.id)
    ).scalars()
    return [HistoryEntry(r.id, r.at, r.username, r.action,
                         json.loads(r.before) if r.before else {},
                         json.loads(r.after) if r.after else {}) for r in rows]
