"""Settings of the issue ledger an administrator may change: scoring points and letters.

Each setting is one JSON row of issue_setting; a missing row means the shipped national
default. Points are Decimals kept as strings in the JSON, so nothing passes through float.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import office, records, validation
from models.auth import Actor, require
from models.errors import FieldError, FieldErrors
from models.issues.entities import IssueSetting

SCORING_KEY = "scoring"
LETTERS_KEY = "letters"


@dataclass(frozen=True)
class ScoringRules:
    """Points per assignment of a responding unit (量化考核). Negative points are deductions."""

    on_time: Decimal = Decimal("5")  # 按期办结
    late: Decimal = Decimal("-3")  # 逾期（办结或未结）
    per_day_overdue: Decimal = Decimal("-0.5")  # 每逾期一天
    overdue_day_cap: int = 30  # 逐日扣分最多计算的天数
    reopened: Decimal = Decimal("-2")  # 每次重新办理
    report_days: int = 3  # 交办后应在几天内报到
    report_late: Decimal = Decimal("-1")  # 逾期报到
    letter: Decimal = Decimal("-1")  # 每收到一份督办函/函告
    escalated: Decimal = Decimal("0")  # 本级未能解决而升级
    version: int = 0  # of the stored row; 0 while the defaults apply


LABELS = {"on_time": "按期办结", "late": "逾期", "per_day_overdue": "每逾期一天",
          "overdue_day_cap": "逐日扣分上限天数", "reopened": "重新办理",
          "report_days": "报到期限天数", "report_late": "逾期报到", "letter": "督办函",
          "escalated": "升级"}
WHOLE_NUMBERS = {"overdue_day_cap", "report_days"}


@dataclass(frozen=True)
class LetterSettings:
    prefix: str  # 机关代字 in the 文号: 兴文社区〔2026〕12号
    issuer_mark: str  # 发文机关标志 printed in red on top
    signature: str  # 发文机关署名 above the date
    version: int = 0


def _row(session: Session, key: str) -> IssueSetting | None:
    return session.execute(select(IssueSetting).where(IssueSetting.key == key)).scalar()


def _save(session: Session, actor: Actor, key: str, version: int, value: dict[str, Any]) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = _row(session, key)
    if row is None:
        records.create(session, actor, IssueSetting(key=key, value=text))
    else:
        records.update(session, actor, row, version, "考核与发文设置", {"value": text})


def scoring_rules(session: Session) -> ScoringRules:
    row = _row(session, SCORING_KEY)
    if row is None:
        return ScoringRules()
    stored = json.loads(row.value)
    values: dict[str, Any] = {f.name: (int(stored[f.name]) if f.name in WHOLE_NUMBERS
                       else Decimal(stored[f.name]))
              for f in dataclasses.fields(ScoringRules) if f.name in stored}
    return ScoringRules(**values, version=row.version)


def points_value(name: str, value: object) -> Decimal | int:
    """One scoring figure as typed ("5", "-0.5"): the service and the settings dialog."""
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise FieldError(name, "issue.bad_setting", label=LABELS[name]) from exc
    if not number.is_finite() or number.as_tuple().exponent < -2:  # type: ignore[operator]
        raise FieldError(name, "issue.bad_setting", label=LABELS[name])
    if name in WHOLE_NUMBERS:
        if number != number.to_integral_value() or number < 0:
            raise FieldError(name, "field.bad_number", label=LABELS[name])
        return int(number)
    return number


def set_scoring_rules(session: Session, actor: Actor, version: int,
                      values: dict[str, object]) -> ScoringRules:
    """Change some or all points (as typed: "5", "-0.5"); administrators only."""
    actor = require(session, actor, "admin")
    errors: list[FieldError] = []
    current = scoring_rules(session)
    merged: dict[str, Any] = {}
    for name in LABELS:
        try:
            merged[name] = points_value(name, values.get(name, getattr(current, name)))
        except FieldError as exc:
            errors.append(exc)
    if errors:
        raise FieldErrors(errors)
    _save(session, actor, SCORING_KEY, version, {k: str(v) for k, v in merged.items()})
    return scoring_rules(session)


def office_name(session: Session) -> str:
    return office.office_name(session) or "社区"


def letter_settings(session: Session) -> LetterSettings:
    row = _row(session, LETTERS_KEY)
    if row is None:
        name = office_name(session)
        return LetterSettings(prefix=name, issuer_mark=f"中共{name}综合委员会",
                              signature=f"中共{name}综合委员会")
    stored = json.loads(row.value)
    return LetterSettings(stored["prefix"], stored["issuer_mark"], stored["signature"],
                          row.version)


def letter_settings_fields(settings: LetterSettings) -> dict[str, str]:
    """The letterhead as typed, checked: the service and the settings dialog."""
    check = validation.Collector()
    values = {"prefix": check(validation.text, "prefix", "机关代字", settings.prefix,
                              required=True, limit=50),
              "issuer_mark": check(validation.text, "issuer_mark", "发文机关标志",
                                   settings.issuer_mark),
              "signature": check(validation.text, "signature", "发文机关署名",
                                 settings.signature)}
    check.done()
    return values


def set_letter_settings(session: Session, actor: Actor, settings: LetterSettings) -> None:
    actor = require(session, actor, "admin")
    _save(session, actor, LETTERS_KEY, settings.version, letter_settings_fields(settings))
