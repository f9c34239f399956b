"""上报: signed periodic packages from a community to its street, and the street's import.

period.py      2026-11, 2026-Q3, 2026
modules.py     the plug-in contract (PROVIDERS; how a new module adds its exporter)
issues.py, funds.py, elections.py, volunteers.py, governance.py, services.py
               the exporters and aggregators (the last two: aggregates only)
privacy.py     what never goes up (ID-card and phone numbers; names unless allowed)
keys.py        Ed25519 keys: the office's own, the communities' at the street
exporting.py   what a package holds and its sequence (reports/upward_package.py builds it)
ziplimits.py   hostile zips refused before any member is read
importing.py   verify, stage, preview (diff), commit or return (退回, also once accepted)
street.py      the street's figures and the completeness grid
"""
from models.upward import messages as _messages  # noqa: F401 - registers the UserError texts
