"""The compiled record check says what jsonschema says, for valid and broken records of
every module schema (it exists only to be faster; see models/upward/schemas.py)."""
from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from models.upward import schemas

VALID = {
    "issues": {"uuid": "0f0e0d0c-0b0a-4900-8800-776655443322", "revision": 3,
               "number": "WT-2026-0007", "found_on": "2026-07-05", "source": "ground",
               "category": "环境卫生", "title": "楼道堆物", "state": "resolved",
               "in_scope": True, "level": 2, "responsible": "巴州区综合行政执法局",
               "deadline": "2026-07-31", "resolved_on": None},
    "funds": {"uuid": "0f0e0d0c-0b0a-4900-8800-776655443322", "revision": 1,
              "voucher": "2026-0012", "date": "2026-08-01", "kind": "spending",
              "fund": "dues", "amount_fen": 45050, "amount": "450.50", "holder": "社区本级",
              "category": "党建活动", "summary": "主题党日", "reversal": False},
    "elections": {"uuid": "0f0e0d0c-0b0a-4900-8800-776655443322", "revision": 2,
                  "compound": "翰林苑", "kind": "committee", "name": "翰林苑业主委员会",
                  "term_start": "2024-01-01", "term_end": None, "filed_on": None,
                  "members": 7, "party_members": 3, "secretary_chairs": True},
}
BAD_VALUES: tuple[Any, ...] = (None, True, 0, -1, 5, 1.5, "", "x" * 300, "2026-13-45x", [],
                               {}, "not-a-uuid", "spending", "WT-2026-0001")


def jsonschema_says(name: str, record: dict[str, Any]) -> bool:
    schema = schemas.load(name)
    items = {**schema["properties"]["records"]["items"], "$defs": schema["$defs"]}
    return not list(Draft202012Validator(items).iter_errors(record))


def compiled_says(name: str, record: dict[str, Any]) -> bool:
    _, check = schemas._split(name)
    assert check is not None  # the shipped schemas all compile
    return check(record) is None


@pytest.mark.parametrize("name", sorted(VALID))
def test_both_accept_the_valid_record(name: str) -> None:
    assert jsonschema_says(name, VALID[name]) and compiled_says(name, VALID[name])


@pytest.mark.parametrize("name", sorted(VALID))
def test_both_judge_every_broken_field_alike(name: str) -> None:
    verdicts = []
    for field in VALID[name]:
        for value in BAD_VALUES:
            record = {**copy.deepcopy(VALID[name]), field: value}
            verdicts.append((field, value, jsonschema_says(name, record)))
            assert compiled_says(name, record) == verdicts[-1][2], (field, value)
        missing = {k: v for k, v in VALID[name].items() if k != field}
        assert compiled_says(name, missing) == jsonschema_says(name, missing), field
    extra = {**VALID[name], "phone": "13908271234"}
    assert not compiled_says(name, extra) and not jsonschema_says(name, extra)
    assert any(not ok for *_, ok in verdicts) and any(ok for *_, ok in verdicts)


@pytest.mark.parametrize(("name", "field"), [("issues", "reporter"), ("funds", "approver")])
def test_both_judge_an_optional_field_alike(name: str, field: str) -> None:
    """A name goes up only when the community allows it: the field is optional."""
    for value in (*BAD_VALUES, "网格员何春梅"):
        record = {**copy.deepcopy(VALID[name]), field: value}
        assert compiled_says(name, record) == jsonschema_says(name, record), value
    assert compiled_says(name, {**VALID[name], field: "王建国"})
    assert not compiled_says(name, {**VALID[name], field: None})
