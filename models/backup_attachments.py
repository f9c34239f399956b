"""Attachments beside the backups: a mirror kept by content, and brought back on restore.

Attachments are stored by their SHA-256 (<sha[:2]>/<sha>), so a file's name says what its
bytes must be. The mirror compares content hashes, never sizes: a same-sized damaged
file is not "already there", and a source whose bytes no longer match its name is never
copied over a mirrored copy (that copy may be the only good one left). A restore copies
back every attachment the restored database refers to that is missing or damaged in the
attachments folder, from the mirror of the backup's folder, and names those it cannot.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from models.digests import file_sha256

HASH_NAME = re.compile(r"[0-9a-f]{64}")
ATTACHMENT_TABLES = ("fund_attachment", "problem_attachment")


def _sound(path: Path, sha256: str) -> bool:
    """`path` exists and holds exactly the bytes of `sha256`."""
    try:
        return path.is_file() and file_sha256(path) == sha256
    except OSError:
        return False


def _copy_verified(source: Path, destination: Path, sha256: str) -> bool:
    """Copy through a temporary file that must hash to `sha256` before it replaces
    anything; False (nothing replaced) if it does not."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=destination.parent, prefix=".incoming-")
    os.close(handle)
    temp = Path(name)
    try:
        shutil.copyfile(source, temp)
        if file_sha256(temp) != sha256:
            return False
        os.replace(temp, destination)
        return True
    finally:
        temp.unlink(missing_ok=True)


def mirror_attachments(source: Path, target: Path) -> int:
    """Bring the mirror `target` up to date with `source`; the number of files copied."""
    if not source.is_dir():
        return 0
    copied = 0
    for path in sorted(source.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            actual = file_sha256(path)
        except OSError:
            continue  # unreadable now: the next backup tries again
        if HASH_NAME.fullmatch(path.name) and actual != path.name:
            continue  # damaged in the store: never mirrored over anything
        destination = target / path.relative_to(source)
        if _sound(destination, actual):
            continue
        copied += _copy_verified(path, destination, actual)
    return copied


def referenced(database: Path) -> dict[str, str]:
    """SHA-256 -> file name of every attachment the SQLite file `database` refers to."""
    found: dict[str, str] = {}
    uri = f"{database.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        for table in ATTACHMENT_TABLES:
            if table in tables:
                for sha256, name in connection.execute(
                        f"SELECT sha256, file_name FROM {table} ORDER BY id"):
                    found.setdefault(str(sha256), str(name))
    return found


def restore_attachments(database: Path, mirror: Path, store: Path
                        ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Copy back what `database` refers to and `store` lacks (or holds damaged) from
    `mirror`: (file names restored, file names missing everywhere)."""
    restored: list[str] = []
    missing: list[str] = []
    for sha256, name in referenced(database).items():
        relative = Path(sha256[:2]) / sha256
        if _sound(store / relative, sha256):
            continue
        if _sound(mirror / relative, sha256) and _copy_verified(
                mirror / relative, store / relative, sha256):
            restored.append(name)
        else:
            missing.append(name)
    return tuple(restored), tuple(missing)
