"""A module's data member checked in one pass of msgspec's C decoder (the fast way in).

The package's schema files (resources/schemas/) are compiled into msgspec types: an object
with `additionalProperties: false` becomes a Struct that forbids unknown fields, a map a
`dict`, `const`/`enum` a `Literal`, and `type`, `pattern`, `min/maxLength`, `minimum`,
`maximum` and `maxItems` msgspec's own constraints. msgspec then decodes and checks a
member of 2,000 problems in one C-level pass, where parsing (orjson), finding floats and
walking the records column by column (models.upward.schemas) take about twice as long.

Three rules make its "yes" mean exactly what the strict parser and jsonschema would say:
- Every compiled type is at least as strict as its schema: a keyword the compiler does not
  know makes the whole schema uncompilable (`None`), and no type admits a float (msgspec
  refuses `1.0` and `1e2` for an `int`) or anything untyped.
- msgspec lets a repeated key win silently, so the decoded value is encoded again (sorted
  keys, no spaces) and must give back the member's bytes: a member that held a repeated
  key, whitespace or a non-canonical escape cannot. The exporter writes that form
  (models.upward.strict_json.canonical), so a genuine package always passes.
- A date or UUID pattern is decoded as `datetime.date` / `uuid.UUID` (checked in C, not by
  a regex per value); as both encode back in exactly the pattern's form, the byte
  comparison still holds the member to the pattern. ("2026-02-30" matches the pattern but
  is no date: such a member takes the slow way, which decides as before.)

On any "no" the caller takes the slow way, which refuses with the precise Chinese reason
or accepts (tests/models/upward/test_typed_check.py holds both ways to the same verdict).
"""
from __future__ import annotations

import datetime as dt
import keyword
import uuid
from functools import cache
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from models.upward import schemas

DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_NATIVE: dict[str, type] = {DATE_PATTERN: dt.date, UUID_PATTERN: uuid.UUID}
_IGNORED = {"$schema", "$id", "$defs", "$comment", "title", "description"}
_ENCODER = msgspec.json.Encoder(order="sorted")


class Unsupported(Exception):
    """A keyword or shape this compiler does not turn into a type."""


def decode(module: str, body: bytes) -> Any | None:
    """The decoded document when `body` is canonical strict JSON its module's schema
    accepts; None when this cannot show it (the slow way then decides and says why)."""
    decoder = _decoder(module)
    if decoder is None:
        return None
    try:
        document = decoder.decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    if _ENCODER.encode(document) != body:
        return None
    return document


@cache
def _decoder(module: str) -> msgspec.json.Decoder[Any] | None:
    try:
        return msgspec.json.Decoder(compile_schema(schemas.load(module)))
    except (Unsupported, TypeError):  # TypeError: a union msgspec cannot tell apart
        return None


def compile_schema(schema: dict[str, Any]) -> Any:
    """The msgspec type of a whole schema file (raises Unsupported)."""
    return _Compiler(schema.get("$defs", {})).type_of(schema, "Document")


