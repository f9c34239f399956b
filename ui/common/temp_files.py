"""Temporary files with personal data (previewed PDFs, opened attachments) are removed
when they are no longer shown, and at the latest when the program exits.

Each such file lives alone in a folder from `tempfile.mkdtemp(prefix="gongjian-")`; the
folder goes with it. Removal never follows a path outside the system's temp folder.
"""
from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
from pathlib import Path

PREFIX = "gongjian-"
_registered: set[Path] = set()


def _is_ours(path: Path) -> bool:
    temp = Path(tempfile.gettempdir()).resolve()
    parent = path.resolve().parent
    return parent.name.startswith(PREFIX) and parent.parent == temp


def register(path: Path) -> bool:
    """Remember `path` for removal at exit; False (nothing remembered) unless it is one of
    our temporary files."""
    if not _is_ours(path):
        return False
    if not _registered:
        atexit.register(remove_all)
    _registered.add(path)
    return True


def remove(path: Path) -> None:
    """Remove the file and its own temporary folder now (an open file on Windows stays and
    is retried at exit)."""
    if not _is_ours(path):
        return
    folder = path.resolve().parent
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
        shutil.rmtree(folder)
        _registered.discard(path)


def remove_all() -> None:
    for path in list(_registered):
        remove(path)


def pending() -> set[Path]:
    """Files still waiting for removal (tests)."""
    return set(_registered)
