"""Generate a SQLite database with a large issue ledger (100,000 problems by default).

    .venv/bin/python -m tests.benchmarks.make_issue_db OUT.db [--count 100000] [--seed 7]

The schema comes from the real migrations (open_database), so the FTS5 trigram index and
its triggers are the app's own. Registry rows and categories are few; problems are
written with bulk Core inserts (executemany) in one transaction, spread over five years
with a realistic mix of sources, categories, places, states, levels and units. Only the
problem table (and its counters) is filled: the ledger list and statistics read nothing
else. Deterministic for a given count and seed.

--trail also writes the audit trail the services would have written (one `create` entry
with the full snapshot per record, hash-chained), so `check` finds the data whole; it is
what tests/benchmarks/test_check.py times.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from models import audit, audit_replay
from models.base import Base
from models.db import open_database
from models.issues.demo_data import PROBLEMS
from models.issues.entities import IssueCategory, IssueCounter, Problem
from models.issues.taxonomy import SEED
from models.issues.vocab import SOLVED_STATES
from models.office import Office
from models.registry.entities import Building, Community, Compound, ResidentUnit, Street
from models.users_entities import AuditEntry

COUNT = 100_000
FIRST_DAY, LAST_DAY = dt.date(2022, 1, 1), dt.date(2026, 11, 25)
BATCH = 10_000
STATE_WEIGHTS = {"closed": 55, "resolved": 5, "in_progress": 10, "reported": 3, "assigned": 4,
                 "in_scope": 3, "out_of_scope": 15, "collected": 5}
STAMP = {"version": 1, "updated_by": "基准数据"}
COMPOUNDS = [a + b for a in ("翰林", "阳光", "滨河", "文化", "东城", "锦绣", "金港", "翠屏", "幸福",
                             "兴文") for b in ("苑", "花园", "小区", "家园")]
UNITS = [f"{a}{b}" for a in ("巴州区", "巴中市", "江北街道") for b in (
    "住建局", "水务局", "城管执法局", "应急管理局", "自然资源局", "交通运输局", "卫生健康局",
    "民政局", "教育局", "市场监管局")]
DEPARTMENTS = ("小区物业服务中心", "国网巴中供电公司江北供电所", "巴中市燃气公司江北营业所",
               "巴中市自来水公司", "小区业委会")
TITLES = {minor: title.replace("{place}", "") for _, minor, title, _ in PROBLEMS}
DESCRIPTIONS = {minor: description for _, minor, _, description in PROBLEMS}
PHRASES = list(DESCRIPTIONS.values())


def _t(entity: type) -> Table:
    return entity.__table__  # type: ignore[attr-defined, no-any-return]


def _registry(connection: Connection, rng: random.Random) -> dict[str, list]:
    connection.execute(insert(_t(Street)), [{"id": 1, "name": "江北街道", "code": "", **STAMP}])
    connection.execute(insert(_t(Community)), [{"id": 1, "street_id": 1, "name": "兴文社区",
                                                "code": "", **STAMP}])
    connection.execute(insert(_t(Office)), [{"name": "兴文社区", "level": "community",
                                             "community_id": 1, "street_id": 1, "code": "",
                                             "seq": 1, **STAMP}])
    compounds = [{"id": i, "community_id": 1, "name": name, "kind": "commercial",
                  "total_area": 0, "unit_count": 0, "property_company": "", "address": "",
                  "search_key": name, **STAMP} for i, name in enumerate(COMPOUNDS, start=1)]
    connection.execute(insert(_t(Compound)), compounds)
    buildings = [{"id": c["id"] * 100 + b, "compound_id": c["id"], "name": f"{b}栋", **STAMP}
                 for c in compounds for b in range(1, rng.randint(3, 12))]
    connection.execute(insert(_t(Building)), buildings)
    units = [{"id": i, "community_id": 1, "name": name, "uscc": f"9151190200000{i:05d}",
              "kind": "enterprise", "address": "", "contact_name": "", "contact_phone": "",
              "search_key": name, **STAMP} for i, name in enumerate(UNITS, start=1)]
    connection.execute(insert(_t(ResidentUnit)), units)
    majors, minors = [], []
    for m, (major, children) in enumerate(SEED, start=1):
        majors.append({"id": m, "parent_id": None, "name": major, "sort_order": m * 10,
                       "active": True, **STAMP})
        for c, child in enumerate(children, start=1):
            minors.append({"id": 100 + len(minors), "parent_id": m, "name": child,
                           "sort_order": c * 10, "active": True, **STAMP})
    connection.execute(insert(_t(IssueCategory)), majors + minors)
    by_compound: dict[int, list[tuple[int, str]]] = {}
    for b in buildings:
        by_compound.setdefault(b["compound_id"], []).append((b["id"], b["name"]))
    return {"compounds": [(c["id"], c["name"], by_compound[c["id"]]) for c in compounds],
            "units": [u["id"] for u in units],
            "categories": [(m["parent_id"], m["id"], m["name"]) for m in minors]}


def _problem(rng: random.Random, refs: dict[str, list], found_on: dt.date, number: str,
             year: int) -> dict[str, object]:
    major, minor, minor_name = rng.choice(refs["categories"])
    compound_id, compound, buildings = rng.choice(refs["compounds"])
    building_id, building = rng.choice(buildings)
    age = (LAST_DAY - found_on).days
    weights = dict(STATE_WEIGHTS)
    if age > 400:  # old problems are mostly finished
        weights.update(collected=0, in_scope=0, assigned=1, reported=1, in_progress=3)
    state = rng.choices(list(weights), list(weights.values()))[0]
    deadline = found_on + dt.timedelta(days=rng.randint(10, 60))
    assigned = state not in ("collected", "in_scope", "out_of_scope")
    unit = assigned and rng.random() < 0.5
    solved = state in SOLVED_STATES
    resolved_on = (deadline + dt.timedelta(days=rng.randint(-9, 20))) if solved else None
    if resolved_on is not None:
        resolved_on = min(max(resolved_on, found_on + dt.timedelta(days=2)), LAST_DAY)
    source = rng.choices(["ground", "unit", "assigned"], [50, 25, 25])[0]
    return {
        "community_id": 1, "number": number, "year": year, "source": source,
        "assigning_body": "巴州区信访局" if source == "assigned" else "",
        "source_unit_id": rng.choice(refs["units"]) if source == "unit" else None,
        "category_id": minor, "major_category_id": major, "compound_id": compound_id,
        "building_id": building_id, "reporter_name": "网格员何春梅", "reporter_person_id": None,
        "found_on": found_on,
        "title": compound + building + TITLES.get(minor_name, minor_name + "问题"),
        "description": DESCRIPTIONS.get(minor_name, rng.choice(PHRASES))
        + ("；" + rng.choice(PHRASES) if rng.random() < 0.3 else "") + "。",
        "urgency": rng.choices(["normal", "urgent", "critical"], [75, 20, 5])[0],
        "deadline": deadline, "state": state,
        "in_scope": None if state == "collected" else state != "out_of_scope",
        "scope_reason": "属于民事纠纷" if state == "out_of_scope" else "",
        "level": rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0] if assigned else None,
        "unit_id": rng.choice(refs["units"]) if unit else None,
        "department": rng.choice(DEPARTMENTS) if assigned and not unit else "",
        "resolved_on": resolved_on,
        "closed_on": resolved_on + dt.timedelta(days=3) if state == "closed" else None,
        "reopen_count": 1 if solved and rng.random() < 0.03 else 0, **STAMP}


def _trail(connection: Connection) -> int:
    """Append a `create` entry for every record, as records.create would have."""
    rows: list[dict[str, object]] = []
    prev, at = audit.GENESIS, dt.datetime(2026, 11, 25, 12, 0)
    session = Session(bind=connection)
    for table in Base.metadata.sorted_tables:
        if table.name in audit_replay.EXCLUDED_TABLES:
            continue
        for record in connection.execute(select(table)).mappings():
            values = {k: audit.trail_value(session, table.name, k, v) for k, v in record.items()}
            after = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            entry_id = len(rows) + 1
            content = audit.canonical(entry_id, at, "system", "create", table.name,
                                      str(record["id"]), "", after)
            own = audit.row_hash(prev, content)
            rows.append({"id": entry_id, "at": at, "username": "system", "action": "create",
                         "entity": table.name, "record_id": str(record["id"]), "before": "",
                         "after": after, "prev_hash": prev, "row_hash": own})
            prev = own
    for first in range(0, len(rows), BATCH):
        connection.execute(insert(_t(AuditEntry)), rows[first:first + BATCH])
    return len(rows)


def generate(path: Path, count: int = COUNT, seed: int = 7, *, trail: bool = False) -> float:
    """Write the database at `path` (replaced if present); returns the seconds it took."""
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(str(path))
    rng = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    days = sorted(FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1)) for _ in range(count))
    try:
        with database.engine.begin() as connection:
            refs = _registry(connection, rng)
            per_year: dict[int, int] = {}
            batch: list[dict[str, object]] = []
            for found_on in days:
                per_year[found_on.year] = per_year.get(found_on.year, 0) + 1
                number = f"WT-{found_on.year}-{per_year[found_on.year]:04d}"
                batch.append(_problem(rng, refs, found_on, number, found_on.year))
                if len(batch) == BATCH:
                    connection.execute(insert(_t(Problem)), batch)
                    batch = []
            if batch:
                connection.execute(insert(_t(Problem)), batch)
            connection.execute(insert(_t(IssueCounter)), [
                {"kind": "problem", "year": y, "last_value": n} for y, n in per_year.items()])
            written = connection.execute(select(_t(Problem).c.id).order_by(
                _t(Problem).c.id.desc()).limit(1)).scalar()
            if trail:
                _trail(connection)
        assert written == count
    finally:
        database.dispose()
    return time.perf_counter() - started


def cached(folder: Path, name: str, *, trail: bool = False) -> Path:
    """The database `name` in `folder`, generated on first use (benchmarks share it)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists():
        partial = path.with_suffix(".partial")
        generate(partial, trail=trail)
        partial.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--trail", action="store_true", help="write the audit trail too")
    args = parser.parse_args(argv)
    seconds = generate(args.out, args.count, args.seed, trail=args.trail)
    print(f"{args.count:,} problems written to {args.out} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

