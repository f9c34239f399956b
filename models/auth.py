"""Who is acting, and what their role allows. Enforced in services, not only in the UI."""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import UserError
from models.users_entities import ROLES

# Each role can do what the roles below it can.
ROLE_RANK = {"clerk": 1, "reviewer": 2, "admin": 3}


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


SYSTEM = Actor(username="system", display_name="系统", role="admin")


def require(actor: Actor, role: str) -> None:
    """Refuse with a message unless `actor` holds `role` or a higher one."""
    if not actor.can(role):
        raise UserError("auth.forbidden", user=actor.display_name, role=ROLES[role])
