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
`extra_info` holds the time, CPU-time and memory ratios, the peak Argon2 adds on its own
(64 MiB by its parameters) and the load average, measured in the same run; the ratios
compare interleaved rounds.

Third pass (issue 12; 7 rounds, load average 3.5-3.9 on 2 cores, see
tests/benchmarks/README.md): app 2.16-2.37 s vs bare 0.28-0.32 s, 6.8x / 7.7x / 8.6x in three
runs; CPU time (`cpu_ratio`, user + system of all the child's threads) 7.7-8.6x; peak
191 MiB vs 56 MiB, 3.4x (2.3x without Argon2's 64 MiB). Paired with the branch base in one
loop: 7.45x vs 7.79x at load 4.1; with both given a free core (SCHED_FIFO, a diagnostic
that emulates an idle machine) 1.48-1.77 s vs 1.70-2.05 s, 5.2-7.1x vs 5.9-8.8x. The 5x
time goal is not shown; the memory goal (2.5x without Argon2) holds.

Fourth pass (to-do providers of unused areas not loaded, SQLAlchemy before PySide6's import
hook, the first page made beside the Argon2 check; load 2.3-2.8 from another engineer's
benchmarks): 5.73x, 6.62x, 4.61x in three runs (app 1.07-1.15 s, bare 0.16-0.25 s), CPU
5.6-7.1x, peak 178 MiB, 3.2x (2.0x without Argon2); paired with the base in one loop
4.97x vs 6.79x. The 5x goal holds paired and on a quiet machine, not in this median.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from models import users
from models.db import open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7

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
    """The installed app runs from compiled bytecode (the frozen bundle holds .pyc files
    only): the probes may write theirs (to a folder of their own, not the source tree) in
    the warm-up round, even where the environment says PYTHONDONTWRITEBYTECODE, instead
    of compiling the app's modules again in every round."""
    env = dict(os.environ, GONGJIAN_DATA_DIR=str(tmp_path_factory.mktemp("startup-data")),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT),
               PYTHONPYCACHEPREFIX=str(tmp_path_factory.mktemp("startup-bytecode")))
    env.pop("GONGJIAN_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True)
class Round:
    seconds: float  # process start to READY
    cpu_seconds: float  # the child's user and system time, all its threads
    peak: int  # the child's peak RSS in bytes
    argon2: int  # the part of it one Argon2 hash adds (the argon2 probe only)


def launch(env: dict[str, str], *args: str) -> Round:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.startup_probe", *args],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()  # type: ignore[union-attr]
    elapsed = time.perf_counter() - started
    child.stdout.close()  # type: ignore[union-attr]
    _, status, usage = os.wait4(child.pid, 0)
    ready, *figures = (line.strip() or "-").split()
    assert ready == "READY" and os.waitstatus_to_exitcode(status) == 0, (line, status)
    peak_kib, argon2_kib = map(int, figures)
    return Round(elapsed, usage.ru_utime + usage.ru_stime, peak_kib * 1024, argon2_kib * 1024)


def measure(benchmark, env: dict[str, str], *args: str) -> int:  # type: ignore[no-untyped-def]
    """Time through pytest-benchmark; returns the median peak RSS in bytes."""
    peaks: list[int] = []

    def once() -> None:
        peaks.append(launch(env, *args).peak)

    benchmark.group = "startup"
    benchmark.pedantic(once, rounds=ROUNDS, iterations=1, warmup_rounds=1)
    peak = int(statistics.median(peaks[1:] or peaks))
    benchmark.extra_info["peak_rss_mib"] = round(peak / 2**20, 1)
    return peak


def test_bare_pyside6_table(benchmark,  # type: ignore[no-untyped-def]
                            probe_env: dict[str, str]) -> None:
    measure(benchmark, probe_env, "bare")


def test_app_logged_in(benchmark, probe_env: dict[str, str],  # type: ignore[no-untyped-def]
                       login_db_path: Path) -> None:
    """Each app round follows a bare round (untimed setup), so that both see the same load
    on a shared machine; the ratios compare the medians of these interleaved rounds."""
    bare: list[Round] = []
    app: list[Round] = []

    def bare_round() -> None:
        bare.append(launch(probe_env, "bare"))

    def once() -> None:
        app.append(launch(probe_env, "app", str(login_db_path)))

    benchmark.group = "startup"
    benchmark.pedantic(once, setup=bare_round, rounds=ROUNDS, iterations=1, warmup_rounds=1)
    app_time = benchmark.stats.stats.median
    bare_time = statistics.median(r.seconds for r in bare[1:])
    cpu, bare_cpu = (statistics.median(r.cpu_seconds for r in rounds[1:]) for rounds in (app, bare))
    peak, bare_peak = (statistics.median(r.peak for r in rounds[1:]) for rounds in (app, bare))
    argon2 = launch(probe_env, "argon2").argon2
    benchmark.extra_info.update(
        peak_rss_mib=round(peak / 2**20, 1), bare_time_s=round(bare_time, 3),
        bare_peak_rss_mib=round(bare_peak / 2**20, 1), time_ratio=round(app_time / bare_time, 2),
        cpu_s=round(cpu, 3), bare_cpu_s=round(bare_cpu, 3), cpu_ratio=round(cpu / bare_cpu, 2),
        memory_ratio=round(peak / bare_peak, 2), argon2_peak_mib=round(argon2 / 2**20, 1),
        memory_ratio_without_argon2=round((peak - argon2) / bare_peak, 2),
        load_average=round(os.getloadavg()[0], 2))
    print(f"\nstart-up: app {app_time:.3f} s, bare {bare_time:.3f} s (interleaved medians); "
          f"extra_info: {benchmark.extra_info}")
