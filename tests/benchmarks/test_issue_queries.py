"""Ledger page speed on 100,000 problems: our Core queries against the same SQL in sqlite3.

Run (see README.md):
    .venv/bin/python -m pytest tests/benchmarks/test_issue_queries.py --benchmark-only \\
        --benchmark-enable

One "page" is what the ledger does when the clerk changes a filter: the ordered ids of
every matching problem, then the rows of the first screen (50). Ours goes through
models.issues.ledger (a read session, Core selects, ProblemRow dataclasses); the
baseline runs the very SQL those selects compile to, on a plain sqlite3 connection, in
a transaction too, and only fetches tuples. Each filter is one benchmark group; goal
(issue 4): ours within 1.5× of raw sqlite3 (`extra_info["ours_to_raw"]`).

The database is generated once (tests/benchmarks/make_issue_db.py, ~15 s) into a cache
next to pytest's temporary folders and reused by later runs.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select

from models.db import Database, open_database
from models.issues import ledger
from models.issues.ledger import ProblemFilter
from models.issues.vocab import OPEN_STATES
from tests.benchmarks.make_issue_db import COUNT, cached

GENERATOR_VERSION = 2  # bump when make_issue_db changes what it writes
TODAY = dt.date(2026, 11, 25)
SCREEN = 50
CASES = {
    # 大类 1 is 环境卫生 in the generated taxonomy.
    "period-category": ProblemFilter(found_from=dt.date(2026, 1, 1), found_to=TODAY,
                                     category_id=1),
    "open-overdue": ProblemFilter(states=OPEN_STATES, overdue_only=True),
    "search-2-chars": ProblemFilter(text="电梯"),
    "search-4-chars": ProblemFilter(text="垃圾清运", found_from=dt.date(2025, 1, 1)),
}
ID_PARAM = re.compile(r"^ids_\d+$")  # the expanded IN list of ledger.ROWS


@pytest.fixture(scope="session")
def issue_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cached(tmp_path_factory.getbasetemp().parent / "gongjian-bench-cache",
                  f"issues-{COUNT}-v{GENERATOR_VERSION}.db")


@pytest.fixture(scope="session")
def issue_db(issue_db_path: Path) -> Iterator[Database]:
    database = open_database(str(issue_db_path))
    yield database
    database.dispose()


def _plain(value: Any) -> Any:
    # What SQLAlchemy's Date bind processor sends to sqlite3.
    return value.isoformat() if isinstance(value, dt.date) else value


def compiled_sql(database: Database, stmt: Select[Any]) -> tuple[str, list[Any], list[int]]:
    """SQL text, positional parameters and the positions of the screen's ids."""
    compiled = stmt.compile(dialect=database.engine.dialect)
    state = compiled.construct_expanded_state()
    names = list(state.positiontup or [])
    params = [_plain(state.parameters[name]) for name in names]
    return state.statement, params, [i for i, n in enumerate(names) if ID_PARAM.match(n)]


def page_ours(database: Database, filters: ProblemFilter) -> tuple[list[int], int]:
    with database.read_session() as session:
        ids = ledger.problem_ids(session, filters, today=TODAY)
        rows = ledger.problem_rows(session, ids[:SCREEN], today=TODAY)
    return ids, len(rows)


_ours: dict[str, float] = {}


@pytest.mark.parametrize("case", list(CASES))
def test_ours(benchmark, issue_db: Database, case: str) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"ledger-page-{case}"
    ids, shown = benchmark.pedantic(page_ours, args=(issue_db, CASES[case]), rounds=30,
                                    iterations=1, warmup_rounds=2)
    assert len(ids) > SCREEN and shown == SCREEN
    benchmark.extra_info["matches"] = len(ids)
    _ours[case] = benchmark.stats.stats.median


@pytest.mark.parametrize("case", list(CASES))
def test_raw_sqlite3(benchmark, issue_db: Database, issue_db_path: Path,  # type: ignore[no-untyped-def]
                     case: str) -> None:
    benchmark.group = f"ledger-page-{case}"
    expected, _ = page_ours(issue_db, CASES[case])
    ids_sql, ids_params, _ = compiled_sql(
        issue_db, ledger.ids_statement("sqlite", CASES[case], TODAY))
    rows_sql, rows_params, id_slots = compiled_sql(
        issue_db, ledger.rows_statement(expected[:SCREEN]))
    connection = sqlite3.connect(issue_db_path, isolation_level=None)

    def page_raw() -> tuple[list[int], int]:
        connection.execute("BEGIN DEFERRED")
        ids = [row[0] for row in connection.execute(ids_sql, ids_params)]
        params = list(rows_params)
        for slot, problem_id in zip(id_slots, ids[:SCREEN], strict=True):
            params[slot] = problem_id
        rows = connection.execute(rows_sql, params).fetchall()
        connection.execute("COMMIT")
        return ids, len(rows)

    try:
        ids, shown = benchmark.pedantic(page_raw, rounds=30, iterations=1, warmup_rounds=2)
    finally:
        connection.close()
    assert ids == expected and shown == SCREEN  # the same SQL gives the same answer
    if case in _ours:
        ratio = _ours[case] / benchmark.stats.stats.median
        benchmark.extra_info["ours_to_raw"] = round(ratio, 3)
