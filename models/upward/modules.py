"""What goes up: one small exporter and one aggregator per module, plugged in by name.

Every module that sends figures upward offers a Python module named in `PROVIDERS` with:

    NAME: str                        "issues": the member data/issues.json and the schema
                                     resources/schemas/upward-issues.schema.json
    LABEL: str                       "问题台账", for the workbook, cover sheet and street view
    export(session, period, ctx) -> dict
        {"module": NAME, "schema_version": 1, "period": "2026-Q3",
         "figures": {...}, "records": [{"uuid": ..., "revision": ..., ...}, ...]}
        Figures are integers (money as *_fen integers plus "1234.50" strings, rates as
        text); no floats anywhere. Records carry `ctx.ids.uuid(table, id)` and the row's
        `version` as their revision. Names of private persons only if
        `ctx.share_person_names`; never an ID-card number, a phone number or a ballot
        (free text goes through `ctx.scrub`).
    aggregate(datas: list[dict]) -> dict
        the street's figures from several communities' `figures` (sum what sums, then
        recompute what is derived, such as a rate)
    sheets(data) -> list[Sheet]      the module's part of the human-readable workbook
    totals(data) -> list[tuple[str, str]]   lines of the cover sheet (label, value)

To add a module (say models/foo/): write `models/upward/foo.py` with those five names
(volunteers.py, governance.py and services.py are the aggregates-only examples: `records`
stays empty, its schema says maxItems 0), add a JSON Schema
`resources/schemas/upward-foo.schema.json` (copy upward-issues.schema.json's envelope:
module, schema_version, period, figures, records with uuid and revision), and append
"models.upward.foo" to PROVIDERS. Nothing else changes: the package, the
manifest, the import, the diff and the street's statistics iterate over PROVIDERS, and a
street running an older app refuses a package with a module it does not know (the
manifest lists them). Test the exporter with its own expectations and extend
tests/models/upward/test_privacy.py's demo database if the module adds personal data.
"""
from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.upward.period import Period
from models.users_entities import AppKey

PROVIDERS: tuple[str, ...] = (
    "models.upward.issues",
    "models.upward.funds",
    "models.upward.elections",
    "models.upward.volunteers",
    "models.upward.governance",
    "models.upward.services",
)
DATA_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook: every cell is text (written as text, never a formula)."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[str]] = field(default_factory=list)


class RecordIds:
    """Stable record UUIDs: uuid5 of the database's namespace and "table:id"."""

    def __init__(self, session: Session) -> None:
        value = session.execute(select(AppKey.value).where(
            AppKey.name == "upward_namespace")).scalar_one()
        self.namespace = uuid.UUID(value)

    def uuid(self, table: str, record_id: int) -> str:
        return str(uuid.uuid5(self.namespace, f"{table}:{record_id}"))


@dataclass(frozen=True)
class ExportContext:
    ids: RecordIds
    share_person_names: bool = False
    scrub: Callable[[str], str] = str  # masks numbers and, by default, private names


def providers(names: tuple[str, ...] | None = None) -> list[ModuleType]:
    return [importlib.import_module(name) for name in (names or PROVIDERS)]


def by_name() -> dict[str, ModuleType]:
    return {module.NAME: module for module in providers()}


def envelope(name: str, period: Period, figures: dict[str, Any],
             records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"module": name, "schema_version": DATA_SCHEMA_VERSION, "period": period.text,
            "figures": figures, "records": records}


def sum_figures(items: list[Any]) -> Any:
    """Integers add up; dicts add key by key (a key missing in one counts as nothing);
    anything else (a label, a text amount) is taken from the first that has it."""
    present = [item for item in items if item is not None]
    if not present:
        return None
    first = present[0]
    if isinstance(first, bool) or not isinstance(first, int | dict):
        return first
    if isinstance(first, int):
        return sum(item for item in present if isinstance(item, int))
    keys: list[str] = []
    for item in present:
        keys += [key for key in item if key not in keys]
    return {key: sum_figures([item.get(key) for item in present]) for key in keys}
