"""The field checks every form and service share (models.validation), branch by branch.

Expected values are worked out here by hand: the ID check digit with this file's own
ISO 7064 MOD 11-2, the messages as the clerk reads them.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import validation
from models.errors import FieldError, FieldErrors

TODAY = dt.date(2026, 6, 30)


def refusal(check, *args, **kwargs) -> tuple[str, str, str]:
    """(field, code, message) of the FieldError the check raises."""
    with pytest.raises(FieldError) as raised:
        check(*args, **kwargs)
    return raised.value.field, raised.value.code, raised.value.message


def with_check_digit(first17: str) -> str:
    """GB 11643's check character, computed independently of the code under test."""
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


# --- text, choice ------------------------------------------------------------------------

def test_text_is_trimmed_and_limited() -> None:
    assert validation.text("title", "标题", "  翰林苑  ") == "翰林苑"
    assert validation.text("title", "标题", None) == ""  # type: ignore[arg-type]
    assert validation.text("title", "标题", "字" * 200) == "字" * 200
    assert refusal(validation.text, "title", "标题", "字" * 201) == (
        "title", "field.too_long", "标题不能超过 200 个字。")
    assert validation.text("note", "备注", "字" * 10, limit=10) == "字" * 10
    assert refusal(validation.text, "note", "备注", "字" * 11, limit=10)[2] == (
        "备注不能超过 10 个字。")
    assert refusal(validation.text, "title", "标题", "   ", required=True) == (
        "title", "field.required", "标题不能为空。")
    assert validation.text("title", "标题", "   ") == ""


def test_choice_must_be_one_of_the_options() -> None:
    options = {"talk": "约谈", "notice": "通报批评"}
    assert validation.choice("measure", "追责措施", "talk", options) == "talk"
    assert refusal(validation.choice, "measure", "追责措施", "约谈", options) == (
        "measure", "field.bad_choice", "请选择追责措施。")
    assert refusal(validation.choice, "measure", "追责措施", "", options)[1] == "field.bad_choice"


# --- numbers -------------------------------------------------------------------------------

def test_whole_numbers_as_typed() -> None:
    assert validation.whole_number("n", "户数", "1,234") == 1234
    assert validation.whole_number("n", "户数", " 7 ") == 7
    assert validation.whole_number("n", "户数", "") == 0
    assert validation.whole_number("n", "户数", 0) == 0
    assert refusal(validation.whole_number, "n", "户数", "十二") == (
        "n", "field.bad_number", "户数必须是整数。")
    assert refusal(validation.whole_number, "n", "户数", "1.5")[1] == "field.bad_number"
    assert refusal(validation.whole_number, "n", "户数", "-1") == (
        "n", "field.negative", "户数不能为负数。")
    assert validation.whole_number("n", "排序", "-1", minimum=-5) == -1
    assert validation.whole_number("n", "人数", "1", minimum=1) == 1
    assert refusal(validation.whole_number, "n", "人数", "0", minimum=1)[1] == "field.negative"


def test_decimal_amounts_as_typed() -> None:
    assert validation.decimal_amount("a", "金额", "12,345.6") == Decimal("12345.60")
    assert str(validation.decimal_amount("a", "金额", "12,345.6")) == "12345.60"
    assert validation.decimal_amount("a", "金额", "1，000") == Decimal("1000.00")
    assert validation.decimal_amount("a", "金额", "") == Decimal("0.00")
    assert validation.decimal_amount("a", "金额", Decimal("0.01")) == Decimal("0.01")
    assert validation.decimal_amount("a", "金额", "0") == Decimal("0.00")
    assert str(validation.decimal_amount("a", "面积", "3", places=1)) == "3.0"
    assert str(validation.decimal_amount("a", "份数", "3", places=0)) == "3"
    assert refusal(validation.decimal_amount, "a", "金额", "1.234") == (
        "a", "field.bad_decimal", "金额必须是数字，最多 2 位小数。")
    assert refusal(validation.decimal_amount, "a", "面积", "1.23", places=1)[2] == (
        "面积必须是数字，最多 1 位小数。")
    assert refusal(validation.decimal_amount, "a", "金额", "十元")[1] == "field.bad_decimal"
    for not_finite in ("NaN", "Infinity", "-Infinity", "sNaN"):
        assert refusal(validation.decimal_amount, "a", "金额", not_finite)[1] == (
            "field.bad_decimal"), not_finite
    assert refusal(validation.decimal_amount, "a", "金额", "-0.01") == (
        "a", "field.negative", "金额不能为负数。")
    assert refusal(validation.decimal_amount, "a", "金额", "-5")[1] == "field.negative"


# --- dates ---------------------------------------------------------------------------------

def test_past_dates() -> None:
    assert validation.past_date("d", "日期", None) is None
    assert validation.past_date("d", "日期", TODAY, today=TODAY) == TODAY
    assert refusal(validation.past_date, "d", "会商日期", None, required=True) == (
        "d", "field.required", "会商日期不能为空。")
    assert refusal(validation.past_date, "d", "会商日期", dt.date(2026, 7, 1), today=TODAY) == (
        "d", "field.future_date", "会商日期不能晚于今天。")
    assert validation.past_date("d", "日期", dt.date.today()) == dt.date.today()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert refusal(validation.past_date, "d", "日期", tomorrow)[1] == "field.future_date"


# --- ID numbers ------------------------------------------------------------------------------

BEIJING = with_check_digit("11010519491231002")  # 北京朝阳, 1949-12-31, a woman
BAZHONG = with_check_digit("51190219600815003")  # 巴州区 code, born 1960 (before the district)


