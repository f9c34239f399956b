"""The audit trail: an append-only, hash-chained log of every change made by a service.

Each row's hash covers the previous row's hash and the row's own canonical content
(including its id), so a changed, deleted, reordered or inserted row breaks the chain at
a row `verify_chain` can name. Database triggers refuse UPDATE and DELETE on the table.

The trail is also the reference `check` replays to prove the business tables
(models/audit_replay.py): a `create` carries the full snapshot, an `update` the changed
fields, a `delete` the last snapshot; a set of link rows (a composite key under one owner)
is written whole by `record_set`. Secret columns are kept as a digest (`trail_value`), so
the replay can still compare them without the trail holding the secret.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from models.auth import Actor
from models.base import utcnow
from models.users_entities import AuditEntry

GENESIS = "0" * 64
# Serialises appends on PostgreSQL (SQLite's BEGIN IMMEDIATE already does).
ADVISORY_LOCK_KEY = 0x61756469  # "audi"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


# Columns whose value the trail keeps only as a digest: enough to prove the stored value is
# the one the trail says, useless for cracking (an Argon2 hash carries its own salt).
CONCEALED: set[tuple[str, str]] = {("app_user", "password_hash")}


def conceal(value: object) -> str:
    return "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()


def trail_value(session: Session | None, table: str, column: str, value: Any) -> Any:
    """How the trail holds `value` of `table.column`: the one rule snapshots and the replay
    share (a new secret column is concealed by adding it to CONCEALED). `session` reads
    whatever a rule needs from the database (a digest key); none does yet."""
    if value is not None and (table, column) in CONCEALED:
        return conceal(value)
    return _plain(value)


def snapshot(obj: Any) -> dict[str, Any]:
    """Column values of an ORM object as JSON-able plain values (secrets as digests)."""
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
    """Append one entry. Call inside the unit of work that makes the change."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    last = session.execute(
        select(AuditEntry.id, AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    entry_id = (last.id + 1) if last else 1
    prev = last.row_hash if last else GENESIS
    at = utcnow()
    before_text, after_text = _dump(before), _dump(after)
    content = canonical(entry_id, at, actor.username, action, entity, str(record_id),
                        before_text, after_text)
    session.add(AuditEntry(id=entry_id, at=at, username=actor.username, action=action,
                           entity=entity, record_id=str(record_id), before=before_text,
                           after=after_text, prev_hash=prev, row_hash=row_hash(prev, content)))
    session.flush()


def _sorted_set(values: Iterable[Any]) -> list[Any]:
    return sorted(set(values), key=lambda v: (type(v).__name__, v))


def record_set(session: Session, actor: Actor, table: str, owner_id: object, *, column: str,
               before: Iterable[Any], after: Iterable[Any]) -> None:
    """Audit the whole set of link rows one owner holds (person_role, meeting attendees):
    `table` has a composite key whose first column is the owner and `column` the member."""
    old, new = _sorted_set(before), _sorted_set(after)
    if old != new:
        record(session, actor, "update", table, owner_id, before={column: old},
               after={column: new})


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