class _Compiler:
    def __init__(self, defs: dict[str, Any]) -> None:
        self.defs = defs
        self.structs = 0

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        ref = node.get("$ref")
        if ref is None:
            return node
        if not isinstance(ref, str) or not ref.startswith("#/$defs/") or set(node) != {"$ref"}:
            raise Unsupported(ref)
        target = self.defs.get(ref.removeprefix("#/$defs/"))
        if not isinstance(target, dict):
            raise Unsupported(ref)
        return self.resolve(target)

    def type_of(self, node: Any, name: str) -> Any:
        if not isinstance(node, dict):
            raise Unsupported(node)  # `true`, `false` or garbage: the slow way
        node = {k: v for k, v in self.resolve(node).items() if k not in _IGNORED}
        if "const" in node or "enum" in node:
            return _literal(node)
        _only(node, {"type"} | _STRING | _INTEGER | _OBJECT | _ARRAY)  # nothing unknown
        kinds = node.get("type")
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds):
            raise Unsupported(node)
        variants = [self.variant(kind, node, name) for kind in kinds]
        union = variants[0]
        for variant in variants[1:]:
            union = union | variant
        return union

    def variant(self, kind: str, node: dict[str, Any], name: str) -> Any:
        if kind == "null":
            return None
        if kind == "boolean":
            return bool
        if kind == "string":
            return _string(node)
        if kind == "integer":
            return _integer(node)
        if kind == "array":
            return self.array(node, name)
        if kind == "object":
            return self.object(node, name)
        raise Unsupported(kind)

    def array(self, node: dict[str, Any], name: str) -> Any:
        limits = _meta(min_length=node.get("minItems"), max_length=node.get("maxItems"))
        if "items" in node:
            item = self.type_of(node["items"], f"{name}Item")
        elif node.get("maxItems") == 0:
            item = None  # no item may be there at all
        else:
            raise Unsupported(node)  # untyped items could hold a float
        return Annotated[list[item], limits] if limits else list[item]  # type: ignore[valid-type]

    def object(self, node: dict[str, Any], name: str) -> Any:
        extra = node.get("additionalProperties", True)
        if "properties" in node:
            if extra is not False or "propertyNames" in node:
                raise Unsupported(node)
            return self.struct(node, name)
        if not isinstance(extra, dict) or node.get("required"):
            raise Unsupported(node)  # an open object could hold anything, floats too
        names = node.get("propertyNames", {"type": "string"})
        if not isinstance(names, dict) or set(names) - {"type"} - _STRING:
            raise Unsupported(names)
        return dict[_string(names), self.type_of(extra, f"{name}Value")]  # type: ignore[misc]

    def struct(self, node: dict[str, Any], name: str) -> Any:
        properties = node["properties"]
        required = node.get("required", [])
        if not isinstance(properties, dict) or not set(required) <= set(properties):
            raise Unsupported(node)
        self.structs += 1
        fields: list[tuple[Any, ...]] = []
        rename: dict[str, str] = {}
        for index, (key, sub) in enumerate(properties.items()):
            attribute = key if key.isidentifier() and not keyword.iskeyword(key) else f"f{index}"
            if attribute != key:
                rename[attribute] = key
            kind = self.type_of(sub, f"{name}_{attribute}")
            if key in required:
                fields.append((attribute, kind))
            else:
                fields.append((attribute, kind | UnsetType, UNSET))
        return msgspec.defstruct(f"{name}{self.structs}", fields, kw_only=True,
                                 forbid_unknown_fields=True, rename=rename or None, gc=False)


_STRING = {"pattern", "minLength", "maxLength"}
_INTEGER = {"minimum", "maximum"}
_OBJECT = {"properties", "required", "additionalProperties", "propertyNames"}
_ARRAY = {"items", "minItems", "maxItems"}


def _only(node: dict[str, Any], allowed: set[str]) -> None:
    if set(node) - allowed:
        raise Unsupported(set(node) - allowed)


def _meta(**limits: Any) -> Meta | None:
    given = {key: value for key, value in limits.items() if value is not None}
    if any(type(value) is not int and key != "pattern" for key, value in given.items()):
        raise Unsupported(given)  # a bound of 2.5 or "3": not ours to interpret
    return Meta(**given) if given else None


def _string(node: dict[str, Any]) -> Any:
    """A string; the keywords of other types are ignored, as JSON Schema does for a value
    that is not of theirs (`{"type": ["string", "null"], "pattern": …}`)."""
    pattern = node.get("pattern")
    if pattern is not None and not isinstance(pattern, str):
        raise Unsupported(pattern)
    if pattern in _NATIVE and "minLength" not in node and "maxLength" not in node:
        return _NATIVE[pattern]
    limits = _meta(pattern=pattern, min_length=node.get("minLength"),
                   max_length=node.get("maxLength"))
    return Annotated[str, limits] if limits else str


def _integer(node: dict[str, Any]) -> Any:
    limits = _meta(ge=node.get("minimum"), le=node.get("maximum"))
    return Annotated[int, limits] if limits else int


def _literal(node: dict[str, Any]) -> Any:
    """`const` or `enum` alone: strings, integers and null (a boolean or a list among
    them, or other keywords beside them, are not compiled)."""
    if set(node) - {"const", "enum"} or len(node) != 1:
        raise Unsupported(node)
    values = [node["const"]] if "const" in node else node["enum"]
    if not isinstance(values, list) or not values:
        raise Unsupported(node)
    if any(type(value) not in (str, int, type(None)) for value in values):
        raise Unsupported(values)
    allowed = tuple(value for value in values if value is not None)
    kind: Any = Literal[allowed] if allowed else None
    return kind | None if allowed and None in values else kind
