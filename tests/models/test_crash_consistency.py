"""A writer killed with SIGKILL at random moments never loses a committed person.

A child process (tests/support/crash_writer.py) commits one person per unit of work
and reports each id only after its commit. The parent kills it at random moments, many
times over, on the same database file; the next child reopens it. Afterwards every
reported person must be there, the file must pass integrity_check and the audit chain
must verify. SIGKILL tests the process dying, not the power failing (the OS page cache
survives).
"""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.audit import verify_chain
from models.auth import SYSTEM
from models.db import open_database
from models.registry.entities import Person
from models.registry.places import create_community, create_street

REPO_ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("GONGJIAN_CRASH_KILLS", "40"))


def _spawn(path: Path, community_id: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_writer", str(path), str(community_id)],
        cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)


def _run_and_kill(child: subprocess.Popen[bytes], rng: random.Random) -> list[int]:
    """Let the child start committing, kill it after a random pause, return its ids."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(b"go\n")
    child.stdin.flush()
    first = child.stdout.readline()
    if not first.endswith(b"\n"):
        _out, err = child.communicate(timeout=30)
        pytest.fail(f"writer stopped before its first commit:\n{err.decode(errors='replace')}")
    time.sleep(rng.uniform(0.02, 0.3))
    child.kill()  # SIGKILL: no atexit, no rollback, no close
    rest, _err = child.communicate(timeout=30)
    lines = (first + rest).split(b"\n")[:-1]  # a torn last line was never a promise
    return [int(line) for line in lines]


def _make_database(path: Path, template: Path) -> int:
    shutil.copyfile(template, path)
    database = open_database(str(path))
    with database.session() as session:
        street = create_street(session, SYSTEM, name="试验街道")
        community = create_community(session, SYSTEM, street_id=street, name="试验社区")
    database.dispose()
    return community


@pytest.mark.slow
def test_killed_writers_lose_no_committed_person(
        tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crash.db"
    community = _make_database(path, sqlite_template)
    seed = int(os.environ.get("GONGJIAN_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    reported: list[int] = []
    started: list[subprocess.Popen[bytes]] = []
    try:
        spare = _spawn(path, community)
        started.append(spare)
        for _ in range(KILLS):
            # The next child imports while this one writes; it opens the file only on "go".
            child, spare = spare, _spawn(path, community)
            started.append(spare)
            reported += _run_and_kill(child, rng)
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
            process.communicate(timeout=30)

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    database = open_database(str(path))
    try:
        with database.read_session() as session:
            present = set(session.execute(select(Person.id)).scalars())
            count = session.execute(select(func.count()).select_from(Person)).scalar_one()
            chain = verify_chain(session)
    finally:
        database.dispose()
    with capsys.disabled():
        print(f"\ncrash consistency: {KILLS} kills, {len(reported)} commits reported, "
              f"{count} people in the file, seed {seed}")
    assert len(reported) == len(set(reported)) >= KILLS
    assert set(reported) <= present, f"lost after a kill: {sorted(set(reported) - present)}"
    assert chain is None
    assert count >= len(reported)
