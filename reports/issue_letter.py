"""函告 / 督办函: an issued supervision letter printed as a GB/T 9704 letter.

The text is what was issued (models.issues.letters.LetterRow): the red issuer mark, the
文号 (兴文社区〔2026〕12号), the title, the recipient (主送), the body paragraphs, the issuer
and the date of issue. Nothing is re-drafted at print time, so a reprint is identical.

`render_problem_letter` is the command line's `letter --problem ID --out F.pdf`: it prints
the problem's latest letter, or issues one first (a 督办函 drafted from the problem) when
the problem has none yet.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_text
from models.auth import SYSTEM, Actor
from models.db import Database
from models.issues import letters
from models.issues.letters import LetterRow
from reports.pdf import LetterDocument, render_letter


def build(session: Session, letter_id: int) -> LetterRow:
    return letters.get_letter(session, letter_id)


def document(letter: LetterRow, anchor: str = "") -> LetterDocument:
    """`anchor`: the audit anchor for the page foot (models/anchor.py)."""
    return LetterDocument(
        title=letter.title, body=[p for p in letter.body if p.strip()],
        recipient=letter.recipient, issuer_mark=letter.issuer_mark,
        doc_number=letter.number, signature=letter.signature, date=letter.issued_on,
        anchor=anchor)


def file_name(letter: LetterRow) -> str:
    """兴文社区〔2026〕12号 督办函.pdf: the number first, as offices file them."""
    return f"{letter.number} {letter.kind_label}.pdf"


def render(letter: LetterRow, path: Path | str | None = None, anchor: str = "") -> Path:
    """The letter PDF at `path` (a temporary file when None)."""
    target = Path(path) if path is not None else (
        Path(tempfile.mkdtemp(prefix="gongjian-")) / file_name(letter))
    render_letter(document(letter, anchor), target)
    return target


def latest_or_issue(session: Session, problem_id: int, actor: Actor = SYSTEM, *,
                    today: dt.date | None = None) -> LetterRow:
    """The problem's latest letter; without one, a 督办函 is drafted and issued now
    (the services refuse a problem that is not assigned or already solved)."""
    issued = letters.list_letters(session, problem_id=problem_id)
    if issued:
        return issued[-1]
    draft = letters.draft_letter(session, problem_id, "supervise", issued_on=today)
    return letters.issue_letter(session, actor, draft, today=today)


def render_problem_letter(database: Database, problem_id: int, out: Path | str,
                          actor: Actor = SYSTEM, *, today: dt.date | None = None) -> Path:
    """`python main.py letter --db D --problem ID --out F.pdf`."""
    with database.session() as session:
        letter = latest_or_issue(session, problem_id, actor, today=today)
        mark = anchor_text(session)
    return render(letter, out, mark)
