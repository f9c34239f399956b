"""The owners' roll and paper ballots as Excel sheets: the template, and reading them back.

Roll columns (the template's, in order): 楼栋 | 单元 | 房号 | 专有面积 | 面积依据 | 业主姓名 |
证件号码 | 开发商未售, and optionally 类型 (住宅 when empty, 商业用房 or 车位; spaces vote only
where the election settings say so). Co-owners share one row, names and numbers separated by 、.
Ballot sheets have one row per ballot: 楼栋 | 单元 | 房号 (any unit of the owner) or 选票编号,
then one column per item headed by the item's name, holding 同意 / 不同意 / 弃权 (empty = 弃权).
Reading checks nothing about the law: `models.elections` does, on every row at once.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook

from models import messages
from models.elections.course import ArrearsRow
from models.elections.roll import RollRow, split_owners, unit_key
from models.elections.votes import BallotEntry
from models.errors import FieldError, UserError
from reports.workbook_template import cell_text, header_key, read_rows, yes_no

ROLL_HEADERS = ("楼栋", "单元", "房号", "专有面积", "面积依据", "业主姓名", "证件号码",
                "开发商未售")
KIND_HEADER = "类型"  # optional, after the template's columns: 住宅 / 商业用房 / 车位
REQUIRED_ROLL = ("楼栋", "房号", "专有面积")
HEADER_SCAN = 10  # rows above the header (a title, a note) that are skipped

messages.register({
    "sheet.unreadable": "无法读取“{path}”：文件不是有效的 Excel 工作簿（.xlsx），或已损坏。",
    "sheet.no_header": "“{path}”前 {scan} 行中找不到表头（需要：{columns}）。",
    "sheet.bad_cell": "第 {row} 行“{column}”：{detail}",
})


def write_roll_template(path: str | os.PathLike[str]) -> Path:
    """An empty roll with the template's columns, text columns formatted as text."""
    book = Workbook()
    sheet = book.active
    sheet.title = "业主名册"
    sheet.append(list(ROLL_HEADERS))
    for column in "ABCEFGH":
        sheet.column_dimensions[column].number_format = "@"
    out = Path(path)
    book.save(out)
    return out


def _rows(path: Path) -> Iterator[tuple[object, ...]]:
    """The first sheet's rows, behind the import's limits and its damaged/hostile-file guard."""
    if path.suffix.lower() != ".xlsx":
        raise UserError("sheet.unreadable", path=path.name)
    yield from read_rows(path)


def _header(path: Path, rows: list[tuple[object, ...]], wanted: Sequence[str],
            required: Sequence[str]) -> tuple[int, dict[str, int]]:
    """The header row's index and the position of each wanted column found in it."""
    keys = {header_key(name): name for name in wanted}
    for index, row in enumerate(rows[:HEADER_SCAN]):
        positions = {keys[header_key(v)]: i for i, v in enumerate(row)
                     if header_key(v) in keys}
        if all(name in positions for name in required):
            return index, positions
    raise UserError("sheet.no_header", path=path.name, scan=HEADER_SCAN,
                    columns="、".join(required))


def _cell(row: tuple[object, ...], positions: dict[str, int], name: str) -> str:
    position = positions.get(name)
    if position is None or position >= len(row):
        return ""
    return cell_text(row[position])


def read_roll(path: str | os.PathLike[str]) -> list[RollRow]:
    """The roll's rows as written (blank rows skipped), each with its Excel row number."""
    source = Path(path)
    rows = list(_rows(source))
    wanted = (*ROLL_HEADERS, KIND_HEADER)
    index, positions = _header(source, rows, wanted, REQUIRED_ROLL)
    found = []
    for number, row in enumerate(rows[index + 1:], start=index + 2):
        if all(cell_text(v) == "" for v in row):
            continue
        text = {name: _cell(row, positions, name) for name in wanted}
        label = unit_key(text["楼栋"], text["单元"], text["房号"])
        try:
            owners = split_owners(text["业主姓名"], text["证件号码"], label)
        except FieldError as exc:
            raise UserError("sheet.bad_cell", row=number, column="证件号码",
                            detail=exc.message) from exc
        found.append(RollRow(text["楼栋"], text["单元"], text["房号"], text["专有面积"],
                             text["面积依据"], owners, bool(yes_no(text["开发商未售"])), number,
                             text["类型"]))
    return found


def read_ballots(path: str | os.PathLike[str], items: Sequence[str]) -> list[BallotEntry]:
    """One entry per ballot row: the owner's reference and the choice written per item."""
    source = Path(path)
    rows = list(_rows(source))
    wanted = ("选票编号", "楼栋", "单元", "房号", *items)
    try:
        index, positions = _header(source, rows, wanted, ("选票编号",))
    except UserError:
        index, positions = _header(source, rows, wanted, ("楼栋", "房号"))
    entries = []
    for number, row in enumerate(rows[index + 1:], start=index + 2):
        if all(cell_text(v) == "" for v in row):
            continue
        ref = _cell(row, positions, "选票编号") or unit_key(
            _cell(row, positions, "楼栋"), _cell(row, positions, "单元"),
            _cell(row, positions, "房号"))
        entries.append(BallotEntry(ref, {name: _cell(row, positions, name) for name in items},
                                   line=number))
    return entries


ARREARS_HEADERS = ("业主姓名", "楼栋", "单元", "房号", "欠费金额")


def read_arrears(path: str | os.PathLike[str]) -> list[ArrearsRow]:
    """The property company's arrears list (欠费名单): 业主姓名 | 楼栋 | 单元 | 房号 | 欠费金额.
    Co-owners on one row are separated by 、 as on the roll."""
    source = Path(path)
    rows = list(_rows(source))
    index, positions = _header(source, rows, ARREARS_HEADERS, ("业主姓名",))
    found = []
    for number, row in enumerate(rows[index + 1:], start=index + 2):
        names = _cell(row, positions, "业主姓名")
        if not names:
            continue
        unit = unit_key(_cell(row, positions, "楼栋"), _cell(row, positions, "单元"),
                        _cell(row, positions, "房号")).strip("-")
        found.append(ArrearsRow(tuple(n.strip() for n in names.split("、") if n.strip()),
                                unit, _cell(row, positions, "欠费金额"), number))
    return found
