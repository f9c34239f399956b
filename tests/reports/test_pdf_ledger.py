"""The landscape ledger as a reader of the printed PDF sees it (pypdf only, no poppler)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from reports.pdf import (
    REVERSAL,
    TOTAL,
    Align,
    Column,
    LedgerDocument,
    RowStyle,
    StyledRow,
    register_fonts,
    render_ledger,
)
from reports.pdf.ledger import PAGE_SIZE
from reports.pdf.ledger_layout import PAD_X, LedgerLayout, layout_ledger
from reports.pdf.text import Metrics

RED_FILL = ".85 0 0 rg"  # reportlab writes 0.85 as .85
COLUMNS = [
    Column("序号", 0.5, Align.CENTER), Column("发现日期", 1.0, Align.CENTER),
    Column("问题类别", 1.2), Column("问题描述", 3.5), Column("责任单位", 1.2),
    Column("状态", 0.7, Align.CENTER), Column("金额（元）", 1.0, Align.RIGHT),
]
_A = "锦绣小区雨污管网堵塞问题反映强烈居民出行困难急需疏通整改落实到位"
_B = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳"
LONG = "".join(_A[i % len(_A)] + _B[i % len(_B)] for i in range(200))  # 400 characters


def _row(i: int, description: str = "路灯损坏已逾两周，夜间出行存在安全隐患。") -> tuple[str, ...]:
    return (str(i + 1), "2026-03-15", "市政设施", description, "区住建局", "办理中",
            f"{(i * 7919) % 100000 / 100:,.2f}")


def _doc(rows: list[tuple[str, ...]], **extra: object) -> LedgerDocument:
    return LedgerDocument(title="兴文社区问题台账", office="兴文社区居民委员会",
                          period="2026年1月1日至2026年11月25日", columns=COLUMNS, rows=rows,
                          printed_on=dt.date(2026, 11, 25), **extra)  # type: ignore[arg-type]


def _texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _ascii_runs(path: Path, page: int) -> list[tuple[str, float]]:
    """(text, x) of each text run; ASCII glyphs keep their codes in reportlab's first subset."""
    reader = pypdf.PdfReader(path)
    content = ContentStream(reader.pages[page].get_contents(), reader)
    runs, x = [], 0.0
    for operands, operator in content.operations:
        if operator == b"Tm":
            x = float(operands[4])
        elif operator == b"Tj":
            raw = operands[0]
            data = raw.get_original_bytes() if hasattr(raw, "get_original_bytes") else bytes(raw)
            runs.append((data.decode("latin-1"), x))
    return runs


