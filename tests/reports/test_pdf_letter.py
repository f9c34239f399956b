"""GB/T 9704 letters: what the printed page says and where it says it (pypdf only)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm

from reports.pdf import register_fonts
from reports.pdf.letter import LetterDocument, PageNumbers, render_letter
from reports.pdf.letter_layout import BOTTOM, CHAR, LEFT, RIGHT, TOP, layout_letter
from reports.pdf.text import Metrics

RED_STROKE = ".85 0 0 RG"
FIRST = ("经2026年第三次社区综合党委联席会议研判，锦绣小区雨污管网堵塞问题已纳入吹哨范围，"
         "并于2026年9月12日交由你单位办理，办理时限为15个工作日。")
SECOND = ("截至目前，该问题已超过办理时限，仍未完成整改，居民反映强烈。现予函告督办，请你单位"
          "于收到本函之日起5个工作日内完成整改，并将办理结果书面反馈社区综合党委。")


def _letter(body: list[str], **extra: object) -> LetterDocument:
    return LetterDocument(
        title="关于督促办理锦绣小区雨污管网堵塞问题的函", body=body, recipient="区水务局",
        issuer_mark="中共兴文社区综合委员会", doc_number="兴文社区〔2026〕12号",
        signature="中共兴文社区综合委员会", date=dt.date(2026, 11, 25),
        **extra)  # type: ignore[arg-type]


def _texts(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def test_short_letter_has_number_title_body_signature_and_page_number(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    assert render_letter(_letter([FIRST, "特此函告。"]), path).pages == 1
    raw = pypdf.PdfReader(path).pages[0].extract_text()
    text = _texts(path)[0]
    for expected in ("中共兴文社区综合委员会", "兴文社区〔2026〕12号",
                     "关于督促办理锦绣小区雨污管网堵塞问题的函", "区水务局：", FIRST, "特此函告。",
                     "2026年11月25日"):
        assert expected in text
    assert "— 1 —" in raw


def test_red_issuer_mark_and_rule(tmp_path: Path) -> None:
    path = tmp_path / "red.pdf"
    render_letter(_letter([FIRST]), path)
    stream = pypdf.PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    assert RED_STROKE in stream
    plain = tmp_path / "plain.pdf"
    render_letter(LetterDocument(title="公示", body=[FIRST]), plain)
    assert RED_STROKE not in pypdf.PdfReader(plain).pages[0].get_contents().get_data().decode(
        "latin-1")


def test_page_is_a4_portrait(tmp_path: Path) -> None:
    path = tmp_path / "a4.pdf"
    render_letter(_letter([FIRST]), path)
    box = pypdf.PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_long_letter_flows_onto_page_two_with_its_number(tmp_path: Path) -> None:
    body = [FIRST, SECOND] * 6
    path = tmp_path / "long.pdf"
    assert render_letter(_letter(body), path).pages >= 2
    texts = _texts(path)
    assert SECOND[:20] in texts[1] or FIRST[:20] in texts[1]
    assert "—2—" in texts[1]
    assert "".join(texts).count("截至目前") == 6
    # The issuer and date close the letter together with at least one line of the body.
    pages = layout_letter(_letter(body), register_fonts())
    last = [line.text for line, _ in pages[-1].lines]
    assert last[-2:] == ["中共兴文社区综合委员会", "2026年11月25日"]
    assert any(text not in ("", "中共兴文社区综合委员会", "2026年11月25日") for text in last)


def test_text_block_is_28_characters_by_22_lines() -> None:
    fonts = register_fonts()
    paragraph = "社" * 200  # pure CJK: the grid is exact
    pages = layout_letter(LetterDocument(title="通知", body=[paragraph] * 8), fonts)
    body = [line for line, _ in pages[1].lines]  # page 2 is all body
    assert len(body) == 22
    assert [len(line.text) for line in body[:3]] == [28, 28, 28]
    first_page_body = [line for line, _ in pages[0].lines if line.text.startswith("社")]
    assert len(first_page_body[0].text) == 26  # two characters of first-line indent
    assert first_page_body[0].x == pytest.approx(LEFT + 2 * CHAR)


def test_everything_stays_inside_the_text_block() -> None:
    pages = layout_letter(_letter([FIRST, SECOND] * 6), register_fonts())
    for page in pages:
        for line, baseline in page.lines:
            width = Metrics(line.font).width(line.text, line.size, line.char_space)
            assert LEFT - 0.01 <= line.x and line.x + width - line.char_space <= RIGHT + 0.5
            assert BOTTOM < baseline < TOP
    mark, baseline = pages[0].lines[0]
    assert mark.text == "中共兴文社区综合委员会" and mark.color != (0.0, 0.0, 0.0)
    assert baseline + 0.86 * mark.size == pytest.approx(TOP - 35 * mm)  # 35 mm under the top


def test_page_numbers_alternate_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "alt.pdf"
    render_letter(_letter([FIRST, SECOND] * 6, page_numbers=PageNumbers.ALTERNATE), path)
    reader = pypdf.PdfReader(path)
    xs = []
    for page in reader.pages[:2]:
        found: list[float] = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size, found=found: found.append(
            tm[4]) if text.strip().startswith("—") else None)
        xs.append(found[-1])
    assert xs[0] > (LEFT + RIGHT) / 2 > xs[1]  # odd page on the right, even on the left
