"""The office's Ed25519 signing key, and the communities' public keys at the street.

The key pair is made on the first export. The public half is a record (`upward_key`,
own=True, audited); the private half never enters the database: it is kept in the OS
keyring through models.secrets (32 bytes, base64: far below Windows' 2.5 KB limit), or,
where no keyring exists, in a file readable only by the OS user, with a warning said
aloud (`KeyStore.warning`). Rotating makes a new pair and retires the old row; both are in
the audit trail. The street registers a community's key file and shows its fingerprint,
which the community reads out or prints on its cover sheet.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records, secrets
from models.auth import Actor, require
from models.base import utcnow
from models.errors import UserError
from models.office import Office
from models.paths import data_dir
from models.registry.entities import Street
from models.upward.entities import UpwardKey
from models.upward.strict_json import canonical, loads_strict

if TYPE_CHECKING:  # cryptography is loaded when a key is used, not at start-up (the to-do
    # list reads the registered keys on the home page)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

KEY_FILE_FORMAT = "gongjian-upward-key"


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, first 16 bytes, in groups to read aloud."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def generate() -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric import ed25519  # noqa: PLC0415 (see above)

    return ed25519.Ed25519PrivateKey.generate()


def _private(raw: bytes) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric import ed25519  # noqa: PLC0415

    return ed25519.Ed25519PrivateKey.from_private_bytes(raw)


def _public(raw: bytes) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric import ed25519  # noqa: PLC0415

    return ed25519.Ed25519PublicKey.from_public_bytes(raw)


def public_raw(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import (  # noqa: PLC0415
        Encoding,
        PublicFormat,
    )

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


class KeyStore:
    """Where private keys live: the OS keyring, or a user-only folder (`folder`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.warning = ""
        if folder is None and not secrets.keyring_available()[0]:
            self.folder = data_dir() / "keys"
            self.warning = ("本机没有可用的系统密钥环，签名私钥保存在仅当前用户可读的文件中："
                            f"{self.folder}。请勿复制或共享该文件夹。")

    @staticmethod
    def _name(print_: str) -> str:
        return "upward-key-" + print_.replace(" ", "")

    def save(self, print_: str, key: Ed25519PrivateKey) -> None:
        value = _b64(key.private_bytes_raw())
        if self.folder is None:
            secrets.set_secret(self._name(print_), value)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self._name(print_)}.key"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(value)

    def load(self, print_: str) -> Ed25519PrivateKey:
        if self.folder is None:
            value = secrets.get_secret(self._name(print_))
        else:
            path = self.folder / f"{self._name(print_)}.key"
            value = path.read_text(encoding="ascii") if path.exists() else None
        if not value:
            raise UserError("upward.no_private_key", fingerprint=print_)
        return _private(base64.b64decode(value))


@dataclass(frozen=True)
class KeyInfo:
    office_code: str
    office_name: str
    street_name: str
    public_key: str
    fingerprint: str


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    level: str
    street_code: str
    street_name: str


def office_info(session: Session) -> OfficeInfo:
    office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar()
    if office is None or not office.code.strip():
        raise UserError("upward.no_office_code")
    street = session.get(Street, office.street_id) if office.street_id else None
    return OfficeInfo(office.code.strip(), office.name, office.level,
                      street.code if street else "", street.name if street else "")


def _info(row: UpwardKey) -> KeyInfo:
    return KeyInfo(row.office_code, row.office_name, row.street_name, row.public_key,
                   row.fingerprint)


def current_own_key(session: Session) -> KeyInfo | None:
    row = session.execute(select(UpwardKey).where(UpwardKey.own.is_(True),
                                                  UpwardKey.active.is_(True))
                          .order_by(UpwardKey.id.desc()).limit(1)).scalar()
    return _info(row) if row else None


def own_key(session: Session, actor: Actor, store: KeyStore) -> KeyInfo:
    """The office's current key, made (and its private half stored) on first use."""
    found = current_own_key(session)
    return found if found is not None else _make_key(session, actor, store, "首次上报时生成")


def _make_key(session: Session, actor: Actor, store: KeyStore, note: str) -> KeyInfo:
    office = office_info(session)
    key = generate()
    print_ = fingerprint(public_raw(key))
    store.save(print_, key)
    row = records.create(session, actor, UpwardKey(
        office_code=office.code, office_name=office.name, street_name=office.street_name,
        public_key=_b64(public_raw(key)), fingerprint=print_, own=True, active=True, note=note))
    return _info(row)


def rotate_key(session: Session, actor: Actor, store: KeyStore, reason: str) -> KeyInfo:
    """A new key pair; the old one is retired (kept, so old receipts still verify)."""
    actor = require(session, actor, "admin")
    for row in session.scalars(select(UpwardKey).where(UpwardKey.own.is_(True),
                                                       UpwardKey.active.is_(True))):
        records.update(session, actor, row, row.version, "签名密钥",
                       {"active": False, "retired_at": utcnow()})
    return _make_key(session, actor, store, f"更换密钥：{reason.strip()}"[:200])


