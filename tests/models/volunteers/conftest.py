from __future__ import annotations

import pytest

from models.db import Database
from tests.models.volunteers.helpers import Place, build_place


@pytest.fixture
def place(db: Database) -> Place:
    with db.session() as session:
        return build_place(session)
