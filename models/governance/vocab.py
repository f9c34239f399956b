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
CASE_STATES = {"open": "调解中"}  # a case not yet closed with one of OUTCOMES
PARTY_SIDES = {"first": "甲方", "second": "乙方"}
PARTY_KINDS = {"resident": "居民", "unit": "单位"}
CASE_PREFIX = "TJ"
SOURCE_GROUPS = {"veteran": "退伍军人", "retired_cadre": "退休干部", "party_backbone": "党员骨干",
                 "grid_worker": "优秀网格员", "warm_resident": "热心居民"}
# The five qualities, as columns of capable_resident: 有能力、有公心、有意愿、有影响、有时间.
QUALITIES = {"has_ability": "有能力", "has_public_spirit": "有公心", "is_willing": "有意愿",
             "has_influence": "有影响", "has_time": "有时间"}
FOUND_HOW = {"visit": "走访调查", "survey": "实地了解", "talk": "座谈交流"}
TRAINING_FORMS = {"lecture": "集中授课", "discussion": "交流讨论", "site_visit": "现场观摩"}
POSTS = {"committee_member": "业委会成员", "mediator": "调解员", "volunteer_leader": "志愿服务队长",
         "building_chief": "楼栋长", "other": "其他骨干"}
PROPERTY_ORIGINS = {"local": "本地培育", "introduced": "引入"}

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
    "gov.resident_exists": "“{name}”已登记为小区能人。",
    "gov.attendee_not_resident": "参训人员须是已登记的小区能人。",
    "gov.has_party_org": "“{compound}”已有小区党组织，党建指导员只选派到尚无党组织的小区。",
    "gov.booking_order": "结束时间须晚于开始时间。",
    "gov.booking_overlap": "{room}在 {start}—{end} 已被“{purpose}”预约，时间不能重叠。",
    "gov.booking_room": "“{room}”不是该党群之家的活动室（可选：{rooms}）。",
    "gov.funding_not_spending": "凭证 {voucher} 不是已记账的支出，不能计入党群之家经费。",
    "gov.funding_linked": "凭证 {voucher} 已计入党群之家经费，不能重复计入。",
    "gov.voucher_format": "“{text}”不是凭证号，请按“2026-0012”填写。",
    "gov.no_case": "找不到调解案件 {number}。",
    "gov.post_order": "离任日期不能早于任职日期。",
    "gov.contract_order": "合同截止日期不能早于起始日期。",
})
