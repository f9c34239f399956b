"""The SHA-256 of a file, read in chunks: attachments are stored and backups verified by it."""
from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK = 1024 * 1024


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
