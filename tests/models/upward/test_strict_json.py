"""The fast way in (`loads_member`) judges every document exactly as the strict parser
does, and takes the fast road for what the exporter writes."""
from __future__ import annotations

import random

import pytest

from models.errors import UserError
from models.upward import strict_json
from models.upward.strict_json import canonical, loads_member, loads_strict

CORPUS: tuple[bytes, ...] = (
    b'{"a":1,"a":2}',                              # duplicate key
    b'{"r":[{"x":1,"y":2},{"x":1,"x":1}]}',         # duplicate deep in a record
    b'{"a":1.5}', b'{"a":[1,{"b":2.0}]}', b'{"a":1e3}', b'{"a":-0.0}',
    b'{"a":NaN}', b'{"a":Infinity}', b'{"a":-Infinity}',
    b'{"a":123456789012345678901234567890}',       # beyond 64 bits: exact, as json keeps it
    b'{"a":-9223372036854775809}',
    b'{"b":1,"a":2}',                              # valid but keys unsorted
    b'{"a": 1}', b' {"a":1}', b'{"a":1}\n',          # valid but with whitespace
    b'{"a":"\\ud800"}',                            # a lone surrogate escape
    b'{"a":"\xff"}', b'\xef\xbb\xbf{"a":1}',         # invalid UTF-8, a BOM
    b'{"a":1}x', b'{"a":', b'', b'[]', b'"text"', b'null', b'{"a":-0}',
    b'{"a":"\\u0041\\n\\"q\\"\\\\"}', b'{"\\u00e9":1}', '{"键":"值“”—…"}'.encode(),
    b"[" * 100_000 + b"]" * 100_000,                 # nested far too deep
)


def _verdict(parse: object, data: bytes) -> object:
    try:
        return ("ok", parse(data, "data/x.json"))  # type: ignore[operator]
    except UserError as exc:
        return ("refused", exc.message)


@pytest.mark.parametrize("data", CORPUS)
def test_the_fast_reader_judges_like_the_strict_one(data: bytes) -> None:
    assert _verdict(loads_member, data) == _verdict(loads_strict, data)


def test_the_strict_reader_refuses_what_it_must() -> None:
    refused = [d for d in CORPUS if _verdict(loads_strict, d)[0] == "refused"]
    for expected in (b'{"a":1,"a":2}', b'{"a":1.5}', b'{"a":NaN}', b'{"a":"\xff"}'):
        assert expected in refused


def test_random_canonical_documents_read_back_alike() -> None:
    rng = random.Random(7)
    for _ in range(300):
        document = _random_value(rng, 3)
        data = canonical(document)
        assert loads_member(data, "m") == loads_strict(data, "m") == document


def test_a_package_member_as_the_exporter_writes_it_takes_the_fast_road(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def strict_called(data: bytes, member: str) -> object:
        raise AssertionError("fell back to the strict parser")
    records = [{"uuid": f"{n:08x}", "title": "楼道“堆物”—\t\n", "level": n % 4 or None,
                "in_scope": n % 2 == 0, "amount": "12.50"} for n in range(500)]
    data = canonical({"module": "issues", "period": "2026-Q1", "records": records})
    monkeypatch.setattr(strict_json, "loads_strict", strict_called)
    assert loads_member(data, "m")["records"][499]["uuid"] == "000001f3"


def _random_value(rng: random.Random, depth: int) -> object:
    kind = rng.randrange(7 if depth else 4)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randint(-2**70, 2**70) if rng.random() < 0.1 else rng.randint(-9, 9)
    if kind in (2, 3):
        return "".join(rng.choice('a中"\\\n\t/“\x01é\U0001f600') for _ in range(rng.randrange(5)))
    if kind in (4, 5):
        return {f"k{rng.randrange(9)}":
                _random_value(rng, depth - 1) for _ in range(rng.randrange(4))}
    return [_random_value(rng, depth - 1) for _ in range(rng.randrange(4))]
