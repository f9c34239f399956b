"""Imports every entity module so Base.metadata knows every table (Alembic, tests)."""
from models import office, users_entities  # noqa: F401
from models.elections import entities as election_entities  # noqa: F401
from models.funds import entities as fund_entities  # noqa: F401
from models.governance import entities as governance_entities  # noqa: F401
from models.issues import entities as issue_entities  # noqa: F401
from models.registry import entities as registry_entities  # noqa: F401
from models.services import entities as service_entities  # noqa: F401
from models.upward import entities as upward_entities  # noqa: F401
from models.volunteers import entities as volunteer_entities  # noqa: F401
