"""The command line as a script or a clerk's IT helper would use it."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GONGJIAN_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "demo.db"
    result = run("demo", "--db", str(path), data=folder / "data")
    assert result.returncode == 0, result.stderr
    return path


def test_help_lists_verbs(tmp_path: Path) -> None:
    result = run("--help", data=tmp_path)
    assert result.returncode == 0
    for verb in ("check", "demo", "backup", "restore", "screenshot"):
        assert verb in result.stdout


def test_demo_refuses_to_overwrite(demo_db: Path, tmp_path: Path) -> None:
    before = demo_db.read_bytes()
    result = run("demo", "--db", str(demo_db), data=tmp_path)
    assert result.returncode == 1 and "已存在" in result.stderr
    assert demo_db.read_bytes() == before


def test_check_good_database(demo_db: Path, tmp_path: Path) -> None:
    result = run("check", "--db", str(demo_db), data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "检查通过" in result.stdout


def test_check_corrupted_database_keeps_file(demo_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    data = bytearray(demo_db.read_bytes())
    data[4096 * 3: 4096 * 3 + 2048] = b"\x00\xff" * 1024
    broken.write_bytes(bytes(data))
    result = run("check", "--db", str(broken), data=tmp_path / "data")
    assert result.returncode == 1
    assert "问题" in result.stderr
    assert broken.read_bytes() == bytes(data)


def test_check_missing_file(tmp_path: Path) -> None:
    result = run("check", "--db", str(tmp_path / "nope.db"), data=tmp_path)
    assert result.returncode == 1 and "找不到" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_backup_then_restore(demo_db: Path, tmp_path: Path) -> None:
    work = tmp_path / "work.db"
    work.write_bytes(demo_db.read_bytes())
    data = tmp_path / "data"
    result = run("backup", "--db", str(work), data=data)
    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.strip().split("：", 1)[1])
    assert backup.exists()
    result = run("restore", "--db", str(work), "--from", str(backup), data=data)
    assert result.returncode == 0, result.stderr
    assert "另存为" in result.stdout
    assert run("check", "--db", str(work), data=data).returncode == 0


def test_screenshot_writes_a_png_per_page(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    work = tmp_path / "work.db"
    work.write_bytes(demo_db.read_bytes())
    result = run("screenshot", "--db", str(work), "--out", str(out), data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in out.glob("*.png") if p.name.count("-") == 1)
    assert pages[0] == "01-HomePage.png" and len(pages) >= 4
    for png in out.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_stats_json_matches_the_services(demo_db: Path, tmp_path: Path) -> None:
    import datetime as dt
    import json

    from models.db import open_database
    from models.funds.stats import fund_stats
    from models.issues.stats import issue_stats

    result = run("stats", "issues", "--db", str(demo_db), "--from", "2026-01-01",
                 "--to", "2026-06-30", "--json", data=tmp_path)
    assert result.returncode == 0, result.stderr
    issues = json.loads(result.stdout)
    result = run("stats", "funds", "--db", str(demo_db), "--year", "2025", "--json", data=tmp_path)
    assert result.returncode == 0, result.stderr
    funds = json.loads(result.stdout)
    database = open_database(str(demo_db))
    with database.read_session() as session:
        expected = issue_stats(session, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        assert issues["total"]["collected"] == expected.total.collected
        assert funds == json.loads(fund_stats(session, 2025).as_json())
    database.dispose()
    assert funds["year"] == 2025


def test_stats_refuses_a_bad_date(demo_db: Path, tmp_path: Path) -> None:
    result = run("stats", "issues", "--db", str(demo_db), "--from", "2026-13-01", data=tmp_path)
    assert result.returncode == 2 and "2026-11-25" in result.stderr


def test_report_voucher_and_letter_verbs(demo_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from models.db import open_database
    from models.funds.entries import list_entries
    from models.issues.ledger import ProblemFilter, problem_ids, problem_rows

    database = open_database(str(demo_db))
    with database.read_session() as session:
        posted = [e for e in list_entries(session, year=2025, status="posted") if e.voucher_no]
        rows = problem_rows(session, problem_ids(session, ProblemFilter()))
    database.dispose()
    open_problem = next(r for r in rows if r.state in ("assigned", "reported", "in_progress"))
    closed = next(r for r in rows if r.state == "closed")

    def text(path: Path) -> str:
        return "".join(page.extract_text() for page in PdfReader(path).pages)

    out = tmp_path / "ledger.pdf"
    assert run("report", "issues", "--db", str(demo_db), "--from", "2025-01-01", "--to",
               "2026-12-31", "--out", str(out), data=tmp_path).returncode == 0
    assert "问题台账" in text(out) and open_problem.number in text(out)
    out = tmp_path / "journal.pdf"
    assert run("report", "funds", "--db", str(demo_db), "--year", "2025", "--out", str(out),
               data=tmp_path).returncode == 0
    assert "日记账" in text(out) and "本年累计" in text(out)
    out = tmp_path / "voucher.pdf"
    entry = posted[0]
    assert run("voucher", "--db", str(demo_db), "--year", "2025", "--number",
               str(entry.voucher_no), "--out", str(out), data=tmp_path).returncode == 0
    assert entry.amount_words in text(out)
    out = tmp_path / "letter.pdf"
    result = run("letter", "--db", str(demo_db), "--problem", str(open_problem.id), "--out",
                 str(out), data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "〔" in text(out) and "— 1 —" in text(out)
    refused = run("letter", "--db", str(demo_db), "--problem", str(closed.id), "--out",
                  str(tmp_path / "no.pdf"), data=tmp_path)
    assert refused.returncode == 1 and "已销号" in refused.stderr


def test_branch_problem_and_voucher_may_be_named(demo_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from models.db import open_database
    from models.issues.ledger import ProblemFilter, problem_ids, problem_rows

    database = open_database(str(demo_db))
    with database.read_session() as session:
        rows = problem_rows(session, problem_ids(session, ProblemFilter()))
    database.dispose()
    open_problem = next(r for r in rows if r.state in ("assigned", "reported", "in_progress"))
    journal = tmp_path / "journal.pdf"
    result = run("report", "funds", "--db", str(demo_db), "--year", "2025", "--branch", "翰林苑",
                 "--out", str(journal), data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "翰林苑小区党支部" in PdfReader(journal).pages[0].extract_text()
    refused = run("report", "funds", "--db", str(demo_db), "--year", "2025", "--branch", "小区",
                  "--out", str(tmp_path / "x.pdf"), data=tmp_path)
    assert refused.returncode == 1 and "可选" in refused.stderr  # ambiguous: names the choices
    letter = tmp_path / "letter.pdf"
    result = run("letter", "--db", str(demo_db), "--problem", open_problem.number, "--out",
                 str(letter), data=tmp_path)
    assert result.returncode == 0, result.stderr
    voucher = tmp_path / "voucher.pdf"
    result = run("voucher", "--db", str(demo_db), "--number", "2025-0001", "--out", str(voucher),
                 data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2025-0001" in PdfReader(voucher).pages[0].extract_text()


def test_check_names_an_empty_or_foreign_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    foreign = tmp_path / "photo.db"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    for path, words in ((empty, "空文件"), (foreign, "不是 SQLite 数据库文件")):
        result = run("check", "--db", str(path), data=tmp_path / "data")
        assert result.returncode == 1 and words in result.stderr, result.stderr
    assert empty.read_bytes() == b""


def test_anchor_printed_on_a_ledger_finds_a_cut_trail(demo_db: Path, tmp_path: Path) -> None:
    """The footer of a printed ledger, typed back into `check --anchor`, proves the trail
    has not lost its tail since the paper was printed."""
    copy = tmp_path / "office.db"
    shutil.copyfile(demo_db, copy)
    out = tmp_path / "ledger.pdf"
    assert run("report", "issues", "--db", str(copy), "--from", "2025-01-01", "--to",
               "2026-12-31", "--out", str(out), data=tmp_path).returncode == 0
    footers = {match for page in PdfReader(out).pages
               for match in re.findall(r"校验锚点 (GJ1-\S+)", page.extract_text())}
    assert len(footers) == 1
    printed = footers.pop()
    assert run("check", "--db", str(copy), "--anchor", printed, data=tmp_path).returncode == 0
    with sqlite3.connect(copy) as connection:
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)")
        connection.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    result = run("check", "--db", str(copy), "--anchor", printed, data=tmp_path)
    assert result.returncode == 1
    assert "末尾 2 行被删除" in result.stderr