@pytest.fixture
def many(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.pdf"
    render_ledger(_doc([_row(i) for i in range(120)]), path)
    return path


def test_title_cells_and_page_numbers_are_text_in_the_pdf(many: Path) -> None:
    pages = _texts(many)
    total = len(pages)
    assert total >= 3
    assert "兴文社区问题台账" in pages[0] and "兴文社区居民委员会" in pages[0]
    assert "路灯损坏已逾两周，夜间出行存在安全隐患。" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert "打印日期：2026-11-25" in text
        assert "2026年1月1日至2026年11月25日" in text


def test_header_row_repeats_on_every_page(many: Path) -> None:
    for text in _texts(many)[1:]:
        assert "发现日期" in text and "问题描述" in text and "金额（元）" in text


def test_page_is_a4_landscape(many: Path) -> None:
    box = pypdf.PdfReader(many).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_signature_block_and_seal_only_on_last_page(many: Path) -> None:
    pages = _texts(many)
    assert all(word in pages[-1] for word in ("经办人：", "审核人：", "负责人：", "（盖章）"))
    assert not any("经办人" in text or "盖章" in text for text in pages[:-1])


def test_long_description_wraps_completely_and_the_row_grows(tmp_path: Path) -> None:
    doc = _doc([_row(0), _row(1, LONG), _row(2)])
    path = tmp_path / "long.pdf"
    render_ledger(doc, path)
    assert LONG in _squash("".join(_texts(path)))
    layout = layout_ledger(doc, register_fonts(), PAGE_SIZE)
    short, tall = (s for s in layout.pages[0].slices[:2])
    assert "".join(tall.row.cells[3]) == LONG  # every character kept, in order
    assert tall.row.lines > 5 and tall.height > 5 * short.height


def test_row_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    text = LONG * 8  # 3,200 characters: several pages in a 3.5/9 wide column
    doc = _doc([_row(0), _row(1, text), _row(2)])
    layout = layout_ledger(doc, register_fonts(), PAGE_SIZE)
    pieces = [(page.index, s) for page in layout.pages for s in page.slices if s.row.lines > 50]
    assert len({id(s.row) for _, s in pieces}) == 1 and len({i for i, _ in pieces}) >= 2
    assert "".join(line for _, s in pieces for line in s.row.cells[3][s.first:s.last]) == text
    path = tmp_path / "split.pdf"
    render_ledger(doc, path)
    pages = _texts(path)
    for index, piece in pieces:  # each page prints its share of the lines, in order
        assert "".join(piece.row.cells[3][piece.first:piece.last]) in _squash(pages[index])
    assert "问题描述" in pages[pieces[-1][0]]  # the continuation has the header row again


def test_numbers_are_right_aligned(many: Path) -> None:
    amounts = {row[6] for row in (_row(i) for i in range(120))}
    runs = [(text, x) for text, x in _ascii_runs(many, 0) if text in amounts]
    assert len({x for _, x in runs}) > 1  # different lengths, so left edges differ
    geometry = layout_ledger(_doc([]), register_fonts(), PAGE_SIZE).geometry
    metrics = Metrics(register_fonts().song)
    for text, x in runs:
        assert x + metrics.width(text, 9.0) == pytest.approx(geometry.right - PAD_X, abs=0.05)


def test_font_is_an_embedded_truetype_subset_never_helvetica(many: Path) -> None:
    fonts_used = register_fonts()
    faces = "|".join(re.escape(pdfmetrics.getFont(name).face.name.decode())
                     for name in (fonts_used.song, fonts_used.hei))  # body and bold rows
    reader = pypdf.PdfReader(many)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert "Helvetica" not in font["/BaseFont"]
            assert font["/Subtype"] == "/TrueType"
            assert re.fullmatch(rf"/[A-Z]{{6}}\+({faces}).*", font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_progress_is_reported_in_steps_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    render_ledger(_doc([_row(i) for i in range(450)]), tmp_path / "p.pdf",
                  lambda done, total: calls.append((done, total)))
    assert len(calls) >= 8
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (900, 900)


def test_page_turn_hooks_carry_the_running_total(tmp_path: Path) -> None:
    rows = [_row(i) for i in range(150)]
    amounts = [int(row[6].replace(",", "").replace(".", "")) for row in rows]

    def money(done: int) -> str:
        return f"{sum(amounts[:done]) / 100:,.2f}"

    def carried(done: int, label: str) -> list[StyledRow]:
        return [StyledRow(("", "", label, "", "", "", money(done)), TOTAL)]

    doc = _doc(rows, page_top_rows=lambda page, done: carried(done, "承前页") if page else [],
               page_bottom_rows=lambda page, done: carried(done, "过次页"))
    layout = layout_ledger(doc, register_fonts(), PAGE_SIZE)
    assert len(layout.pages) >= 3
    done = 0
    for page in layout.pages:
        first, last = page.slices[0].row, page.slices[-1].row
        if page.index:
            assert first.cells[2] == ["承前页"] and first.cells[6] == [money(done)]
        done += sum(1 for s in page.slices if s.row.data and s.first == 0)
        if page is not layout.pages[-1]:
            assert last.cells[2] == ["过次页"] and last.cells[6] == [money(done)]
        else:
            assert last.data  # no 过次页 after the last row
    assert done == len(rows)
    _assert_nothing_below_the_table(layout)


def _assert_nothing_below_the_table(layout: LedgerLayout) -> None:
    floor = layout.geometry.body_bottom
    for page in layout.pages:
        assert all(s.top - s.height >= floor - 0.01 for s in page.slices)


def test_styles_print_red_reversals_and_bold_totals(tmp_path: Path) -> None:
    rows = [_row(0), _row(1), ("", "", "合计", "", "", "", "1,000.00")]
    path = tmp_path / "styles.pdf"
    render_ledger(_doc(rows, row_styles={1: REVERSAL, 2: TOTAL}), path)
    stream = pypdf.PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    assert RED_FILL in stream  # red fill for the reversing entry's text
    fonts = register_fonts()
    assert ("2 Tr" in stream) if fonts.bold_is_synthetic else fonts.hei != fonts.song
    plain = tmp_path / "plain.pdf"
    render_ledger(_doc(rows[:2]), plain)
    assert RED_FILL not in pypdf.PdfReader(plain).pages[0].get_contents().get_data().decode(
        "latin-1")


def test_empty_ledger_still_prints_header_and_signature(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    assert render_ledger(_doc([]), path).pages == 1
    text = _texts(path)[0]
    assert "问题描述" in text and "第 1 页 共 1 页" in text and "负责人：" in text


def test_rows_must_match_the_columns() -> None:
    with pytest.raises(ValueError, match="row 0"):
        _doc([("1", "2")])


def test_wrapping_keeps_punctuation_off_line_starts_and_words_whole() -> None:
    metrics = Metrics(register_fonts().song)
    five = metrics.width("一二三四五", 10) + 0.01
    assert metrics.wrap("一二三四五，六七八", five, 10) == ["一二三四", "五，六七八"]
    assert metrics.wrap("一二三四（五六七", five, 10) == ["一二三四", "（五六七"]
    words = metrics.wrap("编号ABC123 测试", metrics.width("编号ABC", 10), 10)
    assert words == ["编号", "ABC123", "测试"]
    long_word = "HTTPS://EXAMPLE.ORG/" * 4
    lines = metrics.wrap(long_word, five, 10)
    assert "".join(lines) == long_word and all(metrics.width(x, 10) <= five for x in lines)


def test_bottom_rows_that_grow_push_rows_overleaf_without_losing_any() -> None:
    rows = [_row(i) for i in range(200)]

    def growing(page: int, done: int) -> list[StyledRow]:
        # Reserved when the page opens, taller when it closes: the engine must make room.
        return [StyledRow(("", "", "过次页", "\n".join(["小计"] * (1 + done // 10)), "", "", ""))]

    layout = layout_ledger(_doc(rows, page_bottom_rows=growing), register_fonts(), PAGE_SIZE)
    numbers = [s.row.cells[0][0] for page in layout.pages for s in page.slices if s.row.data]
    assert numbers == [str(i + 1) for i in range(200)]
    _assert_nothing_below_the_table(layout)


def test_a_row_kept_with_the_previous_one_takes_it_over_the_page_turn() -> None:
    fonts = register_fonts()
    plain = layout_ledger(_doc([_row(i) for i in range(60)]), fonts, PAGE_SIZE)
    first_page = sum(piece.row.data for piece in plain.pages[0].slices)
    kept = RowStyle(bold=True, keep_with_previous=True)
    doc = _doc([_row(i) for i in range(60)], row_styles={first_page: kept})
    pages = layout_ledger(doc, fonts, PAGE_SIZE).pages
    assert sum(piece.row.data for piece in pages[0].slices) == first_page - 1
    top = [piece.row.cells[0] for piece in pages[1].slices[:2]]
    assert top == [[str(first_page)], [str(first_page + 1)]]  # the pair opens page 2
