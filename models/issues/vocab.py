"""Words of the issue ledger: codes stored in the database and their Chinese labels.

Codes are short English words (stable in the database and export files); labels are
what clerks read on screen and on paper. Message templates of the area's UserErrors
are registered here, at import time, because every service module imports this one.
"""
from __future__ import annotations

from models.messages import register

SOURCES = {"assigned": "上级交办", "unit": "驻区单位收集", "ground": "社区一线查找"}
URGENCIES = {"normal": "一般", "urgent": "紧急", "critical": "特急"}
STATES = {
    "collected": "已收集",
    "in_scope": "已纳入",
    "out_of_scope": "未纳入",
    "assigned": "已交办",
    "reported": "已报到",
    "in_progress": "办理中",
    "resolved": "已办结",
    "closed": "已销号",
}
# Not yet solved and not turned away: these can be overdue.
OPEN_STATES = frozenset({"collected", "in_scope", "assigned", "reported", "in_progress"})
SOLVED_STATES = frozenset({"resolved", "closed"})
# 四类响应: who responds, from inside the community up to the city.
LEVELS = {
    1: "社区综合党委联系解决",
    2: "街道党工委定向吹哨",
    3: "县区委组织部会商",
    4: "市/县区委组织部协调",
}
LEVEL_SHORT = {1: "社区", 2: "街道", 3: "县区", 4: "市级"}
ASSIGNMENT_RESULTS = {"open": "办理中", "escalated": "已升级", "resolved": "已办结"}
LETTER_KINDS = {"notice": "函告", "supervise": "督办函"}
MEASURES = {
    "talk": "约谈",
    "criticism": "通报批评",
    "admonish": "诫勉谈话",
    "self_review": "责令书面检查",
    "deduction": "考核扣分",
    "organisational": "组织处理",
    "discipline": "移交纪检监察机关",
    "other": "其他",
}
PROBLEM_PREFIX = "WT"


def state_label(state: str) -> str:
    return STATES.get(state, state)


def level_label(level: int | None) -> str:
    return LEVELS.get(level, "") if level is not None else ""


register({
    "issue.bad_transition": "问题 {number} 当前状态为“{current}”，"
                            "不能{action}（转为“{requested}”）。只有{allowed}的问题才能{action}。",
    "issue.level_not_higher": "升级后的响应层级必须高于当前层级“{current}”。",
    "issue.responsible_required": "请选择责任单位或填写责任部门。",
    "issue.reason_required": "不纳入吹哨范围必须写明理由（问题 {number}）。",
    "issue.date_before": "{label}不能早于{other}（{date}）。",
    "issue.category_needs_minor": "“{name}”下设有小类，请选择具体的小类。",
    "issue.category_depth": "问题类别只有大类和小类两级，小类下不能再设小类。",
    "issue.category_inactive": "问题类别“{name}”已停用，请选择其他类别。",
    "issue.source_unit_required": "来源为“驻区单位收集”时，请选择收集问题的驻区单位。",
    "issue.assigning_body_required": "来源为“上级交办”时，请填写交办单位。",
    "issue.attachment_missing": "找不到文件“{path}”。",
    "issue.attachment_unreadable": "无法读取文件“{path}”（{detail}）。",
    "issue.attachment_too_large": "附件“{name}”超过 {limit} MB，无法添加。",
    "issue.duplicate_decision": "同一次会议对问题 {number} 只能作出一项决定。",
    "issue.attendee_required": "请至少选择一名参会人员。",
    "issue.measure_unassigned": "问题 {number} 尚未交办，没有责任单位，不能{action}。",
    "issue.measure_state": "问题 {number} 当前状态为“{current}”，不能{action}。",
    "issue.bad_setting": "考核分值“{label}”必须是数字，最多两位小数。",
    "issue.closed_readonly": "问题 {number} 已销号，不能再修改。",
    "issue.problem_required": "请至少选择一个问题。",
    "issue.target_required": "请选择被追责的单位，或填写部门或责任人。",
})


class ProblemLabels:
    """Chinese labels of a problem row's codes; mixed into the row dataclasses."""

    source: str
    urgency: str
    state: str
    level: int | None

    @property
    def source_label(self) -> str:
        return SOURCES.get(self.source, self.source)

    @property
    def urgency_label(self) -> str:
        return URGENCIES.get(self.urgency, self.urgency)

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def level_label(self) -> str:
        return level_label(self.level)
