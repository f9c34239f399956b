"""Bulk import at clerk speed (issue 12 item 4): writing against openpyxl reading the file.

Run (see README.md):
    .venv/bin/python -m pytest tests/benchmarks/test_import.py --benchmark-only \\
        --benchmark-enable -s

For 2,000, 10,000 and 100,000 valid people (make_import_book.py), each size is one
benchmark group with two members: `read`, openpyxl's read-only mode reading every row of
the file (the baseline), and `write`, `apply_import` writing the checked preview into a
fresh copy of the demo database (validation again, search keys, rows, roles, audit chain,
one commit). Goal: write ≤ 2× read (`extra_info["write_to_read"]`), with peak memory flat as
the file grows: `extra_info` holds tracemalloc's peak for reading the preview and for
writing, measured in a separate, untimed run.
"""
from __future__ import annotations

import shutil
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from models.auth import Actor
from models.db import Database, open_database
from models.demo import build_demo
from reports.workbook_import import apply_import, read_workbook
from tests.benchmarks.make_import_book import write_people

SIZES = (2_000, 10_000, 100_000)
CLERK = Actor(username="clerk", display_name="张会计", role="clerk")
ROUNDS = {2_000: 5, 10_000: 3, 100_000: 1}  # 100,000 rows take minutes a round
MIB = 1024 * 1024


@pytest.fixture(scope="session")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.getbasetemp().parent / "gongjian-bench-cache"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def demo_db(cache: Path) -> Path:
    path = cache / "import-demo.db"
    if not path.exists():
        partial = cache / "import-demo.partial"
        partial.unlink(missing_ok=True)
        database = open_database(str(partial))
        with database.session() as session:
            build_demo(session)
        database.dispose()
        partial.replace(path)
    return path


def book(cache: Path, size: int) -> Path:
    path = cache / f"people-{size}.xlsx"
    if not path.exists():
        write_people(cache / "partial.xlsx", size).replace(path)
    return path


def fresh(demo_db: Path, folder: Path) -> Database:
    target = folder / f"import-{time.monotonic_ns()}.db"
    shutil.copyfile(demo_db, target)
    return open_database(str(target))


def openpyxl_read(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def traced_peak(work: Callable[[], Any]) -> tuple[Any, float]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1] / MIB
    finally:
        tracemalloc.stop()


_read: dict[int, float] = {}


@pytest.mark.timeout(3600)
@pytest.mark.parametrize("size", SIZES)
def test_read(benchmark, cache: Path, size: int) -> None:  # type: ignore[no-untyped-def]
    benchmark.group = f"import-{size}"
    path = book(cache, size)
    rows = benchmark.pedantic(openpyxl_read, args=(path,), rounds=ROUNDS[size], iterations=1)
    assert rows == size + 1
    _read[size] = benchmark.stats.stats.median


@pytest.mark.timeout(7200)
@pytest.mark.parametrize("size", SIZES)
def test_write(benchmark, cache: Path, demo_db: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
               size: int) -> None:
    benchmark.group = f"import-{size}"
    path = book(cache, size)
    database = fresh(demo_db, tmp_path)
    started = time.perf_counter()
    preview, read_peak = traced_peak(lambda: read_workbook(database, path, "people"))
    database.dispose()
    assert preview.ok and preview.counts.valid == size
    benchmark.extra_info["preview_seconds_traced"] = round(time.perf_counter() - started, 2)
    benchmark.extra_info["preview_peak_mib"] = round(read_peak, 1)
    databases: list[Database] = []

    def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
        databases.append(fresh(demo_db, tmp_path))
        return (databases[-1], CLERK, preview), {}

    try:
        written = benchmark.pedantic(apply_import, setup=setup, rounds=ROUNDS[size], iterations=1)
        assert written == size
        database = fresh(demo_db, tmp_path)
        databases.append(database)
        _, write_peak = traced_peak(lambda: apply_import(database, CLERK, preview))
    finally:
        for database in databases:
            database.dispose()
    median = benchmark.stats.stats.median
    benchmark.extra_info["write_peak_mib"] = round(write_peak, 1)
    benchmark.extra_info["ms_per_row"] = round(median / size * 1000, 3)
    if size in _read:
        benchmark.extra_info["write_to_read"] = round(median / _read[size], 2)
    print(f"\nimport {size}: write {median:.2f} s ({median / size * 1e3:.3f} ms/row), "
          f"openpyxl read {_read.get(size, float('nan')):.2f} s, "
          f"ratio {median / _read.get(size, float('nan')):.2f}, "
          f"peak preview {read_peak:.1f} MiB, peak write {write_peak:.1f} MiB")
