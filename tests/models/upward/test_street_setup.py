"""Setting up a street office for real: its communities are expected in the grid at once,
before any key is registered; a bad community line or a repeated code is refused."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from models import users
from models.db import Database
from models.errors import UserError
from models.office import Office
from models.upward import street
from models.users_entities import User


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                        parallelism=1, type=Type.ID))
    yield


def set_up_street(db: Database, communities: list[tuple[str, str]]) -> None:
    with db.session() as session:
        users.setup_street(session, street_name="江北街道", street_code="511902003",
                           communities=communities, admin_username="admin",
                           admin_display_name="李街道", admin_password="street-pass-1")


def test_a_street_office_expects_its_communities_before_any_key(db: Database) -> None:
    set_up_street(db, [("兴文社区", "511902003005"), ("回风社区", "511902003006")])
    with db.read_session() as session:
        office = session.execute(select(Office)).scalar_one()
        assert (office.level, office.name, office.code) == ("street", "江北街道", "511902003")
        admin = session.execute(select(User)).scalar_one()
        assert (admin.username, admin.role) == ("admin", "admin")
        grid = street.completeness(session, 2026, "quarter", dt.date(2026, 11, 30))
    assert [(code, name) for code, name, _ in grid.rows] == [
        ("511902003005", "兴文社区"), ("511902003006", "回风社区")]
    assert [cell.text for cell in grid.rows[0][2]] == ["未报", "未报", "未报", "—"]


def test_a_street_cannot_be_set_up_twice_nor_with_a_code_repeated(db: Database) -> None:
    with pytest.raises(UserError, match="511902003005"):
        set_up_street(db, [("兴文社区", "511902003005"), ("回风社区", "511902003005")])
    with db.read_session() as session:
        assert session.execute(select(Office)).first() is None  # nothing written
    set_up_street(db, [])
    with pytest.raises(UserError, match="不能重复设置"):
        set_up_street(db, [("兴文社区", "511902003005")])


def test_communities_typed_one_a_line() -> None:
    assert users.community_lines("兴文社区 511902003005\n\n回风社区：511902003006\n") == [
        ("兴文社区", "511902003005"), ("回风社区", "511902003006")]
    with pytest.raises(UserError, match="第 2 行"):
        users.community_lines("兴文社区 511902003005\n回风社区")
