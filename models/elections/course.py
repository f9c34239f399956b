"""The course of an election: its dated steps, the 筹备组, candidates' 资格审查, the 备案.

Each step is a date on the vote's `ElectionCourse`; the deadlines follow from the dates
(`rules.deadlines`) and are shown before they pass. The 备案 checklist is the list of
documents in 指导规则 art. 33.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records
from models.auth import Actor, require
from models.elections.config import election_settings
from models.elections.entities import (
    CandidateReview,
    ElectionCourse,
    OwnerVote,
    PrepMember,
    VoteItem,
)
from models.elections.rules import PREP_SIDES, CourseDates, Deadline, Member, deadlines
from models.elections.rules import prep_group_problems as _prep_problems
from models.elections.tally import ELECTION_MATTER
from models.errors import UserError

# 指导规则 (2009) art. 33: what the committee files within 30 days of its election.
FILING_DOCUMENTS = {
    "election_report": "业主大会成立和业主委员会选举的情况",
    "management_rules": "管理规约",
    "meeting_rules": "业主大会议事规则",
    "other_decisions": "业主大会决定的其他重大事项",
}
MEETING_FORMS = {"collective": "集体讨论", "written": "书面征求意见"}
VERDICTS = {True: "符合", False: "不符合", None: "未审查"}  # a candidate's 资格审查

messages.register({
    "course.order": "{later}（{later_day}）不能早于{earlier}（{earlier_day}）。",
    "course.prep": "筹备组组成不符合规定：{problems}。",
    "course.side": "筹备组成员的来源应为 街道、居委会、建设单位、业主代表 或 物业服务企业。",
    "course.review_reason": "认定“{name}”不具备候选人资格时，请写明理由。",
    "course.not_candidate": "“{name}”不是本次表决的候选人。",
    "course.not_election": "只有选举业主委员会的表决才有候选人资格审查。",
})

STEP_ORDER = ("prep_formed_on", "notice_on", "meeting_on", "elected_on", "first_meeting_on",
              "filed_on")
STEP_LABELS = {"prep_formed_on": "筹备组成立", "notice_on": "公告", "meeting_on": "业主大会会议",
               "elected_on": "公示选举结果", "first_meeting_on": "业委会首次会议",
               "filed_on": "备案"}


@dataclass(frozen=True)
class CourseData:
    prep_formed_on: dt.date | None = None
    notice_on: dt.date | None = None
    meeting_on: dt.date | None = None
    meeting_place: str = ""
    meeting_form: str = "collective"
    elected_on: dt.date | None = None
    first_meeting_on: dt.date | None = None
    filed_on: dt.date | None = None
    filing_documents: tuple[str, ...] = ()


def _course(session: Session, actor: Actor, vote_id: int) -> ElectionCourse:
    records.load(session, OwnerVote, vote_id, "表决")
    course = session.scalars(select(ElectionCourse)
                             .where(ElectionCourse.vote_id == vote_id)).first()
    if course is None:
        course = records.create(session, actor, ElectionCourse(vote_id=vote_id))
    return course


def course_data(session: Session, vote_id: int) -> CourseData:
    course = session.scalars(select(ElectionCourse)
                             .where(ElectionCourse.vote_id == vote_id)).first()
    if course is None:
        return CourseData()
    values = {f.name: getattr(course, f.name) for f in fields(CourseData)}
    values["filing_documents"] = tuple(json.loads(course.filing_documents))
    return CourseData(**values)


def check_order(data: CourseData) -> None:
    """Steps come in their order: no date before an earlier step's."""
    dated = [(name, getattr(data, name)) for name in STEP_ORDER if getattr(data, name)]
    for (earlier, first), (later, second) in zip(dated, dated[1:], strict=False):
        if second < first:
            raise UserError("course.order", later=STEP_LABELS[later], later_day=second,
                            earlier=STEP_LABELS[earlier], earlier_day=first)


def save_course(session: Session, actor: Actor, vote_id: int, data: CourseData) -> None:
    actor = require(session, actor, "clerk")
    check_order(data)
    course = _course(session, actor, vote_id)
    values = {f.name: getattr(data, f.name) for f in fields(CourseData)}
    values["filing_documents"] = json.dumps(
        [key for key in FILING_DOCUMENTS if key in data.filing_documents])
    if values["meeting_form"] not in MEETING_FORMS:
        values["meeting_form"] = "collective"
    records.update(session, actor, course, course.version, "选举进程", values)


def course_deadlines(session: Session, vote_id: int, today: dt.date) -> list[Deadline]:
    data = course_data(session, vote_id)
    return deadlines(CourseDates(notice_on=data.notice_on, meeting_on=data.meeting_on,
                                 elected_on=data.elected_on,
                                 first_meeting_on=data.first_meeting_on,
                                 filed_on=data.filed_on), today,
                     election_settings(session).values)


