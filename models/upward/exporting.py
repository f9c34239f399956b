"""What a package holds, decided in one unit of work: each module's data for the period,
the office's key, and the sequence number.

The sequence counts per period. Exporting data that has not changed since the last
package of the period reuses that package's sequence, creation time and audit head, so
the same data gives the same bytes (the zip is deterministic, the Ed25519 signature too)
and the street sees the same package again, which changes nothing. Changed data gets the
next sequence and names the one it supersedes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records
from models.audit import GENESIS
from models.auth import Actor, require
from models.base import utcnow
from models.upward import keys
from models.upward.entities import UpwardExport
from models.upward.modules import ExportContext, RecordIds, providers
from models.upward.period import Period
from models.upward.privacy import scrubber, share_person_names
from models.upward.street import passed_on
from models.upward.strict_json import canonical
from models.users_entities import AuditEntry
from models.version import __version__

FORMAT = "gongjian-upward"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ExportPlan:
    header: dict[str, Any]  # the manifest without its member list
    datas: dict[str, dict[str, Any]]  # module name -> data
    labels: dict[str, str]  # module name -> 问题台账 …
    fingerprint: str
    reused: bool  # unchanged since the last package of the period


def audit_head(session: Session) -> str:
    head = session.execute(select(AuditEntry.row_hash).order_by(AuditEntry.id.desc())
                           .limit(1)).scalar()
    return head or GENESIS


def plan_export(session: Session, actor: Actor, period: Period, store: keys.KeyStore, *,
                now: dt.datetime | None = None) -> ExportPlan:
    actor = require(session, actor, "clerk")
    office = keys.office_info(session)
    head = audit_head(session)
    share = share_person_names(session)
    ctx = ExportContext(RecordIds(session), share, scrubber(session, share))
    modules = providers()
    if office.level == "street":  # passing its communities' figures on to the district
        datas = passed_on(session, period, share)
        modules = [m for m in modules if m.NAME in datas]
    else:
        datas = {m.NAME: m.export(session, period, ctx) for m in modules}
    digest = hashlib.sha256(canonical({"share_person_names": ctx.share_person_names,
                                       "data": datas})).hexdigest()
    key = keys.own_key(session, actor, store)
    last = session.execute(select(UpwardExport).where(UpwardExport.period == period.text)
                           .order_by(UpwardExport.sequence.desc()).limit(1)).scalar()
    reused = last is not None and last.digest == digest and last.fingerprint == key.fingerprint
    if last is not None and reused:
        sequence, created, head = last.sequence, last.created, last.audit_head
    else:
        sequence = (last.sequence if last else 0) + 1
        created = (now or utcnow()).replace(microsecond=0).isoformat() + "Z"
        records.create(session, actor, UpwardExport(
            period=period.text, sequence=sequence, digest=digest, created=created,
            audit_head=head, fingerprint=key.fingerprint))
    header = {
        "format": FORMAT, "schema_version": SCHEMA_VERSION,
        "office": {"code": office.code, "name": office.name, "level": office.level},
        "street": {"code": office.street_code, "name": office.street_name},
        "period": {"type": period.kind, "value": period.text,
                   "start": period.start.isoformat(), "end": period.end.isoformat()},
        "sequence": sequence, "supersedes": sequence - 1 if sequence > 1 else None,
        "created_at": created, "app_version": __version__, "audit_head": head,
        "key_fingerprint": key.fingerprint, "share_person_names": ctx.share_person_names,
        "modules": [m.NAME for m in modules],
    }
    return ExportPlan(header, datas, {m.NAME: m.LABEL for m in modules}, key.fingerprint,
                      reused)
