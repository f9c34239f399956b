"""Users for tests that act as someone: the demo's three, or any `Actor` a test made up.

Services resolve every actor against `app_user` (models.auth), so a test that acts as
the demo clerk needs the clerk's row. A cheap hasher keeps this fast; the password is
demo1234.
"""
from __future__ import annotations

from argon2 import PasswordHasher, Type
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import users
from models.auth import Actor
from models.users_entities import User

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)
DEMO_ACTORS = tuple(Actor(*user) for user in users.DEMO_USERS)


def add_users(session: Session, *actors: Actor) -> None:
    """Create a user for each actor whose username is not taken yet."""
    existing = set(session.execute(select(User.username)).scalars())
    saved, users.HASHER = users.HASHER, FAST_HASHER
    try:
        for actor in actors:
            if actor.username not in existing:
                users._insert(session, users.SYSTEM, username=actor.username,
                              display_name=actor.display_name, role=actor.role,
                              password=users.DEMO_PASSWORD)
                existing.add(actor.username)
    finally:
        users.HASHER = saved


def add_demo_users(session: Session) -> None:
    """admin (王建国), shenhe (李秀英) and jingban (张小军), as in the demo database."""
    add_users(session, *DEMO_ACTORS)
