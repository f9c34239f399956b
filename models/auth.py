"""Who is acting, and what their role allows. Enforced in services, not only in the UI.

An `Actor` is only a claim: the login screen builds one, the UI keeps it for hours, a
script may build one by hand. Every service therefore resolves the claim against the
`app_user` row in its own transaction (`require`, `acting`) and carries on with the
fresh actor: an unknown, deactivated or demoted user is refused with a message however
the caller built its object, and a renamed user is stamped with the current name.

`SYSTEM` is the program itself (first-run set-up, demo data, seeding); it is recognised
by identity, not by equality, so an `Actor("system", ...)` built elsewhere is refused
like any other unknown user.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import UserError
from models.messages import register
from models.users_entities import ROLES, User

register({
    "auth.unknown": "用户“{username}”不存在，不能执行此操作。请重新登录。",
    "auth.inactive": "账号“{user}”已停用，不能执行此操作。请联系管理员。",
})

# Each role can do what the roles below it can.
ROLE_RANK = {"clerk": 1, "reviewer": 2, "admin": 3}
CACHE_KEY = "gongjian.actors"  # Session.info: username -> resolved Actor


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK[role]


SYSTEM = Actor(username="system", display_name="系统", role="admin")


def acting(session: Session, actor: Actor) -> Actor:
    """The actor as the database knows it now: known and active, with its current name and
    role. Read once per unit of work (Session.info), so a bulk write costs one query."""
    if actor is SYSTEM:
        return SYSTEM
    cache: dict[str, Actor] = session.info.setdefault(CACHE_KEY, {})
    fresh = cache.get(actor.username)
    if fresh is None:
        row = session.execute(select(User.username, User.display_name, User.role, User.active)
                              .where(User.username == actor.username)).first()
        if row is None:
            raise UserError("auth.unknown", username=actor.username)
        if not row.active:
            raise UserError("auth.inactive", user=row.display_name)
        fresh = cache[actor.username] = Actor(row.username, row.display_name, row.role)
    return fresh


def forget(session: Session, username: str) -> None:
    """Drop a cached resolution after the user's row changed in this unit of work."""
    session.info.get(CACHE_KEY, {}).pop(username, None)


def require(session: Session, actor: Actor, role: str) -> Actor:
    """The fresh actor (see `acting`) if it holds `role` or a higher one, else a refusal."""
    fresh = acting(session, actor)
    if not fresh.can(role):
        raise UserError("auth.forbidden", user=fresh.display_name, role=ROLES[role])
    return fresh
