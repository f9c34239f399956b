"""Users: first-run set-up, password rules, roles, logging in, throttling, audit."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from models import audit, users
from models.auth import Actor
from models.db import Database
from models.errors import FieldError, UserError
from models.office import Office
from models.registry import places
from models.users_entities import AuditEntry, User

PRODUCTION_HASHER = users.HASHER
T0 = dt.datetime(2026, 11, 25, 9, 0, 0)


class CountingHasher(PasswordHasher):
    """A cheap Argon2id hasher that counts verifications."""

    def __init__(self, time_cost: int = 1) -> None:
        super().__init__(time_cost=time_cost, memory_cost=8, parallelism=1, type=Type.ID)
        self.verifications = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.verifications += 1
        return super().verify(hash, password)


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountingHasher]:
    hasher = CountingHasher()
    monkeypatch.setattr(users, "HASHER", hasher)
    yield hasher


def set_up(db: Database, password: str = "admin-pass-1") -> Actor:
    with db.session() as session:
        return users.setup_office(
            session, street_name="江北街道", community_name="兴文社区",
            community_code="511902003005", admin_username="Admin",
            admin_display_name="王建国", admin_password=password)


def add_user(db: Database, admin: Actor, username: str, role: str,
             password: str = "secret-123") -> int:
    with db.session() as session:
        return users.create_user(session, admin, username=username, display_name=username,
                                 role=role, password=password)


def row(db: Database, username: str) -> users.UserRow:
    with db.read_session() as session:
        return next(r for r in users.list_users(session) if r.username == username)


def audit_rows(db: Database) -> list[AuditEntry]:
    with db.read_session() as session:
        return list(session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


# --- set-up --------------------------------------------------------------------------

def test_setup_office_creates_everything_once(db: Database) -> None:
    with db.read_session() as session:
        assert users.needs_setup(session)
    admin = set_up(db)
    assert admin == Actor("admin", "王建国", "admin")
    with db.read_session() as session:
        assert not users.needs_setup(session)
        office = session.execute(select(Office)).scalar_one()
        [community] = places.list_communities(session)
        assert (office.name, office.level, office.code) == ("兴文社区", "community", "511902003005")
        assert (office.community_id, office.street_id) == (community.id, community.street_id)
        assert community.street_name == "江北街道"
        assert [(r.username, r.role_label) for r in users.list_users(session)] == [
            ("admin", "管理员")]
    with pytest.raises(UserError) as refused, db.session() as session:
        users.setup_office(session, street_name="另一街道", community_name="另一社区",
                           community_code="", admin_username="boss",
                           admin_display_name="某人", admin_password="whatever-1")
    assert refused.value.code == "setup.done"
    assert users.login(db, "admin", "admin-pass-1").role == "admin"


def test_setup_refused_when_users_exist(db: Database) -> None:
    with db.session() as session:
        users.create_demo_users(session)
    with db.read_session() as session:
        assert not users.needs_setup(session)
    with pytest.raises(UserError, match="不能重复设置"):
        set_up(db)


def test_setup_with_short_password_leaves_nothing(db: Database) -> None:
    with pytest.raises(FieldError) as refused:
        set_up(db, password="short7!")
    assert refused.value.field == "password"
    assert "至少需要 8 个字符" in refused.value.message
    with db.read_session() as session:
        assert users.needs_setup(session)
        assert places.list_communities(session) == []


# --- passwords, usernames, roles -------------------------------------------------------

def test_password_policy(db: Database) -> None:
    admin = set_up(db)
    with pytest.raises(FieldError, match="至少需要 8 个字符"):
        add_user(db, admin, "zhang", "clerk", password="1234567")
    add_user(db, admin, "zhang", "clerk", password="12345678")
    add_user(db, admin, "li", "clerk", password="共建台账共建台账")  # 8 characters
    assert users.login(db, "li", "共建台账共建台账").username == "li"
    with pytest.raises(FieldError, match="不能超过 128"):
        add_user(db, admin, "wang", "clerk", password="x" * 129)


def test_usernames_are_case_insensitive_and_unique(db: Database) -> None:
    admin = set_up(db)
    add_user(db, admin, " Zhang ", "clerk")
    with pytest.raises(FieldError, match="已存在同名的用户"):
        add_user(db, admin, "ZHANG", "reviewer")
    with pytest.raises(FieldError) as bad:
        add_user(db, admin, "has space", "clerk")
    assert bad.value.field == "username"
    assert users.login(db, "zHaNg", "secret-123").username == "zhang"


def test_list_users_shows_roles_but_never_the_hash(db: Database) -> None:
    admin = set_up(db)
    add_user(db, admin, "shenhe", "reviewer")
    rows = row(db, "shenhe")
    assert (rows.role, rows.role_label, rows.active) == ("reviewer", "审核人", True)
    assert "password_hash" not in users.UserRow.__dataclass_fields__
    assert all("$argon2" not in str(value) for value in vars(rows).values())


def test_set_role_and_active_change_what_a_user_can_do(db: Database) -> None:
    admin = set_up(db)
    user_id = add_user(db, admin, "zhang", "clerk")
    with db.session() as session:
        users.set_role(session, admin, user_id, row(db, "zhang").version, "reviewer")
    assert users.login(db, "zhang", "secret-123").role == "reviewer"
    with db.session() as session:
        users.set_active(session, admin, user_id, row(db, "zhang").version, False)
    with pytest.raises(UserError) as refused:
        users.login(db, "zhang", "secret-123")
    assert refused.value.code == "user.bad_login"


def test_last_active_admin_cannot_be_demoted_or_deactivated(db: Database) -> None:
    admin = set_up(db)
    first = row(db, "admin")
    for change in (lambda s: users.set_role(s, admin, first.id, first.version, "reviewer"),
                   lambda s: users.set_active(s, admin, first.id, first.version, False)):
        with pytest.raises(UserError) as refused, db.session() as session:
            change(session)
        assert refused.value.code == "user.last_admin"
        assert "王建国" in refused.value.message
    second = add_user(db, admin, "boss", "admin")
    with db.session() as session:  # an inactive admin does not count
        users.set_active(session, admin, second, row(db, "boss").version, False)
    with pytest.raises(UserError, match="最后一位"), db.session() as session:
        users.set_role(session, admin, first.id, first.version, "clerk")
    with db.session() as session:
        users.set_active(session, admin, second, row(db, "boss").version, True)
        users.set_role(session, admin, first.id, first.version, "clerk")
    assert users.login(db, "admin", "admin-pass-1").role == "clerk"


def test_change_own_password_needs_the_old_one(db: Database) -> None:
    admin = set_up(db)
    clerk_id = add_user(db, admin, "zhang", "clerk")
    clerk = users.login(db, "zhang", "secret-123")
    with pytest.raises(FieldError) as wrong, db.session() as session:
        users.change_password(session, clerk, clerk_id, "guess-guess", "new-secret-1")
    assert (wrong.value.field, wrong.value.message) == ("old_password", "原密码不正确。")
    with db.session() as session:
        users.change_password(session, clerk, clerk_id, "secret-123", "new-secret-1")
    with pytest.raises(UserError, match="用户名或密码不正确"):
        users.login(db, "zhang", "secret-123")
    assert users.login(db, "zhang", "new-secret-1").username == "zhang"


def test_admin_resets_anothers_password_but_a_clerk_cannot(db: Database) -> None:
    admin = set_up(db)
    clerk_id = add_user(db, admin, "zhang", "clerk")
    clerk = users.login(db, "zhang", "secret-123")
    with pytest.raises(UserError) as refused, db.session() as session:
        users.change_password(session, clerk, row(db, "admin").id, None, "taken-over-1")
    assert refused.value.code == "auth.forbidden"
    with db.session() as session:
        users.change_password(session, admin, clerk_id, None, "reset-pass-1")
    assert users.login(db, "zhang", "reset-pass-1").role == "clerk"


def test_demo_users(db: Database) -> None:
    with db.session() as session:
        users.create_demo_users(session)
    for username, name, role in (("admin", "王建国", "admin"), ("shenhe", "李秀英", "reviewer"),
                                 ("jingban", "张小军", "clerk")):
        assert users.login(db, username, "demo1234") == Actor(username, name, role)


def test_production_hasher_is_argon2id_with_default_strength() -> None:
    assert PRODUCTION_HASHER.type is Type.ID
    assert PRODUCTION_HASHER.time_cost >= 3
    assert PRODUCTION_HASHER.memory_cost >= 65536


# --- logging in ----------------------------------------------------------------------

def test_delay_schedule() -> None:
    assert [users.delay_seconds(n) for n in range(12)] == [
        0, 0, 0, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def fail(db: Database, username: str, at: dt.datetime, password: str = "wrong-pass") -> UserError:
    with pytest.raises(UserError) as refused:
        users.login(db, username, password, now=at)
    return refused.value


def test_login_success_returns_the_actor_and_resets_the_counter(db: Database) -> None:
    admin = set_up(db)
    add_user(db, admin, "zhang", "reviewer")
    assert fail(db, "zhang", T0).code == "user.bad_login"
    assert row(db, "zhang").failed_logins == 1
    assert users.login(db, "zhang", "secret-123", now=T0) == Actor("zhang", "zhang", "reviewer")
    assert (row(db, "zhang").failed_logins, row(db, "zhang").last_failed_at) == (0, None)


def test_failed_login_counter_survives_the_rollback(db: Database) -> None:
    set_up(db)
    fail(db, "admin", T0)
    fail(db, "admin", T0)
    assert row(db, "admin").failed_logins == 2
    assert row(db, "admin").last_failed_at == T0
    # authenticate() inside the caller's unit of work is rolled back with it: that is
    # why the login screen calls login().
    with pytest.raises(UserError), db.session() as session:
        users.authenticate(session, "admin", "wrong-pass", now=T0)
    assert row(db, "admin").failed_logins == 2


def test_failures_slow_down_exponentially(db: Database, fast_hasher: CountingHasher) -> None:
    set_up(db)
    for _ in range(3):
        fail(db, "admin", T0)
    checked = fast_hasher.verifications
    refused = fail(db, "admin", T0 + dt.timedelta(seconds=3), password="admin-pass-1")
    assert refused.code == "user.throttled"
    assert refused.message == "已连续登录失败 3 次，请 1 秒后再试。"
    assert fast_hasher.verifications == checked  # the password was not even looked at
    assert row(db, "admin").failed_logins == 3  # and the refusal does not count
    t4 = T0 + dt.timedelta(seconds=4)
    assert fail(db, "admin", t4).code == "user.bad_login"  # 4th failure: now 8 s
    assert fail(db, "admin", t4 + dt.timedelta(seconds=1)).params["seconds"] == 7
    assert users.login(db, "admin", "admin-pass-1", now=t4 + dt.timedelta(seconds=8)).role
    assert row(db, "admin").failed_logins == 0


def test_delay_is_capped_at_five_minutes(db: Database) -> None:
    set_up(db)
    at = T0
    for _ in range(12):
        at += dt.timedelta(seconds=301)
        assert fail(db, "admin", at).code == "user.bad_login"
    assert fail(db, "admin", at + dt.timedelta(seconds=299)).params["seconds"] == 1
    assert users.login(db, "admin", "admin-pass-1", now=at + dt.timedelta(seconds=300))


def test_failed_logins_do_not_invalidate_an_open_edit(db: Database) -> None:
    admin = set_up(db)
    user_id = add_user(db, admin, "zhang", "clerk")
    seen = row(db, "zhang").version
    fail(db, "zhang", T0)
    with db.session() as session:
        users.set_role(session, admin, user_id, seen, "reviewer")
    assert row(db, "zhang").role == "reviewer"


def test_unknown_user_fails_like_a_wrong_password(db: Database,
                                                  fast_hasher: CountingHasher) -> None:
    set_up(db)
    before = fast_hasher.verifications
    unknown = fail(db, "nobody", T0)
    assert fast_hasher.verifications == before + 1  # hashed, like a known user
    assert unknown.message == fail(db, "admin", T0).message == (
        "用户名或密码不正确，或账号已停用。账号停用请联系管理员。")


def test_logins_are_audited(db: Database) -> None:
    admin = set_up(db)
    admin_id = str(row(db, "admin").id)
    fail(db, "admin", T0)
    fail(db, "Nobody", T0)
    users.login(db, "admin", "admin-pass-1", now=T0)
    logins = [(r.action, r.entity, r.record_id, r.username) for r in audit_rows(db)
              if r.action.startswith("login")]
    assert logins == [("login_failed", "app_user", admin_id, admin.username),
                      ("login_failed", "app_user", "nobody", "nobody"),
                      ("login", "app_user", admin_id, admin.username)]
    with db.read_session() as session:
        assert audit.verify_chain(session) is None


def test_rehash_on_login_when_parameters_change(db: Database,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    set_up(db)
    stronger = CountingHasher(time_cost=2)
    monkeypatch.setattr(users, "HASHER", stronger)
    users.login(db, "admin", "admin-pass-1")
    with db.read_session() as session:
        stored = session.execute(select(User.password_hash)).scalar_one()
    assert not stronger.check_needs_rehash(stored)
    assert users.login(db, "admin", "admin-pass-1").role == "admin"


def test_hash_and_password_never_reach_the_audit_log(db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    admin = set_up(db)
    clerk_id = add_user(db, admin, "zhang", "clerk")
    clerk = users.login(db, "zhang", "secret-123")
    with db.session() as session:
        users.change_password(session, clerk, clerk_id, "secret-123", "own-choice-1")
        users.change_password(session, admin, clerk_id, None, "reset-pass-1")
    with db.session() as session:
        users.set_role(session, admin, clerk_id, row(db, "zhang").version, "reviewer")
    monkeypatch.setattr(users, "HASHER", CountingHasher(time_cost=2))
    users.login(db, "zhang", "reset-pass-1")  # rehashes
    fail(db, "zhang", T0, password="typed-secret")
    rows = audit_rows(db)
    assert {"create", "password", "update", "login", "login_failed"} <= {r.action for r in rows}
    for r in rows:
        text = r.before + r.after
        assert "$argon2" not in text
        for secret in ("admin-pass-1", "secret-123", "own-choice-1", "reset-pass-1",
                       "typed-secret"):
            assert secret not in text