def set_prep_group(session: Session, actor: Actor, vote_id: int,
                   members: Sequence[Member]) -> None:
    """Replace the 筹备组's members, refused unless the composition is lawful."""
    actor = require(session, actor, "clerk")
    if any(m.side not in PREP_SIDES for m in members):
        raise UserError("course.side")
    problems = _prep_problems(members)
    if problems:
        raise UserError("course.prep", problems="；".join(problems))
    course = _course(session, actor, vote_id)
    for old in session.scalars(select(PrepMember).where(PrepMember.course_id == course.id)):
        records.delete(session, actor, old, old.version, "筹备组", old.name)
    for member in members:
        records.create(session, actor, PrepMember(course_id=course.id, name=member.name.strip(),
                                                  side=member.side, leader=member.leader))


def prep_group(session: Session, vote_id: int) -> list[Member]:
    rows = session.scalars(select(PrepMember).join(
        ElectionCourse, ElectionCourse.id == PrepMember.course_id)
        .where(ElectionCourse.vote_id == vote_id).order_by(PrepMember.id))
    return [Member(m.name, side=m.side, leader=m.leader) for m in rows]


@dataclass(frozen=True)
class ReviewData:
    candidate: str
    recommended_by: str = ""
    eligible: bool | None = None
    reviewer: str = ""
    reviewed_on: dt.date | None = None
    reason: str = ""
    party_member: bool = False


def review_candidate(session: Session, actor: Actor, vote_id: int, data: ReviewData) -> None:
    """资格审查: record who recommended the candidate and the reviewer's verdict with reason."""
    actor = require(session, actor, "clerk")
    item = session.scalars(select(VoteItem).where(VoteItem.vote_id == vote_id,
                                                  VoteItem.name == data.candidate)).first()
    if item is None:
        raise UserError("course.not_candidate", name=data.candidate)
    if data.eligible is False and not data.reason.strip():
        raise UserError("course.review_reason", name=data.candidate)
    values = {"recommended_by": data.recommended_by.strip(), "eligible": data.eligible,
              "reviewer": data.reviewer.strip(), "reviewed_on": data.reviewed_on,
              "reason": data.reason.strip(), "party_member": data.party_member}
    review = session.scalars(select(CandidateReview)
                             .where(CandidateReview.item_id == item.id)).first()
    if review is None:
        records.create(session, actor, CandidateReview(item_id=item.id, **values))
    else:
        records.update(session, actor, review, review.version, "资格审查", values)


def reviews(session: Session, vote_id: int) -> list[ReviewData]:
    rows = session.execute(select(VoteItem.name, CandidateReview).outerjoin(
        CandidateReview, CandidateReview.item_id == VoteItem.id)
        .where(VoteItem.vote_id == vote_id).order_by(VoteItem.position))
    return [ReviewData(name) if r is None else ReviewData(
        name, r.recommended_by, r.eligible, r.reviewer, r.reviewed_on, r.reason, r.party_member)
        for name, r in rows]


@dataclass(frozen=True)
class ArrearsRow:
    """One line of the property company's arrears list (欠费名单), as read from Excel."""

    names: tuple[str, ...]
    unit: str = ""
    amount: str = ""  # as written (元); printed in the reason, never computed with
    line: int = 0


def apply_arrears(session: Session, actor: Actor, vote_id: int, rows: Sequence[ArrearsRow],
                  today: dt.date) -> list[str]:
    """资格审查 against an arrears list: each candidate named on it is recorded as not
    eligible, the unit and amount in the reason, the acting clerk as reviewer. Candidates
    not on the list are left as they were (the list proves arrears, not their absence).
    Returns the candidates marked. A namesake can be put right by reviewing again."""
    actor = require(session, actor, "clerk")
    vote = records.load(session, OwnerVote, vote_id, "表决")
    if vote.matter != ELECTION_MATTER:
        raise UserError("course.not_election")
    owing: dict[str, list[ArrearsRow]] = {}
    for row in rows:
        for name in row.names:
            owing.setdefault(name, []).append(row)
    marked = []
    for review in reviews(session, vote_id):
        found = owing.get(review.candidate)
        if not found:
            continue
        where = "；".join(f"{r.unit or '房号未写'}{'，欠 ' + r.amount + ' 元' if r.amount else ''}"
                         for r in found)
        review_candidate(session, actor, vote_id, ReviewData(
            review.candidate, review.recommended_by, False, actor.display_name, today,
            f"在物业服务企业提供的欠费名单中（{where}）", review.party_member))
        marked.append(review.candidate)
    return marked
