"""The compiled record checks (one call per record, and one pass per column over all
records) say what jsonschema says, for valid and broken records of every module schema
(they exist only to be faster; see models/upward/schemas.py)."""
from __future__ import annotations

import copy
import random
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from models.errors import UserError
from models.upward import schemas
from tests.benchmarks.make_upward_packages import _issues, _small

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


def compiled_says(name: str, record: Any) -> bool:
    """The per-record check and the column check (over the record among valid ones) agree,
    and their verdict."""
    _, check, columns = schemas._split(name)
    assert check is not None and columns is not None  # the shipped schemas all compile
    alone = check(record) is None
    among = columns([VALID[name], copy.deepcopy(record), VALID[name]])
    assert among == alone, (record, alone)
    return alone


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
    for other in ([], "x", None, 7):
        assert not compiled_says(name, other) and not jsonschema_says(name, other)
    assert any(not ok for *_, ok in verdicts) and any(ok for *_, ok in verdicts)


@pytest.mark.parametrize(("name", "field"), [("issues", "reporter"), ("funds", "approver")])
def test_both_judge_an_optional_field_alike(name: str, field: str) -> None:
    """A name goes up only when the community allows it: the field is optional."""
    for value in (*BAD_VALUES, "网格员何春梅"):
        record = {**copy.deepcopy(VALID[name]), field: value}
        assert compiled_says(name, record) == jsonschema_says(name, record), value
    assert compiled_says(name, {**VALID[name], field: "王建国"})
    assert not compiled_says(name, {**VALID[name], field: None})


@pytest.mark.parametrize("name", sorted(VALID))
def test_a_package_with_one_bad_record_among_thousands_is_refused_at_that_record(
        name: str) -> None:
    records = [copy.deepcopy(VALID[name]) for _ in range(3000)]
    schemas.check(name, {**_document(name), "records": records}, "data/x.json")
    records[2718]["revision"] = 1.0  # a float where an integer belongs
    with pytest.raises(UserError) as refused:
        schemas.check(name, {**_document(name), "records": records}, "data/x.json")
    assert "records/2718/revision" in refused.value.message


def _document(name: str) -> dict[str, Any]:
    """A valid document of the module around its records (built from the demo exporter's
    shape: the envelope's figures as the schema requires them)."""
    if name == "issues":
        return {**_issues(random.Random(1), "2026-Q1", 1), "records": []}
    return _small(name, "2026-Q1")
