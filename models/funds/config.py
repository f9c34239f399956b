"""The funds rules an administrator may change, kept in the fund_config table (row 1).

Defaults follow domain.md: retained Party dues may pay only for training members,
education materials and equipment, commending the outstanding, aid to members in
hardship and disaster relief; a spending above 5,000.00 yuan, and every spending of
retained dues, needs a recorded collective decision (a meeting).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import records, validation
from models.auth import Actor, require
from models.errors import FieldError
from models.funds.entities import FundConfig
from models.funds.money import format_fen, parse_amount
from models.messages import register

register({
    "funds.config_list_empty": "{label}至少要有一项。",
    "funds.config_uses_not_category": "党费允许用途“{use}”不在支出类别中，请先加入支出类别。",
})

CONFIG_ID = 1
DEFAULT_DUES_USES = ("培训党员", "订阅或购买党员教育材料和设备", "表彰先进", "慰问困难党员", "救灾")
DEFAULT_CATEGORIES = DEFAULT_DUES_USES + ("党建活动", "阵地建设", "办公用品", "其他")
DEFAULT_THRESHOLD_FEN = 500_000  # 5,000.00 yuan


@dataclass(frozen=True)
class FundSettings:
    version: int
    dues_uses: tuple[str, ...]
    categories: tuple[str, ...]
    decision_threshold_fen: int
    dues_need_decision: bool

    @property
    def threshold_text(self) -> str:
        return format_fen(self.decision_threshold_fen)


def default_row() -> dict[str, object]:
    """The seeded row, as the migration inserts it."""
    return {"id": CONFIG_ID, "version": 1, "updated_by": "",
            "dues_uses": json.dumps(list(DEFAULT_DUES_USES), ensure_ascii=False),
            "categories": json.dumps(list(DEFAULT_CATEGORIES), ensure_ascii=False),
            "decision_threshold": DEFAULT_THRESHOLD_FEN, "dues_need_decision": True}


def _row(session: Session) -> FundConfig:
    row = session.get(FundConfig, CONFIG_ID)
    if row is None:  # a database whose seed row was removed by hand: put the defaults back
        row = FundConfig(**default_row())
        session.add(row)
        session.flush()
    return row


def get_settings(session: Session) -> FundSettings:
    row = _row(session)
    return FundSettings(row.version, tuple(json.loads(row.dues_uses)),
                        tuple(json.loads(row.categories)), row.decision_threshold,
                        row.dues_need_decision)


def _clean_list(field: str, label: str, items: tuple[str, ...] | list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(validation.text(field, label, item, limit=50)
                                 for item in items if item.strip()))
    if not cleaned:
        raise FieldError(field, "funds.config_list_empty", label=label)
    return cleaned


def update_settings(session: Session, actor: Actor, expected_version: int, *,
                    dues_uses: tuple[str, ...] | list[str],
                    categories: tuple[str, ...] | list[str], decision_threshold: str | int,
                    dues_need_decision: bool) -> FundSettings:
    """Change the rules (administrators only). Entries already posted keep their text."""
    actor = require(session, actor, "admin")
    uses = _clean_list("dues_uses", "党费允许用途", dues_uses)
    kinds = _clean_list("categories", "支出类别", categories)
    for use in uses:
        if use not in kinds:
            raise FieldError("dues_uses", "funds.config_uses_not_category", use=use)
    threshold = (decision_threshold if isinstance(decision_threshold, int)
                 else parse_amount(decision_threshold, field="decision_threshold",
                                   label="需集体决策的金额"))
    if threshold < 0:
        raise FieldError("decision_threshold", "field.negative", label="需集体决策的金额")
    records.update(session, actor, _row(session), expected_version, "经费设置", {
        "dues_uses": json.dumps(uses, ensure_ascii=False),
        "categories": json.dumps(kinds, ensure_ascii=False),
        "decision_threshold": threshold, "dues_need_decision": dues_need_decision})
    return get_settings(session)
