"""GB/T 9704-2012 as an inspector checks it: 信函 and 文件 forms, faces and sizes, the 28 × 22
grid, 版记 on the last page, page numbers on the outer side. Every test runs on the bundled
faces and on stand-in Windows faces (the `faces` fixture)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from models.issues.letters import LetterRow
from reports import issue_letter
from reports.pdf import FontSet, LetterDocument, LetterForm, render_letter
from reports.pdf.letter_layout import layout_letter
from reports.pdf.text import Metrics

pytestmark = pytest.mark.usefixtures("faces")

PAGE_H = 297 * mm
LEFT, RIGHT = 28 * mm, 184 * mm
TOP, BOTTOM = PAGE_H - 37 * mm, PAGE_H - 262 * mm
FIRST = ("经2026年第三次社区综合党委联席会议研判，锦绣小区雨污管网堵塞问题已纳入吹哨范围，"
         "并于2026年9月12日交由你单位办理，办理时限为15个工作日。")
SECOND = ("截至目前，该问题已超过办理时限，仍未完成整改，居民反映强烈。现予函告督办，请你单位"
          "于收到本函之日起5个工作日内完成整改，并将办理结果书面反馈社区综合党委。")
MARK, NUMBER = "中共兴文社区综合委员会", "兴文社区〔2026〕12号"



def _doc(body: list[str], **extra: object) -> LetterDocument:
    values: dict[str, object] = dict(
        title="关于督促办理锦绣小区雨污管网堵塞问题的督办函", body=body, recipient="区水务局",
        issuer_mark=MARK, doc_number=NUMBER, signature=MARK, date=dt.date(2026, 11, 25))
    return LetterDocument(**{**values, **extra})  # type: ignore[arg-type]


def _runs(path: Path) -> list[list[tuple[str, float, float, float, str]]]:
    """Per page: (text, x, y, size, font resource) of every text-showing operator."""
    pages = []
    for page in pypdf.PdfReader(path).pages:
        found: list[tuple[str, float, float, float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  found: list[tuple[str, float, float, float, str]] = found) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
                found.append((text.strip(), tm[4], tm[5], size, name))
        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def _red_rules(path: Path, page: int = 0) -> list[tuple[float, float, float, float]]:
    stream = pypdf.PdfReader(path).pages[page].get_contents().get_data().decode("latin-1")
    found = re.findall(r"([\d.]+) w \.85 0 0 RG ([\d.]+) ([\d.]+) m ([\d.]+) [\d.]+ l", stream)
    return [tuple(map(float, match)) for match in found]  # type: ignore[misc]


def _face(fonts: FontSet, role: str) -> str:
    return pdfmetrics.getFont(fonts.name(role)).face.name.decode()


def test_letter_form_header_number_flush_right_and_no_number_on_page_one(
        tmp_path: Path, faces: FontSet) -> None:
    path = tmp_path / "letter.pdf"
    assert render_letter(_doc([FIRST, SECOND] * 3, form=LetterForm.LETTER), path).pages == 2
    first, second = _runs(path)
    mark = next(run for run in first if run[0] == MARK)
    assert mark[2] + 0.86 * mark[3] == pytest.approx(PAGE_H - 30 * mm, abs=0.5)  # 30 mm
    rules = _red_rules(path)
    assert len(rules) == 4  # two double rules, 170 mm long, centred
    for _, x1, _, x2 in rules:
        assert (x1, x2) == (pytest.approx(20 * mm, abs=0.1), pytest.approx(190 * mm, abs=0.1))
    heights = sorted(y for _, _, y, _ in rules)
    assert heights[0] == pytest.approx(20 * mm, abs=1.5)  # the foot rule, 20 mm up
    number = next(run for run in first if run[0] == NUMBER)
    assert number[1] + faces_width(faces, NUMBER, 16) == pytest.approx(RIGHT, abs=0.5)
    assert number[2] < heights[-2] - 14  # under the first double rule, 7/8 char away
    assert not any(text.startswith("—") for text, *_ in first)  # 首页不显示页码
    assert any(text.strip() == "— 2 —" for text, *_ in second)


def faces_width(fonts: FontSet, text: str, size: float) -> float:
    return Metrics(fonts.fangsong).width(text, size)


def test_body_is_fangsong_16_title_22_in_the_title_face(tmp_path: Path, faces: FontSet) -> None:
    path = tmp_path / "faces.pdf"
    render_letter(_doc([FIRST]), path)
    runs = _runs(path)[0]
    body = next(run for run in runs if run[0].startswith("经2026年"))
    title = next(run for run in runs if run[0].startswith("关于督促"))
    assert body[3] == 16 and title[3] == 22
    assert body[4].endswith(_face(faces, "fangsong")) and title[4].endswith(_face(faces, "title"))
    assert "WenQuanYi" not in body[4]  # never the sans face for the body
    stream = pypdf.PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    assert ("2 Tr" in stream) == faces.title_stroke  # stroked 宋 only without 小标宋


def test_grid_is_28_characters_by_22_lines_in_both_faces(faces: FontSet) -> None:
    pages = layout_letter(LetterDocument(title="通知", body=["社" * 1500]), faces)
    body = [line for line, _ in pages[1].lines]
    assert len(body) == 22 and {len(line.text) for line in body} == {28}
    baselines = [baseline for _, baseline in pages[1].lines]
    assert baselines[0] < TOP and baselines[-1] > BOTTOM
    assert baselines[0] - baselines[-1] == pytest.approx(21 * 225 * mm / 22)


def test_page_numbers_sit_on_the_outer_side_one_character_in(tmp_path: Path) -> None:
    path = tmp_path / "numbers.pdf"
    assert render_letter(_doc([FIRST, SECOND] * 9), path).pages >= 3
    for index, runs in enumerate(_runs(path)):
        label = next(run for run in runs if run[0].strip().startswith("—"))
        assert label[0].strip() == f"— {index + 1} —"
        assert label[2] + 14 * 0.3 == pytest.approx(BOTTOM - 7 * mm)  # 7 mm under the block
        if index % 2 == 0:  # odd page: right edge one 4号 character from the block's edge
            assert label[1] > (LEFT + RIGHT) / 2
        else:
            assert label[1] == pytest.approx(LEFT + 14)


def test_file_form_colophon_on_the_last_lines_of_the_last_page(tmp_path: Path,
                                                              faces: FontSet) -> None:
    path = tmp_path / "notice.pdf"
    doc = _doc([FIRST, SECOND] * 4, title="关于锦绣小区雨污管网整改情况的通知",
               copy_to=("中共兴文街道工作委员会", "区委组织部"), printer="兴文社区党群服务中心")
    pages = render_letter(doc, path).pages
    runs = _runs(path)
    assert not any("抄送" in text for page in runs[:-1] for text, *_ in page)
    last = runs[-1]
    cc = next(run for run in last if run[0].startswith("抄送："))
    assert cc[0] == "抄送：中共兴文街道工作委员会，区委组织部。" and cc[3] == 14
    assert cc[1] == pytest.approx(LEFT + 14)  # 左空一字
    printer = next(run for run in last if run[0].startswith("兴文社区党群服务中心"))
    assert printer[0].endswith("2026年11月25日印发") and printer[1] == pytest.approx(LEFT + 14)
    assert BOTTOM < printer[2] < BOTTOM + 225 * mm / 22  # the last line of the block
    assert cc[2] > printer[2]
    placed = {line.text: line for line, _ in layout_letter(doc, faces)[-1].lines}
    when = placed["2026年11月25日印发"]
    assert when.x + faces_width(faces, when.text, 14) == pytest.approx(RIGHT - 14)  # 右空一字
    stream = pypdf.PdfReader(path).pages[pages - 1].get_contents().get_data().decode("latin-1")
    widths = re.findall(r"q ([\d.]+) w 0 0 0 RG", stream)
    assert [round(float(w) / mm, 2) for w in widths] == [0.35, 0.25, 0.35]


def test_letter_form_colophon_has_only_copy_to(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    render_letter(_doc([FIRST], form=LetterForm.LETTER, copy_to=("区委组织部",)), path)
    text = "".join(run[0] for run in _runs(path)[-1])
    assert "抄送：区委组织部。" in text and "印发" not in text


def test_todays_supervision_letter_fills_28_character_lines(tmp_path: Path,
                                                           faces: FontSet) -> None:
    """The demo's 督办函: full lines hold 28 characters (two half-width digits count as one),
    and when it turns a page, body lines go over with the signature."""
    row = LetterRow(
        id=1, version=1, problem_id=1, problem_number="WT-2026-0007", assignment_id=1,
        kind="supervise", year=2026, seq=1, number="兴文社区〔2026〕1号",
        issued_on=dt.date(2026, 2, 16), title="关于督促办理“滨河安置小区5栋窨井盖缺失”问题的督办函",
        recipient="巴州区水务局", body=(
            "2026年1月20日，经驻区单位收集，发现“滨河安置小区5栋窨井盖缺失”问题（台账编号 "
            "WT-2026-0007）：人行道窨井盖缺失，仅用树枝遮挡，夜间极易发生意外。经社区综合党委"
            "联席会议研究，该问题已纳入吹哨范围，于2026年2月15日交由你单位办理，办理时限为"
            "2026年2月22日。",
            "截至2026年2月16日，该问题尚未报到。",
            "请你单位高度重视，按照“三四五”吹哨报到工作机制要求，于2026年2月23日前办结并将"
            "办理情况书面回复。逾期未办结的，将纳入量化考核，并按规定启动责任追究程序。",
            "特此督办。"),
        reply_by=dt.date(2026, 2, 23), issuer_mark=MARK, signature=MARK)
    path = issue_letter.render(row, tmp_path / "today.pdf")
    pages = layout_letter(issue_letter.document(row), faces)
    assert len(pypdf.PdfReader(path).pages) == len(pages) <= 2
    body = [line for page in pages for line, _ in page.lines
            if line.size == 16 and line.x <= LEFT + 0.01 and line.text != row.recipient + "："]
    widths = [faces_width(faces, line.text, 16) / 16 for line in body]
    full = [width for width in widths if width > 26]
    assert len(full) >= 4 and all(27 <= width <= 28 for width in full)
    text = "".join(run[0] for page in _runs(path) for run in page)
    assert "特此督办。" in text and "2026年2月16日" in text
    last = [line.text for line, _ in pages[-1].lines]
    assert last[-2:] == [MARK, "2026年2月16日"] and len([t for t in last if t]) > 2
