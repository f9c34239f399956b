"""Field checks shared by every form and service: text, numbers, dates, codes.

Each check returns the cleaned value or raises FieldError naming the field, so a form
can show the message beside the field while the clerk types, and the service refuses
the same input with the same words.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from models.errors import FieldError, FieldErrors

T = TypeVar("T")


class Collector:
    """Runs every field check and keeps every error, so a form or an import can show
    all bad fields at once; `done()` raises FieldErrors if there were any."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def __call__(self, check: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return check(*args, **kwargs)
        except FieldError as exc:
            self.errors.extend(exc.errors if isinstance(exc, FieldErrors) else [exc])
            return None  # type: ignore[return-value]

    def fail(self, error: FieldError) -> None:
        self.errors.append(error)

    def done(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)

# GB/T 2260 province-level codes (the first two digits of an ID number).
PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
             "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
             "61", "62", "63", "64", "65", "71", "81", "82"}
MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$")


def text(field: str, label: str, value: str, *, required: bool = False, limit: int = 200) -> str:
    value = (value or "").strip()
    if required and not value:
        raise FieldError(field, "field.required", label=label)
    if len(value) > limit:
        raise FieldError(field, "field.too_long", label=label, limit=limit)
    return value


def choice(field: str, label: str, value: str, options: dict[str, str]) -> str:
    if value not in options:
        raise FieldError(field, "field.bad_choice", label=label)
    return value


def whole_number(field: str, label: str, value: str | int, *, minimum: int = 0) -> int:
    try:
        number = int(str(value).replace(",", "").strip() or "0")
    except ValueError as exc:
        raise FieldError(field, "field.bad_number", label=label) from exc
    if number < minimum:
        raise FieldError(field, "field.negative", label=label)
    return number


def decimal_amount(field: str, label: str, value: str | Decimal, *, places: int = 2) -> Decimal:
    """A non-negative decimal as typed ("12,345.6"), with at most `places` decimals."""
    raw = str(value).replace(",", "").replace("，", "").strip() or "0"
    try:
        number = Decimal(raw)
    except InvalidOperation as exc:
        raise FieldError(field, "field.bad_decimal", label=label, places=places) from exc
    if not number.is_finite() or number.as_tuple().exponent < -places:  # type: ignore[operator]
        raise FieldError(field, "field.bad_decimal", label=label, places=places)
    if number < 0:
        raise FieldError(field, "field.negative", label=label)
    return number.quantize(Decimal(1).scaleb(-places))


def past_date(field: str, label: str, value: dt.date | None, *, required: bool = False,
              today: dt.date | None = None) -> dt.date | None:
    if value is None:
        if required:
            raise FieldError(field, "field.required", label=label)
        return None
    if value > (today or dt.date.today()):
        raise FieldError(field, "field.future_date", label=label)
    return value


def id_number(field: str, value: str, today: dt.date | None = None) -> str | None:
    """公民身份号码 (GB 11643): 18 characters, MOD 11-2 check digit, a real birth date.

    python-stdnum's ric.validate also requires the area code to have existed in the birth
    year, which refuses real numbers (a person born in 1960 whose card was issued in
    巴州区 after 2000 carries 511902), so only its check-digit and date parts are used.
    """
    value = ric.compact(value or "").upper()
    if not value:
        return None
    if len(value) != 18 or not value[:17].isdigit() or value[:2] not in PROVINCES:
        raise FieldError(field, "id.invalid")
    try:
        birth = ric.get_birth_date(value)
    except ValidationError as exc:
        raise FieldError(field, "id.invalid") from exc
    if birth > (today or dt.date.today()) or birth.year < 1880:
        raise FieldError(field, "id.invalid")
    if ric.calc_check_digit(value) != value[-1]:
        raise FieldError(field, "id.invalid")
    return value


def gender_from_id(number: str) -> str:
    """The 17th digit is odd for men, even for women."""
    return "M" if int(number[16]) % 2 else "F"


def credit_code(field: str, value: str) -> str:
    """统一社会信用代码 (GB 32100): alphabet and mod-31 check character, via python-stdnum."""
    value = (value or "").strip().upper()
    if not value:
        raise FieldError(field, "field.required", label="统一社会信用代码")
    try:
        return str(uscc.validate(value))
    except ValidationError as exc:
        raise FieldError(field, "uscc.invalid") from exc


def phone(field: str, value: str) -> str:
    value = re.sub(r"[\s()（）]", "", value or "")
    if value and not (MOBILE.match(value) or LANDLINE.match(value)):
        raise FieldError(field, "phone.invalid")
    return value


def mask_id_number(number: str | None) -> str:
    """Printed and shown masked by default: first 6 and last 4 characters."""
    if not number:
        return ""
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