def key_file(info: KeyInfo) -> bytes:
    """The public key file a community hands to its street."""
    return canonical({"format": KEY_FILE_FORMAT, "office_code": info.office_code,
                      "office_name": info.office_name, "street_name": info.street_name,
                      "public_key": info.public_key, "fingerprint": info.fingerprint})


@dataclass(frozen=True)
class Registered:
    info: KeyInfo
    replaced: str | None  # the fingerprint it replaced (a rotation), if any
    unchanged: bool


def read_key_file(data: bytes) -> KeyInfo:
    doc = loads_strict(data, "密钥文件")
    try:
        if doc["format"] != KEY_FILE_FORMAT:
            raise KeyError("format")
        raw = base64.b64decode(doc["public_key"], validate=True)
        _public(raw)
        info = KeyInfo(str(doc["office_code"]), str(doc["office_name"]),
                       str(doc.get("street_name", "")), doc["public_key"], fingerprint(raw))
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError("upward.bad_key_file") from exc
    if not info.office_code.strip() or doc.get("fingerprint") not in (None, info.fingerprint):
        raise UserError("upward.bad_key_file")
    return info


def register_key(session: Session, actor: Actor, data: bytes) -> Registered:
    """The street registers (or, for a new fingerprint, rotates) a community's key; a
    community registers its street's key the same way, to verify the street's receipts."""
    actor = require(session, actor, "admin")
    info = read_key_file(data)
    _refuse_other_street(session, info)
    current = peer_key_row(session, info.office_code)
    if current is not None and current.fingerprint == info.fingerprint:
        return Registered(info, None, unchanged=True)
    if current is not None:
        records.update(session, actor, current, current.version, "签名密钥",
                       {"active": False, "retired_at": utcnow()})
    records.create(session, actor, UpwardKey(
        office_code=info.office_code, office_name=info.office_name,
        street_name=info.street_name, public_key=info.public_key,
        fingerprint=info.fingerprint, own=False, active=True,
        note=f"更换密钥，原指纹 {current.fingerprint}" if current else "登记"))
    return Registered(info, current.fingerprint if current else None, unchanged=False)


def _refuse_other_street(session: Session, info: KeyInfo) -> None:
    """Never the office's own key file; at a community whose street has a code, only that
    street's key."""
    office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar()
    if office is not None and office.code and office.code.strip() == info.office_code.strip():
        raise UserError("upward.own_key_file")
    if office is None or office.level == "street" or office.street_id is None:
        return
    street = session.get(Street, office.street_id)
    code = street.code.strip() if street is not None and street.code else ""
    if code and code != info.office_code.strip():
        raise UserError("upward.not_street_key", name=info.office_name, key_code=info.office_code,
                        street_code=code)


def peer_key_row(session: Session, office_code: str) -> UpwardKey | None:
    return session.execute(select(UpwardKey).where(
        UpwardKey.own.is_(False), UpwardKey.active.is_(True),
        UpwardKey.office_code == office_code)).scalar()


def peers(session: Session, *, below_only: bool = True) -> list[KeyInfo]:
    """The offices registered here (their current keys), by code: by default only those
    below (a street's communities), not the office above whose key verifies the receipts
    it sends back (a street registers its district's key too)."""
    found = [_info(row) for row in session.scalars(
        select(UpwardKey).where(UpwardKey.own.is_(False), UpwardKey.active.is_(True))
        .order_by(UpwardKey.office_code))]
    if not below_only:
        return found
    office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar()
    own = office.code.strip() if office is not None and office.code else ""
    return [peer for peer in found if not is_above(own, peer.office_code)]


def is_above(own_code: str, peer_code: str) -> bool:
    """Division codes (统计用区划代码) nest: a district 511902, its street 511902003, a
    community 511902003005; in the 12-digit form the upper levels end in zeros
    (511902000000, 511902003000). An office whose significant digits begin another's is
    above it."""
    own, peer = _significant(own_code), _significant(peer_code)
    return bool(own and peer) and own != peer and own.startswith(peer)


def _significant(code: str) -> str:
    """A 12-digit code without its trailing all-zero levels (community, street, county,
    city); other codes as written."""
    code = code.strip()
    if len(code) == 12 and code.isdigit():
        for cut in (9, 6, 4, 2):
            if code[cut:].strip("0"):
                break
            code = code[:cut]
    return code


def sign(store: KeyStore, print_: str, data: bytes) -> bytes:
    return store.load(print_).sign(data)


def verify(public_key: str, data: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415

    try:
        _public(base64.b64decode(public_key)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def dumps_pretty(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
