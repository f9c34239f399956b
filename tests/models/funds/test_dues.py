"""Party dues calculator: the tiers, their inclusive upper bounds, rounding to the fen."""
from __future__ import annotations

from decimal import Decimal

import pytest

from models.errors import FieldError
from models.funds.dues import monthly_dues


@pytest.mark.parametrize(("pay", "rate", "dues"), [
    ("2,000", "0.005", 1000),        # 2,000.00 × 0.5% = 10.00
    ("3000", "0.005", 1500),         # 3,000.00 exactly is still 0.5%
    ("3000.01", "0.01", 3000),       # a fen more: 1% of the whole pay
    ("5000", "0.01", 5000),
    ("5000.01", "0.015", 7500),
    ("10000", "0.015", 15000),
    ("10000.01", "0.02", 20000),
    ("23,456.78", "0.02", 46914),    # 469.1356 → 469.14
    ("0", "0.005", 0),
])
def test_working_members_pay_by_tier_of_whole_pay(pay: str, rate: str, dues: int) -> None:
    result = monthly_dues(pay)
    assert (result.rate, result.dues_fen) == (Decimal(rate), dues)


@pytest.mark.parametrize(("pension", "rate", "dues"), [
    ("4,200", "0.005", 2100), ("5000", "0.005", 2500), ("5000.01", "0.01", 5000),
    ("8000", "0.01", 8000),
])
def test_retired_members(pension: str, rate: str, dues: int) -> None:
    result = monthly_dues(pension, "retired")
    assert (result.rate, result.dues_fen) == (Decimal(rate), dues)


def test_rounding_is_half_up_to_the_fen() -> None:
    assert monthly_dues(100).dues_fen == 1        # 1.00 yuan × 0.5% = 0.5 fen → 1 fen
    assert monthly_dues(99).dues_fen == 0         # 0.495 fen → 0
    assert monthly_dues(1_000_030).dues_fen == 20001  # 10,000.30 × 2% = 200.006 → 200.01


@pytest.mark.parametrize("status", ["student", "unemployed", "relief"])
def test_students_unemployed_and_relief_pay_twenty_fen(status: str) -> None:
    result = monthly_dues("", status)
    assert (result.dues_fen, result.rate_text, result.dues_text) == (20, "定额", "0.20")


def test_explanation_names_base_rate_and_result() -> None:
    assert monthly_dues("8,500").explanation == (
        "税后月工资收入 8,500.00 元 × 1.5% = 每月党费 127.50 元。")
    assert monthly_dues("3000", "retired").rate_text == "0.5%"


def test_bad_pay_refused_in_chinese() -> None:
    with pytest.raises(FieldError, match="税后月工资“八千”不是有效金额"):
        monthly_dues("八千")
