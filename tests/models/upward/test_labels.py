"""What the street clerk reads in a corrected re-send's differences: Chinese names of
fields, figures and codes, never the package's keys."""
from __future__ import annotations

from models.upward.diff import module_changes


def _issues(record: dict[str, object], solved: int) -> dict[str, object]:
    return {"figures": {"by_source": {"assigned": {"solved": solved}}},
            "records": [{"uuid": "u1", "revision": 1, "number": "WT-2026-0001", **record}]}


def test_record_fields_and_codes_are_named_in_chinese() -> None:
    old = _issues({"state": "in_scope", "level": 1, "in_scope": True, "title": "楼道堆物"}, 2)
    new = _issues({"state": "resolved", "level": 2, "in_scope": False, "title": "楼道堆物"}, 3)
    shown = {(c.where, c.shown_field, c.old, c.new) for c in module_changes("issues", old, new)}
    assert shown == {
        ("WT-2026-0001", "状态", "已纳入", "已办结"),
        ("WT-2026-0001", "办理层级", "社区", "街道"),
        ("WT-2026-0001", "纳入吹哨范围", "是", "否"),
        ("统计数字", "按来源 · 上级交办 · 办结", "2", "3"),
    }


def test_funds_codes_and_an_unknown_key_as_it_is() -> None:
    old = {"figures": {"by_fund": {"dues": {"spent": "1.00"}}, "extra": 1},
           "records": [{"uuid": "v", "voucher": "2026-0001", "fund": "fiscal", "note": "a"}]}
    new = {"figures": {"by_fund": {"dues": {"spent": "2.00"}}, "extra": 2},
           "records": [{"uuid": "v", "voucher": "2026-0001", "fund": "donation", "note": "b"}]}
    shown = {(c.shown_field, c.old, c.new) for c in module_changes("funds", old, new)}
    assert shown == {("按经费来源 · 党费留存补助 · 支出", "1.00", "2.00"), ("extra", "1", "2"),
                     ("经费来源", "财政投入", "社会筹集"), ("note", "a", "b")}
