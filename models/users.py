"""Users, roles, first-run set-up and logging in.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106's low-memory
profile) and rehashed at the next login when those parameters change. Every write is
versioned and audited, but the hash itself never reaches the audit trail: the trail holds
its digest (audit.CONCEALED), so `check` can still prove the stored hash is the audited one.

Failed logins slow down exponentially. After n consecutive failures (n >= 3) the next
attempt is refused, without looking at the password, until last_failed_at + delay(n):
    n:      1  2  3  4  5   6   7   8    9    10+
    delay:  0  0  4  8  16  32  64  128  256  300 seconds
A success resets the counter. Because the caller's unit of work rolls back on an
exception, `login(database, ...)` is the entry point for the login screen: it commits
the failure's bookkeeping first and raises afterwards.

Concurrent attempts on one account are serialised on its row (SELECT ... FOR UPDATE on
PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers), so n parallel guesses
count as n failures and the throttle cannot be raced.

An unknown user, a wrong password and a deactivated account get the same message
("user.bad_login", which names both causes), and a deactivated account's attempt is
counted like a failure whatever password was typed: neither the message nor the
throttle tells whether the password was right, or whether the account exists.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import audit, messages, records, validation
from models.auth import SYSTEM, Actor, acting, forget, require
from models.base import utcnow
from models.errors import FieldError, StaleRecord, UserError
from models.office import Office
from models.users_entities import ROLES, User

if TYPE_CHECKING:
    from models.db import Database

messages.register({
    "user.password_short": "密码至少需要 {minimum} 个字符。",
    "user.password_long": "密码不能超过 {limit} 个字符。",
    "user.password_wrong": "原密码不正确。",
    "user.bad_username": "用户名只能由字母、数字、汉字和 . _ - 组成，"
                         "长度 {minimum}–{limit} 个字符。",
    "user.bad_login": "用户名或密码不正确，或账号已停用。账号停用请联系管理员。",
    "user.throttled": "已连续登录失败 {count} 次，请 {seconds} 秒后再试。",
    "user.last_admin": "“{name}”是最后一位在用的管理员，不能停用或改为其他角色。"
                       "请先指定另一位管理员。",
    "setup.done": "本机数据库已完成初始设置，不能重复设置。",
    "setup.community_line": "第 {line} 行“{text}”应写作“社区名称 社区代码”，如：兴文社区 "
                            "511902003005。",
    "setup.community_twice": "社区代码 {community_code} 出现了不止一次。",
})

# Production parameters: argon2-cffi's defaults (t=3, m=64 MiB, p=4), Argon2id.
# Tests may replace this module attribute with a cheaper hasher; nothing else should.
HASHER = PasswordHasher(type=Type.ID)
MIN_PASSWORD, MAX_PASSWORD = 8, 128
USERNAME = re.compile(r"[\w.\-]{2,32}")
FREE_FAILURES = 2          # failures before any delay
MAX_DELAY_SECONDS = 300
SCRUBBED = "******"
ENTITY = "app_user"
ID_LIMIT = 64              # audit_log.record_id / username are String(64)

DEMO_USERS = (("admin", "王建国", "admin"), ("shenhe", "李秀英", "reviewer"),
              ("jingban", "张小军", "clerk"))
DEMO_PASSWORD = "demo1234"


@dataclass(frozen=True)
class UserRow:
    id: int
    version: int
    username: str
    display_name: str
    role: str
    active: bool
    failed_logins: int
    last_failed_at: dt.datetime | None
    updated_by: str

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


# --- passwords -----------------------------------------------------------------------

def check_password(password: str, field: str = "password") -> str:
    """The password if it meets the rules, else FieldError for the form field."""
    if len(password or "") < MIN_PASSWORD:
        raise FieldError(field, "user.password_short", minimum=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise FieldError(field, "user.password_long", limit=MAX_PASSWORD)
    return password


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


_dummy: tuple[PasswordHasher, str] | None = None


def _spend_hash_time(password: str) -> None:
    """Verify against a throwaway hash so an unknown username costs as much as a known one."""
    global _dummy  # noqa: PLW0603 - one cached hash per hasher in use
    if _dummy is None or _dummy[0] is not HASHER:
        _dummy = (HASHER, HASHER.hash("gongjian-dummy-password"))
    _verify(_dummy[1], password)


def delay_seconds(failures: int) -> int:
    """How long after the last failure the next attempt must wait."""
    if failures <= FREE_FAILURES:
        return 0
    return min(2 ** (failures - 1), MAX_DELAY_SECONDS)


# --- writes that keep the hash out of the audit trail ----------------------------------

def _insert(session: Session, actor: Actor, *, username: str, display_name: str, role: str,
            password: str) -> User:
    """records.create, plus the username, name, role and password rules."""
    username = clean_username(username)
    display_name = _display_name(display_name)
    role = _role(role)
    check_password(password)
    if session.execute(select(User.id).where(User.username == username)).first():
        raise FieldError("username", "record.duplicate", entity="用户", name=username)
    user = User(username=username, display_name=display_name, role=role,
                password_hash=HASHER.hash(password), active=True, failed_logins=0,
                updated_by=actor.display_name)
    session.add(user)
    session.flush()
    audit.record(session, actor, "create", ENTITY, user.id, after=audit.snapshot(user))
    return user


def clean_username(value: str) -> str:
    """Usernames are compared case-insensitively: stored trimmed and lower-case."""
    value = (value or "").strip().lower()
    if not USERNAME.fullmatch(value):
        raise FieldError("username", "user.bad_username", minimum=2, limit=32)
    return value


def _display_name(value: str) -> str:
    return validation.text("display_name", "姓名", value, required=True, limit=50)


def _role(value: str) -> str:
    return validation.choice("role", "角色", value, ROLES)


def _actor(user: User) -> Actor:
    return Actor(username=user.username, display_name=user.display_name, role=user.role)


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.version, user.username, user.display_name, user.role,
                   user.active, user.failed_logins, user.last_failed_at, user.updated_by)


# --- first run -------------------------------------------------------------------------

def needs_setup(session: Session) -> bool:
    """True exactly when setup_office would succeed: no office and no user yet."""
    has_office = session.execute(select(Office.id).limit(1)).first() is not None
    has_user = session.execute(select(User.id).limit(1)).first() is not None
    return not (has_office or has_user)


def _check_first_run(username: str, display_name: str, password: str,
                     session: Session) -> None:
    """Refuse a second set-up, then check the administrator's fields first, so the clerk
    hears about them before anything else is attempted."""
    if not needs_setup(session):
        raise UserError("setup.done")
    clean_username(username)
    _display_name(display_name)
    check_password(password)


def setup_office(session: Session, *, street_name: str, community_name: str,
                 community_code: str, admin_username: str, admin_display_name: str,
                 admin_password: str) -> Actor:
    """Street, community, the office row and the first administrator, in one unit of work."""
    from models.registry import places  # noqa: PLC0415 - not on the login's path (issue 12)

    _check_first_run(admin_username, admin_display_name, admin_password, session)
    code = community_code.strip()
    street = places.create_street(session, SYSTEM, name=street_name)
    community = places.create_community(session, SYSTEM, street_id=street,
                                        name=community_name, code=code)
    records.create(session, SYSTEM, Office(name=community_name.strip(), level="community",
                                           community_id=community, street_id=street, code=code))
    admin = _insert(session, SYSTEM, username=admin_username, display_name=admin_display_name,
                    role="admin", password=admin_password)
    return _actor(admin)


def community_lines(text: str) -> list[tuple[str, str]]:
    """The street's communities typed one a line as "名称 代码" (or 名称:代码, 名称：代码)."""
    found: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = re.split(r"[\s:：,，]+", line.strip())
        if parts == [""]:
            continue
        if len(parts) < 2 or not parts[-1].isdigit():
            raise UserError("setup.community_line", line=number, text=line.strip())
        found.append(("".join(parts[:-1]), parts[-1]))
    return found


