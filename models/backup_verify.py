"""What makes a backup count: a content check when it is made, and its SHA-256 on record.

A backup is verified once, when it is made (PRAGMA integrity_check for SQLite,
pg_restore --list for a PostgreSQL dump), and its SHA-256 is then written beside it as
`<backup>.sha256` in the format of `sha256sum` (so `sha256sum -c` checks it by hand).
From then on a backup is *good* while its bytes still have that digest: a later bit flip,
a truncation or an overwrite makes it *damaged*, and retention (models/backup.py) no longer
counts it. A backup without a digest (made before digests were recorded, or whose digest
a crash lost) is checked again and, if sound, gets its digest then.

Sidecars of one backup are all named `<backup name>.<suffix>` (this `.sha256`; `check`'s
anchor is `.anchor`), so whatever removes or quarantines a backup takes `<name>.*` along.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from enum import Enum
from pathlib import Path

from models.db import sqlite_problem
from models.digests import file_sha256

MANIFEST_SUFFIX = ".sha256"
DAMAGED_SUFFIX = ".damaged"
PG_MAGIC = b"PGDMP"


class State(Enum):
    GOOD = "good"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"  # could not be read just now (locked, share offline): left as is


def manifest(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def sidecars(backup: Path) -> list[Path]:
    """Every `<backup name>.*` file: the digest, check's anchor, anything added later."""
    return [p for p in backup.parent.glob(f"{backup.name}.*") if p.is_file()]


def content_problem(path: Path) -> str | None:
    """None if the file is a sound backup by its own format, else what is wrong."""
    if path.suffix == ".db":
        return sqlite_problem(path, full=True)
    with path.open("rb") as handle:
        if handle.read(len(PG_MAGIC)) != PG_MAGIC:
            return "not a pg_dump archive"
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        return None
    result = subprocess.run([pg_restore, "--list", str(path)], capture_output=True,
                            text=True, errors="replace", check=False,
                            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    return None if result.returncode == 0 else (result.stderr.strip() or "pg_restore failed")


def record(backup: Path, sha256: str | None = None) -> str:
    """Write the digest beside `backup` (atomically, durably); the digest."""
    sha256 = sha256 or file_sha256(backup)
    target = manifest(backup)
    temp = target.with_name(f".{target.name}.tmp")
    with temp.open("w", encoding="ascii", newline="\n") as handle:
        handle.write(f"{sha256}  {backup.name}\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    return sha256


def recorded(backup: Path) -> str | None:
    try:
        text = manifest(backup).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    digest = text.split(maxsplit=1)[0] if text.strip() else ""
    return digest.lower() if len(digest) == 64 else None


def state(backup: Path) -> State:
    """GOOD if the bytes are the ones verified; a backup without a digest is verified now."""
    try:
        expected = recorded(backup)
        if expected is not None:
            return State.GOOD if file_sha256(backup) == expected else State.DAMAGED
        if manifest(backup).exists():
            return State.DAMAGED  # a digest file that says nothing cannot vouch for it
        if content_problem(backup) is not None:
            return State.DAMAGED
        record(backup)
        return State.GOOD
    except OSError:
        return State.UNREADABLE


def quarantine(backup: Path) -> Path:
    """Move a damaged backup out of the rotation (never offered, never counted) without
    destroying what might still be salvaged; its sidecars go with it."""
    target = backup.with_name(backup.name + DAMAGED_SUFFIX)
    for side in sidecars(backup):
        if side.name.endswith(DAMAGED_SUFFIX):
            continue
        side.unlink(missing_ok=True)
    os.replace(backup, target)
    return target
