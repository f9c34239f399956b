"""Person search on 100,000 people: keys with the surnames' other readings (曾 zeng, 单 shan …)
against the plain keys, in the same run.

Run: .venv/bin/python -m pytest tests/benchmarks/test_person_search.py --benchmark-only \\
         --benchmark-enable

The registry's search is a LIKE over each row's key (models.registry.search.matches), so
its cost grows with the key's length. Both tables hold the same 100,000 generated names,
one keyed with `search_key` (the baseline), one with `person_key`; each query is one
benchmark group; goal (issue 10, item 11): the new keys within 1.2x of the baseline
(`extra_info["surnames_to_plain"]`).
"""
from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator

import pytest

from models.registry.search import escape_like, person_key, search_key

COUNT = 100_000
SURNAMES = "张王李赵刘陈杨黄周吴曾单解仇区朴查徐孙马胡朱郭何罗高林"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
QUERIES = ["zhang", "zxf", "曾", "shan", "wangwei"]
_timings: dict[tuple[str, str], float] = {}


def _names() -> Iterator[str]:
    """Every surname in turn, with one- and two-character given names."""
    given = itertools.cycle(itertools.product(GIVEN, GIVEN, GIVEN))
    for index in range(COUNT):
        a, b, c = next(given)
        yield SURNAMES[index % len(SURNAMES)] + a + (b + c if index % 3 else b)


@pytest.fixture(scope="module")
def connection() -> Iterator[sqlite3.Connection]:
    database = sqlite3.connect(":memory:")
    names = list(_names())
    database.execute("CREATE TABLE plain (id INTEGER PRIMARY KEY, key TEXT)")
    database.execute("CREATE TABLE surnames (id INTEGER PRIMARY KEY, key TEXT)")
    database.executemany("INSERT INTO plain (key) VALUES (?)", ((search_key(n),) for n in names))
    database.executemany("INSERT INTO surnames (key) VALUES (?)",
                         ((person_key(n),) for n in names))
    yield database
    database.close()


def _search(database: sqlite3.Connection, table: str, query: str) -> int:
    pattern = f"%{escape_like(query.lower())}%"
    rows = database.execute(f"SELECT id FROM {table} WHERE key LIKE ? ESCAPE '\\'",
                            (pattern,)).fetchall()
    return len(rows)


@pytest.mark.parametrize("table", ["plain", "surnames"])
@pytest.mark.parametrize("query", QUERIES)
def test_person_search(benchmark, connection: sqlite3.Connection, query: str,
                       table: str) -> None:
    benchmark.group = f"person search {query}"
    found = benchmark(_search, connection, table, query)
    assert found > 0 or (table == "plain" and query == "shan")
    _timings[(query, table)] = benchmark.stats.stats.median
    if (query, "plain") in _timings and table == "surnames":
        benchmark.extra_info["surnames_to_plain"] = (
            _timings[(query, "surnames")] / _timings[(query, "plain")])
