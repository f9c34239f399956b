"""Start-up: the app ready and logged in on 100,000 problems, against a bare PySide6 table.

Run (see README.md):
    .venv/bin/python -m pytest tests/benchmarks/test_startup.py --benchmark-only \\
        --benchmark-enable -s

Each round starts a fresh process (tests/benchmarks/startup_probe.py) and times process
start → READY: for the app, main.py's path to the main window, the database opened
(quick_check, revision check), the login dialog submitted (one Argon2id verification),
the first page loaded and painted; for the baseline, a bare PySide6 process showing a
100,000-row QTableView. Peak resident memory is the child's own high-water mark (VmHWM).
Goal (issue 12): the app within 5× the baseline's time and 2.5× its peak memory.
`extra_info` holds both ratios and the peak Argon2 adds on its own (64 MiB by its
parameters), measured in the same run.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import users
from models.db import open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5
_bare: dict[str, float] = {}

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(),
                                reason="reads peak memory from /proc (Linux)")


@pytest.fixture(scope="session")
def login_db_path(issue_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 100,000-problem database with the demo users, so the probe can log in."""
    path = tmp_path_factory.mktemp("startup") / "issues.db"
    shutil.copy(issue_db_path, path)
    database = open_database(str(path))
    try:
        with database.session() as session:
            users.create_demo_users(session)
    finally:
        database.dispose()
    return path


@pytest.fixture(scope="session")
def probe_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    env = dict(os.environ, GONGJIAN_DATA_DIR=str(tmp_path_factory.mktemp("startup-data")),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    env.pop("GONGJIAN_DB", None)
    return env


def launch(env: dict[str, str], *args: str) -> tuple[float, int, int]:
    """Seconds from process start to READY, the child's peak RSS and Argon2's part (bytes)."""
    started = time.perf_counter()
    with subprocess.Popen([sys.executable, "-m", "tests.benchmarks.startup_probe", *args],
                          cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as child:
        line = child.stdout.readline()  # type: ignore[union-attr]
        elapsed = time.perf_counter() - started
    ready, *figures = (line.strip() or "-").split()
    assert ready == "READY" and child.returncode == 0, (line, child.returncode)
    peak_kib, argon2_kib = map(int, figures)
    return elapsed, peak_kib * 1024, argon2_kib * 1024


def measure(benchmark, env: dict[str, str], *args: str) -> int:  # type: ignore[no-untyped-def]
    """Time through pytest-benchmark; returns the median peak RSS in bytes."""
    peaks: list[int] = []

    def once() -> None:
        _, peak, _ = launch(env, *args)
        peaks.append(peak)

    benchmark.group = "startup"
    benchmark.pedantic(once, rounds=ROUNDS, iterations=1, warmup_rounds=1)
    peak = int(statistics.median(peaks[1:] or peaks))
    benchmark.extra_info["peak_rss_mib"] = round(peak / 2**20, 1)
    return peak


def test_bare_pyside6_table(benchmark,  # type: ignore[no-untyped-def]
                            probe_env: dict[str, str]) -> None:
    _bare["peak"] = measure(benchmark, probe_env, "bare")
    _bare["time"] = benchmark.stats.stats.median


def test_app_logged_in(benchmark, probe_env: dict[str, str],  # type: ignore[no-untyped-def]
                       login_db_path: Path) -> None:
    peak = measure(benchmark, probe_env, "app", str(login_db_path))
    _, _, argon2 = launch(probe_env, "argon2")
    benchmark.extra_info["argon2_peak_mib"] = round(argon2 / 2**20, 1)
    if _bare:
        benchmark.extra_info["time_ratio"] = round(benchmark.stats.stats.median / _bare["time"], 2)
        benchmark.extra_info["memory_ratio"] = round(peak / _bare["peak"], 2)
    print(f"\nstart-up extra_info: {benchmark.extra_info}")
