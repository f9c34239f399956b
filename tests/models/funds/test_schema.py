"""The funds migration creates exactly the tables the entities describe, with the
seeded rules, and the service-level rules find them."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import models.entities  # noqa: F401 - every table on Base.metadata
from models.base import Base
from models.db import Database
from models.funds import config


def test_migration_matches_entities_and_seeds_the_rules(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [d for d in compare_metadata(context, Base.metadata)
                       if "fund_" in repr(d)]
    assert differences == []
    with db.read_session() as session:
        settings = config.get_settings(session)
    assert settings.dues_uses == config.DEFAULT_DUES_USES
    assert settings.categories == config.DEFAULT_CATEGORIES
    assert (settings.threshold_text, settings.dues_need_decision) == ("5,000.00", True)
