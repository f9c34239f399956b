"""The to-do list asks (and imports) only the modules that may have something to list
(models.todo.ONLY_WITH_ROWS_IN, issue 12): a module an office does not use costs nothing
at start-up, and a module in use still shows every item it has."""
from __future__ import annotations

import datetime as dt
import importlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import Session

from models.base import Base
from models.db import Database
from models.todo import ONLY_WITH_ROWS_IN, PROVIDERS, Urgency, collect
from tests.models.elections.test_todo import make_course
from tests.support.demo import demo_database_file

ROOT = Path(__file__).resolve().parents[2]
# Twice a month through the demo's year: deadlines, budgets and lectures come and go.
DAYS = [dt.date(2026, month, day) for month in range(1, 13) for day in (1, 15)]
# The models of the modules an office may leave unused; the registry, the issue ledger,
# the compound meeting table and 上报 are read by every office's home page.
UNUSED_MODELS = ("models.elections.entities", "models.funds.entities",
                 "models.volunteers.entities", "models.services.entities",
                 "models.governance.entities")

FRESH_OFFICE = """
import datetime as dt, sys
from models.auth import SYSTEM
from models.db import open_database
from models.registry import places
from models.todo import collect

database = open_database(sys.argv[1])
with database.session() as session:
    street = places.create_street(session, SYSTEM, name="东城街道")
    community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
    places.create_compound(session, SYSTEM, community, places.CompoundData(name="翰林苑"))
loaded = [name for name in sys.argv[2:] if name in sys.modules]
with database.read_session() as session:
    keys = sorted(item.key for item in collect(session, dt.date(2026, 5, 10)))
print(" ".join(keys))
print(" ".join(name for name in sys.argv[2:] if name in sys.modules and name not in loaded))
"""


def test_an_office_using_none_of_the_modules_loads_none_of_their_models(
        sqlite_template: Path, tmp_path: Path) -> None:
    """A fresh interpreter, as the app starts: the list still has the ledger's meeting
    reminder, the compound's quarterly meeting and the backup, and no unused module's
    models were imported to find that out."""
    path = tmp_path / "fresh.db"
    shutil.copyfile(sqlite_template, path)
    done = subprocess.run([sys.executable, "-c", FRESH_OFFICE, str(path), *UNUSED_MODELS],
                          capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    keys, imported = (done.stdout.split("\n") + [""])[:2]
    assert keys.split() == ["backup:age", "governance:no_meeting", "issues:meeting"]
    assert imported.split() == []


def test_a_module_in_use_still_lists_its_items(db: Database) -> None:
    """An election course's deadlines reach the home page through the gate."""
    make_course(db)
    with db.read_session() as session:
        items = [(i.text, i.urgency) for i in collect(session, dt.date(2026, 3, 20))
                 if i.area == "业主共同决定"]
    assert items == [
        ("“选举第二届业委会”：选举后 7 日内召开首次会议，2026-03-25 前", Urgency.DUE_SOON),
        ("“选举第二届业委会”：选举后 30 日内备案，2026-04-17 前", Urgency.DUE_SOON)]


def test_every_gating_table_exists_and_every_gated_module_is_a_provider() -> None:
    importlib.import_module("models.entities")
    tables = set(Base.metadata.tables)
    for module, names in ONLY_WITH_ROWS_IN.items():
        assert module in PROVIDERS
        assert names and set(names) <= tables, (module, set(names) - tables)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database_file(tmp_path_factory.mktemp("todo-demo"))


@contextmanager
def _session(path: Path) -> Iterator[Session]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


@pytest.mark.parametrize("module", sorted(ONLY_WITH_ROWS_IN))
def test_a_gated_module_lists_nothing_once_its_tables_are_empty(
        demo_file: Path, tmp_path: Path, module: str) -> None:
    """The gate is sound: on the demo data (every module filled in), the module's own
    rule finds the same items through collect() as when asked directly, and nothing at
    all once only its gating tables are emptied, whatever else stays filled. (SQLite
    only: this is about which rows a rule reads, not about the database server.)"""
    provider = importlib.import_module(module)
    with _session(demo_file) as session:
        direct = {day: provider.todo(session, day) for day in DAYS}
        for day in DAYS:
            assert collect(session, day, (module,)) == sorted(
                direct[day], key=lambda item: (item.urgency, item.due or dt.date.max))
    if module != "models.elections.todo":  # the demo's election courses are all done
        assert any(direct.values()), f"{module}: the demo gives it nothing to list"
    emptied = tmp_path / "emptied.db"
    shutil.copyfile(demo_file, emptied)
    with sqlite3.connect(emptied) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        for (trigger,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            connection.execute(f'DROP TRIGGER "{trigger}"')
        for table in ONLY_WITH_ROWS_IN[module]:
            connection.execute(f'DELETE FROM "{table}"')
    with _session(emptied) as session:
        assert all(inspect(session.get_bind()).has_table(t) for t in ONLY_WITH_ROWS_IN[module])
        assert {day: provider.todo(session, day) for day in DAYS} == dict.fromkeys(DAYS, [])
        assert collect(session, DAYS[0], (module,)) == []
