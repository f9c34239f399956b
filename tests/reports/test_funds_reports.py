"""The printed funds documents as a reader of the PDF sees them: the journal like a paper
cash book, the vouchers with their 大写 amounts, the summaries with the services' totals."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from models.auth import Actor
from models.db import Database, open_database
from models.demo import build_demo
from models.funds import accounts, budgets, entries, journal, posting, stats
from models.funds.demo import FundsDemo, build_funds_demo
from models.funds.entries import EntryData
from models.funds.money import amount_in_words, format_fen
from reports import funds_journal, funds_summary, funds_voucher
from reports.pdf import register_fonts, render_ledger
from reports.pdf.ledger import PAGE_SIZE
from reports.pdf.ledger_layout import layout_ledger
from tests.support.users import add_demo_users

TODAY = dt.date(2026, 6, 30)
YEAR = 2025
CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")
RED_FILL = ".85 0 0 rg"
CARRY = re.compile(r"(承前页|过次页) (-?[\d,]+\.\d\d) (-?[\d,]+\.\d\d) (借|贷|平) ([\d,]+\.\d\d|θ)")


@pytest.fixture(scope="module")
def demo_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("funds-demo") / "demo.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    with database.session() as session:
        add_demo_users(session)
        build_demo(session)
        build_funds_demo(session, today=TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Database, FundsDemo]]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    database = open_database(str(path))
    with database.read_session() as session:
        branch = min(b.id for b in accounts.list_branches(session))
    yield database, FundsDemo((YEAR, YEAR + 1), 0, 0, 0, branch, "fiscal")
    database.dispose()


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def _book(database: Database, fund: str, holder: int | None) -> journal.JournalContext:
    with database.read_session() as session:
        return journal.build_journal(session, fund=fund, holder=holder,
                                     start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31))


def _post(database: Database, data: EntryData) -> entries.EntryRecord:
    with database.session() as session:
        entry_id = entries.create_draft(session, CLERK, data)
    with database.session() as session:
        return posting.post_entry(session, REVIEWER, entry_id, 1)


def test_journal_turns_pages_like_a_paper_book(demo, tmp_path: Path) -> None:
    database, made = demo
    out = funds_journal.render_journal(database, fund="fiscal", holder=made.long_journal_branch_id,
                                       start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31),
                                       out=tmp_path / "journal.pdf")
    pages, book = _pages(out), _book(database, "fiscal", made.long_journal_branch_id)
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert "翰林苑小区党支部党建工作经费日记账" in text and "借或贷" in text
        assert "账户：翰林苑小区党支部" in text and "经费来源：财政投入" in text
        assert ("承前页" in text) == (number > 1)
        assert ("过次页" in text) == (number < total)
    months = sum(line.kind == journal.MONTH_TOTAL for line in book.lines)
    assert months == 12
    document = "\n".join(pages)
    assert document.count("本月合计") == months and document.count("本年累计") == months
    entries_printed = [line for line in book.lines if line.kind == journal.ENTRY]
    for line in entries_printed[::7]:  # the running balance of every seventh entry
        assert f"{line.summary} " in document and line.balance_text in document
    last_total = book.lines[-1]
    assert (f"本年累计 {format_fen(last_total.year_income_fen)} "
            f"{format_fen(last_total.year_expense_fen)} 借 "
            f"{format_fen(book.closing_balance_fen)}") in pages[-1]
    # Reversing entries print in red, with their negative amount.
    reversal = next(line for line in book.lines if line.is_reversal)
    assert reversal.expense_text in document and reversal.expense_text.startswith("-")
    reader = pypdf.PdfReader(out)
    assert any(RED_FILL in page.get_contents().get_data().decode("latin-1")
               for page in reader.pages)


def test_carried_figures_agree_across_each_page_turn(demo, tmp_path: Path) -> None:
    database, made = demo
    out = funds_journal.render_journal(database, fund="fiscal", holder=made.long_journal_branch_id,
                                       start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31),
                                       out=tmp_path / "journal.pdf")
    pages = _pages(out)
    for before, after in zip(pages, pages[1:], strict=False):
        lines = before.splitlines()
        index = next(i for i, line in enumerate(lines) if "过次页" in line)
        carried = CARRY.search(lines[index])
        brought = CARRY.search(next(line for line in after.splitlines() if "承前页" in line))
        assert carried and brought
        assert carried.groups()[1:] == brought.groups()[1:]
        # The balance carried is the one of the last line printed above it.
        assert lines[index - 1].split()[-1] == carried[5]


def test_a_zero_balance_prints_ping_and_theta(demo, tmp_path: Path) -> None:
    database, made = demo
    branch = made.long_journal_branch_id
    balance = accounts_balance(database, "donation", branch, dt.date(YEAR, 9, 30))
    assert balance > 0
    _post(database, EntryData("spending", "donation", dt.date(YEAR, 9, 30), balance,
                              "小区助老活动物资", holder_org_id=branch, category="党建活动",
                              counterparty="兴文超市", approver="王建国",
                              meeting_ref="支委会（2025年第7次）",
                              meeting_date=dt.date(YEAR, 9, 25)))
    book = _book(database, "donation", branch)
    assert book.lines[-1].balance_fen == 0
    text = "\n".join(_pages(funds_journal.render_journal(
        database, fund="donation", holder=branch, start=dt.date(YEAR, 1, 1),
        end=dt.date(YEAR, 12, 31), out=tmp_path / "zero.pdf")))
    assert re.search(r"上年结转\s+平\s+θ", text)  # the first year opens at zero
    assert re.search(rf"小区助老活动物资\s+{re.escape(format_fen(balance))}\s+平\s+θ", text)
    assert re.search(r"本年累计\s+[\d,]+\.\d\d\s+[\d,]+\.\d\d\s+平\s+θ", text)
    assert not re.search(r"平\s+0\.00", text)  # a zero balance is θ, never 0.00


def accounts_balance(database: Database, fund: str, holder: int, on: dt.date) -> int:
    with database.read_session() as session:
        return accounts.balance(session, fund, holder, on)


def test_cli_report_prints_a_book_per_fund(demo, tmp_path: Path) -> None:
    database, made = demo
    out = funds_journal.render_journal_report(database, YEAR, made.long_journal_branch_id,
                                              tmp_path / "report.pdf")
    pages = _pages(out)
    for label in ("财政投入", "党费留存补助", "社会筹集"):
        assert any(f"经费来源：{label}" in text for text in pages)
    fiscal = [t for t in pages if "经费来源：财政投入" in t]
    dues = [t for t in pages if "经费来源：党费留存补助" in t]
    donation = [t for t in pages if "经费来源：社会筹集" in t]
    total = len(fiscal) + len(dues) + len(donation)
    assert len(pages) == total and len(fiscal) >= 3
    # One printed book: pages numbered straight through the three funds.
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
    assert pages.index(dues[0]) == len(fiscal)  # each fund starts on a page of its own


def test_voucher_has_amount_in_words_and_figures(demo, tmp_path: Path) -> None:
    database, made = demo
    posted = _post(database, EntryData(
        "spending", "fiscal", dt.date(YEAR, 12, 30), "1,409.5", "党群服务站书柜采购",
        holder_org_id=made.long_journal_branch_id, category="阵地建设",
        counterparty="江北五金店", approver="王建国"))
    out = funds_voucher.render_voucher(database, posted.voucher_year, posted.voucher_no,
                                       tmp_path / "voucher.pdf")
    reader = pypdf.PdfReader(out)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 420)  # A5 landscape
    assert "支 出 凭 单" in text and f"凭证号：{posted.voucher}" in text
    assert "壹仟肆佰零玖元伍角" in text and "¥1,409.50" in text
    assert "江北五金店" in text and "党群服务站书柜采购" in text and "阵地建设" in text
    assert "翰林苑小区党支部" in text and "财政投入" in text
    assert all(f"{role}：" in text for role in ("负责人", "审核人", "经办人", "领款人"))
    assert "王建国" in text and "李秀英" in text and "张小军" in text


def test_reversal_and_receipt_vouchers(demo, tmp_path: Path) -> None:
    database, _made = demo
    with database.read_session() as session:
        listed = entries.list_entries(session, year=YEAR, status="posted")
    reversal = next(e for e in listed if e.is_reversal)
    receipt = next(e for e in listed if e.kind == "receipt" and e.amount_fen % 100 == 0)
    out = funds_voucher.render_voucher(database, YEAR, reversal.voucher_no, tmp_path / "r.pdf")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "红字冲销" in text and reversal.reverses_voucher in text
    assert amount_in_words(reversal.amount_fen) in text
    assert RED_FILL in pypdf.PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    out = funds_voucher.render_voucher(database, YEAR, receipt.voucher_no, tmp_path / "c.pdf")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "收 款 凭 单" in text and amount_in_words(receipt.amount_fen).endswith("整")
    assert amount_in_words(receipt.amount_fen) in text and receipt.counterparty in text


def test_summary_shows_the_services_totals(demo, tmp_path: Path) -> None:
    database, _made = demo
    with database.read_session() as session:
        figures = stats.fund_stats(session, YEAR + 1)
        last_year = stats.fund_stats(session, YEAR)
    out = funds_summary.render_summary_report(database, YEAR + 1, tmp_path / "summary.pdf")
    summary, *history = _pages(out)
    assert "小区党建工作经费收支汇总表" in summary and "合计" in summary
    for fund in figures.funds:
        assert (f"小计 {format_fen(fund.opening_fen)} {format_fen(fund.received_fen)} "
                f"{format_fen(fund.allocated_fen)}") in summary
    assert format_fen(figures.received_fen) in summary and format_fen(figures.spent_fen) in summary
    since = f"{YEAR}年以来累计拨付小区党支部经费 {format_fen(figures.allocated_since_fen)} 元"
    assert since in summary
    assert figures.allocated_since_fen == last_year.allocated_fen + figures.allocated_fen
    text = "\n".join(history)
    assert "小区党建工作经费历年汇总表" in text
    assert f"{YEAR}年 小计" in text and f"{YEAR + 1}年 小计" in text
    assert (f"{format_fen(last_year.received_fen + figures.received_fen)} "
            f"{format_fen(figures.allocated_since_fen)}") in text


def test_budget_report_against_actual(demo, tmp_path: Path) -> None:
    database, made = demo
    with database.read_session() as session:
        rows = budgets.budget_vs_actual(session, YEAR)
        name = accounts.holder_name(session, made.long_journal_branch_id)
    budget, actual = sum(r.budget_fen for r in rows), sum(r.actual_fen for r in rows)
    out = funds_summary.render_budget_report(database, YEAR, None, tmp_path / "budget.pdf")
    text = "\n".join(_pages(out))
    assert "小区党建工作经费预算执行情况表" in text
    assert f"合计 {format_fen(budget)} {format_fen(actual)} {format_fen(budget - actual)}" in text
    assert "超预算" in text or "无预算支出" in text
    mine = [r for r in rows if r.branch_id == made.long_journal_branch_id]
    out = funds_summary.render_budget_report(database, YEAR, made.long_journal_branch_id,
                                             tmp_path / "one.pdf")
    text = "\n".join(_pages(out))
    subtotal = sum(r.budget_fen for r in mine), sum(r.actual_fen for r in mine)
    assert f"{name} 小计 {format_fen(subtotal[0])} {format_fen(subtotal[1])}" in text
    assert not re.search(r"^合计 ", text, re.MULTILINE)  # one branch: its 小计 is the total


def test_printed_pages_are_the_books_pages(demo) -> None:
    """The engine's page turns carry what journal_pages.paginate carries for the same
    number of lines per page: the printed book and the model agree on every 承前页/过次页."""
    from models.funds.journal_pages import paginate  # noqa: PLC0415
    from reports.pdf import register_fonts  # noqa: PLC0415
    from reports.pdf.ledger import PAGE_SIZE  # noqa: PLC0415
    from reports.pdf.ledger_layout import layout_ledger  # noqa: PLC0415

    database, made = demo
    with database.read_session() as session:
        report = funds_journal.build(session, fund="fiscal", holder=made.long_journal_branch_id,
                                     start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31))
    layout = layout_ledger(funds_journal.document(report), register_fonts(), PAGE_SIZE)
    printed = [[s.row.cells for s in page.slices] for page in layout.pages]
    per_page = len(printed[0])
    assert all(len(page) == per_page for page in printed[:-1])
    pages = paginate(report.journal, per_page)
    assert len(pages) == len(printed)
    for page, cells in zip(pages, printed, strict=True):
        expected = [funds_journal.line_cells(line, True) for line in page.lines]
        assert [[" ".join(c) for c in row] for row in cells] == expected


def test_reports_and_page_queries_on_each_backend(db: Database, tmp_path: Path) -> None:
    """The queries behind the page and the documents agree on SQLite and PostgreSQL."""
    from models.funds import ui_queries  # noqa: PLC0415

    with db.session() as session:
        add_demo_users(session)
        build_demo(session)
        made = build_funds_demo(session, today=TODAY)
    with db.read_session() as session:
        assert ui_queries.office_name(session) == "兴文社区"
        assert ui_queries.entry_years(session, TODAY) == [YEAR + 1, YEAR]
        totals = ui_queries.holder_balances(session, entries.ALL)
        mine = ui_queries.holder_balances(session, made.long_journal_branch_id)
        every = accounts.balances(session)
        bad = ui_queries.check_entry(session, EntryData(
            "spending", "dues", TODAY, "12.345", "", holder_org_id=made.long_journal_branch_id))
    assert totals == {f: sum(b.balance_fen for b in every if b.account.fund == f)
                      for f in ("fiscal", "dues", "donation")}
    assert mine["fiscal"] == next(b.balance_fen for b in every if b.account.fund == "fiscal"
                                  and b.account.holder_org_id == made.long_journal_branch_id)
    assert {"amount", "summary", "category", "counterparty", "approver"} <= set(bad)
    out = funds_journal.render_journal_report(db, YEAR, made.long_journal_branch_id,
                                              tmp_path / "book.pdf", fund="fiscal")
    assert "过次页" in _pages(out)[0]
    out = funds_summary.render_summary_report(db, YEAR, tmp_path / "summary.pdf")
    assert "合计" in _pages(out)[0]


def _runs(path: Path) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on page 1."""
    found: list[tuple[str, float, float]] = []
    pypdf.PdfReader(path).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, font, size: found.append((text.strip(), tm[4], tm[5]))
        if text.strip() else None)
    return found


