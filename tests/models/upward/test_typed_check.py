"""The typed decoder (models/upward/typed_check.py) is only a faster way to the verdict the
strict parser and jsonschema give: it may say "not shown" where they accept (the import then
takes the slow way), but whatever it accepts they accept too. Checked on the members a real
export of the demo database holds (every module), and on thousands of broken variants."""
from __future__ import annotations

import copy
import datetime as dt
import json
import random
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from models.db import Database, open_database
from models.errors import UserError
from models.upward import importing, schemas, typed_check
from models.upward.modules import ExportContext, RecordIds, by_name
from models.upward.period import parse_period
from models.upward.strict_json import canonical, loads_strict
from tests.support.demo import demo_database_file

MODULES = tuple(by_name())


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each module's document for this year, from the demo database (people, problems,
    vouchers, elections, services, volunteers and governance records)."""
    database: Database = open_database(str(demo_database_file(tmp_path_factory.mktemp("demo"))))
    period = parse_period(str(dt.date.today().year))
    with database.read_session() as session:
        ctx = ExportContext(ids=RecordIds(session))
        found = {name: module.export(session, period, ctx) for name, module in by_name().items()}
    database.dispose()
    return found


def slow_accepts(module: str, body: bytes) -> bool:
    """The verdict of the strict parser and the schema file, through jsonschema alone."""
    try:
        document = loads_strict(body, "data/x.json")
    except UserError:
        return False
    return Draft202012Validator(schemas.load(module)).is_valid(document)


def import_verdict(module: str, body: bytes, period: str) -> str:
    """What the import says of a member: "ok" or its refusal."""
    try:
        importing._check_data(module, f"data/{module}.json", body, period)
    except UserError as refused:
        return refused.message
    return "ok"


def test_every_shipped_module_schema_compiles() -> None:
    """Otherwise its members would all take the slow way (correct, but twice as slow)."""
    assert set(MODULES) <= {path.name.removeprefix("upward-").removesuffix(".schema.json")
                            for path in schemas.SCHEMA_DIR.glob("upward-*.schema.json")}
    for module in MODULES:
        assert typed_check._decoder(module) is not None, module


@pytest.mark.parametrize("module", MODULES)
def test_a_genuine_member_is_accepted_the_fast_way(
        module: str, documents: dict[str, dict[str, Any]]) -> None:
    body = canonical(documents[module])
    decoded = typed_check.decode(module, body)
    assert decoded is not None
    assert decoded.period == documents[module]["period"]
    assert slow_accepts(module, body)
    if module in ("issues", "funds", "elections"):
        assert documents[module]["records"], "the demo has records in this module"


def _mutations(document: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    """Variants of `document` with one value replaced, removed or added somewhere."""
    paths: list[tuple[Any, ...]] = []

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value[:3]):
                walk(item, (*path, index))
    walk(document, ())
    replacements: tuple[Any, ...] = (
        None, True, False, 0, -1, 1, 5, 2**70, 1.5, 2.0, "", "x" * 300, "2026-02-30",
        "2026-1-5", "2026-01-05\n", "0F0E0D0C-0B0A-4900-8800-776655443322", "12.5", "1.234",
        [], {}, [1.5], {"a": 1}, "issues", "spending", "receives_only", "中文", "\u202e")
    variants = []
    for path in paths[1:]:
        for value in rng.sample(replacements, 6):
            variants.append(_set(document, path, value))
        variants.append(_set(document, path, None, remove=True))
        variants.append(_set(document, (*path[:-1], "extra_field"), 1))
    return variants


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any, *,
         remove: bool = False) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    parent = copied
    for part in path[:-1]:
        parent = parent[part]
    if not isinstance(parent, dict) and not (isinstance(parent, list)
                                             and isinstance(path[-1], int)):
        return copied
    if remove:
        if isinstance(parent, dict):
            parent.pop(path[-1], None)
        else:
            del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return copied


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


@pytest.mark.parametrize("module", MODULES)
def test_whatever_the_fast_way_accepts_the_slow_way_accepts(
        module: str, documents: dict[str, dict[str, Any]]) -> None:
    document = copy.deepcopy(documents[module])
    document["records"] = document["records"][:3]
    rng = random.Random(module)
    fast_yes = fast_no_slow_yes = slow_no = 0
    for variant in _mutations(document, rng):
        body = _encode(variant)
        slow = slow_accepts(module, body)
        if typed_check.decode(module, body) is not None:
            assert slow, body.decode("utf-8")[:300]
            fast_yes += 1
        elif slow:
            fast_no_slow_yes += 1  # e.g. "2026-02-30" in a date: pattern-valid, no date
        else:
            slow_no += 1
    assert slow_no > 20 and fast_yes > 0, (fast_yes, fast_no_slow_yes, slow_no)


@pytest.mark.parametrize("body", [
    b'{"module":"funds","module":"funds"}',
    b'{"figures":{"by_fund":{},"by_fund":{},"total":{}}}',
])
def test_a_repeated_key_never_passes_the_fast_way(body: bytes) -> None:
    assert typed_check.decode("funds", body) is None


def test_repeated_keys_whitespace_and_unsorted_keys_go_the_slow_way(
        documents: dict[str, dict[str, Any]]) -> None:
    document = copy.deepcopy(documents["issues"])
    document["records"] = document["records"][:2]
    body = canonical(document)
    period = document["period"]
    assert typed_check.decode("issues", body) is not None
    text = body.decode("utf-8")
    first_key = '"category":'
    repeated = text.replace(first_key, f'{first_key}"x",{first_key}', 1).encode("utf-8")
    assert typed_check.decode("issues", repeated) is None
    assert "重复" in import_verdict("issues", repeated, period)
    spaced = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    unsorted = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    for body_ in (spaced, unsorted):  # valid strict JSON, not canonical: slow way, accepted
        assert typed_check.decode("issues", body_) is None
        assert import_verdict("issues", body_, period) == "ok"


def test_the_import_gives_the_same_verdict_either_way(
        documents: dict[str, dict[str, Any]]) -> None:
    """A member the fast way cannot show goes the slow way: the clerk reads the same
    refusal (or acceptance) as before the fast way existed."""
    document = copy.deepcopy(documents["funds"])
    period = document["period"]
    assert import_verdict("funds", canonical(document), period) == "ok"
    document["records"][0]["amount_fen"] = 12.5
    body = _encode(document)
    assert typed_check.decode("funds", body) is None
    assert "小数" in import_verdict("funds", body, period)
    document["records"][0]["amount_fen"] = 1250
    document["records"][0]["kind"] = "gift"
    assert "records/0" in import_verdict("funds", _encode(document), period)
    assert "期间" in import_verdict("funds", canonical({**documents["funds"],
                                                         "period": "1999"}), period)


@pytest.mark.parametrize("schema", [
    {"type": "object", "properties": {"a": {"type": "integer"}}},  # open: extra keys pass
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"type": "number"}}},  # a float type
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"type": "string", "format": "email"}}},
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"not": {"type": "null"}}}},
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"type": "integer", "minimum": 0.5}}},
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"enum": [True, "x"]}}},
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"type": "array"}}},  # untyped items
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"type": "array", "items": {"type": "string"}, "uniqueItems": True}}},
    {"type": "object", "additionalProperties": False,
     "properties": {"a": {"$ref": "https://example.invalid/other.json"}}},
])
def test_a_keyword_it_does_not_know_is_left_to_jsonschema(schema: dict[str, Any]) -> None:
    with pytest.raises(typed_check.Unsupported):
        typed_check.compile_schema(schema)


def test_the_manifest_keeps_the_slow_way() -> None:
    """Its `uniqueItems` has no msgspec form: jsonschema checks it (it is 1 KiB)."""
    assert typed_check._decoder("manifest") is None


def test_a_package_built_by_the_exporter_takes_the_fast_way(
        documents: dict[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    """No member of a genuine package goes the slow way (else the speed is lost unseen)."""
    slow: list[str] = []
    check = schemas.check
    monkeypatch.setattr(schemas, "check", lambda name, *a: (slow.append(name), check(name, *a)))
    for module, document in documents.items():
        assert import_verdict(module, canonical(document), document["period"]) == "ok"
    assert slow == []


@pytest.mark.parametrize("where", ["root", "field"])
def test_a_member_nested_100000_deep_is_refused_with_a_reason(
        where: str, documents: dict[str, dict[str, Any]]) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    if where == "root":
        body = deep.encode("utf-8")
    else:
        text = canonical(documents["funds"]).decode("utf-8")
        body = text.replace('"module":"funds"', f'"module":{deep}', 1).encode("utf-8")
    assert typed_check.decode("funds", body) is None
    assert import_verdict("funds", body, documents["funds"]["period"]) != "ok"
