"""Alembic environment: always given an open connection by models.migrate."""
from __future__ import annotations

from alembic import context

import models.entities  # noqa: F401 - registers every table on Base.metadata
from models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Gongjian migrations run through models.migrate with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
