"""Fixtures of the model tests: a small office (streets, compounds, units, people,
problem categories) on each backend, in each test's own database."""
from __future__ import annotations

import pytest

from models.db import Database
from tests.models.issues.helpers import Office, build_office


@pytest.fixture
def office(db: Database) -> Office:
    with db.session() as session:
        return build_office(session)
