"""Fixtures of the upward tests: a small community (problems, funds) and a street, each
in its own database on the same backend, with the key store in the test keyring."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models.db import Database, open_database
from models.upward.keys import KeyStore
from tests.conftest import TEMPLATE_DB, _pg_database
from tests.models.upward.helpers import (
    Community,
    build_community,
    build_district,
    build_street,
)


@pytest.fixture
def store() -> KeyStore:
    return KeyStore()


@pytest.fixture
def community(db: Database) -> Community:
    with db.session() as session:
        return build_community(db, session)


def _another_database(request: pytest.FixtureRequest, db_url: str, tmp_path: Path,
                      sqlite_template: Path, name: str, build: Callable[[Session], None]
                      ) -> Iterator[Database]:
    """Another database on the backend of `db`, set up by `build`."""
    if db_url.startswith("postgresql"):
        urls = _pg_database(request, name[0], TEMPLATE_DB)
        url = next(urls)
    else:
        url = str(tmp_path / f"{name}.db")
        shutil.copyfile(sqlite_template, url)
        urls = None
    database = open_database(url)
    with database.session() as session:
        build(session)
    yield database
    database.dispose()
    if urls is not None:
        next(urls, None)


@pytest.fixture
def street_db(request: pytest.FixtureRequest, db_url: str, tmp_path: Path,
              sqlite_template: Path) -> Iterator[Database]:
    """A second database on the backend of `db`, set up as the street office."""
    yield from _another_database(request, db_url, tmp_path, sqlite_template, "street",
                                 build_street)


@pytest.fixture
def district_db(request: pytest.FixtureRequest, db_url: str, tmp_path: Path,
                sqlite_template: Path) -> Iterator[Database]:
    """A third database, set up as the district the street reports to."""
    yield from _another_database(request, db_url, tmp_path, sqlite_template, "district",
                                 build_district)
