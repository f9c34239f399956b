"""Money as integer fen: what a clerk types → fen, fen → "1,234.50", fen → 大写.

Amounts in words follow the People's Bank of China rules for filling in vouchers
(《支付结算办法》附件一): 整 after 元; nothing after 角 (整 is optional there, we leave it
out, as the bank's own example ¥1,409.50 → 壹仟肆佰零玖元伍角 does); never after 分.

Zeros: every run of zeros between two non-zero digits is written as one 零, including
a zero 万 or 元 digit (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分; ¥107,000.53 →
壹拾万零柒仟元零伍角叁分). Rule (三) of the bank lets a writer leave out the 零 at a zero
万 or 元 digit; cn2an's "rmb" mode always does (¥107,000.53 → 壹拾万柒仟元伍角叁分, a
form that is not among the bank's examples), so this module writes the full form itself
and the tests check it against cn2an (same characters once 零 is removed, same value
read back) and against the bank's examples. Zero prints as 零元整; below one yuan the
元 is left out (¥0.05 → 伍分).
"""
from __future__ import annotations

import re

from models.errors import FieldError
from models.messages import register
from models.validation import ascii_digits

register({
    "funds.amount_format": "{label}“{text}”不是有效金额：请填写如 1,234.50 的数字。",
    "funds.amount_places": "{label}最多填写两位小数（到分）。",
    "funds.amount_too_large": "{label}过大：最多 999,999,999,999.99 元。",
})

MAX_FEN = 99_999_999_999_999  # 999,999,999,999.99 yuan: twelve digits before the point
DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
GROUP_UNITS = ("", "万", "亿")  # after each group of four digits
_FULL_WIDTH = str.maketrans("．，－＋", ".,-+")
_NUMBER = re.compile(r"^(?P<int>\d+|\d{1,3}(?:,\d{3})+)?(?:\.(?P<frac>\d+))?$", re.ASCII)


def parse_amount(text: str | None, *, field: str = "amount", label: str = "金额") -> int:
    """Fen from what a clerk types: "1,234.5", "1234.50", "¥1,234.50", "1，234．5", "12元".

    Refuses (FieldError, in Chinese) an empty text, a sign, more than two decimals,
    misplaced thousands separators, digits other than 0-9 (全角 １２, Arabic-Indic ١٢:
    an amount is printed as stored, and a voucher must show the digits the bank reads)
    and anything that is not a number.
    """
    raw = (text or "").translate(_FULL_WIDTH).replace("\u3000", " ").strip()
    ascii_digits(field, label, raw)
    raw = raw.removeprefix("¥").removeprefix("￥").removeprefix("RMB").strip()
    raw = raw.removesuffix("元").strip()
    if not raw:
        raise FieldError(field, "field.required", label=label)
    if raw.startswith("-"):
        raise FieldError(field, "field.negative", label=label)
    match = _NUMBER.match(raw)
    if match is None or not (match["int"] or match["frac"]):
        raise FieldError(field, "funds.amount_format", label=label, text=text)
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise FieldError(field, "funds.amount_places", label=label)
    fen = int((match["int"] or "0").replace(",", "")) * 100 + int(frac.ljust(2, "0"))
    if fen > MAX_FEN:
        raise FieldError(field, "funds.amount_too_large", label=label)
    return fen


def format_fen(fen: int) -> str:
    """1234.5 yuan as "1,234.50"; negative amounts with a leading minus."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def plain_fen(fen: int) -> str:
    """"1234.50": for JSON and files read by machines (no separators)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan}.{cents:02d}"


def _integer_words(number: int) -> str:
    """A whole number of yuan (at most twelve digits) in capital numerals, one 零 per
    inner run of zeros, 万 and 亿 after each non-empty group of four digits."""
    digits = str(number)
    words: list[str] = []
    zero_pending = False
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index
        small, group = position % 4, position // 4
        if char == "0":
            zero_pending = True
        else:
            if zero_pending and words:
                words.append("零")
            zero_pending = False
            words.append(DIGITS[int(char)] + SMALL_UNITS[small])
        if small == 0 and group > 0 and int(digits[max(0, index - 3):index + 1]):
            words.append(GROUP_UNITS[group])
    return "".join(words)


def amount_in_words(fen: int) -> str:
    """The 大写 amount of a voucher: 1409.50 → 壹仟肆佰零玖元伍角; 0 → 零元整."""
    if fen < 0:
        return "负" + amount_in_words(-fen)
    if fen > MAX_FEN:
        raise ValueError(f"amount too large for words: {fen}")
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if fen == 0:
        return "零元整"
    words = _integer_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen_digit == 0:
        return words + "整"
    # A zero before the 角 (元 digit 0, or 角 itself 0 before 分) is written once as 零.
    if yuan and (yuan % 10 == 0 or jiao == 0):
        words += "零"
    if jiao:
        words += DIGITS[jiao] + "角"
    if fen_digit:
        words += DIGITS[fen_digit] + "分"
    return words
