"""Claiming an item (认领): by the other side of the list, or by a person from the registry
(a volunteer team member or an in-service Party member; the volunteers ledger names them).

The side that put an item on the list cannot claim it (a unit does not claim its own
need); a person claimant is named from the registry or, failing that, typed in.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.registry.entities import Person
from models.services import lifecycle
from models.services.vocab import CLAIMANT_KINDS, SIDES, listing_side

messages.register({
    "services.claim_own_side": "该事项由{side}列出，应由对方认领。",
    "services.claimant_missing": "请选择认领的{kind}（从人员名册中选择或填写姓名）。",
})
PERSON_KINDS = ("volunteer", "party_member")


def claim_item(session: Session, actor: Actor, item_id: int, version: int, *,
               claimant_kind: str, on: dt.date, person_id: int | None = None,
               text: str = "") -> None:
    """The item is claimed on `on` by `claimant_kind` (and the person, for a person)."""
    require(session, actor, "clerk")
    item = lifecycle.load_item(session, item_id)
    lifecycle.check(session, item, "claim", actor)
    kind = validation.choice("claimant_kind", "认领方", claimant_kind, CLAIMANT_KINDS)
    on = validation.date("on", "认领日期", on, required=True)  # type: ignore[assignment]
    text = validation.text("claimant_text", "认领人", text, limit=100)
    lister = listing_side(item.kind, item.direction)
    if kind == lister:
        raise FieldError("claimant_kind", "services.claim_own_side", side=SIDES[lister])
    if kind in PERSON_KINDS:
        if person_id is not None:
            records.load(session, Person, person_id, "人员")
        elif not text:
            raise FieldError("claimant_text", "services.claimant_missing",
                             kind=CLAIMANT_KINDS[kind])
    else:
        person_id, text = None, ""
    lifecycle.apply(session, actor, item, version, "claim", on=on, values={
        "claimant_kind": kind, "claimant_person_id": person_id, "claimant_text": text,
        "claimed_on": on}, note=text)


def release_item(session: Session, actor: Actor, item_id: int, version: int, *,
                 reason: str, on: dt.date) -> None:
    """The claimant gives the item back before serving it; it is open to claim again."""
    item = lifecycle.load_item(session, item_id)
    reason = validation.text("reason", "退回原因", reason, required=True, limit=200)
    lifecycle.apply(session, actor, item, version, "release", on=on, note=reason, values={
        "claimant_kind": "", "claimant_person_id": None, "claimant_text": "",
        "claimed_on": None})


