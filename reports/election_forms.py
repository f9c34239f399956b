"""Two forms of an election's course: the 候选人资格审查表 and the 备案 checklist.

The review form lists every candidate with who recommended them, the verdict, the reason,
the reviewer and the date (an unreviewed candidate shows 未审查, so a gap is visible on
paper). The checklist holds the documents of 指导规则 art. 33 with the ones handed in ticked,
and the dates that fix the 30-day filing deadline.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.elections.course import (
    FILING_DOCUMENTS,
    VERDICTS,
    CourseData,
    ReviewData,
    course_data,
    course_deadlines,
    reviews,
)
from models.elections.rules import Deadline
from models.elections.votes import VoteInfo, vote_info
from models.office import office_name
from reports.pdf import Align, Column, LedgerDocument, render_ledger

DEADLINE_STATES = {"done": "按期完成", "late": "逾期完成", "open": "未到期", "overdue": "已超期"}


@dataclass(frozen=True)
class CourseForms:
    vote: VoteInfo
    course: CourseData
    reviews: list[ReviewData]
    deadlines: list[Deadline]
    office: str
    anchor: str = ""


def build(session: Session, vote_id: int, today: dt.date | None = None) -> CourseForms:
    return CourseForms(vote_info(session, vote_id), course_data(session, vote_id),
                       reviews(session, vote_id),
                       course_deadlines(session, vote_id, today or dt.date.today()),
                       office_name(session), anchor_of(session))


def review_rows(forms: CourseForms) -> list[list[str]]:
    return [[str(index), r.candidate, r.recommended_by, "是" if r.party_member else "",
             VERDICTS[r.eligible], r.reason, r.reviewer,
             r.reviewed_on.isoformat() if r.reviewed_on else ""]
            for index, r in enumerate(forms.reviews, start=1)]


def render_review(forms: CourseForms, path: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    eligible = sum(1 for r in forms.reviews if r.eligible)
    pending = sum(1 for r in forms.reviews if r.eligible is None)
    columns = [Column("序号", 0.5, Align.CENTER), Column("候选人", 1.2),
               Column("推荐方", 1.6), Column("党员", 0.5, Align.CENTER),
               Column("审查结论", 0.9, Align.CENTER), Column("理由", 3.2),
               Column("审查人", 1.3), Column("审查日期", 1.0, Align.CENTER)]
    render_ledger(LedgerDocument(
        title=f"{forms.vote.compound}业主委员会候选人资格审查表", office=forms.office,
        period=forms.vote.title, columns=columns, rows=review_rows(forms),
        note=f"候选人 {len(forms.reviews)} 名，符合 {eligible} 名，未审查 {pending} 名",
        signatures=("审查人", "筹备组组长", "街道办事处"), anchor=forms.anchor),
        path, progress)
    return path


def filing_rows(forms: CourseForms) -> list[list[str]]:
    handed = set(forms.course.filing_documents)
    rows = [[str(index), label, "已提交" if key in handed else "未提交"]
            for index, (key, label) in enumerate(FILING_DOCUMENTS.items(), start=1)]
    for deadline in forms.deadlines:
        done = deadline.done_on.isoformat() if deadline.done_on else "—"
        rows.append(["", f"{deadline.label}（期限 {deadline.due.isoformat()}，完成 {done}）",
                     DEADLINE_STATES[deadline.state]])
    return rows


def render_filing(forms: CourseForms, path: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    course = forms.course
    dates = "；".join(f"{label} {day.isoformat()}" for label, day in (
        ("选举", course.elected_on), ("首次会议", course.first_meeting_on),
        ("备案", course.filed_on)) if day)
    columns = [Column("序号", 0.5, Align.CENTER),
               Column("备案材料 / 期限（指导规则第三十三条）", 6.0),
               Column("情况", 1.2, Align.CENTER)]
    render_ledger(LedgerDocument(
        title=f"{forms.vote.compound}业主委员会备案材料清单", office=forms.office,
        period=forms.vote.title, columns=columns, rows=filing_rows(forms),
        note=dates, signatures=("经办人", "业主委员会主任", "街道办事处"),
        anchor=forms.anchor), path, progress)
    return path
