"""Attachments are copied into the data folder under their checksum, and can be verified."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from models.errors import UserError
from models.issues import attachments, lifecycle
from tests.models.issues.helpers import CLERK, Shared, drive, new_problem


def test_file_is_copied_checksummed_and_verified(shared: Shared,
                                                 isolated_data_dir: Path,
                                                 tmp_path: Path) -> None:
    db, office = shared
    photo = tmp_path / "现场照片 1.jpg"
    content = b"\xff\xd8\xff\xe0 not really a jpeg " * 1000
    photo.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    with db.session() as session:
        problem = new_problem(session, office)
        row = attachments.add_attachment(session, CLERK, problem.id, photo, note="整改前")
        again = attachments.add_attachment(session, CLERK, problem.id, photo, note="重复上传")
    stored = isolated_data_dir / "attachments" / sha[:2] / sha
    assert stored.read_bytes() == content
    photo.unlink()  # the clerk's original may go; the copy stays
    with db.read_session() as session:
        listed = attachments.list_attachments(session, problem.id)
        assert attachments.attachment_path(session, row.id) == stored
        assert attachments.verify_attachment(session, row.id)
        history = lifecycle.history(session, problem.id)
    assert [(a.file_name, a.sha256, a.size, a.note, a.added_by) for a in listed] == [
        ("现场照片 1.jpg", sha, len(content), "整改前", "张小军"),
        ("现场照片 1.jpg", sha, len(content), "重复上传", "张小军")]
    assert again.sha256 == sha and len(list(stored.parent.iterdir())) == 1  # stored once
    assert [e.action_label for e in history][-2:] == ["添加附件", "添加附件"]
    stored.write_bytes(content[:-1] + b"!")  # damaged on disk
    with db.read_session() as session:
        assert not attachments.verify_attachment(session, row.id)


def test_missing_file_and_closed_problem_are_refused(shared: Shared,
                                                     tmp_path: Path) -> None:
    db, office = shared
    with db.session() as session:
        open_problem = new_problem(session, office)
        closed = drive(session, office, "closed")
    with pytest.raises(UserError) as missing, db.session() as session:
        attachments.add_attachment(session, CLERK, open_problem.id, tmp_path / "无此文件.pdf")
    assert missing.value.message == f"找不到文件“{tmp_path / '无此文件.pdf'}”。"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError) as readonly, db.session() as session:
        attachments.add_attachment(session, CLERK, closed.id, scan)
    assert readonly.value.code == "issue.closed_readonly"
