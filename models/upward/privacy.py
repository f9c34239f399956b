"""What personal data may not leave the community: ID-card numbers and phone numbers in
free text are masked before anything goes upward (a clerk may have typed them into a
problem's title); names of private persons go only where the setting allows."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records
from models.auth import Actor, require
from models.elections.entities import BodyMember, Owner
from models.funds.entities import FundEntry
from models.issues.entities import Problem
from models.registry.entities import Person, ResidentUnit
from models.upward.entities import UpwardSetting

# 18-character ID numbers (also 15-digit old ones), mobiles, landlines with area code.
_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)|(?<!\d)\d{7,8}(?!\d)")
MASK = "＊＊＊"


def scrub(text: str) -> str:
    """`text` with every ID-card or phone number replaced by ＊＊＊."""
    for pattern in (_ID, _MOBILE, _LANDLINE):
        text = pattern.sub(MASK, text)
    return text


NAME_MASK = "＊＊"


def private_names(session: Session) -> set[str]:
    """Every name of a private person this database knows: residents, members of bodies,
    owners, reporters, units' contacts, approvers and donors. A free text that mentions
    one (a donation's summary "热心居民刘桂兰捐赠…") is masked before it goes upward."""
    names = set(session.scalars(select(Person.name)))
    for column in (BodyMember.name, Owner.name, Problem.reporter_name,
                   ResidentUnit.contact_name, FundEntry.approver):
        names |= set(session.scalars(select(column).distinct()))
    names |= set(session.scalars(select(FundEntry.counterparty).distinct().where(
        FundEntry.source == "donation")))
    return {name.strip() for name in names if name and len(name.strip()) >= 2}


class Scrubber:
    """Masks numbers always, and the names of private persons unless they may go up."""

    def __init__(self, names: set[str]) -> None:
        ordered = sorted(names, key=len, reverse=True)  # 欧阳秀英 before 欧阳
        self._names = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def __call__(self, text: str) -> str:
        text = scrub(text)
        return self._names.sub(NAME_MASK, text) if self._names else text


# The record fields that hold a private person's name, sent only when names are shared
# (optional in the schemas; tests/models/upward/test_district.py keeps the two in step).
PERSON_FIELDS = frozenset({"reporter", "approver"})


def scrubber(session: Session, share_names: bool) -> Scrubber:
    return Scrubber(set() if share_names else private_names(session))


def share_person_names(session: Session) -> bool:
    """The office's setting (default: no private person's name goes upward)."""
    value = session.execute(select(UpwardSetting.share_person_names)
                            .order_by(UpwardSetting.id).limit(1)).scalar()
    return bool(value)


def set_share_person_names(session: Session, actor: Actor, value: bool) -> None:
    """An administrator lets names of private persons go upward (or stops it again)."""
    actor = require(session, actor, "admin")
    row = session.execute(select(UpwardSetting).order_by(UpwardSetting.id).limit(1)).scalar()
    if row is None:
        records.create(session, actor, UpwardSetting(share_person_names=value))
    elif row.share_person_names != value:
        records.update(session, actor, row, row.version, "上报设置",
                       {"share_person_names": value})
