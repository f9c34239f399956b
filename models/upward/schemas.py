"""The JSON Schema files of the package (resources/schemas/), checked with `jsonschema`.

This is the slow way, which names what is wrong: a data member that the exporter wrote is
accepted first by models.upward.typed_check (the same files compiled to msgspec types), and
only a member that cannot pass there is checked here. The manifest is always checked here.

jsonschema (a well-kept implementation of draft 2020-12) checks every document. It walks
each of a module's thousands of records through its generic machinery, though, which
costs about a second per 2,000 problems (tests/benchmarks/test_upward_import.py). So the
`records` array is checked differently: the record schema (`records.items`, the same
file) is compiled once into a plain function for the few keywords it uses (type, pattern,
min/maxLength, enum, const, minimum, maximum, required, additionalProperties: false,
local $ref); a schema using any other keyword falls back to jsonschema for its records.
A package's records are first checked column by column (`_compile_columns`: one C-level
pass per field over all records); only when that says no does the per-record check run,
to name the first bad record and what is wrong with it.
tests/models/upward/test_schemas.py checks that all three agree on valid and broken records.
"""
from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from models.errors import UserError

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent.parent))
SCHEMA_DIR = ROOT / "resources" / "schemas"
Check = Callable[[Any], str | None]  # the first problem, as "where：why", or None
# Exact types: json.loads makes no subclasses, and a bool must not pass as an integer.
_TYPES: dict[str, type] = {"string": str, "integer": int, "boolean": bool,
                           "null": type(None), "object": dict, "array": list}
_KNOWN = {"type", "pattern", "maxLength", "minLength", "enum", "const", "minimum", "maximum",
          "$ref"}


class _Unsupported(Exception):
    """A keyword the compiler does not know: jsonschema checks these records."""


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (SCHEMA_DIR / f"upward-{name}.schema.json").read_text(encoding="utf-8"))
    return data


@cache
def validator(name: str) -> Draft202012Validator:
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def _split(name: str) -> tuple[Draft202012Validator, Check | None,
                               Callable[[list[Any]], bool] | None]:
    """(a validator of the document without its records' items, the compiled record
    check, the column check) — or (the whole validator, None, None) where the records
    cannot be compiled."""
    schema = load(name)
    records = schema.get("properties", {}).get("records", {})
    items = records.get("items")
    if not isinstance(items, dict) or set(records) != {"type", "items"}:
        return validator(name), None, None
    try:
        slow = _compile_object(items, schema.get("$defs", {}))
        check = _compile_fast(items, schema.get("$defs", {}), slow)
        columns = _compile_columns(items, schema.get("$defs", {}))
    except _Unsupported:
        return validator(name), None, None
    envelope = copy.deepcopy(schema)
    envelope["properties"]["records"]["items"] = True
    return Draft202012Validator(envelope), check, columns


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    if not ref.startswith("#/$defs/") or len(node) != 1:
        raise _Unsupported(ref)
    return _resolve(defs[ref.removeprefix("#/$defs/")], defs)


def _compile_value(node: dict[str, Any], defs: dict[str, Any]) -> Check:
    """One field's check as a single closure (it runs for every field of every record)."""
    node = _resolve(node, defs)
    if set(node) - _KNOWN:
        raise _Unsupported(set(node) - _KNOWN)
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if kinds is not None and set(kinds) - set(_TYPES):
        raise _Unsupported(kinds)
    types = None if kinds is None else frozenset(_TYPES[k] for k in kinds)
    choices = None
    if "enum" in node or "const" in node:
        try:
            choices = frozenset((type(v), v) for v in node.get("enum", [node.get("const")]))
        except TypeError as exc:  # a list or an object among the choices
            raise _Unsupported(node) from exc
    pattern = re.compile(node["pattern"]) if "pattern" in node else None
    longest, shortest = node.get("maxLength"), node.get("minLength")
    low, high = node.get("minimum"), node.get("maximum")

    def text_problem(value: str) -> str | None:
        if pattern is not None and pattern.search(value) is None:
            return f"不符合格式 {node['pattern']}"
        if longest is not None and len(value) > longest:
            return f"超过 {longest} 个字符"
        if shortest is not None and len(value) < shortest:
            return f"少于 {shortest} 个字符"
        return None

    def number_problem(value: int) -> str | None:
        if low is not None and value < low:
            return f"小于 {low}"
        if high is not None and value > high:
            return f"大于 {high}"
        return None

    def check(value: Any) -> str | None:
        if types is not None and type(value) not in types:
            return f"类型应为 {'/'.join(kinds or [])}"
        if choices is not None and (isinstance(value, list | dict)  # unhashable: never
                                    or (type(value), value) not in choices):
            return f"应为 {node.get('enum', node.get('const'))} 之一"
        if type(value) is str:
            return text_problem(value)
        if type(value) is int:
            return number_problem(value)
        return None
    return check


