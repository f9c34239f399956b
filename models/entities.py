"""Imports every entity module so Base.metadata knows every table (Alembic, tests)."""
from models import office, users_entities  # noqa: F401
from models.registry import entities as registry_entities  # noqa: F401
