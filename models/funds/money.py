"""Money as integer fen: what a clerk types → fen, fen → "1,234.50", fen → 大写.

Amounts in words follow the People's Bank of China rules for filling in vouchers
(《支付结算办法》附件一): 整 after 元; nothing after 角 (整 is optional there, we leave it
out, as the bank's own example ¥1,409.50 → 壹仟肆佰零玖元伍角 does); never after 分.

Zeros (the bank's rules 二 and 三): every run of zeros between two non-zero digits is
written as one 零 (¥6,007.14 → 陆仟零柒元壹角肆分; ¥325.04 → 叁佰贰拾伍元零肆分). Rule (三)
makes the 零 optional for a run ending at the 万 digit before a non-zero 千, or at the 元
digit before a non-zero 角, and allows ONE 零 for all such runs together, never two. This
app prints the bank's first form: the 零 nearest the 角 is written, the others are left
out (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分; ¥107,000.53 → 壹拾万柒仟元零伍角叁分). A run
over a whole empty 万 group keeps its 零 (¥100,001,000 → 壹亿零壹仟元整). cn2an's "rmb" mode
leaves every optional 零 out; the tests compare with it once 零 is removed. Zero prints as
零元整; below one yuan the 元 is left out (¥0.05 → 伍分).
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


def _zero_runs(digits: str) -> list[tuple[int, int]]:
    """(position of the last zero, position of the digit after it) for each run of zeros
    between two non-zero digits; positions count from the 分 digit (0), so 2 is 元, 6 is 万."""
    runs: list[tuple[int, int]] = []
    seen_digit, run_end = False, -1
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index
        if char == "0":
            run_end = position
        else:
            if seen_digit and run_end >= 0:
                runs.append((run_end, position))
            seen_digit, run_end = True, -1
    return runs


def _optional(digits: str, run_end: int) -> bool:
    """Rule (三): a run ending at the 元 digit (角 is not 0), or at the 万 digit (千 is not 0)
    while 万 itself is written, may be one 零 or none. A run over a whole empty 万 group
    (¥100,001,000) keeps its 零: no 万 stands there to mark the gap."""
    if run_end == 2:
        return True
    return run_end == 6 and int(digits[:-6][-4:] or "0") > 0


def _written_zeros(digits: str) -> set[int]:
    """Positions before which a 零 is written: every run of zeros except the optional ones of
    rule (三), of which only the last (the one nearest the 角) is written."""
    runs = [(after, _optional(digits, end)) for end, after in _zero_runs(digits)]
    optional = [position for position, is_optional in runs if is_optional]
    return {position for position, is_optional in runs if not is_optional} | set(optional[-1:])


def _digit_word(char: str, position: int) -> str:
    """One non-zero digit with its unit: 角 and 分, else 拾佰仟 inside a group of four."""
    if position < 2:
        return DIGITS[int(char)] + ("分", "角")[position]
    return DIGITS[int(char)] + SMALL_UNITS[(position - 2) % 4]


def amount_in_words(fen: int) -> str:
    """The 大写 amount of a voucher: 1409.50 → 壹仟肆佰零玖元伍角; 0 → 零元整."""
    if fen < 0:
        return "负" + amount_in_words(-fen)
    if fen > MAX_FEN:
        raise ValueError(f"amount too large for words: {fen}")
    if fen == 0:
        return "零元整"
    digits = str(fen).rjust(3, "0")
    zeros = _written_zeros(digits)
    words: list[str] = []
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index
        if char != "0":
            if position in zeros:
                words.append("零")
            words.append(_digit_word(char, position))
        yuan_position = position - 2
        group = digits[max(0, index - 3):index + 1]  # the four digits ending here
        if yuan_position > 0 and yuan_position % 4 == 0 and int(group):
            words.append(GROUP_UNITS[yuan_position // 4])
        if yuan_position == 0 and fen >= 100:
            words.append("元")
    return "".join(words) + ("整" if fen % 100 == 0 else "")
