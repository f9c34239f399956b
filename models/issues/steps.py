"""报到, 进展, 办结, 销号, 重新办理: each step is a date and a text, checked here once.

The services in models.issues.assignments and models.issues.resolution take the date and
the text under the keyword names below, and the step dialog names its fields the same, so
a refusal shows beside the right field; both run `step_fields` on what the clerk typed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import validation

TEXT_LIMIT = 2000


@dataclass(frozen=True)
class StepRule:
    date_field: str  # the service's keyword for the day
    date_label: str
    text_field: str  # the service's keyword for the text
    text_label: str
    text_required: bool


STEPS: dict[str, StepRule] = {
    "report": StepRule("reported_on", "报到日期", "note", "备注", False),
    "progress": StepRule("on", "进展日期", "text", "办理进展", True),
    "resolve": StepRule("resolved_on", "办结日期", "result", "办理结果", True),
    "close": StepRule("closed_on", "销号日期", "note", "销号意见", False),
    "reopen": StepRule("on", "重新办理日期", "reason", "重新办理理由", True),
}


def step_fields(action: str, day: dt.date | None, text: str,
                today: dt.date | None = None) -> tuple[dt.date, str]:
    """The step's day (required, not in the future) and text (within the limit)."""
    rule = STEPS[action]
    check = validation.Collector()
    checked_day = check(validation.past_date, rule.date_field, rule.date_label, day,
                        required=True, today=today)
    checked_text = check(validation.note, rule.text_field, rule.text_label, text,
                         required=rule.text_required, limit=TEXT_LIMIT)
    check.done()
    assert checked_day is not None
    return checked_day, checked_text
