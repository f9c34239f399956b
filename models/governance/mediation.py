"""融心调解室: mediation cases, their parties, mediators, sittings and outcome.

A party's identity number is checked like the registry's (GB 11643), stored whole, shown
and printed masked (first 6 + last 4), and kept in the audit trail masked with a keyed
digest (models.audit.SENSITIVE). A sitting before the case was opened is refused; a case
with an outcome is closed and read-only; a failed case may be sent into the issue ledger
once (as 社区一线查找, like a patrol finding).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.governance import ledger_link, vocab
from models.governance.entities import MediationCase, MediationParty, MediationSession, Mediator
from models.issues import problems
from models.issues.entities import Problem
from models.issues.lifecycle import ProblemStatus
from models.registry.entities import Community, Compound, Person, ResidentUnit

AGREED = frozenset({"agreement", "partial"})


@dataclass(frozen=True)
class PartyData:
    side: str  # first (甲方) or second (乙方)
    name: str
    kind: str = "resident"
    id_number: str = ""
    phone: str = ""
    address: str = ""
    person_id: int | None = None
    unit_id: int | None = None


@dataclass(frozen=True)
class CaseData:
    opened_on: dt.date | None
    dispute_type: str
    summary: str
    parties: tuple[PartyData, ...]
    mediators: tuple[str, ...]
    compound_id: int | None = None


def party_fields(party: PartyData, today: dt.date | None = None) -> dict[str, object]:
    """One party, checked; errors are named by side (first_name, second_id_number …)."""
    side = party.side if party.side in vocab.PARTY_SIDES else "parties"
    check = validation.Collector()
    values: dict[str, object] = {
        "side": check(validation.choice, "parties", "当事人方", party.side, vocab.PARTY_SIDES),
        "kind": check(validation.choice, f"{side}_kind", "当事人类型", party.kind,
                      vocab.PARTY_KINDS),
        "name": check(validation.text, f"{side}_name", "当事人", party.name, required=True,
                      limit=100),
        "id_number": (check(validation.id_number, f"{side}_id_number", party.id_number, today)
                      if party.kind == "resident" and party.id_number.strip() else None),
        "phone": (check(validation.phone, f"{side}_phone", party.phone)
                  if party.phone.strip() else ""),
        "address": check(validation.text, f"{side}_address", "住址", party.address, limit=200),
        "person_id": party.person_id,
        "unit_id": party.unit_id if party.kind == "unit" else None,
    }
    check.done()
    return values


def case_fields(data: CaseData, today: dt.date | None = None) -> dict[str, object]:
    """The case as typed, checked: the service and the dialog."""
    check = validation.Collector()
    values: dict[str, object] = {
        "opened_on": check(validation.past_date, "opened_on", "受理日期", data.opened_on,
                           required=True, today=today),
        "dispute_type": check(validation.choice, "dispute_type", "纠纷类型", data.dispute_type,
                              vocab.DISPUTE_TYPES),
        "summary": check(validation.note, "summary", "纠纷事由", data.summary, required=True),
        "compound_id": data.compound_id,
    }
    sides = {p.side for p in data.parties if p.name.strip()}
    for side in ("first", "second"):
        if side not in sides:
            check.fail(FieldError(f"{side}_name", "gov.parties_required"))
    for party in data.parties:
        if party.name.strip():
            check(party_fields, party, today)
    if not [m for m in data.mediators if m.strip()]:
        check.fail(FieldError("mediators", "gov.mediator_required"))
    for mediator in data.mediators:
        check(validation.text, "mediators", "调解员", mediator, limit=50)
    check.done()
    return values


def _next_number(session: Session, year: int) -> str:
    prefix = f"{vocab.CASE_PREFIX}-{year}-"
    last = session.execute(select(func.max(MediationCase.number)).where(
        MediationCase.number.like(prefix + "%"))).scalar()
    value = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{value:03d}"


def open_case(session: Session, actor: Actor, community_id: int, data: CaseData, *,
              today: dt.date | None = None) -> int:
    """受理: a case with both sides and its mediators, numbered TJ-<year>-<n>."""
    actor = require(session, actor, "clerk")
    records.load(session, Community, community_id, "社区")
    values = case_fields(data, today)
    if data.compound_id is not None:
        records.load(session, Compound, data.compound_id, "小区")
    opened_on = values["opened_on"]
    assert isinstance(opened_on, dt.date)
    case = records.create(session, actor, MediationCase(
        community_id=community_id, number=_next_number(session, opened_on.year), **values))
    for party in data.parties:
        if party.name.strip():
            fields = party_fields(party, today)
            if party.person_id is not None:
                records.load(session, Person, party.person_id, "当事人")
            if fields["unit_id"] is not None:
                records.load(session, ResidentUnit, int(fields["unit_id"]), "当事单位")  # type: ignore[call-overload]
            records.create(session, actor, MediationParty(case_id=case.id, **fields))
    for name in dict.fromkeys(m.strip() for m in data.mediators if m.strip()):
        records.create(session, actor, Mediator(case_id=case.id, name=name))
    return case.id


def _open_case(session: Session, case_id: int) -> MediationCase:
    case = records.load(session, MediationCase, case_id, "调解案件")
    if case.outcome is not None:
        raise UserError("gov.case_closed", number=case.number,
                        outcome=vocab.OUTCOMES[case.outcome])
    return case


def session_fields(case_opened_on: dt.date, held_on: dt.date | None, note: str,
                   today: dt.date | None = None) -> dict[str, object]:
    check = validation.Collector()
    day = check(validation.past_date, "held_on", "调解日期", held_on, required=True,
                today=today)
    values: dict[str, object] = {"held_on": day,
                                 "note": check(validation.note, "note", "调解情况", note)}
    if isinstance(day, dt.date) and day < case_opened_on:
        check.fail(FieldError("held_on", "gov.session_before_open", day=day.isoformat(),
                              opened=case_opened_on.isoformat()))
    check.done()
    return values


def add_session(session: Session, actor: Actor, case_id: int, *, held_on: dt.date | None,
                note: str = "", place: str = "融心调解室", today: dt.date | None = None) -> int:
    """One sitting; never before the case was opened."""
    actor = require(session, actor, "clerk")
    case = _open_case(session, case_id)
    values = session_fields(case.opened_on, held_on, note, today)
    place = validation.text("place", "调解地点", place, limit=100)
    return records.create(session, actor, MediationSession(case_id=case_id, place=place,
                                                           **values)).id


def close_case(session: Session, actor: Actor, case_id: int, version: int, *, outcome: str,
               closed_on: dt.date | None, agreement: str = "",
               today: dt.date | None = None) -> None:
    """结案 with its outcome; an agreement (full or partial) states its terms."""
    actor = require(session, actor, "clerk")
    case = _open_case(session, case_id)
    values = close_fields(case.opened_on, outcome, closed_on, agreement, today)
    records.update(session, actor, case, version, "调解案件", values)


def close_fields(opened_on: dt.date, outcome: str, closed_on: dt.date | None, agreement: str,
                 today: dt.date | None = None) -> dict[str, object]:
    """结案 as typed, checked: the service and the dialog."""
    check = validation.Collector()
    outcome = check(validation.choice, "outcome", "调解结果", outcome, vocab.OUTCOMES)
    day = check(validation.past_date, "closed_on", "结案日期", closed_on, required=True,
                today=today)
    terms = check(validation.note, "agreement", "协议内容", agreement,
                  required=outcome in AGREED, limit=4000)
    if isinstance(day, dt.date) and day < opened_on:
        check.fail(FieldError("closed_on", "gov.close_before_open", day=opened_on.isoformat()))
    check.done()
    return {"outcome": outcome, "closed_on": day,
            "agreement": terms if outcome in AGREED else ""}


def send_case(session: Session, actor: Actor, case_id: int, version: int, *,
              category_id: int, today: dt.date | None = None) -> ProblemStatus:
    """A failed mediation into the issue ledger, once."""
    actor = require(session, actor, "clerk")
    case = records.load(session, MediationCase, case_id, "调解案件")
    records.check_version(case, version, "调解案件")
    if case.problem_id is not None:
        raise UserError("gov.case_sent", number=case.number,
                        problem=ledger_link.problem_number(session, case.problem_id))
    if case.outcome != "failed":
        raise UserError("gov.case_not_failed", number=case.number,
                        outcome=vocab.OUTCOMES.get(case.outcome or "",
                                                   vocab.CASE_STATES["open"]))
    names = "、".join(p.name for p in parties(session, case_id))
    status = problems.create_problem(session, actor, case.community_id, problems.ProblemData(
        source="ground", category_id=category_id, found_on=case.closed_on or case.opened_on,
        title=f"{vocab.DISPUTE_TYPES[case.dispute_type]}调解不成：{names}"[:200],
        description=f"{case.summary}\n（融心调解室案件 {case.number} 调解不成，转交处理）",
        compound_id=case.compound_id, reporter_name="融心调解室"), today=today)
    records.update(session, actor, case, version, "调解案件", {"problem_id": status.id})
    return status


# --- reading -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PartyRow:
    side: str
    kind: str
    name: str
    id_masked: str
    phone: str
    address: str

    @property
    def side_label(self) -> str:
        return vocab.PARTY_SIDES[self.side]


@dataclass(frozen=True)
class SessionRow:
    held_on: dt.date
    place: str
    note: str


@dataclass(frozen=True)
class CaseRow:
    id: int
    version: int
    number: str
    opened_on: dt.date
    dispute_type: str
    summary: str
    compound: str
    outcome: str | None
    closed_on: dt.date | None
    agreement: str
    problem_number: str
    parties: tuple[PartyRow, ...]
    mediators: tuple[str, ...]
    sessions: tuple[SessionRow, ...]

    @property
    def dispute_label(self) -> str:
        return vocab.DISPUTE_TYPES.get(self.dispute_type, self.dispute_type)

    @property
    def outcome_label(self) -> str:
        return vocab.OUTCOMES[self.outcome] if self.outcome else vocab.CASE_STATES["open"]

    def side_text(self, side: str) -> str:
        return "、".join(p.name for p in self.parties if p.side == side)


def parties(session: Session, case_id: int) -> list[PartyRow]:
    rows = session.scalars(select(MediationParty).where(MediationParty.case_id == case_id)
                           .order_by(MediationParty.side, MediationParty.id))
    return [PartyRow(p.side, p.kind, p.name, validation.mask_id_number(p.id_number), p.phone,
                     p.address) for p in rows]


def list_cases(session: Session, *, open_only: bool = False,
               case_id: int | None = None) -> list[CaseRow]:
    stmt = (select(MediationCase, func.coalesce(Compound.name, ""), Problem.number)
            .outerjoin(Compound, Compound.id == MediationCase.compound_id)
            .outerjoin(Problem, Problem.id == MediationCase.problem_id)
            .order_by(MediationCase.opened_on.desc(), MediationCase.id.desc()))
    if open_only:
        stmt = stmt.where(MediationCase.outcome.is_(None))
    if case_id is not None:
        stmt = stmt.where(MediationCase.id == case_id)
    found = []
    for case, compound, number in session.execute(stmt):
        mediators = tuple(session.scalars(select(Mediator.name).where(
            Mediator.case_id == case.id).order_by(Mediator.id)))
        sittings = tuple(SessionRow(s.held_on, s.place, s.note) for s in session.scalars(
            select(MediationSession).where(MediationSession.case_id == case.id)
            .order_by(MediationSession.held_on, MediationSession.id)))
        found.append(CaseRow(case.id, case.version, case.number, case.opened_on,
                             case.dispute_type, case.summary, compound, case.outcome,
                             case.closed_on, case.agreement, number or "",
                             tuple(parties(session, case.id)), mediators, sittings))
    return found


def case_id_of(session: Session, number: str) -> int:
    """The case a clerk names by its number (TJ-2026-001), as printed on its papers."""
    found = session.scalar(select(MediationCase.id).where(
        MediationCase.number == number.strip().upper()))
    if found is None:
        raise UserError("gov.no_case", number=number.strip())
    return found


def get_case(session: Session, case_id: int) -> CaseRow:
    records.load(session, MediationCase, case_id, "调解案件")
    return list_cases(session, case_id=case_id)[0]


def outcome_counts(session: Session, start: dt.date, end: dt.date) -> dict[str, int]:
    """Cases opened in the period by outcome ("open": not closed yet)."""
    counts = dict.fromkeys([*vocab.OUTCOMES, "open"], 0)
    for outcome, n in session.execute(
            select(MediationCase.outcome, func.count()).where(
                MediationCase.opened_on >= start, MediationCase.opened_on <= end)
            .group_by(MediationCase.outcome)):
        counts[outcome or "open"] += n
    return counts