def setup_street(session: Session, *, street_name: str, street_code: str,
                 communities: Sequence[tuple[str, str]], admin_username: str,
                 admin_display_name: str, admin_password: str) -> Actor:
    """A street office (街道办事处) instead of a community: its street, the communities it
    expects packages from (name, code), the office row and the first administrator, in one
    unit of work. Their signing keys are registered later (`keys register`)."""
    from models.registry import places  # noqa: PLC0415 - not on the login's path (issue 12)

    _check_first_run(admin_username, admin_display_name, admin_password, session)
    codes = [code.strip() for _, code in communities]
    for code in codes:
        if codes.count(code) > 1:
            raise UserError("setup.community_twice", community_code=code)
    street = places.create_street(session, SYSTEM, name=street_name, code=street_code)
    for name, code in communities:
        places.create_community(session, SYSTEM, street_id=street, name=name, code=code)
    records.create(session, SYSTEM, Office(name=street_name.strip(), level="street",
                                           street_id=street, code=street_code.strip()))
    admin = _insert(session, SYSTEM, username=admin_username, display_name=admin_display_name,
                    role="admin", password=admin_password)
    return _actor(admin)


def setup_district(session: Session, *, district_name: str, district_code: str,
                   admin_username: str, admin_display_name: str, admin_password: str) -> Actor:
    """A district (区/县) office, one level above its streets: it imports their packages as
    a street imports its communities'. The office row and the first administrator; the
    streets it expects are those whose keys it registers (`keys register`)."""
    _check_first_run(admin_username, admin_display_name, admin_password, session)
    name = validation.text("name", "区（县）名称", district_name, required=True, limit=100)
    code = validation.text("code", "区划代码", district_code, required=True, limit=20)
    records.create(session, SYSTEM, Office(name=name, level="district", code=code))
    admin = _insert(session, SYSTEM, username=admin_username, display_name=admin_display_name,
                    role="admin", password=admin_password)
    return _actor(admin)


