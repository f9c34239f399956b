"""Helpers every service uses to load, create, change and delete an Editable record.

Each write goes through here so that it is made by a known, active user (read from the
database, models.auth.acting), checked against the version the clerk saw, stamped with
who made it, and appended to the audit trail with before and after values.
"""
from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import audit
from models.auth import Actor, acting
from models.base import Editable
from models.errors import StaleRecord, UserError

E = TypeVar("E", bound=Editable)


def entity_name(cls: type[Editable]) -> str:
    return cls.__tablename__  # type: ignore[attr-defined, no-any-return]


def load(session: Session, cls: type[E], record_id: int, label: str) -> E:
    obj = session.get(cls, record_id)
    if obj is None:
        raise UserError("record.missing", entity=label, id=record_id)
    return obj


def check_version(obj: Editable, expected: int, label: str) -> None:
    """Refuse a save based on an older version, naming who changed it and when."""
    if obj.version != expected:
        raise StaleRecord("record.stale", entity=label, user=obj.updated_by or "他人",
                          when=obj.updated_at.strftime("%Y-%m-%d %H:%M"))


def create(session: Session, actor: Actor, obj: E) -> E:
    actor = acting(session, actor)
    obj.updated_by = actor.display_name
    session.add(obj)
    _flush(session, obj)
    audit.record(session, actor, "create", entity_name(type(obj)), obj.id,
                 after=audit.snapshot(obj))
    return obj


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
        # Another session committed between our read and our UPDATE.
        raise StaleRecord("record.stale", entity=label, user="他人", when="刚才") from exc
