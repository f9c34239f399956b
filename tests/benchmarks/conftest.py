"""The 100,000-problem database the issue-ledger and start-up benchmarks share."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Database, open_database
from tests.benchmarks.make_issue_db import COUNT, generate

GENERATOR_VERSION = 2  # bump when make_issue_db changes what it writes


@pytest.fixture(scope="session")
def issue_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated once (~15 s) into a cache next to pytest's temporary folders, then reused."""
    cache = tmp_path_factory.getbasetemp().parent / "gongjian-bench-cache"
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"issues-{COUNT}-v{GENERATOR_VERSION}.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        generate(partial)
        partial.replace(path)
    return path


@pytest.fixture(scope="session")
def issue_db(issue_db_path: Path) -> Iterator[Database]:
    database = open_database(str(issue_db_path))
    yield database
    database.dispose()