@pytest.mark.usefixtures("faces")
def test_branch_voucher_names_the_branch_as_unit_and_has_six_signatures(
        demo, tmp_path: Path) -> None:
    database, made = demo
    with database.read_session() as session:
        branch = accounts.holder_name(session, made.long_journal_branch_id)
    posted = _post(database, EntryData(
        "spending", "fiscal", dt.date(YEAR, 12, 30), "1,680.32", "党员活动室桌椅",
        holder_org_id=made.long_journal_branch_id, category="阵地建设",
        counterparty="江北家具店", approver="王建国"))
    out = funds_voucher.render_voucher(database, YEAR, posted.voucher_no, tmp_path / "v.pdf")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert f"单位：{branch}" in text and "单位：兴文社区" not in text
    assert "壹仟陆佰捌拾元零叁角贰分" in text
    runs = _runs(out)
    first = next((t, y) for t, _x, y in runs if t.startswith("负责人："))
    second = next((t, y) for t, _x, y in runs if t.startswith("出纳："))
    assert re.fullmatch(r"负责人：王建国\s+审核人：李秀英\s+会计：", first[0])
    assert re.fullmatch(r"出纳：\s+经办人：张小军\s+领款人：", second[0])
    assert 8 < second[1] < first[1]  # two rows, inside the page


