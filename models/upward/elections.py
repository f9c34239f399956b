"""业委会选举 upward: committees and other self-governance bodies (the article's figures) and
the owners' votes, each body with its UUID and revision.

Bodies are counted as they stand (current members); votes and elections by the dates in
the period. No member's or owner's name goes up, and no ballot: only counts.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.elections.bodies import body_figures, current_members
from models.elections.entities import ElectionCourse, OwnerVote, SelfBody
from models.elections.rules import BODY_KINDS
from models.registry.entities import Compound
from models.upward.modules import ExportContext, Sheet, envelope, sum_figures
from models.upward.period import Period

NAME = "elections"
LABEL = "业委会选举"


def export(session: Session, period: Period, ctx: ExportContext) -> dict[str, Any]:
    bodies = body_figures(session)
    votes_by_matter = {str(matter): count for matter, count in session.execute(
        select(OwnerVote.matter, func.count()).group_by(OwnerVote.matter))}
    elected = session.execute(select(func.count()).select_from(ElectionCourse).where(
        ElectionCourse.elected_on.between(period.start, period.end))).scalar_one()
    filed = session.execute(select(func.count()).select_from(ElectionCourse).where(
        ElectionCourse.filed_on.between(period.start, period.end))).scalar_one()
    figures = {
        "bodies": {"compounds": bodies.compounds, "with_committee": bodies.with_committee,
                   "by_kind": {kind: bodies.bodies_by_kind.get(kind, 0) for kind in BODY_KINDS},
                   "members": bodies.members, "party_members": bodies.party_members,
                   "secretaries_chairing": bodies.secretaries_chairing,
                   "cadres_on_committees": bodies.cadres_on_committees},
        "votes": {"by_matter": votes_by_matter, "total": sum(votes_by_matter.values()),
                  "elected_in_period": elected, "filed_in_period": filed},
    }
    return envelope(NAME, period, figures, _records(session, ctx))


def _records(session: Session, ctx: ExportContext) -> list[dict[str, Any]]:
    rows = []
    for body, compound in session.execute(
            select(SelfBody, Compound.name).join(Compound, Compound.id == SelfBody.compound_id)
            .order_by(SelfBody.id)):
        members = current_members(session, body.id)
        rows.append({
            "uuid": ctx.ids.uuid("self_body", body.id), "revision": body.version,
            "compound": compound, "kind": body.kind, "name": body.name,
            "term_start": body.term_start.isoformat() if body.term_start else None,
            "term_end": body.term_end.isoformat() if body.term_end else None,
            "filed_on": body.filed_on.isoformat() if body.filed_on else None,
            "members": len(members), "party_members": sum(m.party_member for m in members),
            "secretary_chairs": any(m.post == "chair" and m.branch_secretary for m in members)})
    return rows


def aggregate(datas: list[dict[str, Any]]) -> dict[str, Any]:
    return sum_figures([data["figures"] for data in datas]) or {}


def sheets(data: dict[str, Any]) -> list[Sheet]:
    bodies = data["figures"]["bodies"]
    figures = Sheet("自治组织统计", ("项目", "数量"), [
        ("小区", str(bodies["compounds"])), ("成立业委会的小区", str(bodies["with_committee"])),
        *[(label, str(bodies["by_kind"].get(kind, 0))) for kind, label in BODY_KINDS.items()],
        ("成员", str(bodies["members"])), ("其中党员", str(bodies["party_members"])),
        ("党支部书记兼任业委会主任", str(bodies["secretaries_chairing"])),
        ("表决（业主共同决定）", str(data["figures"]["votes"]["total"]))])
    rows = [(r["compound"], BODY_KINDS.get(r["kind"], r["kind"]), r["name"],
             r["term_start"] or "", r["term_end"] or "", r["filed_on"] or "", str(r["members"]),
             str(r["party_members"])) for r in data["records"]]
    headers = ("小区", "类型", "名称", "任期开始", "任期结束", "备案日期", "成员", "党员")
    return [figures, Sheet("自治组织清单", headers, rows)]


def totals(data: dict[str, Any]) -> list[tuple[str, str]]:
    bodies = data["figures"]["bodies"]
    return [("成立业委会的小区", str(bodies["with_committee"])),
            ("自治组织成员（其中党员）", f"{bodies['members']}（{bodies['party_members']}）")]
