"""Words of 小区治理: codes stored in the database, their Chinese labels, and the messages
of the area's UserErrors (registered at import, since every service imports this module)."""
from __future__ import annotations

from models.messages import register

# Where a patrol finding was settled: 琐事不出网格、小事不出社区、大事不出街道.
SETTLED_WHERE = {
    "grid": "网格内解决",
    "community": "社区解决",
    "street": "街道及以上解决",
    "in_ledger": "已转问题台账，办理中",
    "out_of_scope": "已转问题台账，未纳入",
    "open": "待处理",
}
MEETING_SIDES = {"branch": "小区党支部", "committee": "业主委员会", "property": "物业服务企业",
                 "other": "其他"}
DISPUTE_TYPES = {
    "neighbour": "邻里纠纷",
    "property": "物业纠纷",
    "family": "婚姻家庭纠纷",
    "noise": "噪音扰民",
    "parking": "停车纠纷",
    "leak": "漏水渗水",
    "other": "其他纠纷",
}
OUTCOMES = {"agreement": "达成协议", "partial": "部分达成", "failed": "调解不成",
            "referred": "移交处理"}
PARTY_SIDES = {"first": "甲方", "second": "乙方"}
PARTY_KINDS = {"resident": "居民", "unit": "单位"}
CASE_PREFIX = "TJ"

register({
    "gov.members_required": "巡查须至少有一名巡查人员。",
    "gov.place_required": "请选择网格或填写巡查路线。",
    "gov.category_required": "转入问题台账的发现须选择问题类别。",
    "gov.finding_sent": "该巡查发现已于先前转入问题台账（{number}），不能再次转交。",
    "gov.finding_settled": "该巡查发现已于 {day} 就地解决，不能再转入问题台账。",
    "gov.place_taken": "{place}已划入网格“{grid}”，一处楼栋或街巷只能属于一个网格。",
    "gov.settle_before_patrol": "解决日期不能早于巡查日期（{day}）。",
    "gov.attendee_required": "联席会议须至少有一名参会人员。",
    "gov.action_owner": "请写明决定事项的责任人或责任方。",
    "gov.action_line": "决定事项第 {line} 行应写作“事项｜责任方｜2026-12-10”。",
    "gov.action_done": "该决定事项已于 {day} 办结。",
    "gov.action_before_meeting": "{label}不能早于会议日期（{day}）。",
    "gov.action_sent": "该决定事项已转入问题台账（{number}），不能再次转交。",
    "gov.parties_required": "调解案件须有甲乙双方当事人，每方至少一人。",
    "gov.mediator_required": "请至少填写一名调解员。",
    "gov.session_before_open": "调解日期 {day} 早于案件受理日期 {opened}，不能记录。",
    "gov.case_closed": "案件 {number} 已结案（{outcome}），不能再修改。",
    "gov.case_not_failed": "只有调解不成的案件才能转入问题台账（案件 {number} 为“{outcome}”）。",
    "gov.case_sent": "案件 {number} 已转入问题台账（{problem}），不能再次转交。",
    "gov.agreement_required": "达成协议（或部分达成）时请写明协议内容。",
    "gov.no_agreement": "案件 {number} 尚未达成协议，没有调解协议书可打印。",
    "gov.close_before_open": "结案日期不能早于受理日期（{day}）。",
})
