"""Owners' votes batch-loaded from Excel files through the command line, as IT staff do."""
from __future__ import annotations

import json
from pathlib import Path

import pypdf
from openpyxl import Workbook

from tests.test_cli import demo_db, run  # noqa: F401 - demo_db is a fixture


def sheet(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(header)
    for values in rows:
        book.active.append(values)
    book.save(path)
    return path


ROLL = ["楼栋", "单元", "房号", "专有面积", "面积依据", "业主姓名", "证件号码", "开发商未售"]


def test_a_vote_from_excel_files_to_the_tally_and_its_sheet(
        demo_db: Path, tmp_path: Path) -> None:  # noqa: F811 - the CLI tests' fixture
    data = tmp_path / "data"
    work = tmp_path / "votes.db"
    work.write_bytes(demo_db.read_bytes())
    created = run("vote", "create", "--db", str(work), "--compound", "新建小区",
                  "--create-compound", "--matter", "3", "--title", "第一届业委会选举",
                  "--items", "甲,乙,丙", "--seats", "2", data=data)
    assert created.returncode == 0, created.stderr
    vote = created.stdout.strip().splitlines()[-1]
    # 9 units: one owner of two units (one head), co-owners, three unsold developer units.
    roll = sheet(tmp_path / "roll.xlsx", ROLL, [
        ["1栋", "1", "101", 100, "不动产登记", "张三", "11010519491231002X", "否"],
        ["1栋", "1", "102", 100, "测绘", "张三", "11010519491231002X", "否"],
        ["1栋", "1", "201", "100.00", "合同", "李四、王五", "", "否"],
        ["1栋", "1", "202", 100, "", "赵六", "", ""],
        ["1栋", "1", "301", 100, "", "孙七", "", ""],
        ["1栋", "1", "302", 100, "", "周八", "", ""],
        ["2栋", "1", "101", 100, "", "", "", "是"],
        ["2栋", "1", "102", 100, "", "", "", "是"],
        ["2栋", "1", "103", 100, "", "", "", "是"],
    ])
    loaded = run("vote", "roll", "--db", str(work), "--vote", vote, "--file", str(roll), data=data)
    assert loaded.returncode == 0, loaded.stderr
    ballots = sheet(tmp_path / "ballots.xlsx", ["楼栋", "单元", "房号", "甲", "乙", "丙"], [
        ["1栋", "1", "102", "同意", "同意", ""],  # 张三 through his second unit
        ["1栋", "1", "201", "同意", "不同意", "同意"],
        ["1栋", "1", "202", "同意", "", ""],
        ["2栋", "1", "103", "不同意", "同意", ""],  # the developer, through any unsold unit
    ])
    recorded = run("vote", "ballots", "--db", str(work), "--vote", vote, "--file", str(ballots),
                   data=data)
    assert recorded.returncode == 0, recorded.stderr
    tally = run("vote", "tally", "--db", str(work), "--vote", vote, "--json", data=data)
    result = json.loads(tally.stdout)
    # Heads: 张三, 李四+王五, 赵六, 孙七, 周八, the developer = 6; 4 voted holding 700 of 900 m².
    assert result["turnout"]["heads"] == "4/6" and result["turnout"]["area"] == "700.00/900.00"
    assert result["turnout"]["ok"] is True
    by_name = {item["name"]: item for item in result["items"]}
    assert by_name["甲"]["heads"] == "3/4" and by_name["甲"]["area"] == "400.00/700.00"
    assert by_name["甲"]["passed"] and by_name["甲"]["elected"]
    assert by_name["乙"]["heads"] == "2/4" and not by_name["乙"]["passed"]
    again = run("vote", "ballots", "--db", str(work), "--vote", vote, "--file", str(ballots),
                data=data)
    assert again.returncode == 1 and "已经投过票" in again.stderr
    out = tmp_path / "tally.pdf"
    printed = run("report", "vote", "--db", str(work), "--vote", vote, "--out", str(out),
                  data=data)
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "表决统计表" in text and "400.00" in text and "75.00%" in text
    notice = run("report", "notice", "--db", str(work), "--vote", vote, "--out",
                 str(tmp_path / "notice.pdf"), data=data)
    assert notice.returncode == 1 and "会议的日期" in notice.stderr  # no meeting date yet
    shown = run("report", "result", "--db", str(work), "--vote", vote, "--out",
                str(tmp_path / "result.pdf"), data=data)
    assert shown.returncode == 0, shown.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "result.pdf")
                   .pages).replace("\n", "").replace(" ", "")
    assert "应选2名，当选1名：甲。" in text


def test_a_roll_with_a_bad_area_is_refused_whole(
        demo_db: Path, tmp_path: Path) -> None:  # noqa: F811 - the CLI tests' fixture
    data = tmp_path / "data"
    work = tmp_path / "votes.db"
    work.write_bytes(demo_db.read_bytes())
    vote = run("vote", "create", "--db", str(work), "--compound", "翰林苑", "--matter", "6",
               "--title", "筹集维修资金", "--items", "筹集", data=data).stdout.split()[-1]
    roll = sheet(tmp_path / "roll.xlsx", ROLL, [["1栋", "1", "101", "abc", "", "张三", "", ""],
                                               ["1栋", "1", "102", 0, "", "李四", "", ""]])
    loaded = run("vote", "roll", "--db", str(work), "--vote", vote, "--file", str(roll), data=data)
    assert loaded.returncode == 1
    assert "2 处错误" in loaded.stderr and "abc" in loaded.stderr
