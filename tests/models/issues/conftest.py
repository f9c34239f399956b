"""Fixtures of the issue ledger tests: a small office on each backend.

`office` (tests/models/conftest.py) gives each test its own database (the `db`
fixture). `shared` gives a test
module one database per backend, for many cases that each make their own problems and
never count what other cases made: it keeps the PostgreSQL half of those modules fast.
"""
from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models.db import open_database
from tests.conftest import BACKENDS, TEMPLATE_DB, _require_pg
from tests.models.issues.helpers import Shared, build_office


@pytest.fixture(scope="module", params=BACKENDS)
def shared(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           sqlite_template: Path) -> Iterator[Shared]:
    """A migrated database with a small office, shared by this module's cases."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("shared") / "shared.db"
        shutil.copyfile(sqlite_template, path)
        url, drop = str(path), None
    else:
        base = request.getfixturevalue("pg_base_url")
        if base is None:
            if _require_pg():
                pytest.fail("PostgreSQL binaries not found and GONGJIAN_REQUIRE_PG=1")
            pytest.skip("PostgreSQL binaries not found")
        name = f"l_{uuid.uuid4().hex[:12]}"
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}"))
        url, drop = f"{base}/{name}", (admin, name)
    database = open_database(url)
    with database.session() as session:
        office = build_office(session)
    yield database, office
    database.dispose()
    if drop is not None:
        admin, name = drop
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
