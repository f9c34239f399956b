"""The election rules an administrator sets for the province, over the national defaults.

Provinces set their own periods (a notice 15 days before the meeting nationally, longer in
some regulations), body sizes and terms; and a compound's rules decide whether parking
spaces (车位) vote as exclusive units. Without a saved row the national defaults of
`rules.DEFAULTS` apply and parking spaces do not vote (SPC interpretation art. 8 counts the
area of 专有部分 — houses and shops —; a space counts only where the rules say so).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records
from models.auth import Actor, require
from models.elections.entities import ElectionConfig
from models.elections.rules import DEFAULTS
from models.errors import UserError

messages.register({
    "election_config.range": "“{label}”应为 {low} 到 {high} 之间的整数，现为“{value}”。",
    "election_config.members": "成员人数下限（{low}）不能大于上限（{high}）。",
})

# Each setting: its label and the range an administrator may choose from.
LIMITS: Mapping[str, tuple[str, int, int]] = {
    "notice_days": ("会议公告至少提前天数", 1, 90),
    "first_meeting_days": ("选举后召开首次会议期限（天）", 1, 60),
    "filing_days": ("选举后备案期限（天）", 1, 90),
    "change_report_days": ("成员变更后报告期限（天）", 1, 90),
    "min_members": ("业委会成员人数下限", 3, 21),
    "max_members": ("业委会成员人数上限", 3, 21),
    "max_term_years": ("业委会任期上限（年）", 1, 10),
    "parking_votes": ("车位作为专有部分参加表决（1 是，0 否）", 0, 1),
}
NATIONAL: Mapping[str, int] = {**DEFAULTS, "parking_votes": 0}


@dataclass(frozen=True)
class ElectionSettings:
    values: Mapping[str, int]
    version: int | None  # None: no row yet, the national defaults

    @property
    def parking_votes(self) -> bool:
        return bool(self.values["parking_votes"])


def _row(session: Session) -> ElectionConfig | None:
    return session.scalars(select(ElectionConfig).order_by(ElectionConfig.id).limit(1)).first()


def election_settings(session: Session) -> ElectionSettings:
    """The settings in force: the saved values over the national defaults. A damaged row
    (not JSON, a value out of range) falls back to the default for what is damaged."""
    row = _row(session)
    saved: dict[str, object] = {}
    if row is not None:
        try:
            loaded = json.loads(row.values)
            saved = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            saved = {}
    values = {key: _valid_or(key, saved.get(key), default) for key, default in NATIONAL.items()}
    return ElectionSettings(values, row.version if row is not None else None)


def _valid_or(key: str, value: object, default: int) -> int:
    _label, low, high = LIMITS[key]
    return value if isinstance(value, int) and not isinstance(value, bool) and \
        low <= value <= high else default


def check_values(values: Mapping[str, object]) -> dict[str, int]:
    clean: dict[str, int] = {}
    for key, (label, low, high) in LIMITS.items():
        value = values.get(key, NATIONAL[key])
        try:
            number = int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high or str(value).strip() != str(number):
            raise UserError("election_config.range", label=label, low=low, high=high,
                            value=value)
        clean[key] = number
    if clean["min_members"] > clean["max_members"]:
        raise UserError("election_config.members", low=clean["min_members"],
                        high=clean["max_members"])
    return clean


def save_settings(session: Session, actor: Actor, values: Mapping[str, object],
                  version: int | None) -> ElectionSettings:
    """An administrator's provincial settings; `version` is what the form was based on."""
    actor = require(session, actor, "admin")
    clean = check_values(values)
    text = json.dumps(clean, sort_keys=True)
    row = _row(session)
    if row is None:
        records.create(session, actor, ElectionConfig(values=text))
    else:
        records.update(session, actor, row, version if version is not None else row.version,
                       "选举规则设置", {"values": text})
    return election_settings(session)
