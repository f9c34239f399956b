"""Attachments of a problem: photos, scans and documents copied into the data folder.

A file is stored once by its content, at <attachments folder>/<sha256[:2]>/<sha256>,
and its SHA-256 is recorded with the original file name, so the copy can be verified
later and the same photo attached twice takes the space once. The copy is written to a
temporary file, synced, and renamed into place: a crash never leaves a half file under
a checksum name. A copy whose database row is rolled back stays as an unreferenced file.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records, settings, validation
from models.auth import Actor, require
from models.digests import file_sha256
from models.errors import UserError
from models.issues import lifecycle
from models.issues.entities import ProblemAttachment

MAX_MB = 100
CHUNK = 1 << 20


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    version: int
    problem_id: int
    file_name: str
    sha256: str
    size: int
    note: str
    added_by: str
    added_at: dt.datetime


def attachment_root() -> Path:
    return settings.attachments_dir()


def stored_path(sha256: str) -> Path:
    return attachment_root() / sha256[:2] / sha256



def _copy(source: Path, folder: Path) -> tuple[Path, str, int]:
    """Copy `source` into a temporary file in `folder`: (temp path, sha256, size)."""
    digest, size = hashlib.sha256(), 0
    handle, name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as target, open(source, "rb") as origin:
            while chunk := origin.read(CHUNK):
                size += len(chunk)
                if size > MAX_MB * 1024 * 1024:
                    raise UserError("issue.attachment_too_large", name=source.name,
                                    limit=MAX_MB)
                digest.update(chunk)
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name), digest.hexdigest(), size


def store_file(source: Path) -> tuple[str, int]:
    """Copy a file into the attachment store; (sha256, size)."""
    if not source.is_file():
        raise UserError("issue.attachment_missing", path=str(source))
    root = attachment_root()
    root.mkdir(parents=True, exist_ok=True)
    try:
        temp, sha, size = _copy(source, root)
    except OSError as exc:
        raise UserError("issue.attachment_unreadable", path=str(source),
                        detail=exc.strerror or str(exc)) from exc
    target = stored_path(sha)
    if target.is_file() and file_sha256(target) == sha:
        temp.unlink()  # the same content is already stored
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)
    return sha, size


def add_attachment(session: Session, actor: Actor, problem_id: int,
                   source: str | os.PathLike[str], *, note: str = "") -> AttachmentRow:
    """Copy the file into the data folder and attach it to the problem."""
    actor = require(session, actor, "clerk")
    problem = lifecycle.load_problem(session, problem_id)
    if problem.state == "closed":
        raise UserError("issue.closed_readonly", number=problem.number)
    note = validation.text("note", "附件说明", note)
    path = Path(source)
    sha, size = store_file(path)
    row = records.create(session, actor, ProblemAttachment(
        problem_id=problem_id, file_name=path.name[:255], sha256=sha, size=size, note=note))
    lifecycle.note_event(session, actor, problem, "attach", note=path.name)
    session.flush()
    return _row(row)


def _row(a: ProblemAttachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.version, a.problem_id, a.file_name, a.sha256, a.size, a.note,
                         a.updated_by, a.created_at)


def list_attachments(session: Session, problem_id: int) -> list[AttachmentRow]:
    rows = session.execute(select(ProblemAttachment).where(
        ProblemAttachment.problem_id == problem_id).order_by(ProblemAttachment.id)).scalars()
    return [_row(a) for a in rows]


def attachment_path(session: Session, attachment_id: int) -> Path:
    """Where the stored copy is (to open or export it under its original name)."""
    row = records.load(session, ProblemAttachment, attachment_id, "附件")
    return stored_path(row.sha256)


def verify_attachment(session: Session, attachment_id: int) -> bool:
    """True if the stored copy exists and still has the recorded checksum."""
    row = records.load(session, ProblemAttachment, attachment_id, "附件")
    path = stored_path(row.sha256)
    return path.is_file() and file_sha256(path) == row.sha256
