"""上报 from the command line: export, keys, import (dry run, refusal), street statistics."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import main
from models.db import Database, open_database
from tests.models.upward.helpers import build_community, build_street, footprint
from tests.models.upward.tampering import flip_byte, rewrite


@pytest.fixture
def databases(tmp_path: Path, sqlite_template: Path) -> tuple[str, str]:
    paths = []
    for name, build in (("community", "c"), ("street", "s")):
        path = tmp_path / f"{name}.db"
        shutil.copyfile(sqlite_template, path)
        database = open_database(str(path))
        with database.session() as session:
            if build == "c":
                build_community(database, session)
            else:
                build_street(session)
        database.dispose()
        paths.append(str(path))
    return paths[0], paths[1]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_register_import_and_street_figures(
        databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    community, street = databases
    package, key = str(tmp_path / "q1.zip"), str(tmp_path / "key.json")
    code, out, _ = cli(capsys, "export", "--db", community, "--period", "2026-Q1",
                       "--out", package)
    assert code == 0 and "第 1 次报送" in out
    fingerprint = out.split("签名密钥指纹：")[1].split()[:8]
    assert cli(capsys, "keys", "export", "--db", community, "--out", key)[0] == 0
    code, out, _ = cli(capsys, "keys", "register", "--db", street, "--file", key)
    assert code == 0 and " ".join(fingerprint) in out and "兴文社区" in out

    street_db = open_database(street)
    before = footprint(street_db)
    code, out, _ = cli(capsys, "import", "--db", street, package, "--dry-run")
    assert code == 0 and "核验通过" in out and "未写入" in out
    assert footprint(street_db) == before
    code, out, _ = cli(capsys, "import", "--db", street, package)
    assert code == 0 and "已接收" in out
    code, out, _ = cli(capsys, "import", "--db", street, package)
    assert code == 0 and "没有任何改动" in out

    code, out, _ = cli(capsys, "stats", "street", "--db", street, "--period", "2026-Q1",
                       "--json")
    figures = json.loads(out)
    assert code == 0 and figures["street"]["issues"]["total"]["collected"] == 7
    assert figures["street"]["funds"]["total"]["spent"] == "450.50"
    street_db.dispose()
    code, _, err = cli(capsys, "check", "--db", street)  # every row replayed from the trail
    assert code == 0, err


def test_a_refused_import_exits_non_zero_with_the_reason(
        databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    community, street = databases
    package = tmp_path / "q1.zip"
    cli(capsys, "export", "--db", community, "--period", "2026-Q1", "--out", str(package))
    cli(capsys, "keys", "export", "--db", community, "--out", str(tmp_path / "k.json"))
    cli(capsys, "keys", "register", "--db", street, "--file", str(tmp_path / "k.json"))
    bad = rewrite(package, tmp_path / "bad.zip",
                  lambda m: {**m, "cover.pdf": flip_byte(m["cover.pdf"])})
    street_db: Database = open_database(street)
    before = footprint(street_db)
    code, _, err = cli(capsys, "import", "--db", street, str(bad))
    assert code == 1 and "cover.pdf" in err and "校验值不符" in err
    assert footprint(street_db) == before
    street_db.dispose()


def test_a_bad_period_is_refused_in_words(databases: tuple[str, str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "export", "--db", databases[0], "--period", "2026-Q5",
                       "--out", str(tmp_path / "x.zip"))
    assert code == 1 and "2026-Q3" in err and not (tmp_path / "x.zip").exists()


def test_setup_street_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch,
                                          sqlite_template: Path) -> None:
    import io  # noqa: PLC0415

    street = tmp_path / "street.db"
    shutil.copyfile(sqlite_template, street)
    monkeypatch.setattr("sys.stdin", io.StringIO("street-pass-1\n"))
    code, out, err = cli(capsys, "setup", "street", "--db", str(street), "--name", "江北街道",
                         "--code", "511902003", "--community", "兴文社区:511902003005",
                         "--community", "回风社区:511902003006", "--admin-name", "李街道",
                         "--password-stdin")
    assert code == 0, err
    assert "江北街道" in out and "所辖社区 2 个" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("street-pass-1\n"))
    code, _, err = cli(capsys, "setup", "street", "--db", str(street), "--name", "江北街道",
                       "--code", "511902003", "--admin-name", "李街道", "--password-stdin")
    assert code == 1 and "不能重复设置" in err
    with pytest.raises(SystemExit):  # a community without its code
        cli(capsys, "setup", "street", "--db", str(street), "--name", "江北街道",
            "--code", "1", "--community", "兴文社区", "--admin-name", "李")


def test_a_community_imports_the_streets_returned_receipt(
        databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    community, street = databases
    package, receipt = tmp_path / "q1.zip", tmp_path / "回执.json"
    cli(capsys, "export", "--db", community, "--period", "2026-Q1", "--out", str(package))
    cli(capsys, "keys", "export", "--db", community, "--out", str(tmp_path / "c.json"))
    cli(capsys, "keys", "register", "--db", street, "--file", str(tmp_path / "c.json"))
    code, out, _ = cli(capsys, "import", "--db", street, str(package), "--return",
                       "经费支出缺少凭证号", "--receipt", str(receipt))
    assert code == 0 and "已退回" in out

    code, _, err = cli(capsys, "receipt", "--db", community, "--file", str(receipt))
    assert code == 1 and "尚未登记该密钥" in err  # the street's key is not known yet
    cli(capsys, "keys", "export", "--db", street, "--out", str(tmp_path / "s.json"))
    code, out, _ = cli(capsys, "keys", "register", "--db", community, "--file",
                       str(tmp_path / "s.json"))
    assert code == 0 and "江北街道" in out

    code, out, _ = cli(capsys, "receipt", "--db", community, "--file", str(receipt))
    assert code == 0
    assert "江北街道，2026年第1季度第 1 次报送" in out and "结果：已退回" in out
    assert "街道意见：经费支出缺少凭证号" in out and "重新生成" in out
    code, out, _ = cli(capsys, "receipt", "--db", community, "--file", str(receipt))
    assert code == 0 and "没有任何改动" in out
