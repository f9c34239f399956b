"""双服务清单 upward: the `stats services` figures of the period's year (lists are yearly):
lists, items by direction and state, claimed, delivered, hours, beneficiaries, ratings and
the units whose items all flow one way. Aggregates only: the one-way units are named (they
are organisations, which the street follows up), no person, claimant or signer is.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.services.balance import ONE_WAY
from models.services.hours import hours
from models.services.stats import service_stats
from models.services.vocab import DIRECTIONS, RATINGS, STATES
from models.upward.modules import ExportContext, Sheet, envelope, sum_figures
from models.upward.period import Period

NAME = "services"
LABEL = "双服务清单"


def export(session: Session, period: Period, ctx: ExportContext) -> dict[str, Any]:
    stats = service_stats(session, period.start.year)
    figures: dict[str, Any] = {key: stats[key] for key in (
        "lists", "items", "by_direction", "by_state", "claimed", "delivered", "minutes",
        "hours", "beneficiaries", "ratings", "one_way")}
    figures["one_way_units"] = len(figures["one_way"])
    return envelope(NAME, period, figures, [])


def aggregate(datas: list[dict[str, Any]]) -> dict[str, Any]:
    figures = sum_figures([data["figures"] for data in datas]) or {}
    if figures:  # hours are derived: recomputed from the summed minutes, exactly
        figures["hours"] = str(hours(figures["minutes"]))
    return figures


def sheets(data: dict[str, Any]) -> list[Sheet]:
    f = data["figures"]
    rows = [("清单", str(f["lists"])), ("项目", str(f["items"])),
            *[(f"方向：{label}", str(f["by_direction"].get(key, 0)))
              for key, label in DIRECTIONS.items()],
            *[(f"状态：{label}", str(f["by_state"].get(key, 0))) for key, label in STATES.items()],
            ("已认领", str(f["claimed"])), ("已服务", str(f["delivered"])),
            ("服务时长（小时）", f["hours"]), ("受益人次", str(f["beneficiaries"])),
            *[(f"评价：{label}", str(f["ratings"].get(key, 0))) for key, label in RATINGS.items()],
            ("单向单位", str(f["one_way_units"]))]
    one_way = [(unit, ONE_WAY.get(kind, kind)) for unit, kind in sorted(f["one_way"].items())]
    return [Sheet("双服务统计", ("项目", "数量"), rows),
            Sheet("单向单位", ("单位", "情况"), one_way)]


def totals(data: dict[str, Any]) -> list[tuple[str, str]]:
    f = data["figures"]
    return [("项目（已服务）", f"{f['items']}（{f['delivered']}）"),
            ("服务时长（小时）", f["hours"])]
