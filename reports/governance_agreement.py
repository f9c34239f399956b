"""调解协议书: the agreement a mediation reached, printed for the parties to sign.

A4 portrait in the engine's letter layout, without a red header: the case number, each
party (identity numbers masked, as everywhere the app prints them), the facts, the terms
agreed, how many copies, then a signature line for every party and every mediator, and
the mediation room with the date of closing. Only a case closed with an agreement (full
or partial) has one; anything else is refused with a message.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.db import Database
from models.errors import UserError
from models.governance import mediation
from models.office import office_name
from reports.pdf import LetterDocument, LetterParagraph, PageNumbers, render_letter

SIGN_LINE = "＿" * 6
DATE_LINE = "＿" * 5


def build(session: Session, case_id: int) -> tuple[mediation.CaseRow, str, str]:
    """The case, the office's name and the audit anchor."""
    case = mediation.get_case(session, case_id)
    if case.outcome not in mediation.AGREED:
        raise UserError("gov.no_agreement", number=case.number)
    return case, office_name(session), anchor_of(session)


def _party(party: mediation.PartyRow) -> str:
    details = [party.name]
    if party.id_masked:
        details.append(f"公民身份号码 {party.id_masked}")
    if party.address:
        details.append(f"住址 {party.address}")
    if party.phone:
        details.append(f"电话 {party.phone}")
    return f"{party.side_label}：" + "，".join(details)


def body(case: mediation.CaseRow) -> list[str | LetterParagraph]:
    terms = [line.strip() for line in case.agreement.splitlines() if line.strip()]
    copies = len(case.parties) + 1
    paragraphs: list[str | LetterParagraph] = [
        LetterParagraph(f"编号：{case.number}", indent=False),
        *[LetterParagraph(_party(p), indent=False) for p in case.parties],
        LetterParagraph("一、纠纷主要事实、争议事项", role="hei"),
        f"{case.dispute_label}。{case.summary}",
        LetterParagraph("二、经调解，双方自愿达成如下协议", role="hei"),
        *[f"{n}. {term}" for n, term in enumerate(terms, start=1)],
        LetterParagraph("三、履行与效力", role="hei"),
        f"本协议经双方当事人签名（盖章）并经调解员签名后生效，当事人应当按照约定履行。"
        f"本协议一式 {copies} 份，当事人各执一份，融心调解室存档一份。",
        LetterParagraph("", indent=False),
    ]
    paragraphs += [LetterParagraph(
        f"{p.side_label} {p.name}（签名）：{SIGN_LINE} 日期：{DATE_LINE}", indent=False)
        for p in case.parties]
    paragraphs += [LetterParagraph(f"调解员 {name}（签名）：{SIGN_LINE}", indent=False)
                   for name in case.mediators]
    return paragraphs


def document(case: mediation.CaseRow, office: str, anchor: str = "") -> LetterDocument:
    title = "调解协议书" if case.outcome == "agreement" else "调解协议书（部分达成）"
    return LetterDocument(title=title, body=body(case), signature=f"{office}融心调解室",
                          date=case.closed_on, page_numbers=PageNumbers.CENTRE, anchor=anchor)


def render(built: tuple[mediation.CaseRow, str, str], path: Path | str | None = None) -> Path:
    case, office, anchor = built
    target = Path(path) if path is not None else (
        Path(tempfile.mkdtemp(prefix="gongjian-")) / f"{case.number} 调解协议书.pdf")
    render_letter(document(case, office, anchor), target)
    return target


def render_agreement(database: Database, number: str, out: Path) -> Path:
    """`python main.py report agreement --db D --case TJ-2026-001 --out F.pdf`."""
    with database.read_session() as session:
        built = build(session, mediation.case_id_of(session, number))
    return render(built, out)
