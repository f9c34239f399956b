"""Search keys so a clerk finds 张三 by typing 张, 张三, zhangsan or zs.

Each searchable row stores one lower-case key: the Chinese text, its full pinyin and its
initials. A query matches by substring (LIKE), which works for queries of any length,
including the 1–2 character queries SQLite's FTS5 trigram index cannot answer.

pypinyin is imported when the first key is computed, not with this module: its phrase
tables take about a second and 55 MiB, which a clerk who only reads never needs.
"""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import InstrumentedAttribute

from models.validation import search_words

WORD_CACHE = 20_000  # distinct words (phrases, characters) whose pinyin is remembered


def pinyin_forms(text: str) -> tuple[str, str]:
    """Full pinyin and initials, as lazy_pinyin gives them for the whole text.

    pypinyin segments the text into words and converts each word on its own, so the
    result is the words' pinyin joined; remembering each word's pinyin makes a bulk import
    of 100,000 names about eight times faster (names share their characters).
    """
    from pypinyin.core import seg  # type: ignore[attr-defined]  # noqa: PLC0415 - see above

    parts = [_word_forms(word) for word in seg(text)]
    return "".join(p[0] for p in parts), "".join(p[1] for p in parts)


@lru_cache(maxsize=WORD_CACHE)
def _word_forms(word: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415 - see the module docstring

    full = "".join(lazy_pinyin(word, errors="default")).lower()
    initials = "".join(lazy_pinyin(word, style=Style.FIRST_LETTER, errors="default")).lower()
    return full, initials


def search_key(*texts: str) -> str:
    parts: list[str] = []
    for value in texts:
        if value:
            parts.append(value.lower())
            parts.extend(pinyin_forms(value))
    return " ".join(parts)


def surname_readings(name: str) -> list[str]:
    """Extra pinyin forms of a person's name for the other readings of its surname:
    pypinyin reads 曾 as ceng, 单 as dan, 解 as jie, 仇 as chou, 区 as qu, 朴 as pu and
    查 as cha, but as surnames they are zeng, shan, xie, qiu, ou, piao and zha. Each other
    reading of the first character gives a full form and an initials form."""
    if not name:
        return []
    from pypinyin import Style, lazy_pinyin, pinyin  # noqa: PLC0415 - see the docstring

    first = pinyin(name[0], heteronym=True, style=Style.NORMAL, errors="default")[0]
    rest = lazy_pinyin(name[1:], errors="default")
    default = lazy_pinyin(name[0], errors="default")[0]
    forms: list[str] = []
    for reading in first:
        if reading != default and reading.isascii():
            forms.append((reading + "".join(rest)).lower())
            forms.append((reading[0] + "".join(r[:1] for r in rest)).lower())
    return forms


def person_key(name: str) -> str:
    """A person's search key: the name, its pinyin and initials, and its surname's other
    readings (so 曾小凡 is found by zengxiaofan and zxf as well as cengxiaofan)."""
    return " ".join(dict.fromkeys([search_key(name), *surname_readings(name)])).strip()


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matches(column: InstrumentedAttribute[str], query: str) -> ColumnElement[bool]:
    """Every word of the query must appear in the key."""
    words = search_words(query.lower())
    if not words:
        return true()
    return and_(*(column.like(f"%{escape_like(w)}%", escape="\\") for w in words))
