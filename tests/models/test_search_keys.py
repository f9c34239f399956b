"""Search keys computed word by word (remembered) equal pypinyin's for the whole text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from models.registry.search import pinyin_forms

# Polyphonic characters whose reading depends on the phrase (重庆, 银行, 长江 ...), letters,
# digits and spaces, so words and non-Chinese runs meet in every order.
ALPHABET = "重庆银行长江朝阳曾经单于乐音调查会计行长都是张王李建国秀英 Ab1２〇-、"


def whole_text(text: str) -> tuple[str, str]:
    return ("".join(lazy_pinyin(text, errors="default")).lower(),
            "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")).lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=12))
def test_pinyin_forms_equal_pypinyin_on_the_whole_text(text: str) -> None:
    assert pinyin_forms(text) == whole_text(text)


def test_known_names() -> None:
    assert pinyin_forms("重庆银行") == ("chongqingyinhang", "cqyh")
    assert pinyin_forms("张三 Li") == ("zhangsan li", "zs li")
