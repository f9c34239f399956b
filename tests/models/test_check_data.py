"""`check` proves the business tables against the audit trail, on both backends.

The database is the demo office (registry, users, funds, issues) plus a few more changes
made through the services; every tampering is plain SQL, as someone with the file would
do it, and `check` must name the table and record it touched.
"""
from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from models import users
from models.auth import Actor
from models.check import check_database
from models.db import open_database
from models.demo import create_demo_database
from models.registry import people, places
from models.registry.places import CompoundData
from tests.conftest import BACKENDS, TEMPLATE_DB, pg_base

ADMIN = Actor("admin", "王建国", "admin")
DROP_TRIGGERS = {
    "sqlite": ["DROP TRIGGER fund_entry_posted_no_update", "DROP TRIGGER audit_log_no_delete",
               "DROP TRIGGER audit_log_no_update"],
    "postgresql": ["DROP TRIGGER fund_entry_posted_frozen ON fund_entry",
                   "DROP TRIGGER audit_log_no_change ON audit_log"],
}


def _work(url: str) -> None:
    """Changes made through the services after the demo: they must replay exactly."""
    database = open_database(url)
    try:
        with database.session() as session:
            clerk = next(u for u in users.list_users(session) if u.username == "jingban")
            users.set_role(session, ADMIN, clerk.id, clerk.version, "reviewer")
            users.change_password(session, ADMIN, clerk.id, None, "another-secret-1")
            person = people.get_person(session, people.list_people(session)[0].id)
            roles = person.roles ^ {"cadre"}  # the set of link rows changes
            people.update_person(session, ADMIN, person.id, person.version,
                                 replace(people.editable_data(person), roles=roles))
        users.login(database, "shenhe", "wrong-password")  # bookkeeping, not a change
    except users.UserError:
        pass
    finally:
        database.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def demo_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                  sqlite_template: Path) -> Iterator[tuple[str, str]]:
    """The demo office built once per backend: (backend, SQLite path or PG database name)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                      parallelism=1))
        if request.param == "sqlite":
            path = tmp_path_factory.mktemp("demo") / "demo.db"
            shutil.copyfile(sqlite_template, path)
            url = str(path)
        else:
            base = pg_base(request)
            name = f"demo_{uuid.uuid4().hex[:12]}"
            _admin(base, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}")
            url = f"{base}/{name}"
        database = open_database(url)
        create_demo_database(database)
        database.dispose()
        _work(url)
    if request.param == "sqlite":
        yield "sqlite", url
    else:
        yield "postgresql", name
        _admin(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _admin(base: str, statement: str) -> None:
    engine = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(statement))
    engine.dispose()


@pytest.fixture
def demo_url(demo_template: tuple[str, str], request: pytest.FixtureRequest,
             tmp_path: Path) -> Iterator[str]:
    """A copy of the demo database of its own for one test."""
    backend, source = demo_template
    if backend == "sqlite":
        copy = tmp_path / "demo.db"
        shutil.copyfile(source, copy)
        yield str(copy)
        return
    base = pg_base(request)
    name = f"copy_{uuid.uuid4().hex[:12]}"
    _admin(base, f"CREATE DATABASE {name} TEMPLATE {source}")
    yield f"{base}/{name}"
    _admin(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run_sql(url: str, *statements: str) -> None:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def scalar(url: str, query: str) -> object:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as connection:
        value = connection.execute(text(query)).scalar()
    engine.dispose()
    return value


def backend_of(url: str) -> str:
    return "postgresql" if url.startswith("postgresql") else "sqlite"


def test_demo_with_later_changes_passes(demo_url: str) -> None:
    report = check_database(demo_url, backup_folder=Path("/nonexistent"))
    assert report.problems == []


# (setup statements, query for the record id, expected text with {id})
BUSINESS: dict[str, tuple[list[str], str, str]] = {
    "posted amount": (
        ["UPDATE fund_entry SET amount = amount + 1 WHERE id = (SELECT min(id) FROM fund_entry "
         "WHERE status = 'posted')"],
        "SELECT min(id) FROM fund_entry WHERE status = 'posted'",
        "表 fund_entry 记录 {id} 字段 amount"),
    "role": (["UPDATE app_user SET role = 'admin' WHERE username = 'jingban'"],
             "SELECT id FROM app_user WHERE username = 'jingban'",
             "表 app_user 记录 {id} 字段 role"),
    "problem state": (
        ["UPDATE problem SET state = 'closed' WHERE id = (SELECT min(id) FROM problem "
         "WHERE state = 'collected')"],
        "SELECT min(id) FROM problem WHERE state = 'closed' AND closed_on IS NULL",
        "表 problem 记录 {id} 字段 state"),
    "password hash": (
        ["UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user "
         "WHERE username = 'jingban') WHERE username = 'admin'"],
        "SELECT id FROM app_user WHERE username = 'admin'",
        "表 app_user 记录 {id} 字段 password_hash"),
    # A grid may cover the lane (小区治理): its place goes first, or PostgreSQL refuses.
    "deleted row": (["DELETE FROM grid_place WHERE lane_id = (SELECT max(id) FROM lane)",
                     "DELETE FROM lane WHERE id = (SELECT max(id) FROM lane)"],
                    "SELECT max(id) + 1 FROM lane",
                    "表 lane 记录 {id}：操作日志记载存在，库中却已缺失"),
    "inserted row": (
        ["INSERT INTO street (id, name, code, version, updated_by, created_at, updated_at) "
         "VALUES (900, '假街道', '', 1, '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"],
        "SELECT 900", "表 street 记录 {id}：操作日志中没有这条记录"),
    "link row": (["DELETE FROM joint_meeting_attendee WHERE meeting_id = "
                  "(SELECT min(meeting_id) FROM joint_meeting_attendee)"],
                 "SELECT min(id) FROM joint_meeting",
                 "表 joint_meeting_attendee 所属记录 {id}"),
}


@pytest.mark.parametrize("kind", list(BUSINESS))
def test_business_row_changed_in_sql_is_named(demo_url: str, kind: str) -> None:
    statements, query, expected = BUSINESS[kind]
    run_sql(demo_url, *DROP_TRIGGERS[backend_of(demo_url)], *statements)
    record = scalar(demo_url, query)
    report = check_database(demo_url)
    assert any(p.startswith(expected.format(id=record)) for p in report.problems), report.problems


def test_deleted_record_present_again_is_named(demo_url: str) -> None:
    """A record the trail says was deleted, put back in SQL."""
    database = open_database(demo_url)
    with database.session() as session:
        community = session.execute(text("SELECT min(id) FROM community")).scalar_one()
        compound = places.create_compound(session, ADMIN, community, CompoundData(name="临时小区"))
        row = dict(session.execute(text(f"SELECT * FROM compound WHERE id = {compound}"))
                   .mappings().one())
        places.delete_compound(session, ADMIN, compound, 1)
    database.dispose()
    columns = ", ".join(row)
    run_sql(demo_url, f"INSERT INTO compound ({columns}) VALUES "
                      f"({', '.join(_literal(v) for v in row.values())})")
    report = check_database(demo_url)
    assert any(p.startswith(f"表 compound 记录 {compound}：操作日志记载已删除")
               for p in report.problems), report.problems


def _literal(value: object) -> str:
    return "NULL" if value is None else "'" + str(value).replace("'", "''") + "'"


@pytest.mark.parametrize("trigger", ["audit_log", "fund_line", "problem_event"])
def test_dropped_trigger_is_named(demo_url: str, trigger: str) -> None:
    name = {("sqlite", "audit_log"): "audit_log_no_update",
            ("sqlite", "fund_line"): "fund_line_no_delete",
            ("sqlite", "problem_event"): "problem_event_no_delete",
            ("postgresql", "audit_log"): "audit_log_no_change",
            ("postgresql", "fund_line"): "fund_line_frozen",
            ("postgresql", "problem_event"): "problem_event_no_change"}[
        (backend_of(demo_url), trigger)]
    suffix = f" ON {trigger}" if backend_of(demo_url) == "postgresql" else ""
    run_sql(demo_url, f"DROP TRIGGER {name}{suffix}")
    report = check_database(demo_url)
    assert report.problems == [f"保护触发器 {name} 不存在或已停用（相关数据可被直接改动）"]


def test_missing_table_and_column_are_named(demo_url: str) -> None:
    run_sql(demo_url, "DROP TABLE issue_setting", "ALTER TABLE joint_meeting DROP COLUMN place")
    problems = check_database(demo_url).problems
    assert "缺少数据表 issue_setting" in problems
    assert "数据表 joint_meeting 缺少字段 place" in problems
