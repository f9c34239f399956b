"""`main.py demo --street`: a street office with three communities that have each sent
this year's quarterly packages: one of them late, one re-sent with a correction.

Nothing is faked: each community is a demo database of its own (different seed, name and
code), each package is exported from it with `export_package`, and the street imports
them with the same verification a real package gets. The communities' databases and
their signing keys (in a key folder, not the OS keyring: this is demo data) are kept in
a folder beside the street's database.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from models import records
from models.auth import SYSTEM
from models.db import Database, open_database
from models.demo import create_demo_database
from models.issues.entities import Problem
from models.office import Office
from models.upward import importing, keys, street
from models.upward.period import Period, periods_of_year
from models.users import create_demo_users
from reports.upward_package import export_package

STREET = ("江北街道", "511902003")
COMMUNITIES = (("兴文社区", "511902003005", 2026), ("回风社区", "511902003006", 2027),
               ("滨河社区", "511902003007", 2028))
LATE_DAYS = 16  # 回风社区 sends its second quarter this long after the due day
Say = Callable[[str], None]


@dataclass(frozen=True)
class DemoStreet:
    folder: Path
    packages: list[Path]


def _community(path: Path, name: str, code: str, seed: int) -> Database:
    database = open_database(str(path))
    create_demo_database(database, seed=seed)
    with database.session() as session:
        office = session.execute(select(Office)).scalar_one()
        records.update(session, SYSTEM, office, office.version, "单位",
                       {"name": name, "code": code})
    return database


def _sent_on(period: Period, index: int) -> dt.date:
    """On time (a few days after the period) except the late community's second quarter."""
    if index == 1 and period.text.endswith("Q2"):
        return period.due + dt.timedelta(days=LATE_DAYS)
    return period.end + dt.timedelta(days=3 + index)


def _import(database: Database, path: Path, day: dt.date) -> None:
    with database.session() as session:
        staged = importing.stage_file(session, path)
        importing.accept(session, SYSTEM, staged, today=day)


def _correct(database: Database, period: Period) -> None:
    """The community finds a wrong title in a problem of the period and fixes it."""
    with database.session() as session:
        problem = session.execute(select(Problem).where(
            Problem.found_on.between(period.start, period.end)).order_by(Problem.id)).scalar()
        if problem is not None:
            records.update(session, SYSTEM, problem, problem.version, "问题",
                           {"title": f"{problem.title}（更正）"[:200]})


def build_street_demo(street_db: Database, folder: Path, *, today: dt.date | None = None,
                      say: Say = print) -> DemoStreet:
    today = today or dt.date.today()
    folder.mkdir(parents=True, exist_ok=True)
    store = keys.KeyStore(folder / "keys")
    with street_db.session() as session:
        street.create_street_office(session, SYSTEM, name=STREET[0], code=STREET[1],
                                    communities=tuple((n, c) for n, c, _ in COMMUNITIES))
        create_demo_users(session)  # admin / shenhe / jingban, password demo1234
    periods = [p for p in periods_of_year(today.year, "quarter") if p.end < today]
    packages = []
    for index, (name, code, seed) in enumerate(COMMUNITIES):
        say(f"生成社区数据库：{name}")
        community = _community(folder / f"{code}.db", name, code, seed)
        try:
            for period in periods:
                day = _sent_on(period, index)
                path = folder / f"{code}-{period.text}-1.zip"
                now = dt.datetime.combine(day, dt.time(9, 30))
                export_package(community, SYSTEM, period, path, store=store, now=now)
                if period is periods[0]:
                    with community.read_session() as session:
                        info = keys.current_own_key(session)
                    assert info is not None
                    (folder / f"{code}.key.json").write_bytes(keys.key_file(info))
                    with street_db.session() as session:
                        keys.register_key(session, SYSTEM, keys.key_file(info))
                _import(street_db, path, day)
                packages.append(path)
                if index == 2 and period is periods[0]:  # re-sent with a correction
                    _correct(community, period)
                    later = day + dt.timedelta(days=4)
                    path = folder / f"{code}-{period.text}-2.zip"
                    export_package(community, SYSTEM, period, path, store=store,
                                   now=dt.datetime.combine(later, dt.time(15, 0)))
                    _import(street_db, path, later)
                    packages.append(path)
        finally:
            community.dispose()
    return DemoStreet(folder, packages)
