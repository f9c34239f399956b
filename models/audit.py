"""The audit trail: an append-only, hash-chained log of every change made by a service.

Each row's hash covers the previous row's hash and the row's own canonical content
(including its id), so a changed, deleted, reordered or inserted row breaks the chain at
a row `verify_chain` can name. Database triggers refuse UPDATE and DELETE on the table.

The trail is also the reference `check` replays to prove the business tables
(models/audit_replay.py): a `create` carries the full snapshot, an `update` the changed
fields, a `delete` the last snapshot; a set of link rows (a composite key under one owner)
is written whole by `record_set`. Secret columns are kept as a digest (`trail_value`), so
the replay can still compare them without the trail holding the secret.

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, inspect, select, text
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


# Columns whose value the trail keeps only as a digest: enough to prove the stored value is
# the one the trail says, useless for cracking (an Argon2 hash carries its own salt).
# A package's data member is kept whole in upward_data and signed by the community (the
# manifest lists its SHA-256): its digest proves it as well as a copy would, at a fraction
# of the trail's size and of the import's time.
CONCEALED: set[tuple[str, str]] = {("app_user", "password_hash"), ("upward_data", "body")}
# Columns holding personal data: (table, column) -> the masked form kept beside the digest.
SENSITIVE: dict[tuple[str, str], Callable[[str], str]] = {
    ("person", "id_number"): mask_id_number,
    ("mediation_party", "id_number"): mask_id_number,
}
DIGEST_KEY = "audit_digest"
DIGEST_MARK = " hmac:"
_KEY_CACHE = "gongjian.audit_key"  # Session.info


def conceal(value: object) -> str:
    return "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()


def digest_key(session: Session) -> bytes | None:
    """This database's secret for digests (made once if a database lacks it), or None for
    a database from before the rule (no app_key table: its trail holds the plain values).
    A damaged key (not hex) still gives a key, so `check` reports differences, not a crash."""
    key = session.info.get(_KEY_CACHE)
    if key is None:
        if not inspect(session.connection()).has_table(AppKey.__tablename__):
            return None
        value = session.execute(select(AppKey.value).where(AppKey.name == DIGEST_KEY)).scalar()
        if value is None:
            value = secrets.token_hex(32)
            session.add(AppKey(name=DIGEST_KEY, value=value))
            session.flush()
        try:
            key = bytes.fromhex(str(value))
        except ValueError:
            key = hashlib.sha256(repr(value).encode("utf-8")).digest()
        session.info[_KEY_CACHE] = key
    return key


def trail_value(session: Session, table: str, column: str, value: Any) -> Any:
    """How the trail holds `value` of `table.column`: the one rule that snapshots, and
    `check` when it compares a current row with the trail, both apply. A concealed
    column (a password hash) is kept as a plain digest; personal data as its masked form
    and a keyed digest."""
    if value is None or value == "":
        return _plain(value)
    if (table, column) in CONCEALED:
        return conceal(value)
    mask = SENSITIVE.get((table, column))
    key = digest_key(session) if mask is not None else None
    if mask is None or key is None:
        return _plain(value)
    digest = hmac.new(key, str(value).encode("utf-8"), hashlib.sha256)
    return f"{mask(str(value))}{DIGEST_MARK}{digest.hexdigest()}"


def shown(value: Any) -> Any:
    """A trail value as a person reads it: the masked part of a sensitive one."""
    if isinstance(value, str) and DIGEST_MARK in value:
        return value.split(DIGEST_MARK, 1)[0]
    return value


def snapshot(obj: Any) -> dict[str, Any]:
    """Column values of an ORM object as JSON-able plain values, secrets as digests and
    personal data masked and digested (`trail_value`)."""
    state = inspect(obj)
    table = state.mapper.local_table.name
    return {attr.key: trail_value(state.session, table, attr.columns[0].name,
                                  getattr(obj, attr.key))
            for attr in state.mapper.column_attrs}


def snapshot_values(session: Session, cls: type, values: dict[str, Any]) -> dict[str, Any]:
    """`snapshot` of a new row of `cls` given as a dict of every column (a bulk insert)."""
    mapper: Any = inspect(cls)
    table = mapper.local_table.name
    return {attr.key: trail_value(session, table, attr.columns[0].name, values[attr.key])
            for attr in mapper.column_attrs}


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
class Change:
    """One entry for `record_many`: the arguments `record` takes after the actor."""

    action: str
    entity: str
    record_id: object
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def record_many(session: Session, actor: Actor, changes: Sequence[Change]) -> None:
    """Append entries in order, chained exactly as one `record` call each would chain them.

    The chain's head is locked and read once and the rows go in as one multi-row INSERT,
    so a bulk import costs one round trip per batch instead of a read and a flush per row.
    Call inside the unit of work that makes the changes.
    """
    if not changes:
        return
    prev, entry_id = _head(session)
    at = utcnow()
    rows = []
    for change in changes:
        entry_id += 1
        record_id = str(change.record_id)
        before_text, after_text = _dump(change.before), _dump(change.after)
        content = canonical(entry_id, at, actor.username, change.action, change.entity,
                            record_id, before_text, after_text)
        digest = row_hash(prev, content)
        rows.append({"id": entry_id, "at": at, "username": actor.username,
                     "action": change.action, "entity": change.entity, "record_id": record_id,
                     "before": before_text, "after": after_text, "prev_hash": prev,
                     "row_hash": digest})
        prev = digest
    session.execute(insert(AuditEntry), rows)


def _head(session: Session) -> tuple[str, int]:
    """The last row's hash and id (GENESIS and 0 for an empty trail), locked for appending."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    session.flush()  # rows added through the ORM come first
    last = session.execute(
        select(AuditEntry.id, AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (last.row_hash, last.id) if last else (GENESIS, 0)


def _sorted_set(values: Iterable[Any]) -> list[Any]:
    return sorted(set(values), key=lambda v: (type(v).__name__, v))


def record_set(session: Session, actor: Actor, table: str, owner_id: object, *, column: str,
               before: Iterable[Any], after: Iterable[Any]) -> None:
    """Audit the whole set of link rows one owner holds (person_role, meeting attendees):
    `table` has a composite key whose first column is the owner and `column` the member."""
    change = set_change(table, owner_id, column=column, before=before, after=after)
    if change is not None:
        record(session, actor, change.action, change.entity, change.record_id,
               before=change.before, after=change.after)


def set_change(table: str, owner_id: object, *, column: str, before: Iterable[Any],
               after: Iterable[Any]) -> Change | None:
    """The entry `record_set` appends, or None when the set is unchanged (for batches)."""
    old, new = _sorted_set(before), _sorted_set(after)
    if old == new:
        return None
    return Change("update", table, owner_id, before={column: old}, after={column: new})


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
