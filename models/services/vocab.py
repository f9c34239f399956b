"""The words of the service lists: kinds, directions, states, ratings, seeded categories."""
from __future__ import annotations

KINDS = {"need": "需求", "offer": "资源/服务"}
DIRECTIONS = {"to_unit": "社区→单位", "to_community": "单位→社区"}
STATES = {
    "planned": "待认领",
    "claimed": "已认领",
    "in_progress": "实施中",
    "delivered": "已服务",
    "confirmed": "双方确认",
    "evaluated": "已评价",
    "carried_over": "已结转",
}
# Who claimed an item: the other side of the list, or a person from the registry.
CLAIMANT_KINDS = {"community": "社区", "unit": "驻区单位", "volunteer": "志愿服务队队员",
                  "party_member": "在职党员"}
RATINGS = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
SIDES = {"community": "社区党组织", "unit": "驻区单位党组织"}
DEFAULT_CATEGORIES = ("政策宣讲", "环境治理", "困难关爱", "矛盾化解", "文明劝导", "民情调查",
                      "教育培训", "医疗健康", "法律服务", "文体活动")
# States of an item that has been served (counted as delivered).
SERVED = frozenset({"delivered", "confirmed", "evaluated"})
# States of an item still open at year end (carried over to next year's list).
UNFINISHED = frozenset({"planned", "claimed", "in_progress"})


def state_label(state: str) -> str:
    return STATES.get(state, state)


def serving_side(direction: str) -> str:
    """The side that gives the service: 'community' for to_unit, 'unit' for to_community."""
    return "community" if direction == "to_unit" else "unit"


def listing_side(kind: str, direction: str) -> str:
    """The side that put the item on the list: a need is listed by whoever receives, an
    offer by whoever gives. The other side claims it."""
    giver = serving_side(direction)
    if kind == "offer":
        return giver
    return "unit" if giver == "community" else "community"


def other_side(side: str) -> str:
    return "unit" if side == "community" else "community"