def _fast_condition(node: dict[str, Any], defs: dict[str, Any], n: int,
                    names: dict[str, Any]) -> str:
    """One field's check as a Python expression over `v` (for `_compile_fast`); the
    constants it needs go into `names` under suffix `n`."""
    node = _resolve(node, defs)
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    parts = []
    if kinds is not None:
        names[f"T{n}"] = frozenset(_TYPES[k] for k in kinds)
        parts.append(f"type(v) in T{n}")
    if "enum" in node or "const" in node:
        names[f"C{n}"] = frozenset((type(c), c) for c in node.get("enum", [node.get("const")]))
        parts.append(f"type(v) not in (list, dict) and (type(v), v) in C{n}")
    text = []
    if "pattern" in node:
        names[f"P{n}"] = re.compile(node["pattern"]).search
        text.append(f"P{n}(v) is not None")
    if "maxLength" in node:
        text.append(f"len(v) <= {int(node['maxLength'])}")
    if "minLength" in node:
        text.append(f"len(v) >= {int(node['minLength'])}")
    if text:
        parts.append(f"(type(v) is not str or ({' and '.join(text)}))")
    number = [f"v {op} {int(node[key])}" for key, op in (("minimum", ">="), ("maximum", "<="))
              if key in node]
    if number:
        parts.append(f"(type(v) is not int or ({' and '.join(number)}))")
    return " and ".join(parts) or "True"


def _compile_fast(node: dict[str, Any], defs: dict[str, Any], slow: Check) -> Check:
    """The record check as one generated function: a record holding exactly the schema's
    fields, each passing, costs one call and no closures; anything else (a missing, extra
    or wrong field) goes to `slow`, which says what is wrong. About 4× cheaper per record
    than `slow` alone, which matters at thousands of records per package."""
    node = _resolve(node, defs)
    fields = list(node.get("properties", {}).items())
    required = set(node.get("required", ()))
    names: dict[str, Any] = {"slow": slow, "ALL": {key for key, _ in fields},
                             "REQUIRED": required}
    lines = ["def check(r):",
             "    if type(r) is not dict or not REQUIRED <= r.keys() <= ALL:",
             "        return slow(r)"]
    for n, (key, sub) in enumerate(fields):
        indent = "    " if key in required else "        "
        if key not in required:
            lines.append(f"    if {key!r} in r:")
        lines += [f"{indent}v = r[{key!r}]",
                  f"{indent}if not ({_fast_condition(sub, defs, n, names)}):",
                  f"{indent}    return slow(r)"]
    lines.append("    return None")
    exec("\n".join(lines), names)  # the source is built above from the schema's keywords
    check: Check = names["check"]
    return check


@dataclass(frozen=True)
class _Column:
    """One field's constraints, checked over the column of all records at once."""

    key: str
    required: bool
    types: frozenset[type] | None
    choices: frozenset[tuple[type, Any]] | None
    search: Callable[[str], Any] | None
    longest: int | None
    shortest: int | None
    low: int | None
    high: int | None


def _column(key: str, node: dict[str, Any], defs: dict[str, Any], required: bool) -> _Column:
    node = _resolve(node, defs)
    kinds = node.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    choices = None
    if "enum" in node or "const" in node:
        choices = frozenset((type(c), c) for c in node.get("enum", [node.get("const")]))
    return _Column(key, required, None if kinds is None else frozenset(_TYPES[k] for k in kinds),
                   choices, re.compile(node["pattern"]).search if "pattern" in node else None,
                   node.get("maxLength"), node.get("minLength"), node.get("minimum"),
                   node.get("maximum"))


