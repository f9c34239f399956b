"""Who may act is read from the database, every time (issue 9, item 2).

The UI keeps the actor it got at login for hours, and a script can build one by hand.
Services must not trust it: a user who does not exist, was deactivated or demoted since
is refused with a message, and nothing is written.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import func, select

from models import users
from models.auth import Actor
from models.db import Database
from models.errors import UserError
from models.issues import taxonomy
from models.registry import people, places
from models.users_entities import AuditEntry

T0 = dt.datetime(2026, 11, 25, 9, 0, 0)
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "HASHER", CHEAP)


def set_up(db: Database) -> tuple[Actor, int]:
    """An office with its administrator, a clerk 张小军 and a reviewer 李秀英."""
    with db.session() as session:
        admin = users.setup_office(
            session, street_name="江北街道", community_name="兴文社区", community_code="",
            admin_username="admin", admin_display_name="王建国", admin_password="admin-pass-1")
        for username, name, role in (("jingban", "张小军", "clerk"),
                                     ("shenhe", "李秀英", "reviewer")):
            users.create_user(session, admin, username=username, display_name=name,
                              role=role, password="secret-123")
        community = places.list_communities(session)[0].id
    return admin, community


def user_id(db: Database, username: str) -> tuple[int, int]:
    with db.read_session() as session:
        row = next(r for r in users.list_users(session) if r.username == username)
    return row.id, row.version


def trail_length(db: Database) -> int:
    with db.read_session() as session:
        return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def refused(db: Database, work: Callable[..., object]) -> UserError:
    """Run `work(session)` in a unit of work; it must be refused and write nothing."""
    before = trail_length(db)
    with pytest.raises(UserError) as error, db.session() as session:
        work(session)
    assert trail_length(db) == before
    return error.value


def add_person(actor: Actor, community: int) -> Callable[..., object]:
    return lambda session: people.create_person(session, actor, community,
                                                people.PersonData(name="赵春梅"))


def test_an_actor_nobody_logged_in_as_is_refused(db: Database) -> None:
    _admin, community = set_up(db)
    ghost = refused(db, add_person(Actor("ghost", "某人", "admin"), community))
    assert ghost.message == "用户“ghost”不存在，不能执行此操作。请重新登录。"
    # "system" is the program itself only when it is the program's own object.
    system = refused(db, lambda s: places.create_street(s, Actor("system", "系统", "admin"),
                                                        name="假街道"))
    assert system.code == "auth.unknown"


def test_a_claimed_role_counts_for_nothing(db: Database) -> None:
    _admin, _community = set_up(db)
    forged = Actor("jingban", "张小军", "admin")  # the clerk, claiming to be admin
    error = refused(db, lambda s: taxonomy.create_category(s, forged, name="假分类"))
    assert error.message == "张小军没有权限执行此操作（需要“管理员”权限）。"


def test_a_demoted_reviewer_is_refused_with_the_actor_from_before(db: Database) -> None:
    admin, community = set_up(db)
    reviewer = users.login(db, "shenhe", "secret-123")
    with db.session() as session:
        person = people.create_person(session, reviewer, community,
                                      people.PersonData(name="赵春梅"))
        ident, version = user_id(db, "shenhe")
        users.set_role(session, admin, ident, version, "clerk")
    error = refused(db, lambda s: people.delete_person(s, reviewer, person, 1))
    assert error.message == "李秀英没有权限执行此操作（需要“审核人”权限）。"


def test_a_deactivated_clerk_is_refused_everywhere(db: Database) -> None:
    admin, community = set_up(db)
    clerk = users.login(db, "jingban", "secret-123")
    ident, version = user_id(db, "jingban")
    with db.session() as session:
        users.set_active(session, admin, ident, version, False)
    error = refused(db, add_person(clerk, community))
    assert error.message == "账号“张小军”已停用，不能执行此操作。请联系管理员。"
    # Even a write that needs no particular role, and her own password.
    assert refused(db, lambda s: users.change_password(
        s, clerk, ident, "secret-123", "new-secret-1")).code == "auth.inactive"


def test_the_record_is_stamped_with_the_name_the_database_holds(db: Database) -> None:
    _admin, community = set_up(db)
    stale = Actor("jingban", "旧名字", "clerk")  # built before a rename, say
    with db.session() as session:
        person = people.create_person(session, stale, community,
                                      people.PersonData(name="赵春梅"))
    with db.read_session() as session:
        assert people.get_person(session, person).updated_by == "张小军"


# --- logging in ------------------------------------------------------------------------

def login_outcome(db: Database, username: str, password: str) -> UserError:
    with pytest.raises(UserError) as error:
        users.login(db, username, password, now=T0)
    return error.value


def test_a_deactivated_account_does_not_tell_whether_the_password_was_right(
        db: Database) -> None:
    admin, _community = set_up(db)
    ident, version = user_id(db, "jingban")
    with db.session() as session:
        users.set_active(session, admin, ident, version, False)
    right = login_outcome(db, "jingban", "secret-123")
    wrong = login_outcome(db, "jingban", "not-the-one")
    unknown = login_outcome(db, "nobody", "secret-123")
    assert right.message == wrong.message == unknown.message == (
        "用户名或密码不正确，或账号已停用。账号停用请联系管理员。")
    # Both attempts count, so the throttle does not tell either.
    assert user_id(db, "jingban") == (ident, version + 1)
    with db.read_session() as session:
        row = next(r for r in users.list_users(session) if r.username == "jingban")
    assert row.failed_logins == 2


class SlowHasher(PasswordHasher):
    """Verification takes a while, as Argon2 does in production: a window for a race."""

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        time.sleep(0.3)
        return super().verify(hash, password)


def test_parallel_guesses_are_throttled_like_sequential_ones(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight guesses at once: the first three are checked (failures 1–3, after the third
    the account waits 4 s), the other five are refused unread, on both backends."""
    set_up(db)
    monkeypatch.setattr(users, "HASHER", SlowHasher(time_cost=1, memory_cost=8,
                                                    parallelism=1, type=Type.ID))
    start = threading.Barrier(8)
    codes: list[str] = []

    def guess(number: int) -> None:
        start.wait()
        try:
            users.login(db, "jingban", f"guess-{number:04d}", now=T0)
        except UserError as error:
            codes.append(error.code)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == ["user.bad_login"] * 3 + ["user.throttled"] * 5
    with db.read_session() as session:
        row = next(r for r in users.list_users(session) if r.username == "jingban")
    assert row.failed_logins == 3
