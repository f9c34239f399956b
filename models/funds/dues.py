"""Party dues calculator (党费计算): monthly dues from monthly after-tax pay or pension.

Rates (domain.md, as the 2008 Party dues rules set them), applied to the WHOLE base,
not in marginal slices like income tax, with each upper bound included in its tier:
- working members, monthly after-tax pay: up to and including 3,000.00 yuan 0.5%;
  above 3,000.00 up to 5,000.00 1%; above 5,000.00 up to 10,000.00 1.5%; above 10,000.00 2%;
- retired members, monthly pension: up to and including 5,000.00 0.5%; above it 1%;
- students, the unemployed and members on relief: a fixed 0.20 yuan a month.
So 3,000.00 pays 15.00 and 3,000.01 pays 30.00: the step is the rule's, not a bug.
The result is rounded half up to the fen (Decimal arithmetic, never float).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from models.funds.money import format_fen, parse_amount

STATUSES = {"employed": "在职", "retired": "离退休", "student": "学生", "unemployed": "失业",
            "relief": "领取生活补助"}
FIXED_STATUSES = frozenset({"student", "unemployed", "relief"})
FIXED_DUES_FEN = 20
# (upper bound in fen, inclusive, or None for no bound; rate)
EMPLOYED_TIERS: tuple[tuple[int | None, Decimal], ...] = (
    (300_000, Decimal("0.005")), (500_000, Decimal("0.01")), (1_000_000, Decimal("0.015")),
    (None, Decimal("0.02")))
RETIRED_TIERS: tuple[tuple[int | None, Decimal], ...] = (
    (500_000, Decimal("0.005")), (None, Decimal("0.01")))


@dataclass(frozen=True)
class DuesResult:
    status: str
    base_fen: int
    rate: Decimal | None  # None: the fixed amount
    dues_fen: int

    @property
    def rate_text(self) -> str:
        """"1.5%", or "定额" for the fixed amount."""
        if self.rate is None:
            return "定额"
        return f"{(self.rate * 100).normalize():f}%"

    @property
    def dues_text(self) -> str:
        return format_fen(self.dues_fen)

    @property
    def explanation(self) -> str:
        """One sentence for the calculator: what base, which rate, what result."""
        if self.rate is None:
            return f"{STATUSES[self.status]}党员每月交纳党费 {self.dues_text} 元。"
        base = "离退休费" if self.status == "retired" else "税后月工资收入"
        return (f"{base} {format_fen(self.base_fen)} 元 × {self.rate_text} = "
                f"每月党费 {self.dues_text} 元。")


def rate_for(base_fen: int, status: str = "employed") -> Decimal | None:
    """The rate of the tier `base_fen` falls in (None for the fixed-amount statuses)."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    if status in FIXED_STATUSES:
        return None
    tiers = RETIRED_TIERS if status == "retired" else EMPLOYED_TIERS
    for upper, rate in tiers:
        if upper is None or base_fen <= upper:
            return rate
    raise AssertionError("the last tier has no bound")


def monthly_dues(base: str | int, status: str = "employed") -> DuesResult:
    """Monthly dues for a typed amount ("8,500") or fen; refuses a bad amount in Chinese."""
    if status in FIXED_STATUSES:
        return DuesResult(status, 0, None, FIXED_DUES_FEN)
    base_fen = base if isinstance(base, int) else parse_amount(
        base, field="base", label="退休费" if status == "retired" else "税后月工资")
    if base_fen < 0:
        raise ValueError("base must not be negative")
    rate = rate_for(base_fen, status)
    assert rate is not None
    dues = (Decimal(base_fen) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return DuesResult(status, base_fen, rate, int(dues))
