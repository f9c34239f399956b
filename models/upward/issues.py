"""问题台账 upward: the article's figures for the period and the problems the street needs
(state, level, responsible unit), each with its UUID and revision.

Figures are `issue_stats` for the problems found in the period, overdue as at the period's
last day, so the same data always gives the same package. Breakdowns are keyed by code
(source, level) or by name (大类): ids mean nothing outside the community.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.issues.entities import IssueCategory, Problem
from models.issues.stats import Figures, issue_stats, rate_text
from models.issues.vocab import LEVELS, SOURCES, STATES
from models.registry.entities import ResidentUnit
from models.upward.modules import ExportContext, Sheet, envelope, sum_figures
from models.upward.period import Period

NAME = "issues"
LABEL = "问题台账"
COUNTS = ("collected", "in_scope", "out_of_scope", "pending_review", "solved", "open",
          "overdue", "on_time")


def _counts(figures: Figures) -> dict[str, Any]:
    data = figures.as_json()
    return {**{key: data[key] for key in COUNTS}, "on_time_rate": data["on_time_rate"]}


def export(session: Session, period: Period, ctx: ExportContext) -> dict[str, Any]:
    stats = issue_stats(session, period.start, period.end, as_of=period.end)
    figures = {
        "total": _counts(stats.total),
        "by_source": {b.key: _counts(b.figures) for b in stats.by_source},
        "by_level": {b.key: _counts(b.figures) for b in stats.by_level},
        "by_category": {b.label: _counts(b.figures) for b in stats.by_category},
    }
    return envelope(NAME, period, figures, _records(session, period, ctx))


def _records(session: Session, period: Period, ctx: ExportContext) -> list[dict[str, Any]]:
    major = IssueCategory.__table__.alias("major")
    stmt = (select(Problem.id, Problem.version, Problem.number, Problem.found_on,
                   Problem.source, major.c.name, Problem.title, Problem.state,
                   Problem.in_scope, Problem.level,
                   func.coalesce(ResidentUnit.name, Problem.department), Problem.deadline,
                   Problem.resolved_on, Problem.reporter_name)
            .join(major, major.c.id == Problem.major_category_id)
            .outerjoin(ResidentUnit, ResidentUnit.id == Problem.unit_id)
            .where(Problem.found_on.between(period.start, period.end))
            .order_by(Problem.found_on, Problem.id))
    rows = []
    for (pid, version, number, found, source, category, title, state, in_scope, level,
         unit, deadline, resolved, reporter) in session.execute(stmt):
        row = {"uuid": ctx.ids.uuid("problem", pid), "revision": version, "number": number,
               "found_on": found.isoformat(), "source": source, "category": category,
               "title": ctx.scrub(title), "state": state, "in_scope": in_scope,
               "level": level, "responsible": unit or "",
               "deadline": deadline.isoformat() if deadline else None,
               "resolved_on": resolved.isoformat() if resolved else None}
        if ctx.share_person_names:
            row["reporter"] = reporter
        rows.append(row)
    return rows


def _with_rate(counts: dict[str, Any]) -> dict[str, Any]:
    base = counts["solved"] + counts["overdue"]
    rate = Fraction(counts["on_time"], base) if base else None
    return {**counts, "on_time_rate": rate_text(rate)}


def aggregate(datas: list[dict[str, Any]]) -> dict[str, Any]:
    summed = sum_figures([data["figures"] for data in datas]) or {
        "total": _with_rate(dict.fromkeys(COUNTS, 0)), "by_source": {}, "by_level": {},
        "by_category": {}}
    summed["total"] = _with_rate(summed["total"])
    for part in ("by_source", "by_level", "by_category"):
        summed[part] = {key: _with_rate(value) for key, value in summed[part].items()}
    return summed


HEADERS = ("编号", "发现日期", "来源", "大类", "问题", "状态", "纳入吹哨", "响应层级", "责任单位",
           "办结时限", "办结日期")


def sheets(data: dict[str, Any]) -> list[Sheet]:
    total = data["figures"]["total"]
    figures = Sheet("问题统计", ("项目", "数量"), [
        (label, str(total[key])) for key, label in (
            ("collected", "收集问题"), ("in_scope", "纳入吹哨范围"), ("solved", "已解决"),
            ("on_time", "按期办结"), ("overdue", "超期未办结"), ("open", "未办结"))]
        + [("按期办结率", total["on_time_rate"] or "—")])
    rows = [(r["number"], r["found_on"], SOURCES.get(r["source"], r["source"]), r["category"],
             r["title"], STATES.get(r["state"], r["state"]),
             {True: "是", False: "否"}.get(r["in_scope"], "待审议"),
             LEVELS.get(r["level"], "") if r["level"] else "", r["responsible"],
             r["deadline"] or "", r["resolved_on"] or "") for r in data["records"]]
    return [figures, Sheet("问题清单", HEADERS, rows)]


def totals(data: dict[str, Any]) -> list[tuple[str, str]]:
    total = data["figures"]["total"]
    return [("收集问题", str(total["collected"])), ("纳入吹哨范围", str(total["in_scope"])),
            ("已解决", str(total["solved"])), ("按期办结", str(total["on_time"])),
            ("按期办结率", total["on_time_rate"] or "—")]