def create_demo_users(session: Session) -> None:
    """The demo database's three users, one per role, all with password demo1234."""
    for username, name, role in DEMO_USERS:
        _insert(session, SYSTEM, username=username, display_name=name, role=role,
                password=DEMO_PASSWORD)


# --- administration --------------------------------------------------------------------

def create_user(session: Session, actor: Actor, *, username: str, display_name: str, role: str,
                password: str) -> int:
    actor = require(session, actor, "admin")
    return _insert(session, actor, username=username, display_name=display_name, role=role,
                   password=password).id


def list_users(session: Session) -> list[UserRow]:
    users = session.execute(select(User).order_by(User.username)).scalars()
    return [_row(user) for user in users]


def _guard_last_admin(session: Session, user: User, *, role: str, active: bool) -> None:
    """Refuse a change that would leave no active administrator."""
    if not (user.active and user.role == "admin") or (active and role == "admin"):
        return
    others = session.execute(select(func.count()).select_from(User).where(
        User.role == "admin", User.active.is_(True), User.id != user.id)).scalar_one()
    if others == 0:
        raise UserError("user.last_admin", name=user.display_name)


def set_role(session: Session, actor: Actor, user_id: int, version: int, role: str) -> None:
    actor = require(session, actor, "admin")
    user = records.load(session, User, user_id, "用户")
    role = _role(role)
    _guard_last_admin(session, user, role=role, active=user.active)
    # records.update audits only the changed columns, so the hash stays out.
    records.update(session, actor, user, version, "用户", {"role": role})
    forget(session, user.username)


def set_active(session: Session, actor: Actor, user_id: int, version: int,
               active: bool) -> None:
    actor = require(session, actor, "admin")
    user = records.load(session, User, user_id, "用户")
    _guard_last_admin(session, user, role=user.role, active=active)
    records.update(session, actor, user, version, "用户", {"active": active})
    forget(session, user.username)


def change_password(session: Session, actor: Actor, user_id: int, old: str | None,
                    new: str) -> None:
    """Own password: the old one is needed. Someone else's: only an admin, no old one."""
    actor = acting(session, actor)
    user = records.load(session, User, user_id, "用户")
    if user.username != actor.username:
        actor = require(session, actor, "admin")
    elif not _verify(user.password_hash, old or ""):
        raise FieldError("old_password", "user.password_wrong")
    before = {"password_hash": audit.conceal(user.password_hash), "updated_by": user.updated_by}
    user.password_hash = HASHER.hash(check_password(new))
    user.updated_by = actor.display_name
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleRecord("record.stale", entity="用户", user="他人", when="刚才") from exc
    audit.record(session, actor, "password", ENTITY, user.id,
                 before=before, after={"password_hash": audit.conceal(user.password_hash),
                                       "updated_by": user.updated_by})


# --- logging in ------------------------------------------------------------------------

