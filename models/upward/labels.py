"""Chinese names for what a package holds, so the street clerk reviewing a corrected
re-send reads "问题台账 · 状态：已纳入 → 已办结", not "state: in_scope → resolved".

The names of codes come from the modules that own them (issue states and sources, funds,
body kinds, vote matters); a key or code without a name here is shown as it is.
"""
from __future__ import annotations

from collections.abc import Mapping

from models.elections.rules import BODY_KINDS
from models.elections.tally import MATTERS
from models.funds.entities import FUNDS, KINDS
from models.issues.vocab import LEVEL_SHORT, SOURCES, STATES

COMMON = {"uuid": "记录编号", "revision": "修订号"}
RECORD_FIELDS: dict[str, dict[str, str]] = {
    "issues": {"number": "问题编号", "found_on": "发现日期", "source": "来源",
               "category": "类别", "title": "问题描述", "state": "状态",
               "in_scope": "纳入吹哨范围", "level": "办理层级", "responsible": "责任单位",
               "deadline": "办理时限", "resolved_on": "办结日期", "reporter": "反映人"},
    "funds": {"voucher": "凭证号", "date": "日期", "kind": "类别", "fund": "经费来源",
              "amount_fen": "金额（分）", "amount": "金额", "holder": "使用单位",
              "category": "支出类别", "summary": "摘要", "reversal": "红字冲销",
              "approver": "审批人"},
    "elections": {"compound": "小区", "kind": "组织类型", "name": "名称",
                  "term_start": "任期起", "term_end": "任期止", "filed_on": "备案日期",
                  "members": "成员数", "party_members": "党员数",
                  "secretary_chairs": "党组织书记任主任"},
}
FIGURE_KEYS: dict[str, dict[str, str]] = {
    "issues": {"total": "合计", "by_source": "按来源", "by_level": "按层级",
               "by_category": "按类别", "collected": "收集", "in_scope": "纳入",
               "out_of_scope": "未纳入", "pending_review": "待审核", "solved": "办结",
               "open": "未办结", "overdue": "逾期", "on_time": "按期办结",
               "on_time_rate": "按期办结率"},
    "funds": {"total": "合计", "by_fund": "按经费来源", "vouchers": "凭证",
              "received_fen": "收入（分）", "received": "收入", "allocated_fen": "拨付（分）",
              "allocated": "拨付", "spent_fen": "支出（分）", "spent": "支出",
              "count": "张数", "amount_fen": "金额（分）", "amount": "金额"},
    "elections": {"bodies": "自治组织", "compounds": "小区数", "with_committee": "有业委会的小区",
                  "members": "成员数", "party_members": "党员数",
                  "secretaries_chairing": "书记任主任", "cadres_on_committees": "社区干部任职",
                  "by_kind": "按类型", "votes": "表决", "by_matter": "按事项", "total": "合计",
                  "elected_in_period": "本期选出", "filed_in_period": "本期备案"},
}
# Codes in records (field -> code -> name) and in the keys of figure groups.
VALUES: dict[str, dict[str, Mapping[str, str]]] = {
    "issues": {"source": SOURCES, "state": STATES, "by_source": SOURCES,
               "level": {str(k): v for k, v in LEVEL_SHORT.items()},
               "by_level": {str(k): v for k, v in LEVEL_SHORT.items()}},
    "funds": {"kind": KINDS, "fund": FUNDS, "by_fund": FUNDS},
    "elections": {"kind": BODY_KINDS, "by_kind": BODY_KINDS,
                  "by_matter": {str(k): v for k, v in MATTERS.items()}},
}


def record_field(module: str, field: str) -> str:
    return RECORD_FIELDS.get(module, {}).get(field) or COMMON.get(field, field)


def figure_path(module: str, path: str) -> str:
    """"by_source.assigned.solved" -> "按来源 · 上级交办 · 办结"."""
    keys, values = FIGURE_KEYS.get(module, {}), VALUES.get(module, {})
    parts, group = [], ""
    for part in path.split("."):
        parts.append(keys.get(part) or values.get(group, {}).get(part, part))
        group = part
    return " · ".join(parts)


def value(module: str, field: str, text: str) -> str:
    """A record's value as shown: a code's name, other values unchanged."""
    return VALUES.get(module, {}).get(field, {}).get(text, text)
