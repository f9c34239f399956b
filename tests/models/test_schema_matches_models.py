"""The migrations build exactly the schema the entities describe: a model change without
its migration fails here, on both backends."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import models.entities  # noqa: F401 - every table on Base.metadata
from models.base import Base
from models.db import Database

# Objects the migrations add on purpose that the entities do not describe.
EXTRA_TABLES = {"alembic_version", "problem_fts", "problem_fts_data", "problem_fts_idx",
                "problem_fts_content", "problem_fts_docsize", "problem_fts_config"}


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        found = compare_metadata(context, Base.metadata)
    return [d for d in found if not (isinstance(d, tuple) and d[0] == "remove_table"
                                     and d[1].name in EXTRA_TABLES)
            and not (isinstance(d, tuple) and d[0] == "remove_index")]


def test_migrated_schema_matches_the_entities(db: Database) -> None:
    assert _differences(db) == []
