"""Field checks shared by every form and service: text, numbers, dates, codes.

Each check returns the cleaned value or raises FieldError naming the field, so a form
can show the message beside the field while the clerk types, and the service refuses
the same input with the same words.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import Date, String
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapper, Session
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
MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
LANDLINE = re.compile(r"^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$", re.ASCII)


# Characters no text field may hold: C0/C1 controls and DEL (tab and line feed are allowed
# in multi-line fields only), lone surrogates (no encoding can store them: the driver
# would fail, or the FTS index would hold garbage) and the bidirectional embeddings,
# overrides and isolates that make text display in a different order than it is stored.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_UNSAFE_MULTILINE = re.compile(f"[{_CONTROLS}{_SURROGATES}{_BIDI}]")
_UNSAFE_LINE = re.compile(f"[\t\n\r{_CONTROLS}{_SURROGATES}{_BIDI}]")
# The last line of defence (see refuse_unsafe_on_flush) does not know which columns are
# multi-line, so it lets tab and line feed through (text() has turned CR LF into LF).
_UNSAFE_STORED = _UNSAFE_MULTILINE
YEAR_RANGE = (1900, 2100)


def unsafe_character(value: str, *, multiline: bool = True) -> tuple[int, str] | None:
    """(1-based position, "U+XXXX") of the first character no field may hold, or None."""
    found = (_UNSAFE_MULTILINE if multiline else _UNSAFE_LINE).search(value)
    if found is None:
        return None
    return found.start() + 1, f"U+{ord(found.group()):04X}"


# The same characters in UTF-8: C0 and DEL are single bytes, C1 starts with C2, the
# direction marks with E2 80/81, surrogates (as surrogatepass writes them) with ED A0-BF.
_UTF8_LEADS = bytes(range(0x20)) + b"\x7f\xc2\xe2\xed"
_UTF8_OTHER_BYTES = bytes(b for b in range(256) if b not in _UTF8_LEADS)
# One pattern per lead byte: a literal first byte lets the regex engine skip ahead, which
# an alternation of several would not (0.3 ms a megabyte against 5).
_UTF8_UNSAFE = ((0xC2, re.compile(rb"\xc2[\x80-\x9f]")),
                (0xE2, re.compile(rb"\xe2\x80[\xaa-\xae]")),
                (0xE2, re.compile(rb"\xe2\x81[\xa6-\xa9]")),
                (0xED, re.compile(rb"\xed[\xa0-\xbf]")))


def unsafe_in_utf8(data: bytes, *, multiline: bool = True) -> bool:
    """Whether UTF-8 `data` holds a character `unsafe_character` finds. Works on the
    bytes: deleting every byte that cannot start one is a single C pass, so a megabyte of
    Chinese text costs a fraction of a millisecond where the str regex costs ten."""
    leads = data.translate(None, _UTF8_OTHER_BYTES)
    if not leads:
        return False
    if leads.translate(None, (b"\t\n\r" if multiline else b"") + b"\xc2\xe2\xed"):
        return True  # a control character itself
    return any(lead in leads and pattern.search(data) is not None
               for lead, pattern in _UTF8_UNSAFE)


def safe_characters(field: str, label: str, value: str, *, multiline: bool = False) -> str:
    """Refuse invisible control, surrogate and text-direction characters, naming the field
    and where the character is, so the clerk can find and delete what she cannot see."""
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = unsafe_character(value, multiline=multiline)
    if bad is not None:
        raise FieldError(field, "field.bad_char", label=label, position=bad[0], char=bad[1])
    return value


def search_words(query: str) -> list[str]:
    """A search box's words with unsafe characters dropped: a query is not stored, so it
    is cleaned rather than refused, and never reaches the driver or an index with them."""
    return _UNSAFE_LINE.sub(" ", query or "").split()


def text(field: str, label: str, value: str, *, required: bool = False, limit: int = 200,
         multiline: bool = False) -> str:
    """Trimmed text; `multiline` fields (notes, descriptions, minutes) may hold tabs and
    line breaks, one-line fields may not."""
    value = safe_characters(field, label, (value or "").strip(), multiline=multiline)
    if required and not value:
        raise FieldError(field, "field.required", label=label)
    if len(value) > limit:
        raise FieldError(field, "field.too_long", label=label, limit=limit)
    return value


def note(field: str, label: str, value: str, *, required: bool = False,
         limit: int = 2000) -> str:
    """Multi-line text (a note, a description, minutes): tabs and line breaks allowed."""
    return text(field, label, value, required=required, limit=limit, multiline=True)


def choice(field: str, label: str, value: str, options: dict[str, str]) -> str:
    if value not in options:
        raise FieldError(field, "field.bad_choice", label=label)
    return value


def ascii_digits(field: str, label: str, raw: str) -> str:
    """Python's int() and Decimal() read any script's digits (全角 １２, Arabic-Indic ١٢);
    a clerk's amount must be typed in 0-9, so what she sees is what is stored and printed."""
    if any(ch.isdigit() and not ch.isascii() for ch in raw):
        raise FieldError(field, "field.wide_digits", label=label)
    return raw


