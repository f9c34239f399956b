"""小区治理 upward: the figures of `main.py stats governance` for the period (grids,
红袖章 patrols and findings, joint meetings and their follow-ups, mediation, capable
residents and cadres, Party homes, property management), from the same function, so the
street reads what the community's own statistics say. Aggregates only: no patrol member,
mediated party or resident goes up, and no record.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.funds.money import plain_fen
from models.governance.stats import period_figures
from models.upward.modules import ExportContext, Sheet, envelope, sum_figures
from models.upward.period import Period

NAME = "governance"
LABEL = "小区治理"
# (key, label) of the figures that are plain counts, in the order of the sheet
COUNTS = (("grids", "网格"), ("patrols", "红袖章巡查"), ("findings", "巡查发现问题"),
          ("joint_meetings", "联席会议"), ("compounds_with_joint_meeting", "召开联席会议的小区"),
          ("follow_ups", "会议议定事项"), ("follow_ups_open", "其中未办结"),
          ("follow_ups_overdue", "其中逾期"), ("capable_residents", "能人"),
          ("trainings", "培训"), ("training_attendances", "培训人次"),
          ("compound_cadres", "小区骨干"), ("compound_cadres_party_members", "其中党员"),
          ("compounds_without_party_org", "未建党组织的小区"),
          ("party_instructors_sent", "选派党建指导员"), ("party_homes", "党员之家"),
          ("party_home_bookings", "党员之家预约"), ("compounds", "小区"),
          ("compounds_with_property_management", "有物业服务的小区"))


def export(session: Session, period: Period, ctx: ExportContext) -> dict[str, Any]:
    # As of the period's last day, not the clock: the same data gives the same package.
    figures = period_figures(session, period.start, period.end, period.end)
    figures["party_home_spent"] = plain_fen(figures["party_home_spent_fen"])
    return envelope(NAME, period, figures, [])


def aggregate(datas: list[dict[str, Any]]) -> dict[str, Any]:
    figures = sum_figures([data["figures"] for data in datas]) or {}
    if figures:
        figures["party_home_spent"] = plain_fen(figures["party_home_spent_fen"])
    return figures


def sheets(data: dict[str, Any]) -> list[Sheet]:
    f = data["figures"]
    rows = [(label, str(f[key])) for key, label in COUNTS]
    rows.append(("党员之家支出（元）", f["party_home_spent"]))
    details = [(group, key, str(count)) for group, values in (
        ("巡查发现问题的去向", f["findings_by_where"]),
        ("调解结果", f["mediation_cases_by_outcome"]),
        ("能人分组", f["capable_residents_by_group"])) for key, count in sorted(values.items())]
    return [Sheet("小区治理统计", ("项目", "数量"), rows),
            Sheet("小区治理分项", ("分类", "项目", "数量"), details)]


def totals(data: dict[str, Any]) -> list[tuple[str, str]]:
    f = data["figures"]
    return [("红袖章巡查（发现问题）", f"{f['patrols']}（{f['findings']}）"),
            ("联席会议（议定事项）", f"{f['joint_meetings']}（{f['follow_ups']}）")]
