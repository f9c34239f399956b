"""Roles are enforced by the services: what a clerk, a reviewer and an admin may do."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy.orm import Session

from models import demo, users
from models.auth import Actor
from models.db import Database
from models.errors import UserError
from models.registry import people, places, units


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                        parallelism=1, type=Type.ID))


@dataclass(frozen=True)
class Office:
    community_id: int
    admin: Actor
    reviewer: Actor
    clerk: Actor


@pytest.fixture
def office(db: Database) -> Office:
    with db.session() as session:
        admin = users.setup_office(
            session, street_name="江北街道", community_name="兴文社区", community_code="",
            admin_username="admin", admin_display_name="王建国", admin_password="admin-pass-1")
        for username, name, role in (("shenhe", "李秀英", "reviewer"),
                                     ("jingban", "张小军", "clerk")):
            users.create_user(session, admin, username=username, display_name=name, role=role,
                              password="secret-123")
        community_id = places.list_communities(session)[0].id
    return Office(community_id, admin, users.login(db, "shenhe", "secret-123"),
                  users.login(db, "jingban", "secret-123"))


def create_records(db: Database, office: Office) -> dict[str, tuple[int, int]]:
    """A compound, a unit and a person, created by the clerk: (id, version) by kind."""
    code = demo.credit_code(random.Random(7), "enterprise")
    with db.session() as session:
        compound = places.create_compound(session, office.clerk, office.community_id,
                                          places.CompoundData(name="翰林苑"))
        unit = units.create_unit(session, office.clerk, office.community_id,
                                 units.UnitData(name="巴中市第三中学", uscc=code, kind="school"))
        person = people.create_person(session, office.clerk, office.community_id,
                                      people.PersonData(name="赵春梅"))
    return {"compound": (compound, 1), "unit": (unit, 1), "person": (person, 1)}


Deleter = Callable[[Session, Actor, int, int], None]
DELETERS: dict[str, Deleter] = {"compound": places.delete_compound, "unit": units.delete_unit,
                                "person": people.delete_person}


def counts(db: Database) -> dict[str, int]:
    with db.read_session() as session:
        return {"compound": len(places.list_compounds(session)),
                "unit": len(units.list_units(session)),
                "person": len(people.list_people(session))}


def test_clerk_creates_registry_records(db: Database, office: Office) -> None:
    create_records(db, office)
    assert counts(db) == {"compound": 1, "unit": 1, "person": 1}


@pytest.mark.parametrize("kind", sorted(DELETERS))
def test_clerk_cannot_delete_but_reviewer_can(db: Database, office: Office, kind: str) -> None:
    record_id, version = create_records(db, office)[kind]
    with pytest.raises(UserError) as refused, db.session() as session:
        DELETERS[kind](session, office.clerk, record_id, version)
    assert refused.value.code == "auth.forbidden"
    assert refused.value.message == "张小军没有权限执行此操作（需要“审核人”权限）。"
    assert counts(db)[kind] == 1
    with db.session() as session:
        DELETERS[kind](session, office.reviewer, record_id, version)
    assert counts(db)[kind] == 0


@pytest.mark.parametrize("who", ["clerk", "reviewer"])
def test_only_an_admin_creates_users(db: Database, office: Office, who: str) -> None:
    actor: Actor = getattr(office, who)
    with pytest.raises(UserError) as refused, db.session() as session:
        users.create_user(session, actor, username="newbie", display_name="新人",
                          role="clerk", password="secret-123")
    assert refused.value.code == "auth.forbidden"
    assert refused.value.message == f"{actor.display_name}没有权限执行此操作（需要“管理员”权限）。"
    with db.session() as session:
        users.create_user(session, office.admin, username="newbie", display_name="新人",
                          role="clerk", password="secret-123")
    assert users.login(db, "newbie", "secret-123").role == "clerk"


def test_only_an_admin_changes_roles_and_accounts(db: Database, office: Office) -> None:
    with db.read_session() as session:
        clerk = next(r for r in users.list_users(session) if r.username == "jingban")
    attempts = (
        lambda s: users.set_role(s, office.reviewer, clerk.id, clerk.version, "admin"),
        lambda s: users.set_active(s, office.reviewer, clerk.id, clerk.version, False),
        lambda s: users.change_password(s, office.reviewer, clerk.id, None, "taken-over-1"),
        lambda s: users.set_role(s, office.clerk, clerk.id, clerk.version, "admin"),
    )
    for attempt in attempts:
        with pytest.raises(UserError, match="需要“管理员”权限"), db.session() as session:
            attempt(session)
    assert users.login(db, "jingban", "secret-123").role == "clerk"
