"""Fixtures of the upward tests: a small community (problems, funds) and a street, each
in its own database on the same backend, with the key store in the test keyring."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db import Database, open_database
from models.upward.keys import KeyStore
from tests.conftest import TEMPLATE_DB, _pg_database
from tests.models.upward.helpers import Community, build_community, build_street


@pytest.fixture
def store() -> KeyStore:
    return KeyStore()


@pytest.fixture
def community(db: Database) -> Community:
    with db.session() as session:
        return build_community(db, session)


@pytest.fixture
def street_db(request: pytest.FixtureRequest, db_url: str, tmp_path: Path,
              sqlite_template: Path) -> Iterator[Database]:
    """A second database on the backend of `db`, set up as the street office."""
    if db_url.startswith("postgresql"):
        urls = _pg_database(request, "s", TEMPLATE_DB)
        url = next(urls)
    else:
        url = str(tmp_path / "street.db")
        shutil.copyfile(sqlite_template, url)
        urls = None
    database = open_database(url)
    with database.session() as session:
        build_street(session)
    yield database
    database.dispose()
    if urls is not None:
        next(urls, None)
