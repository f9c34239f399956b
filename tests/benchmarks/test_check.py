"""`check` on 100,000 problems with their audit trail, against the check it replaced.

Run (see README.md):
    .venv/bin/python -m pytest tests/benchmarks/test_check.py --benchmark-only \\
        --benchmark-enable

The database comes from make_issue_db.py with --trail (one create entry per record).
Baseline, measured in the same run: what `check` did before it replayed the trail, i.e.
`PRAGMA integrity_check` plus the hash-chain walk (audit.verify_chain). Ours: the full
read-only `check_database` (integrity, schema, triggers, chain, anchors, and every table
compared with the replayed trail). `extra_info["ours_to_baseline"]` is the ratio of medians.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from models import audit
from models.check import check_database
from models.db import open_database, sqlite_problem
from tests.benchmarks.make_issue_db import COUNT, cached

GENERATOR_VERSION = 1  # bump when make_issue_db changes what it writes with --trail
MEDIANS: dict[str, float] = {}


@pytest.fixture(scope="session")
def trailed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cached(tmp_path_factory.getbasetemp().parent / "gongjian-bench-cache",
                  f"issues-trail-{COUNT}-v{GENERATOR_VERSION}.db", trail=True)


def _old_check(path: Path) -> bool:
    if sqlite_problem(path, full=True) is not None:
        return False
    database = open_database(str(path), create=False, upgrade=False)
    try:
        with database.read_session() as session:
            return audit.verify_chain(session) is None
    finally:
        database.dispose()


@pytest.mark.benchmark(group="check-100k")
def test_baseline_integrity_and_chain(benchmark: Any, trailed_db: Path) -> None:
    assert benchmark.pedantic(_old_check, args=(trailed_db,), rounds=3, iterations=1)
    MEDIANS["baseline"] = benchmark.stats.stats.median


@pytest.mark.benchmark(group="check-100k")
def test_check_replays_every_table(benchmark: Any, trailed_db: Path) -> None:
    report = benchmark.pedantic(check_database, args=(str(trailed_db),),
                                kwargs={"backup_folder": trailed_db.parent / "none"},
                                rounds=3, iterations=1)
    assert report.problems == []
    if "baseline" in MEDIANS:
        benchmark.extra_info["ours_to_baseline"] = round(
            benchmark.stats.stats.median / MEDIANS["baseline"], 2)