def test_a_good_id_number() -> None:
    assert BEIJING == "11010519491231002X"
    assert validation.id_number("id", BEIJING) == BEIJING
    assert validation.id_number("id", BEIJING.lower()) == BEIJING
    assert validation.id_number("id", " 11010519491231002x ") == BEIJING
    assert validation.id_number("id", BAZHONG) == BAZHONG
    assert validation.id_number("id", "") is None
    assert validation.id_number("id", None) is None  # type: ignore[arg-type]
    assert validation.gender_from_id(BEIJING) == "F"
    assert validation.gender_from_id(BAZHONG) == "M"


@pytest.mark.parametrize(("why", "number"), [
    ("17 characters", BEIJING[:17]),
    ("19 characters", BEIJING + "1"),
    ("a letter inside", "1101051949123A002X"),
    ("province 00", with_check_digit("00010519491231002")),
    ("province 99", with_check_digit("99010519491231002")),
    ("province 10", with_check_digit("10010519491231002")),
    ("no 30 February", with_check_digit("11010519490230002")),
    ("month 13", with_check_digit("11010519491331002")),
    ("born tomorrow", with_check_digit("11010520260701002")),
    ("born before 1880", with_check_digit("11010518791231002")),
    ("wrong check digit", BEIJING[:17] + "1"),
])
def test_bad_id_numbers(why: str, number: str) -> None:
    assert refusal(validation.id_number, "id_number", number, TODAY) == (
        "id_number", "id.invalid",
        "身份证号码不正确：请检查位数、出生日期和最后一位校验码。"), why


def test_id_birth_date_limits() -> None:
    born_today = with_check_digit("11010520260630002")
    assert validation.id_number("id", born_today, TODAY) == born_today
    oldest = with_check_digit("11010518800101002")
    assert validation.id_number("id", oldest, TODAY) == oldest
    hong_kong = with_check_digit("81000019800101002")
    assert validation.id_number("id", hong_kong, TODAY) == hong_kong


def test_masked_id_numbers() -> None:
    assert validation.mask_id_number(BEIJING) == "110105********002X"
    assert validation.mask_id_number("") == ""
    assert validation.mask_id_number(None) == ""


# --- credit codes, phones --------------------------------------------------------------------

def test_credit_codes() -> None:
    assert validation.credit_code("uscc", " 91350100m000100y43 ") == "91350100M000100Y43"
    assert refusal(validation.credit_code, "uscc", "") == (
        "uscc", "field.required", "统一社会信用代码不能为空。")
    assert refusal(validation.credit_code, "uscc", "91350100M000100Y44") == (
        "uscc", "uscc.invalid", "统一社会信用代码不正确：应为 18 位，校验位须符合国家标准。")
    assert refusal(validation.credit_code, "uscc", "9135010")[1] == "uscc.invalid"


@pytest.mark.parametrize(("typed", "stored"), [
    ("138 0013 8000", "13800138000"),
    ("19912345678", "19912345678"),
    ("0827-5261234", "0827-5261234"),
    ("（0827）5261234", "08275261234"),
    ("(028) 8765 4321", "02887654321"),
    ("5261234", "5261234"),
    ("0827-5261234-806", "0827-5261234-806"),
    ("", ""),
])
def test_phone_numbers_are_normalised(typed: str, stored: str) -> None:
    assert validation.phone("phone", typed) == stored


@pytest.mark.parametrize("typed", [
    "12800138000",  # no mobile number starts 12
    "1380013800",  # 10 digits
    "138001380001",  # 12 digits
    "23800138000",
    "526123",  # 6 digits
    "0827-5261234-1234567",  # extension too long
    "phone: 13800138000",
    "1380013800a",
])
def test_bad_phone_numbers(typed: str) -> None:
    assert refusal(validation.phone, "phone", typed) == (
        "phone", "phone.invalid", "电话号码格式不正确：手机号为 11 位，座机如 0827-5261234。")


# --- the collector -----------------------------------------------------------------------------

def test_the_collector_keeps_every_error() -> None:
    empty = validation.Collector()
    assert empty(validation.text, "title", "标题", " 好 ") == "好"
    empty.done()  # nothing wrong: no exception
    check = validation.Collector()
    assert check(validation.text, "title", "标题", "", required=True) is None

    def two_at_once() -> None:
        raise FieldErrors([FieldError("a", "field.required", label="甲"),
                           FieldError("b", "field.required", label="乙")])
    assert check(two_at_once) is None
    check.fail(FieldError("c", "phone.invalid"))
    with pytest.raises(FieldErrors) as raised:
        check.done()
    assert raised.value.by_field() == {"title": "标题不能为空。", "a": "甲不能为空。",
                                       "b": "乙不能为空。", "c": raised.value.errors[-1].message}
    assert [e.field for e in raised.value.errors] == ["title", "a", "b", "c"]
    assert raised.value.field == "title"


# GB/T 2260's province-level codes, as printed in the standard (北京 11 … 澳门 82).
PROVINCE_CODES = """11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46
                    50 51 52 53 54 61 62 63 64 65 71 81 82""".split()


def test_every_province_is_accepted_and_nothing_else() -> None:
    assert len(PROVINCE_CODES) == 34
    for code in PROVINCE_CODES:
        number = with_check_digit(code + "010519800101002")
        assert validation.id_number("id", number, TODAY) == number, code
    for code in ("00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66",
                 "70", "72", "80", "83", "90", "91", "99"):
        number = with_check_digit(code + "010519800101002")
        assert refusal(validation.id_number, "id", number, TODAY)[1] == "id.invalid", code
