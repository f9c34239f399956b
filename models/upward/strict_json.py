"""Canonical JSON out, strict JSON in.

Out: sorted keys, no spaces, UTF-8, no floats (a float in the data is a bug: money is fen
or a decimal string, rates are strings). In: duplicate keys, NaN/Infinity and any number
with a fraction or exponent are refused, so a package cannot say one thing to this reader
and another to a lenient one, and no amount ever passes through a float.

`loads_member` is the fast way in for a package's members, which the exporter writes in
the canonical form: orjson parses them about three times faster than `json`, and a
document that orjson writes back byte for byte in canonical form cannot have held a
duplicate key (it would come back shorter), whitespace or unsorted keys. Anything else
(a float, NaN, a non-canonical but valid document, invalid JSON) goes through
`loads_strict`, which accepts or refuses it exactly as before and says why.
"""
from __future__ import annotations

import json
from itertools import chain
from typing import Any

import orjson

from models.errors import UserError


class StrictJSONError(ValueError):
    """Why a document is not strict JSON (a Chinese phrase for the refusal message)."""


def canonical(value: Any) -> bytes:
    """The one byte form of `value` (what is hashed and signed)."""
    _no_floats(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _no_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError(f"float in upward data: {value!r}")
    if isinstance(value, dict):
        for item in value.values():
            _no_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _no_floats(item)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)  # in C; only a shorter dict means a key came twice
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJSONError(f"键“{key}”重复出现")
            seen.add(key)
    return found


def _constant(name: str) -> Any:
    raise StrictJSONError(f"含有非数值常量 {name}")


def _float(text: str) -> Any:
    raise StrictJSONError(f"含有小数形式的数值 {text}（金额须以分为单位的整数或文本表示）")


def loads_strict(data: bytes, member: str) -> Any:
    """Parse `data`; a refusal names the member and says what is wrong."""
    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant,
                          parse_float=_float)
    except StrictJSONError as exc:
        raise UserError("upward.strict_json", member=member, detail=str(exc)) from exc
    except RecursionError as exc:  # "[[[[…" thousands deep: a hostile member
        raise UserError("upward.strict_json", member=member, detail="嵌套层数过多") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError("upward.bad_json", member=member, detail=str(exc)[:80]) from exc


def loads_member(data: bytes, member: str) -> Any:
    """`loads_strict`'s verdict on `data`, at orjson's speed when `data` is canonical."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return loads_strict(data, member)
    if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) != data or _holds_float(value):
        return loads_strict(data, member)
    return value


def _holds_float(value: Any) -> bool:
    """Whether a float is anywhere in `value` (orjson makes one of 1.5 and of an integer
    beyond 64 bits, where `json` keeps it exact). Level by level, each level's types
    collected in one C-level pass, so thousands of records cost no Python call each."""
    level = [value]
    while level:
        kinds = set(map(type, level))
        if float in kinds:
            return True
        if not kinds & {dict, list}:
            return False
        if kinds == {dict}:  # a list of records: no Python call per record
            level = list(chain.from_iterable(map(dict.values, level)))
        elif kinds == {list}:
            level = list(chain.from_iterable(level))
        else:
            level = list(chain.from_iterable(
                item.values() if type(item) is dict else item
                for item in level if type(item) is dict or type(item) is list))
    return False
