"""Amounts as a clerk types them, as the ledger prints them, and in words (大写)."""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.errors import FieldError
from models.funds.money import MAX_FEN, amount_in_words, format_fen, parse_amount, plain_fen

DOMAIN_EXAMPLES = [  # domain.md §4, from the central bank's rules
    (140950, "壹仟肆佰零玖元伍角"),
    (600714, "陆仟零柒元壹角肆分"),
    (32504, "叁佰贰拾伍元零肆分"),
    (100500, "壹仟零伍元整"),
]
EDGE_CASES = [
    (0, "零元整"),
    (5, "伍分"),
    (10, "壹角"),
    (50, "伍角"),
    (1000, "壹拾元整"),
    (1005, "壹拾元零伍分"),
    (1050, "壹拾元零伍角"),
    (100001, "壹仟元零壹分"),
    (1001000, "壹万零壹拾元整"),
    (10001000, "壹拾万零壹拾元整"),
    (10100000, "壹拾万零壹仟元整"),
    (1000100000, "壹仟万零壹仟元整"),
    (123456789, "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
    (10000000000, "壹亿元整"),
    (10000000100, "壹亿零壹元整"),
    (10010010010, "壹亿零壹拾万零壹佰元零壹角"),
    (1640902, "壹万陆仟肆佰零玖元零贰分"),  # the bank's example for a zero 角
    (168032, "壹仟陆佰捌拾元零叁角贰分"),    # the bank's first form (rule 三)
    # Rule (三): one 零 for the optional runs at 万 and 元 together, the one nearest 角.
    (10700053, "壹拾万柒仟元零伍角叁分"),    # the bank's first form, never both zeros
    (110700053, "壹佰壹拾万柒仟元零伍角叁分"),
    (10000050, "壹拾万元零伍角"),            # one run over 万 … 元 before 伍角
    (100500001, "壹佰万零伍仟元零壹分"),      # 角 is 0: the 元 zero is not optional
    (10000100050, "壹亿零壹仟元零伍角"),      # an empty 万 group keeps its 零
    (10070000053, "壹亿零柒拾万元零伍角叁分"),  # 零 after 亿 (rule 二), one after 元
    (100050, "壹仟元零伍角"),
    (MAX_FEN, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("fen", "words"), DOMAIN_EXAMPLES + EDGE_CASES)
def test_amount_in_words(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words


def test_negative_amount_in_words_says_so() -> None:
    assert amount_in_words(-140950) == "负壹仟肆佰零玖元伍角"


def test_domain_examples_agree_with_cn2an() -> None:
    for fen, words in DOMAIN_EXAMPLES:
        assert cn2an.an2cn(plain_fen(fen), "rmb") == words


def _read_back(words: str) -> int:
    """Fen from our words, reading the yuan part with cn2an (an independent reader)."""
    yuan_text, _, rest = words.partition("元") if "元" in words else ("", "", words)
    yuan = cn2an.cn2an(yuan_text, "normal") if yuan_text and yuan_text != "零" else 0
    digits = "零壹贰叁肆伍陆柒捌玖"
    jiao = digits.index(rest[rest.index("角") - 1]) if "角" in rest else 0
    fen = digits.index(rest[rest.index("分") - 1]) if "分" in rest else 0
    return int(yuan) * 100 + jiao * 10 + fen


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_words_follow_the_rules(fen: int) -> None:
    words = amount_in_words(fen)
    assert _read_back(words) == fen
    # 整 after 元 only: whole yuan end in 整; with 角 or 分 there is none.
    assert words.endswith("整") == (fen % 100 == 0)
    assert "分整" not in words and "角整" not in words
    # A zero is written once, never twice in a row and never at the end.
    assert "零零" not in words and not words.rstrip("整").endswith("零") or fen == 0
    # A zero 角 between 元 and a non-zero 分 is written as 零.
    if fen >= 100 and fen % 100 and fen // 10 % 10 == 0:
        assert "元零" in words
    # Same characters as cn2an's "rmb" mode, which leaves out the optional 零 of rule (三).
    reference = cn2an.an2cn(plain_fen(fen), "rmb")
    assert words.replace("零", "") == reference.replace("零", "") or fen == 0
    assert words.count("零") >= reference.count("零")


@pytest.mark.parametrize(("text", "fen"), [
    ("1,234.5", 123450), ("1234.50", 123450), ("1234", 123400), ("0.5", 50), (".05", 5),
    ("1，234．50", 123450), ("1，234.50", 123450),
    ("¥1,234.50", 123450), ("￥ 1234", 123400), ("  12.3 ", 1230), ("12元", 1200),
    ("1,234,567.89", 123456789), ("0", 0), ("999,999,999,999.99", MAX_FEN),
])
def test_parse_amount_accepts_what_a_clerk_types(text: str, fen: int) -> None:
    assert parse_amount(text) == fen


@pytest.mark.parametrize(("text", "says"), [
    ("", "金额不能为空"), ("   ", "金额不能为空"), ("-5", "金额不能为负数"),
    ("1.234", "最多填写两位小数"), ("12a", "不是有效金额"), ("abc", "不是有效金额"),
    ("1,23", "不是有效金额"), ("1,2345.00", "不是有效金额"), ("12.", "不是有效金额"),
    ("1e3", "不是有效金额"), ("NaN", "不是有效金额"), ("1 234", "不是有效金额"),
    ("1.2.3", "不是有效金额"), ("1,000,000,000,000", "金额过大"),
    ("１２３４.５", "半角数字"), ("１，２３４．５０", "半角数字"), ("١٢٣", "半角数字"),
    ("१२३.४५", "半角数字"), ("12٣", "半角数字"),
])
def test_parse_amount_refuses_anything_else(text: str, says: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_amount(text, field="amount", label="金额")
    assert caught.value.field == "amount"
    assert says in caught.value.message


@pytest.mark.parametrize(("fen", "text"), [
    (0, "0.00"), (5, "0.05"), (123450, "1,234.50"), (-123450, "-1,234.50"),
    (100000000000, "1,000,000,000.00"),
])
def test_format_fen(fen: int, text: str) -> None:
    assert format_fen(fen) == text


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_and_parse_round_trip(fen: int) -> None:
    assert parse_amount(format_fen(fen)) == fen


@pytest.mark.parametrize(("fen", "allowed"), [  # the bank's rule (三), both of its forms
    (168032, {"壹仟陆佰捌拾元零叁角贰分", "壹仟陆佰捌拾元叁角贰分"}),
    (10700053, {"壹拾万柒仟元零伍角叁分", "壹拾万零柒仟元伍角叁分"}),
])
def test_rule_three_examples_print_one_of_the_banks_forms(fen: int, allowed: set[str]) -> None:
    assert amount_in_words(fen) in allowed


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=1, max_value=9),
       st.integers(min_value=1, max_value=9))
def test_zero_wan_and_zero_yuan_give_one_zero_not_two(high: int, thousands: int,
                                                      jiao: int) -> None:
    """¥H0,T000.J0: 万 digit 0 before a non-zero 千, 元 digit 0 before a non-zero 角."""
    fen = ((high * 100 + thousands) * 1000) * 100 + jiao * 10
    words = amount_in_words(fen)
    assert "万零" not in words and "元零" in words


@pytest.mark.parametrize(("fen", "words"), [
    (100001000_00, "壹亿零壹仟元整"),  # an empty 万 group before a non-zero thousand
    (100000001_00, "壹亿零壹元整"),
    (10001_00, "壹万零壹元整"),
])
def test_words_skip_an_empty_group(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words


@pytest.mark.parametrize(("text", "message"), [
    ("", "金额不能为空。"),
    ("12a", "金额“12a”不是有效金额：请填写如 1,234.50 的数字。"),
    ("1.234", "金额最多填写两位小数（到分）。"),
    ("1,000,000,000,000", "金额过大：最多 999,999,999,999.99 元。"),
])
def test_refusals_name_the_amount_field(text: str, message: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_amount(text)
    assert (caught.value.field, caught.value.message) == ("amount", message)


@pytest.mark.parametrize(("text", "fen"), [
    ("RMB 1,234.50", 123450), ("RMB1234", 123400), ("\u30001,234.50\u3000", 123450),
    ("￥\u300012.30", 1230), ("12.30 元", 1230),
])
def test_parse_amount_takes_currency_marks_and_wide_spaces(text: str, fen: int) -> None:
    assert parse_amount(text) == fen


@pytest.mark.parametrize(("fen", "text"), [
    (0, "0.00"), (5, "0.05"), (123450, "1234.50"), (-123450, "-1234.50"), (-5, "-0.05"),
    (100000000000, "1000000000.00"),
])
def test_plain_fen_for_machines(fen: int, text: str) -> None:
    assert plain_fen(fen) == text


def test_words_refuse_an_amount_past_the_voucher() -> None:
    assert amount_in_words(MAX_FEN) == "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    with pytest.raises(ValueError, match=f"amount too large for words: {MAX_FEN + 1}"):
        amount_in_words(MAX_FEN + 1)
