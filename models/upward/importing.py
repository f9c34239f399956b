"""The street's import: verify, stage, preview, then commit all or nothing.

`stage` only reads: the zip's directory passes models.upward.ziplimits, manifest.json is
strict JSON and matches its schema, the office is registered here and its key signed the
manifest, the members are exactly those listed with the listed SHA-256 and size, every
data member is strict JSON matching its module's schema, and the sequence is acceptable.
Each refusal is a UserError with its own Chinese message, raised before anything is
written. The result says whether the package is new, the same one again (nothing will
change), or a newer revision of an accepted one (with the field-by-field differences).

`accept` / `return_package` then write it in the caller's unit of work, re-checking the
sequence, so two clerks importing at once cannot both win.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import UserError
from models.office import OFFICE_LEVELS, RECEIVES, Office
from models.registry.entities import Street
from models.upward import keys
from models.upward.entities import UpwardData, UpwardPackage
from models.upward.modules import by_name
from models.upward.period import Period, parse_period
from models.upward.strict_json import loads_member, loads_strict
from models.upward.ziplimits import DEFAULT_LIMITS, Limits, open_checked, read_member

if TYPE_CHECKING:  # the differences (and their Chinese labels) only for a re-sent package
    from models.upward.diff import Change

MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_MANIFEST = 1024 * 1024
STATUS = {"accepted": "已接收", "returned": "已退回", "superseded": "已被更正版本替代"}


@dataclass(frozen=True)
class Staged:
    sha256: str
    manifest: dict[str, Any]
    manifest_text: str
    raw: dict[str, str]  # each module's member as it arrived (checked, signed, stored as is)
    office_code: str
    office_name: str
    period: Period
    sequence: int
    fingerprint: str
    state: str  # new | same | newer
    previous_id: int | None  # the accepted package it supersedes
    existing_id: int | None  # the same package, already here
    changes: tuple[Change, ...]

    @property
    def unchanged(self) -> bool:
        return self.state == "same"

    @cached_property
    def datas(self) -> dict[str, dict[str, Any]]:
        """Each module's document, parsed when first asked for (the differences of a
        re-sent package); accepting a new one needs only the checked text."""
        return {module: loads_member(text.encode("utf-8"), f"data/{module}.json")
                for module, text in self.raw.items()}


def _require_receiver(session: Session) -> Office:
    """This office, if it receives packages: a street (from its communities) or a
    district (from its streets)."""
    office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar()
    if office is None or office.level not in RECEIVES:
        level = OFFICE_LEVELS.get(office.level, office.level) if office else "未设置"
        raise UserError("upward.not_street", level=level)
    return office


def _check_sender_level(receiver: Office, manifest: dict[str, Any]) -> None:
    sender = manifest["office"]["level"]
    if sender != RECEIVES[receiver.level]:
        raise UserError("upward.wrong_level", name=manifest["office"]["name"],
                        sender=OFFICE_LEVELS.get(sender, sender),
                        receiver=OFFICE_LEVELS[receiver.level],
                        expected=OFFICE_LEVELS[RECEIVES[receiver.level]])


def stage_file(session: Session, path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Staged:
    with Path(path).open("rb") as file:
        return stage(session, file, Path(path).name, limits)


def stage_bytes(session: Session, data: bytes, name: str = "数据包",
                limits: Limits = DEFAULT_LIMITS) -> Staged:
    return stage(session, io.BytesIO(data), name, limits)


def _file_sha256(file: BinaryIO) -> str:
    file.seek(0)
    digest = hashlib.sha256()
    while chunk := file.read(1024 * 1024):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def stage(session: Session, file: BinaryIO, name: str, limits: Limits = DEFAULT_LIMITS) -> Staged:
    """Everything checked, nothing written (see the module docstring)."""
    from models.upward import schemas  # noqa: PLC0415 (jsonschema: not at start-up)

    receiver = _require_receiver(session)
    with open_checked(file, name, limits) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        manifest_raw, signature = _manifest_parts(archive, infos)
        manifest = loads_strict(manifest_raw, MANIFEST)
        _refuse_hidden(MANIFEST, manifest)  # its names are shown, in refusals too
        schemas.check("manifest", manifest, MANIFEST)
        key = _verify_signature(session, manifest, manifest_raw, signature)
        _check_sender_level(receiver, manifest)
        _check_street(session, receiver, manifest)
        raw = _read_members(archive, infos, manifest)
    sha256 = _file_sha256(file)
    period = _period(manifest)
    return _sequence(session, Staged(
        sha256=sha256, manifest=manifest, manifest_text=manifest_raw.decode("utf-8"),
        raw=raw, office_code=key.office_code, office_name=key.office_name,
        period=period, sequence=manifest["sequence"], fingerprint=key.fingerprint,
        state="new", previous_id=None, existing_id=None, changes=()))


def _manifest_parts(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]
                    ) -> tuple[bytes, bytes]:
    if MANIFEST not in infos or SIGNATURE not in infos:
        raise UserError("upward.no_manifest")
    if infos[MANIFEST].file_size > MAX_MANIFEST or infos[SIGNATURE].file_size > 1024:
        raise UserError("upward.member_too_large", member=MANIFEST,
                        size=infos[MANIFEST].file_size)
    manifest, _, _ = read_member(archive, infos[MANIFEST], keep=True)
    signature, _, _ = read_member(archive, infos[SIGNATURE], keep=True)
    return manifest or b"", signature or b""


def _verify_signature(session: Session, manifest: dict[str, Any], raw: bytes,
                      signature_b64: bytes) -> keys.KeyInfo:
    office = manifest["office"]
    row = keys.peer_key_row(session, office["code"])
    if row is None:
        raise UserError("upward.unknown_office", name=office["name"],
                        office_code=office["code"])
    try:
        signature = base64.b64decode(signature_b64.strip(), validate=True)
    except ValueError:
        signature = b""
    if not keys.verify(row.public_key, raw, signature):
        raise UserError("upward.bad_signature", name=row.office_name,
                        fingerprint=row.fingerprint)
    return keys.KeyInfo(row.office_code, row.office_name, row.street_name, row.public_key,
                        row.fingerprint)


def _check_street(session: Session, street: Office, manifest: dict[str, Any]) -> None:
    ours = session.get(Street, street.street_id) if street.street_id else None
    theirs = manifest["street"]["code"]
    if ours is not None and ours.code and theirs and theirs != ours.code:
        raise UserError("upward.wrong_street", street=manifest["street"]["name"])


def _read_members(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
                  manifest: dict[str, Any]) -> dict[str, str]:
    """Every listed member's size and SHA-256 checked; each data member's text, checked."""
    listed = {m["name"]: m for m in manifest["members"]}
    present = set(infos) - {MANIFEST, SIGNATURE}
    for member in sorted(present - set(listed)):
        raise UserError("upward.extra_member", member=member)
    for member in sorted(set(listed) - present):
        raise UserError("upward.missing_member", member=member)
    from models.upward import schemas  # noqa: PLC0415

    modules = by_name()
    for module in manifest["modules"]:
        if module not in modules or not schemas.schema_exists(module):
            raise UserError("upward.unknown_module", module=module)
        if f"data/{module}.json" not in listed:
            raise UserError("upward.missing_member", member=f"data/{module}.json")
    raw: dict[str, str] = {}
    for member, entry in sorted(listed.items()):
        is_data = member.startswith("data/")
        body, digest, size = read_member(archive, infos[member], keep=is_data)
        if size != entry["size"]:
            raise UserError("upward.size_mismatch", member=member)
        if digest != entry["sha256"]:
            raise UserError("upward.hash_mismatch", member=member)
        if is_data:
            module = member.removeprefix("data/").removesuffix(".json")
            if module not in manifest["modules"]:
                raise UserError("upward.unknown_module", module=module)
            _check_data(module, member, body or b"", manifest["period"]["value"])
            raw[module] = (body or b"").decode("utf-8")
    return raw


def _check_data(module: str, member: str, body: bytes, period: str) -> None:
    """Strict JSON its module's schema accepts, for the period of the manifest, with no
    hidden characters. The typed decoder (models.upward.typed_check) says yes in one pass
    for what the exporter writes; anything else goes the slow way, which says why not."""
    from models.upward import schemas, typed_check  # noqa: PLC0415 (not at start-up)

    document = typed_check.decode(module, body)
    parsed = None
    if document is not None:
        stated = document.period
    else:
        parsed = loads_member(body, member)
        schemas.check(module, parsed, member)
        stated = parsed["period"]
    if validation.unsafe_in_utf8(body):  # stored as it came: no hidden text
        validation.safe_characters("body", member, body.decode("utf-8"), multiline=True)
    if _ESCAPE.search(body):  # ...nor hidden behind an escape such as \u202e
        _refuse_hidden(member, parsed if parsed is not None else loads_member(body, member))
    if stated != period:
        raise UserError("upward.schema", member=member, detail="期间与清单不一致")


# An escape that can stand for a character no field may hold (\u..., \b, \f): what it
# stands for is not in the bytes `unsafe_in_utf8` looks at. The exporter writes none of
# them except for such characters, so a genuine package is never walked.
_ESCAPE = re.compile(rb"\\[ubf]")


def _refuse_hidden(member: str, document: Any) -> None:
    """Every string of `document`, keys too, free of the characters no field may hold."""
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            validation.safe_characters("body", f"{member} {path}", value, multiline=True)
        elif isinstance(value, dict):
            for key, item in value.items():
                validation.safe_characters("body", f"{member} {path}", key, multiline=True)
                stack.append((f"{path}/{key}", item))
        elif isinstance(value, list):
            stack.extend((f"{path}/{index}", item) for index, item in enumerate(value))


def _period(manifest: dict[str, Any]) -> Period:
    period = parse_period(manifest["period"]["value"])
    stated = manifest["period"]
    if (period.kind != stated["type"] or period.start.isoformat() != stated["start"]
            or period.end.isoformat() != stated["end"]):
        raise UserError("upward.schema", member=MANIFEST, detail="期间的类型或起止日期不一致")
    return period


def _rows(session: Session, code: str, period: str) -> list[UpwardPackage]:
    return list(session.scalars(select(UpwardPackage).where(
        UpwardPackage.office_code == code, UpwardPackage.period == period)
        .order_by(UpwardPackage.sequence)))


def _sequence(session: Session, staged: Staged, *, diff: bool = True,
              rows: list[UpwardPackage] | None = None) -> Staged:
    if rows is None:
        rows = _rows(session, staged.office_code, staged.period.text)
    same = next((r for r in rows if r.package_sha256 == staged.sha256), None)
    if same is not None and same.sequence == rows[-1].sequence:
        return _replace(staged, state="same", existing_id=same.id)
    if rows:  # an identical but superseded package is a replay: refused as older
        highest = rows[-1].sequence
        if staged.sequence < highest:
            raise UserError("upward.older_sequence", name=staged.office_name,
                            period=staged.period.label, sequence=staged.sequence,
                            accepted=highest)
        if staged.sequence == highest:
            raise UserError("upward.sequence_conflict", name=staged.office_name,
                            period=staged.period.label, sequence=staged.sequence)
    accepted = _last_counted(session, rows)
    if accepted is None or not diff:
        return _replace(staged, previous_id=accepted.id if accepted else None)
    from models.upward.diff import package_changes  # noqa: PLC0415 (see above)

    old = package_data(session, accepted.id)
    return _replace(staged, state="newer", previous_id=accepted.id,
                    changes=tuple(package_changes(old, staged.datas)))


def _last_counted(session: Session, rows: list[UpwardPackage]) -> UpwardPackage | None:
    """The revision a newer one supersedes: the last accepted, or the last returned after
    it had been accepted (it kept its data, so the clerk sees what the correction changed)."""
    with_data = set(session.scalars(select(UpwardData.package_id).where(
        UpwardData.package_id.in_([r.id for r in rows])).distinct())) if rows else set()
    return next((r for r in reversed(rows) if r.status == "accepted"
                 or (r.status == "returned" and r.id in with_data)), None)


def _replace(staged: Staged, **changes: Any) -> Staged:
    return replace(staged, **changes)


def package_data(session: Session, package_id: int) -> dict[str, dict[str, Any]]:
    return {module: loads_strict(body.encode("utf-8"), f"data/{module}.json")
            for module, body in session.execute(
                select(UpwardData.module, UpwardData.body)
                .where(UpwardData.package_id == package_id))}


def _write(session: Session, actor: Actor, staged: Staged, *, status: str, comment: str,
           today: dt.date) -> int:
    rows = _rows(session, staged.office_code, staged.period.text)
    fresh = _sequence(session, staged, diff=False, rows=rows)  # again, in this unit of work
    if fresh.unchanged:
        return fresh.existing_id or 0
    if fresh.previous_id is not None and status == "accepted":
        previous = next(r for r in rows if r.id == fresh.previous_id)
        records.update(session, actor, previous, previous.version, "上报数据包",
                       {"status": "superseded"})
    first = min((r.received_on for r in rows), default=today)
    # Core inserts with one batch of audit entries each (records.create_many), not the
    # ORM's unit of work: a package is written in a few statements. The data's text was
    # checked for unsafe characters by `stage`, on its bytes.
    [package_id] = records.create_many(session, actor, UpwardPackage, [{
        "package_sha256": staged.sha256, "office_code": staged.office_code,
        "office_name": staged.office_name, "period": staged.period.text,
        "period_kind": staged.period.kind, "sequence": staged.sequence,
        "fingerprint": staged.fingerprint, "manifest": staged.manifest_text,
        "status": status, "received_on": today, "late": min(first, today) > staged.period.due,
        "comment": comment, "decided_by": actor.display_name}])
    if status == "accepted":
        records.create_many(session, actor, UpwardData, [
            {"package_id": package_id, "module": module, "body": staged.raw[module]}
            for module in sorted(staged.raw)], checked=frozenset({"body"}))
    return package_id


def accept(session: Session, actor: Actor, staged: Staged, *, comment: str = "",
           today: dt.date | None = None) -> int:
    """Accept the staged package (superseding the last accepted revision); the same
    package again changes nothing and returns the existing id."""
    actor = require(session, actor, "clerk")
    _require_receiver(session)
    return _write(session, actor, staged, status="accepted", comment=comment.strip(),
                  today=today or dt.date.today())


def return_package(session: Session, actor: Actor, staged: Staged, comment: str, *,
                   today: dt.date | None = None) -> int:
    """退回: recorded with the clerk's comment; its figures do not count."""
    actor = require(session, actor, "clerk")
    _require_receiver(session)
    if not comment.strip():
        raise UserError("upward.return_needs_comment")
    return _write(session, actor, staged, status="returned", comment=comment.strip(),
                  today=today or dt.date.today())


def return_accepted(session: Session, actor: Actor, package_id: int, version: int,
                    comment: str) -> None:
    """退回 a package already accepted: its figures stop counting and the completeness grid
    shows it returned, until the community's re-sent revision supersedes it. Audited like
    every write; the comment is required, as for a return at import."""
    actor = require(session, actor, "clerk")
    _require_receiver(session)
    if not comment.strip():
        raise UserError("upward.return_needs_comment")
    package = records.load(session, UpwardPackage, package_id, "上报数据包")
    if package.status != "accepted":
        raise UserError("upward.return_not_accepted", name=package.office_name,
                        status=STATUS[package.status])
    records.update(session, actor, package, version, "上报数据包",
                   {"status": "returned", "comment": comment.strip(),
                    "decided_by": actor.display_name})
