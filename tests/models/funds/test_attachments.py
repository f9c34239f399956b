"""Invoice scans: copied into the data folder by checksum, only while the entry is a draft."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from models.errors import UserError
from models.funds import attachments, entries
from tests.models.funds.conftest import CLERK, Books, receipt

SCAN = b"%PDF-1.4 fake invoice scan \xe5\x8f\x91\xe7\xa5\xa8"


def test_attachment_stored_by_checksum_and_verified(books: Books, tmp_path: Path,
                                                    isolated_data_dir: Path) -> None:
    source = tmp_path / "发票.pdf"
    source.write_bytes(SCAN)
    digest = hashlib.sha256(SCAN).hexdigest()
    entry_id = books.draft(receipt(1_000))
    with books.db.session() as session:
        first = attachments.add_attachment(session, CLERK, entry_id, source)
        second = attachments.add_attachment(session, CLERK, entry_id, source)
    stored = isolated_data_dir / "attachments" / digest[:2] / digest
    assert first.path == second.path == stored and stored.read_bytes() == SCAN
    assert (first.file_name, first.size, first.sha256) == ("发票.pdf", len(SCAN), digest)
    source.unlink()  # the clerk's copy may go: ours stays
    assert attachments.verify(first)
    stored.write_bytes(SCAN + b"tampered")
    assert not attachments.verify(first)
    with books.db.read_session() as session:
        assert entries.get_entry(session, entry_id).attachment_count == 2


def test_posted_entry_keeps_its_attachments(books: Books, tmp_path: Path) -> None:
    source = tmp_path / "收据.jpg"
    source.write_bytes(b"jpeg")
    entry_id = books.draft(receipt(1_000))
    with books.db.session() as session:
        attached = attachments.add_attachment(session, CLERK, entry_id, source)
    books.post(entry_id)
    with pytest.raises(UserError, match="已记账"), books.db.session() as session:
        attachments.remove_attachment(session, CLERK, attached.id)
    with pytest.raises(UserError, match="已记账"), books.db.session() as session:
        attachments.add_attachment(session, CLERK, entry_id, source)
    with books.db.read_session() as session:
        kept = attachments.list_attachments(session, entry_id)
    assert [a.file_name for a in kept] == ["收据.jpg"]


def test_deleting_a_draft_detaches_its_files_and_unreadable_refused(books: Books,
                                                                    tmp_path: Path) -> None:
    source = tmp_path / "scan.png"
    source.write_bytes(b"png")
    entry_id = books.draft(receipt(1_000))
    with books.db.session() as session:
        attached = attachments.add_attachment(session, CLERK, entry_id, source)
        entries.delete_draft(session, CLERK, entry_id, 1)
    with books.db.read_session() as session:
        assert attachments.list_attachments(session, entry_id) == []
    assert attached.path.exists()
    other = books.draft(receipt(1_000))
    with pytest.raises(UserError, match="无法读取附件“missing.pdf”"), \
            books.db.session() as session:
        attachments.add_attachment(session, CLERK, other, tmp_path / "missing.pdf")
