"""函告督办: numbered supervision letters to the unit responsible for a problem.

The 文号 runs per year of issue, "兴文社区〔2026〕12号" (prefix from the letter settings),
gap-free and unique across concurrent sessions (models.issues.numbering). A letter is
drafted from the problem and its current assignment, edited by the reviewer, then
issued; the issued text is what the PDF prints.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor
from models.issues import config, lifecycle, numbering
from models.issues.assignments import current, list_assignments, not_before, required_day
from models.issues.entities import Problem, SupervisionLetter
from models.issues.vocab import LETTER_KINDS, SOURCES

REPLY_DAYS = 7
BODY_LIMIT = 20000  # characters of the whole body, paragraphs joined


@dataclass(frozen=True)
class LetterData:
    problem_id: int
    kind: str  # "notice" 函告 or "supervise" 督办函
    issued_on: dt.date | None
    title: str
    recipient: str
    body: tuple[str, ...]  # paragraphs
    reply_by: dt.date | None = None


@dataclass(frozen=True)
class LetterRow:
    id: int
    version: int
    problem_id: int
    problem_number: str
    assignment_id: int | None
    kind: str
    year: int
    seq: int
    number: str
    issued_on: dt.date
    title: str
    recipient: str
    body: tuple[str, ...]
    reply_by: dt.date | None
    issuer_mark: str
    signature: str

    @property
    def kind_label(self) -> str:
        return LETTER_KINDS.get(self.kind, self.kind)


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _letter_problem(session: Session, problem_id: int, actor: Actor | None) -> Problem:
    problem = lifecycle.load_problem(session, problem_id)
    lifecycle.check_measure(session, problem, "letter", actor)
    return problem


def letter_fields(data: LetterData, today: dt.date | None = None) -> dict[str, object]:
    """The letter's own fields, checked without the database: the service runs this, and
    the letter dialog runs it as the reviewer types (so both refuse the same text)."""
    check = validation.Collector()
    values = {
        "kind": check(validation.choice, "kind", "函件类型", data.kind, LETTER_KINDS),
        "issued_on": check(required_day, "issued_on", "发文日期", data.issued_on, today),
        "title": check(validation.text, "title", "标题", data.title, required=True),
        "recipient": check(validation.text, "recipient", "主送单位", data.recipient,
                           required=True),
        "body": check(validation.note, "body", "正文", "\n".join(
            p.strip() for p in data.body if p.strip()), required=True, limit=BODY_LIMIT),
        "reply_by": data.reply_by,
    }
    issued_on = values["issued_on"]
    if data.reply_by is not None and isinstance(issued_on, dt.date):
        check(not_before, "reply_by", "回复期限", data.reply_by, "发文日期", issued_on)
    check.done()
    return values


def draft_letter(session: Session, problem_id: int, kind: str = "supervise", *,
                 issued_on: dt.date | None = None) -> LetterData:
    """A ready-to-edit letter about the problem to its current responsible unit."""
    problem = _letter_problem(session, problem_id, None)
    day = issued_on or dt.date.today()
    assignment = list_assignments(session, problem_id)[-1]
    what = problem.description or problem.title
    paragraphs = [
        f"{chinese_date(problem.found_on)}，经{SOURCES[problem.source]}，发现“{problem.title}”问题"
        f"（台账编号 {problem.number}）：{what.rstrip('。')}。经社区综合党委联席会议研究，"
        f"该问题已纳入吹哨范围，于{chinese_date(assignment.assigned_on)}交由你单位办理，"
        f"办理时限为{chinese_date(assignment.deadline)}。",
    ]
    if kind == "supervise":
        status = "尚未报到" if assignment.reported_on is None else "仍未办结"
        overdue = (day - assignment.deadline).days
        late = f"，已超过办理时限 {overdue} 天" if overdue > 0 else ""
        paragraphs.append(f"截至{chinese_date(day)}，该问题{status}{late}。")
    reply_by = day + dt.timedelta(days=REPLY_DAYS)
    paragraphs.append(
        f"请你单位高度重视，按照“三四五”吹哨报到工作机制要求，于{chinese_date(reply_by)}前"
        "办结并将办理情况书面回复。逾期未办结的，将纳入量化考核，并按规定启动责任追究程序。")
    paragraphs.append("特此函告。" if kind == "notice" else "特此督办。")
    title = (f"关于督促办理“{problem.title}”问题的督办函" if kind == "supervise"
             else f"关于“{problem.title}”问题的函")
    return LetterData(problem_id, kind, day, title, assignment.responsible, tuple(paragraphs),
                      reply_by)


def issue_letter(session: Session, actor: Actor, data: LetterData, *,
                 today: dt.date | None = None) -> LetterRow:
    """Number and store the letter; it is addressed to the current assignment."""
    problem = _letter_problem(session, data.problem_id, actor)
    check = validation.Collector()
    values = check(letter_fields, data, today) or {}
    issued_on = values.get("issued_on")
    assignment = current(session, problem.id)
    if isinstance(issued_on, dt.date) and assignment is not None:
        check(not_before, "issued_on", "发文日期", issued_on, "交办日期", assignment.assigned_on)
    check.done()
    assert isinstance(issued_on, dt.date)
    kind, title, recipient, body = (str(values[k]) for k in ("kind", "title", "recipient",
                                                              "body"))
    settings = config.letter_settings(session)
    seq = numbering.next_value(session, numbering.LETTER, issued_on.year)
    letter = records.create(session, actor, SupervisionLetter(
        problem_id=problem.id, assignment_id=assignment.id if assignment else None, kind=kind,
        year=issued_on.year, seq=seq,
        number=numbering.letter_number(settings.prefix, issued_on.year, seq),
        issued_on=issued_on, title=title, recipient=recipient, body=body,
        reply_by=data.reply_by, issuer_mark=settings.issuer_mark,
        signature=settings.signature))
    lifecycle.note_event(session, actor, problem, "letter", on=issued_on,
                         note=f"{LETTER_KINDS[kind]} {letter.number}")
    session.flush()
    return _row(letter, problem.number)


def _row(letter: SupervisionLetter, problem_number: str) -> LetterRow:
    return LetterRow(letter.id, letter.version, letter.problem_id, problem_number,
                     letter.assignment_id, letter.kind, letter.year, letter.seq, letter.number,
                     letter.issued_on, letter.title, letter.recipient,
                     tuple(letter.body.split("\n")), letter.reply_by, letter.issuer_mark,
                     letter.signature)


def list_letters(session: Session, *, problem_id: int | None = None,
                 year: int | None = None) -> list[LetterRow]:
    """Letters in 文号 order."""
    stmt = (select(SupervisionLetter, Problem.number)
            .join(Problem, Problem.id == SupervisionLetter.problem_id)
            .order_by(SupervisionLetter.year, SupervisionLetter.seq))
    if problem_id is not None:
        stmt = stmt.where(SupervisionLetter.problem_id == problem_id)
    if year is not None:
        stmt = stmt.where(SupervisionLetter.year == year)
    return [_row(letter, number) for letter, number in session.execute(stmt)]


def get_letter(session: Session, letter_id: int) -> LetterRow:
    letter = records.load(session, SupervisionLetter, letter_id, "督办函")
    problem = lifecycle.load_problem(session, letter.problem_id)
    return _row(letter, problem.number)
