"""Helpers every service uses to load, create, change and delete an Editable record.

Each write goes through here so that it is made by a known, active user (read from the
database, models.auth.acting), checked against the version the clerk saw, stamped with
who made it, and appended to the audit trail with before and after values.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import audit, validation
from models.auth import Actor, acting
from models.base import Editable, utcnow
from models.errors import StaleRecord, UserError

E = TypeVar("E", bound=Editable)


def entity_name(cls: type[Editable]) -> str:
    return cls.__tablename__  # type: ignore[attr-defined]


def load(session: Session, cls: type[E], record_id: int, label: str) -> E:
    obj = session.get(cls, record_id)
    if obj is None:
        raise UserError("record.missing", entity=label, id=record_id)
    return obj


def local_time_text(stamp: dt.datetime | None) -> str:
    """A stored time for the clerk, in this computer's time zone.

    `updated_at` is stored as naive UTC on both backends (models.base.utcnow; the column
    has no time zone, so PostgreSQL hands back exactly what was written)."""
    if stamp is None:
        return "刚才"
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M")


def stale(obj: Editable, label: str) -> StaleRecord:
    return StaleRecord("record.stale", entity=label, user=obj.updated_by or "他人",
                       when=local_time_text(obj.updated_at))


def check_version(obj: Editable, expected: int, label: str) -> None:
    """Refuse a save based on an older version, naming who changed it and when."""
    if obj.version != expected:
        raise stale(obj, label)


def create(session: Session, actor: Actor, obj: E) -> E:
    actor = acting(session, actor)
    obj.updated_by = actor.display_name
    session.add(obj)
    _flush(session, obj)
    audit.record(session, actor, "create", entity_name(type(obj)), obj.id,
                 after=audit.snapshot(obj))
    return obj


def create_many(session: Session, actor: Actor, cls: type[E],
                rows: Sequence[dict[str, Any]], *, checked: frozenset[str] = frozenset()
                ) -> list[int]:
    """`create` for a batch of new rows of `cls` (column values without the id and stamps).

    One multi-row INSERT returning the ids, one multi-row append to the trail; each row
    gets the stamps and the audit entry `create` would give it. No ORM objects are made,
    so a bulk import's memory does not grow with the identity map. The stored-text check
    of the ORM's flush hook is made here too, except on the columns in `checked`, which
    the caller checked in a cheaper way of its own.
    """
    mapper = sa_inspect(cls)
    for row in rows:
        validation.refuse_unsafe_values(mapper, row, checked)
    now = utcnow()
    stamped = [{**row, "version": 1, "created_at": now, "updated_at": now,
                "updated_by": actor.display_name} for row in rows]
    table = cls.__table__  # type: ignore[attr-defined]
    # Core, not the ORM's bulk insert, which splits the rows by which values are None.
    ids = list(session.execute(insert(table).returning(table.c.id,
                                                       sort_by_parameter_order=True),
                               stamped).scalars())
    entity = entity_name(cls)
    audit.record_many(session, actor, [
        audit.Change("create", entity, new_id,
                     after=audit.snapshot_values(session, cls, {**row, "id": new_id}))
        for new_id, row in zip(ids, stamped, strict=True)])
    return ids


class ItemFailed(Exception):
    """Item `index` of a batch was refused; `error` says why, as for a single save."""

    def __init__(self, index: int, error: UserError) -> None:
        super().__init__(index, error)
        self.index = index
        self.error = error


def update(session: Session, actor: Actor, obj: E, expected_version: int, label: str,
           values: dict[str, Any]) -> E:
    actor = acting(session, actor)
    check_version(obj, expected_version, label)
    before = audit.snapshot(obj)
    for key, value in values.items():
        setattr(obj, key, value)
    obj.updated_by = actor.display_name
    _flush(session, obj, label)
    after = audit.snapshot(obj)
    changed = {k for k in after if before.get(k) != after[k]} - {"version", "updated_at"}
    audit.record(session, actor, "update", entity_name(type(obj)), obj.id,
                 before={k: before[k] for k in changed}, after={k: after[k] for k in changed})
    return obj


def delete(session: Session, actor: Actor, obj: Editable, expected_version: int, label: str,
           name: str) -> None:
    acting(session, actor)
    check_version(obj, expected_version, label)
    before = audit.snapshot(obj)
    session.delete(obj)
    try:
        session.flush()
    except IntegrityError as exc:
        raise UserError("record.in_use", entity=label, name=name) from exc
    audit.record(session, actor, "delete", entity_name(type(obj)), before["id"], before=before)


def _flush(session: Session, obj: Editable, label: str = "记录") -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        # Another session committed between our read and our UPDATE: ask the database,
        # in a unit of work of its own, who that was and when.
        raise _stale_from_database(session, obj, label) from exc


def _stale_from_database(session: Session, obj: Editable, label: str) -> StaleRecord:
    cls, record_id = type(obj), sa_inspect(obj).identity[0]
    with Session(session.get_bind()) as fresh:
        row = fresh.execute(select(cls.updated_by, cls.updated_at)
                            .where(cls.id == record_id)).first()
    if row is None:
        return StaleRecord("record.stale", entity=label, user="他人", when="刚才")
    return StaleRecord("record.stale", entity=label, user=row[0] or "他人",
                       when=local_time_text(row[1]))
