"""Reporting periods of an upward package: a month (2026-11), a quarter (2026-Q3) or a year
(2026), with their first and last day and the day a package for them is due."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from models.errors import UserError

PERIOD_TYPES = {"month": "月报", "quarter": "季报", "year": "年报"}
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_YEAR = re.compile(r"(\d{4})")
DUE_DAYS = 10  # a package is due this many days after its period ends


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    kind: str  # month | quarter | year
    text: str  # 2026-11, 2026-Q3, 2026

    @property
    def due(self) -> dt.date:
        return self.end + dt.timedelta(days=DUE_DAYS)

    @property
    def label(self) -> str:
        """For the clerk: 2026年第3季度, 2026年11月, 2026年度."""
        year = self.start.year
        if self.kind == "quarter":
            return f"{year}年第{(self.start.month - 1) // 3 + 1}季度"
        if self.kind == "month":
            return f"{year}年{self.start.month}月"
        return f"{year}年度"


def parse_period(text: str) -> Period:
    """2026-Q3, 2026-11 or 2026; anything else is refused with the three forms named."""
    value = text.strip().upper()
    if match := _QUARTER.fullmatch(value):
        year, quarter = int(match[1]), int(match[2])
        first = dt.date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
        return Period(first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1]),
                      "quarter", f"{year}-Q{quarter}")
    if (match := _MONTH.fullmatch(value)) and 1 <= int(match[2]) <= 12:
        year, month = int(match[1]), int(match[2])
        return Period(dt.date(year, month, 1),
                      dt.date(year, month, calendar.monthrange(year, month)[1]),
                      "month", f"{year}-{month:02d}")
    if (match := _YEAR.fullmatch(value)) and int(match[1]) >= 1900:
        year = int(match[1])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year))
    raise UserError("upward.bad_period", text=text)


def periods_of_year(year: int, kind: str) -> list[Period]:
    """Every period of `kind` in `year`, in order (the columns of the completeness grid)."""
    if kind == "quarter":
        return [parse_period(f"{year}-Q{q}") for q in range(1, 5)]
    if kind == "month":
        return [parse_period(f"{year}-{m:02d}") for m in range(1, 13)]
    return [parse_period(str(year))]
