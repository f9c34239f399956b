"""The JSON Schema files of the package (resources/schemas/), checked with `jsonschema`
(a well-kept implementation of draft 2020-12; the validators are built once)."""
from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from models.errors import UserError

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent.parent))
SCHEMA_DIR = ROOT / "resources" / "schemas"


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"upward-{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_exists(name: str) -> bool:
    return (SCHEMA_DIR / f"upward-{name}.schema.json").is_file()


def check(name: str, document: Any, member: str) -> None:
    """Refuse `document` with the first error's place and reason."""
    error = next(iter(validator(name).iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "（根）"
        raise UserError("upward.schema", member=member, detail=f"{where}：{error.message[:120]}")