def _column_passes(column: _Column, values: list[Any]) -> bool:
    """Every value passes: each test is one pass of a C-level builtin over the column
    (type, enum membership, pattern, length, range), not a Python call per value."""
    kinds = set(map(type, values))
    if column.types is not None and not kinds <= column.types:
        return False
    if column.choices is not None and (kinds & {list, dict}
                                       or not set(zip(map(type, values), values, strict=True))
                                       <= column.choices):
        return False
    return _texts_pass(column, kinds, values) and _numbers_pass(column, kinds, values)


def _texts_pass(column: _Column, kinds: set[type], values: list[Any]) -> bool:
    if str not in kinds or (column.search is None and column.longest is None
                            and column.shortest is None):
        return True
    texts = values if kinds == {str} else [v for v in values if type(v) is str]
    if column.search is not None and not all(map(column.search, texts)):
        return False
    lengths = list(map(len, texts))
    return ((column.longest is None or max(lengths) <= column.longest)
            and (column.shortest is None or min(lengths) >= column.shortest))


def _numbers_pass(column: _Column, kinds: set[type], values: list[Any]) -> bool:
    if int not in kinds or (column.low is None and column.high is None):
        return True
    numbers = values if kinds == {int} else [v for v in values if type(v) is int]
    return ((column.low is None or min(numbers) >= column.low)
            and (column.high is None or max(numbers) <= column.high))


def _compile_columns(node: dict[str, Any], defs: dict[str, Any]) -> Callable[[list[Any]], bool]:
    """Whether every record passes, checked column by column (about 5× cheaper than a
    call per record at 2,000 records). It only says yes or no: on no, the per-record
    check finds the first bad record and says what is wrong with it."""
    node = _resolve(node, defs)
    required = frozenset(node.get("required", ()))
    known = frozenset(node.get("properties", {}))
    columns = [_column(key, sub, defs, key in required)
               for key, sub in node.get("properties", {}).items()]

    def passes(records: list[Any]) -> bool:
        if not records:
            return True
        if set(map(type, records)) != {dict}:
            return False
        if any(not required <= keys <= known for keys in set(map(frozenset, records))):
            return False
        for column in columns:
            values = (list(map(itemgetter(column.key), records)) if column.required
                      else [r[column.key] for r in records if column.key in r])
            if values and not _column_passes(column, values):
                return False
        return True
    return passes


def _compile_object(node: dict[str, Any], defs: dict[str, Any]) -> Check:
    node = _resolve(node, defs)
    if (set(node) - {"type", "properties", "required", "additionalProperties"}
            or node.get("type") != "object" or node.get("additionalProperties") is not False):
        raise _Unsupported(node)
    fields = {key: _compile_value(sub, defs) for key, sub in node.get("properties", {}).items()}
    required = tuple(node.get("required", ()))

    def check(record: Any) -> str | None:
        if not isinstance(record, dict):
            return "应为对象"
        for key in required:
            if key not in record:
                return f"缺少 {key}"
        for key, value in record.items():
            field = fields.get(key)
            if field is None:
                return f"不允许的字段 {key}"
            problem = field(value)
            if problem is not None:
                return f"{key}：{problem}"
        return None
    return check


def schema_exists(name: str) -> bool:
    return (SCHEMA_DIR / f"upward-{name}.schema.json").is_file()


def check(name: str, document: Any, member: str) -> None:
    """Refuse `document` with the first error's place and reason."""
    envelope, records, columns = _split(name)
    rows = document.get("records") if isinstance(document, dict) else None
    if records is not None and type(rows) is list:
        # The records are the compiled checks': jsonschema need not walk them as well.
        error = next(iter(envelope.iter_errors({**document, "records": []})), None)
    else:
        error = next(iter(envelope.iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "（根）"
        raise UserError("upward.schema", member=member, detail=f"{where}：{error.message[:120]}")
    if records is None or columns is None or type(rows) is not list or columns(rows):
        return
    for index, record in enumerate(rows):
        problem = records(record)
        if problem is not None:
            raise UserError("upward.schema", member=member,
                            detail=f"records/{index}/{problem[:120]}")
