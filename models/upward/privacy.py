"""What personal data may not leave the community: ID-card numbers and phone numbers in
free text are masked before anything goes upward (a clerk may have typed them into a
problem's title); names of private persons go only where the setting allows."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def share_person_names(session: Session) -> bool:
    """The office's setting (default: no private person's name goes upward)."""
    value = session.execute(select(UpwardSetting.share_person_names)
                            .order_by(UpwardSetting.id).limit(1)).scalar()
    return bool(value)