@pytest.mark.usefixtures("faces")
def test_reversal_voucher_red_with_two_different_people(
        demo, tmp_path: Path) -> None:
    database, _made = demo
    with database.read_session() as session:
        listed = entries.list_entries(session, year=YEAR, status="posted")
    reversal = next(e for e in listed if e.is_reversal)
    assert reversal.drafted_by and reversal.posted_by != reversal.drafted_by
    out = funds_voucher.render_voucher(database, YEAR, reversal.voucher_no, tmp_path / "r.pdf")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    unit = reversal.holder_name if reversal.holder_org_id and reversal.kind != "allocation" \
        else "兴文社区"
    assert f"单位：{unit}" in text and "红字冲销" in text
    assert reversal.posted_by in text and reversal.drafted_by in text


def _journal_layout(database: Database, holder: int | None):
    with database.read_session() as session:
        report = funds_journal.build(session, fund="fiscal", holder=holder,
                                     start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31))
    doc = funds_journal.document(report)
    return doc, layout_ledger(doc, register_fonts(), PAGE_SIZE)


def _fen(text: list[str]) -> int:
    return round(Decimal(text[0].replace(",", "")) * 100) if text else 0


def _page_rows(page) -> list[tuple[str, int, int]]:
    """(摘要, 收入, 支出) of each whole row on a laid-out page."""
    return [(piece.row.cells[2][0], _fen(piece.row.cells[3]), _fen(piece.row.cells[4]))
            for piece in page.slices]