def check_login(session: Session, username: str, password: str, *,
                now: dt.datetime | None = None) -> Actor | UserError:
    """The actor, or the error to show. Records the attempt in `session`; never raises
    for a failed login, so the caller can commit the failure before reporting it."""
    now = now or utcnow()
    typed = (username or "").strip().lower()[:ID_LIMIT]
    user = session.execute(select(User).where(User.username == typed).with_for_update()
                           .execution_options(populate_existing=True)).scalar_one_or_none()
    if user is None:
        _spend_hash_time(password)
        _log_failure(session, typed, typed, "unknown_user")
        return UserError("user.bad_login")
    wait = _seconds_to_wait(user, now)
    if wait > 0:
        _log_failure(session, user.username, user.id, "throttled",
                     failed_logins=user.failed_logins)
        return UserError("user.throttled", count=user.failed_logins, seconds=wait)
    right = _verify(user.password_hash, password)  # verified even when inactive: same time
    if not (right and user.active):
        count = _count_failure(session, user.id, now)
        _log_failure(session, user.username, user.id,
                     "password" if user.active else "inactive", failed_logins=count)
        return UserError("user.bad_login")
    _succeed(session, user, password)
    return _actor(user)


def authenticate(session: Session, username: str, password: str, *,
                 now: dt.datetime | None = None) -> Actor:
    """check_login that raises. The failure is only written if `session` then commits:
    inside `with db.session()` it rolls back, so the login screen uses `login`."""
    outcome = check_login(session, username, password, now=now)
    if isinstance(outcome, UserError):
        raise outcome
    return outcome


def login(database: Database, username: str, password: str, *,
          now: dt.datetime | None = None) -> Actor:
    """Log in with a unit of work of its own that is committed even when the login fails."""
    if database.read_only:
        return _login_read_only(database, username, password)
    with database.session() as session:
        outcome = check_login(session, username, password, now=now)
    if isinstance(outcome, UserError):
        raise outcome
    return outcome


def _seconds_to_wait(user: User, now: dt.datetime) -> int:
    delay = delay_seconds(user.failed_logins)
    if delay == 0 or user.last_failed_at is None:
        return 0
    remaining = (user.last_failed_at + dt.timedelta(seconds=delay) - now).total_seconds()
    return max(0, math.ceil(remaining))


def _count_failure(session: Session, user_id: int, now: dt.datetime) -> int:
    # Bookkeeping, not an edit: a plain UPDATE that leaves `version` alone, so an admin's
    # open edit form is not invalidated by someone mistyping a password.
    return session.execute(
        update(User).where(User.id == user_id)
        .values(failed_logins=User.failed_logins + 1, last_failed_at=now)
        .returning(User.failed_logins)
        .execution_options(synchronize_session=False)).scalar_one()


def _succeed(session: Session, user: User, password: str) -> None:
    values: dict[str, Any] = {"failed_logins": 0, "last_failed_at": None}
    if HASHER.check_needs_rehash(user.password_hash):
        values["password_hash"] = HASHER.hash(password)
    session.execute(update(User).where(User.id == user.id).values(**values)
                    .execution_options(synchronize_session=False))
    audit.append(session, user.username, "login", ENTITY, user.id,
                 after={"rehashed": "password_hash" in values})
    if "password_hash" in values:  # the stored hash changed: the replay must know it
        audit.record(session, _actor(user), "password", ENTITY, user.id,
                     before={"password_hash": audit.conceal(user.password_hash)},
                     after={"password_hash": audit.conceal(values["password_hash"])})


def _log_failure(session: Session, username: str, record_id: object, reason: str,
                 **details: Any) -> None:
    """Written with the name as typed (audit.append): the user may be unknown or inactive."""
    audit.append(session, username, "login_failed", ENTITY, record_id,
                 after={"reason": reason, **details})


def _login_read_only(database: Database, username: str, password: str) -> Actor:
    """A database that cannot be written (opened read-only, for reading and printing)
    records no attempt and so counts no failure: only the password is checked."""
    with database.read_session() as session:
        typed = (username or "").strip().lower()[:ID_LIMIT]
        user = session.execute(select(User).where(User.username == typed)).scalar_one_or_none()
        if user is None:
            _spend_hash_time(password)
            raise UserError("user.bad_login")
        if not _verify(user.password_hash, password):
            raise UserError("user.bad_login")
        if not user.active:
            raise UserError("user.inactive", username=user.username)
        return _actor(user)
