"""The 100,000-problem database the issue-ledger and start-up benchmarks share."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Database, open_database
from tests.benchmarks.make_issue_db import COUNT, cached

GENERATOR_VERSION = 2  # bump when make_issue_db changes what it writes


@pytest.fixture(scope="session")
def issue_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated once (~15 s) into a cache next to pytest's temporary folders, then reused."""
    return cached(tmp_path_factory.getbasetemp().parent / "gongjian-bench-cache",
                  f"issues-{COUNT}-v{GENERATOR_VERSION}.db")


@pytest.fixture(scope="session")
def issue_db(issue_db_path: Path) -> Iterator[Database]:
    database = open_database(str(issue_db_path))
    yield database
    database.dispose()