@pytest.mark.usefixtures("faces")
def test_each_page_adds_up_to_its_month_total_also_after_a_closed_month(
        demo) -> None:
    database, made = demo
    _doc, layout = _journal_layout(database, made.long_journal_branch_id)
    closed_at_turn = 0
    for page in layout.pages:
        rows = _page_rows(page)
        running = [0, 0]
        for index, (summary, income, expense) in enumerate(rows):
            if summary == "本月合计":
                assert [income, expense] == running  # 承前页 + this page's rows
            if summary in ("本年累计", "上年结转"):
                running = [0, 0]
            elif summary == "过次页":
                assert [income, expense] == running
                closed_at_turn += rows[index - 1][0] == "本年累计"
            elif summary != "本月合计":
                running = [running[0] + income, running[1] + expense]
        summaries = [row[0] for row in rows]
        if "本年累计" in summaries:  # never alone: its 本月合计 is on the same page, above
            first = summaries.index("本年累计")
            assert first > 0 and summaries[first - 1] == "本月合计"
    assert closed_at_turn >= 1  # the demo's year has a month closed at a page turn


@pytest.mark.usefixtures("faces")
def test_reversal_amounts_red_balance_black_and_red_rules_close_months(
        demo, tmp_path: Path) -> None:
    database, made = demo
    doc, layout = _journal_layout(database, made.long_journal_branch_id)
    out = tmp_path / "journal.pdf"
    render_ledger(doc, out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == len(layout.pages)
    for page, laid in zip(reader.pages, layout.pages, strict=True):
        stream = page.get_contents().get_data().decode("latin-1")
        text_ops = stream[stream.index("BT"):]
        red_shows = sum(len(re.findall(r"\) Tj", chunk.split("0 0 0 rg")[0]))
                        for chunk in text_ops.split(RED_FILL)[1:])
        reversals = sum(piece.row.style.color is not None for piece in laid.slices)
        assert red_shows == reversals  # one red amount per reversal: the balance is black
        summaries = [row[0] for row in _page_rows(laid)]
        year_end = "12-31" in " ".join(piece.row.cells[0][0] for piece in laid.slices
                                        if piece.row.cells[2] == ["本年累计"])
        expected = summaries.count("本月合计") + summaries.count("本年累计") + year_end
        rules = re.findall(r"q ([\d.]+) w \.85 0 0 RG ((?:[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l ?)+)S Q",
                           stream)
        assert sum(part.count(" m ") for _w, part in rules) == expected
    last = reader.pages[-1].extract_text()
    assert "翰林苑小区党支部党建工作经费日记账" in last


def test_community_journal_is_titled_with_the_office(demo, tmp_path: Path) -> None:
    database, _made = demo
    out = funds_journal.render_journal(database, fund="fiscal", holder=None,
                                       start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31),
                                       out=tmp_path / "community.pdf")
    first = _pages(out)[0]
    assert "兴文社区党建工作经费日记账" in first and "小区党建工作经费日记账" not in first
