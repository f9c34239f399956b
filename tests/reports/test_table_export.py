"""导出 Excel writes typed cells: text stays text, amounts and dates are numbers and dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from reports.table_export import ExportColumn, write_table


def test_text_that_looks_like_a_formula_or_a_long_number_stays_text(tmp_path: Path) -> None:
    columns = [ExportColumn("备注"), ExportColumn("身份证号"), ExportColumn("金额", "amount"),
               ExportColumn("日期", "date"), ExportColumn("套数", "number")]
    rows = [["=1+1", "511902199001011234", "1,234.50", "2010-07-01", "1,200"],
            ["@SUM(A1)", "", "-0.50", "", "无"]]
    sheet = load_workbook(write_table(tmp_path / "t.xlsx", "人员/名册", columns, rows)).active
    first = [c.value for c in sheet[2]]
    assert first[:2] == ["=1+1", "511902199001011234"]
    assert sheet["A2"].data_type == "s" and sheet["A3"].value == "@SUM(A1)"
    assert first[2] == 1234.5 and sheet["C2"].number_format == "#,##0.00"
    assert first[3] == dt.datetime(2010, 7, 1) and sheet["D2"].is_date
    assert first[4] == 1200
    assert [c.value for c in sheet[3]][1:] == [None, -0.5, None, "无"]
    assert sheet.title == "人员_名册"
