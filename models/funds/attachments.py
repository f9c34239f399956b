"""Attachments of an entry (invoice scans, receipts, minutes), stored by content.

A file is copied to the attachments folder (models.settings.attachments_dir), as
<sha256[:2]>/<sha256>, and its checksum kept
in the row, so the same scan attached twice is stored once and a damaged or replaced
file is detected. The copy is made before the row is written: a rolled-back unit of
work leaves at most an unreferenced file, never a row without its file. Files are
never deleted by the app (a posted entry's evidence must stay). Only drafts take new
attachments or lose them.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit, settings
from models.auth import Actor, require
from models.base import utcnow
from models.digests import file_sha256
from models.errors import UserError
from models.funds.entities import FundAttachment
from models.funds.entries import load_draft
from models.messages import register

register({
    "funds.attachment_unreadable": "无法读取附件“{name}”：{detail}",
    "funds.attachment_too_large": "附件“{name}”超过 {limit} MB，请压缩或分成几份后再添加。",
    "funds.attachment_missing": "附件（编号 {id}）不存在，可能已被删除。",
})

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    entry_id: int
    file_name: str
    sha256: str
    size: int
    added_by: str

    @property
    def path(self) -> Path:
        return stored_path(self.sha256)


def attachments_dir() -> Path:
    return settings.attachments_dir()


def stored_path(sha256: str) -> Path:
    return attachments_dir() / sha256[:2] / sha256



def _store(source: Path) -> tuple[str, int]:
    """Copy `source` into the store (atomically, once per content); (sha256, size)."""
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise UserError("funds.attachment_too_large", name=source.name, limit=MAX_BYTES >> 20)
    sha256 = file_sha256(source)
    target = stored_path(sha256)
    if target.exists() and file_sha256(target) == sha256:
        return sha256, size
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    os.close(handle)
    try:
        shutil.copyfile(source, temp)
        if file_sha256(Path(temp)) != sha256:
            raise OSError("副本校验不一致")
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return sha256, size


def add_attachment(session: Session, actor: Actor, entry_id: int,
                   source: Path) -> AttachmentRecord:
    """Attach a copy of the file at `source` to a draft entry."""
    actor = require(session, actor, "clerk")
    load_draft(session, entry_id)
    try:
        sha256, size = _store(Path(source))
    except OSError as exc:
        raise UserError("funds.attachment_unreadable", name=Path(source).name,
                        detail=exc.strerror or str(exc)) from exc
    row = FundAttachment(entry_id=entry_id, file_name=Path(source).name[:255], sha256=sha256,
                         size=size, added_at=utcnow(), added_by=actor.display_name)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "fund_attachment", row.id, after=audit.snapshot(row))
    return _record(row)


def remove_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    """Detach a file from a draft (the stored copy stays)."""
    actor = require(session, actor, "clerk")
    row = session.get(FundAttachment, attachment_id)
    if row is None:
        raise UserError("funds.attachment_missing", id=attachment_id)
    load_draft(session, row.entry_id)
    audit.record(session, actor, "delete", "fund_attachment", row.id, before=audit.snapshot(row))
    session.delete(row)
    session.flush()


def list_attachments(session: Session, entry_id: int) -> list[AttachmentRecord]:
    rows = session.execute(select(FundAttachment).where(FundAttachment.entry_id == entry_id)
                           .order_by(FundAttachment.id)).scalars()
    return [_record(row) for row in rows]


def verify(record: AttachmentRecord) -> bool:
    """Whether the stored file is there and still has the checksum it was added with."""
    path = record.path
    return path.is_file() and file_sha256(path) == record.sha256


def _record(row: FundAttachment) -> AttachmentRecord:
    return AttachmentRecord(row.id, row.entry_id, row.file_name, row.sha256, row.size,
                            row.added_by)
