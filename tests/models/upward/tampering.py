"""Rewriting a real package the way an attacker or a damaged copy would."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reports.upward_package import write_zip

Members = dict[str, bytes]


def members_of(path: Path) -> Members:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def relist(members: Members) -> Members:
    """The manifest's member list recomputed for the members as they are now."""
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = [
        {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in sorted(members.items())
        if name not in ("manifest.json", "manifest.sig")]
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                          separators=(",", ":")).encode()
    return members


def sign_with(members: Members, key: Ed25519PrivateKey) -> Members:
    members["manifest.sig"] = base64.b64encode(key.sign(members["manifest.json"])) + b"\n"
    return members


def rewrite(source: Path, target: Path, edit: Callable[[Members], Members]) -> Path:
    target.write_bytes(write_zip(list(edit(members_of(source)).items())))
    return target


def flip_byte(data: bytes, at: int | None = None) -> bytes:
    index = len(data) // 2 if at is None else at
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def raw_zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return out.getvalue()