def whole_number(field: str, label: str, value: str | int, *, minimum: int = 0) -> int:
    raw = ascii_digits(field, label, str(value).replace(",", "").strip())
    try:
        number = int(raw or "0")
    except ValueError as exc:
        raise FieldError(field, "field.bad_number", label=label) from exc
    if number < minimum:
        raise FieldError(field, "field.negative", label=label)
    return number


def decimal_amount(field: str, label: str, value: str | Decimal, *, places: int = 2) -> Decimal:
    """A non-negative decimal as typed ("12,345.6"), with at most `places` decimals."""
    raw = ascii_digits(field, label, str(value).replace(",", "").replace("，", "").strip()) or "0"
    try:
        number = Decimal(raw)
    except InvalidOperation as exc:
        raise FieldError(field, "field.bad_decimal", label=label, places=places) from exc
    if not number.is_finite() or number.as_tuple().exponent < -places:  # type: ignore[operator]
        raise FieldError(field, "field.bad_decimal", label=label, places=places)
    if number < 0:
        raise FieldError(field, "field.negative", label=label)
    return number.quantize(Decimal(1).scaleb(-places))


def date(field: str, label: str, value: dt.date | None, *,
         required: bool = False) -> dt.date | None:
    """A date within 1900-2100: anything else is a typo (0026, 20260) a ledger must not keep."""
    if value is None:
        if required:
            raise FieldError(field, "field.required", label=label)
        return None
    if not YEAR_RANGE[0] <= value.year <= YEAR_RANGE[1]:
        raise FieldError(field, "field.date_range", label=label, first=YEAR_RANGE[0],
                         last=YEAR_RANGE[1])
    return value


def past_date(field: str, label: str, value: dt.date | None, *, required: bool = False,
              today: dt.date | None = None) -> dt.date | None:
    value = date(field, label, value, required=required)
    if value is None:
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
    if (len(value) != 18 or not value[:17].isascii() or not value[:17].isdigit()
            or value[:2] not in PROVINCES):
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


def refuse_unsafe_on_flush(session: Session, _context: object, _instances: object) -> None:
    """The last line of defence, a `before_flush` hook on every Session: whatever path a
    service took, no String/Text column is written with an unsafe character and no Date
    column outside 1900-2100. The per-field checks above give the friendlier message.
    A changed record is checked in the columns that changed only, so old data never
    blocks an unrelated edit."""
    for obj in session.new:
        state = sa_inspect(obj)
        for key in _checked_columns(state.mapper):
            _check_stored(key, state.dict.get(key))
    for obj in session.dirty:
        state = sa_inspect(obj)
        changed = state.committed_state
        for key in _checked_columns(state.mapper):
            if key in changed:
                _check_stored(key, state.dict.get(key))


def refuse_unsafe_values(mapper: Mapper[Any], values: dict[str, Any],
                         checked: frozenset[str] = frozenset()) -> None:
    """`refuse_unsafe_on_flush` for a new row written without the ORM (a bulk insert),
    except the columns in `checked`, which the caller has already checked."""
    for key in _checked_columns(mapper):
        if key not in checked:
            _check_stored(key, values.get(key))


@functools.cache
def _checked_columns(mapper: Mapper[Any]) -> tuple[str, ...]:
    return tuple(attr.key for attr in mapper.column_attrs
                 if isinstance(attr.columns[0].type, String | Date))


def _check_stored(key: str, value: object) -> None:
    if isinstance(value, str):
        bad = _UNSAFE_STORED.search(value)
        if bad is not None:
            raise FieldError(key, "field.bad_char", label=_label(key),
                             position=bad.start() + 1, char=f"U+{ord(bad.group()):04X}")
    elif isinstance(value, dt.date) and not YEAR_RANGE[0] <= value.year <= YEAR_RANGE[1]:
        raise FieldError(key, "field.date_range", label=_label(key), first=YEAR_RANGE[0],
                         last=YEAR_RANGE[1])


def _label(key: str) -> str:
    from models.field_labels import label_of  # noqa: PLC0415 - labels import area modules

    return label_of(key)
