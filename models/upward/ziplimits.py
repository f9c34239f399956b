"""Hostile zips are refused before any member is read, and nothing is ever extracted.

Checked from the end-of-central-directory record (before the directory is parsed) and
then from each directory entry: the member count, names (no "..", no absolute path, no
backslash or drive letter, no directory entries), symlinks (Unix mode in external_attr),
encryption (flag bit 0), duplicates, the declared sizes (each and in total) and the
compression ratio. Reading then streams each member in chunks, counting: a member that
inflates beyond what it declared is cut off, and zipfile's CRC check catches the rest.
"""
from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from models.errors import UserError

MAX_MEMBERS = 64
MAX_TOTAL = 512 * 1024 * 1024  # declared uncompressed bytes of all members
MAX_MEMBER = 256 * 1024 * 1024
MAX_RATIO = 100  # uncompressed ÷ compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
CHUNK = 256 * 1024
_EOCD = b"PK\x05\x06"


@dataclass(frozen=True)
class Limits:
    members: int = MAX_MEMBERS
    total: int = MAX_TOTAL
    member: int = MAX_MEMBER
    ratio: int = MAX_RATIO


def _declared_count(file: BinaryIO) -> int | None:
    """Entries in the central directory, from the EOCD record (None if not found)."""
    file.seek(0, 2)
    size = file.tell()
    tail_len = min(size, 65535 + 22)
    file.seek(size - tail_len)
    tail = file.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or at + 22 > len(tail):
        return None
    (total,) = struct.unpack("<H", tail[at + 10:at + 12])
    return total


def _unsafe(name: str) -> bool:
    parts = name.removesuffix("/").split("/")  # "data/" is a directory, refused below
    return (not name or name.startswith("/") or "\\" in name or ":" in name
            or any(part in ("..", ".", "") for part in parts) or "\x00" in name)


def check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.members:
        raise UserError("upward.too_many_members", count=len(infos), limit=limits.members)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename
        if _unsafe(name):
            raise UserError("upward.unsafe_name", member=name[:80])
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UserError("upward.symlink", member=name)
        if info.flag_bits & 0x1:
            raise UserError("upward.encrypted", member=name)
        if name in seen:
            raise UserError("upward.duplicate_member", member=name)
        seen.add(name)
        if info.is_dir():
            raise UserError("upward.directory_member", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UserError("upward.bad_compression", member=name)
        if info.file_size > limits.member:
            raise UserError("upward.member_too_large", member=name, size=info.file_size)
        total += info.file_size
        if total > limits.total:
            raise UserError("upward.too_large", size=total, limit=limits.total)
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limits.ratio:
                raise UserError("upward.bad_ratio", member=name, ratio=ratio, limit=limits.ratio)


DEFAULT_LIMITS = Limits()


@contextmanager
def open_checked(file: BinaryIO, name: str, limits: Limits = DEFAULT_LIMITS
                 ) -> Iterator[zipfile.ZipFile]:
    """The zip, once its directory has passed every check; refused otherwise."""
    count = _declared_count(file)
    if count is None:
        raise UserError("upward.not_zip", name=name)
    if count > limits.members or count == 0xFFFF:
        raise UserError("upward.too_many_members", count=count, limit=limits.members)
    file.seek(0)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UserError("upward.not_zip", name=name) from exc
    with archive:
        check_entries(archive.infolist(), limits)
        yield archive


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, keep: bool
                ) -> tuple[bytes | None, str, int]:
    """(bytes if `keep`, SHA-256, size), streamed; never more than the declared size."""
    digest = hashlib.sha256()
    kept = bytearray() if keep else None
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise UserError("upward.damaged_member", member=info.filename,
                                    detail="解压后大于声明的大小")
                digest.update(chunk)
                if kept is not None:
                    kept += chunk
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError) as exc:
        raise UserError("upward.damaged_member", member=info.filename,
                        detail=str(exc)[:60]) from exc
    return (bytes(kept) if kept is not None else None), digest.hexdigest(), size
