"""The import workbook's format: its columns, how its sheet, header and cells are read,
and an empty template for clerks to fill in.

The column lists here are the one source of truth: the importer matches a workbook's
headers against them (canonical names and common synonyms), and the template writes the
canonical names plus a 填写说明 sheet generated from the same hints, so the two cannot
drift apart. Reading is tolerant of what clerks' existing workbooks contain: a title
above the header, synonyms, numbers and dates typed in many ways.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from defusedxml import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from models import messages
from models.errors import UserError
from models.messages import MESSAGES
from models.registry.entities import PERSON_ROLES, UNIT_KINDS
from reports.workbook_limits import check_package, count_rows, require_defused

Kind = Literal["people", "units", "owners"]
KINDS: tuple[Kind, ...] = ("people", "units", "owners")
SHEET_TITLES: dict[Kind, str] = {"people": "人员", "units": "驻区单位", "owners": "业主"}
GUIDE_TITLE = "填写说明"
# Rows pre-formatted as text in the template, so a typed ID number keeps its last X.
TEMPLATE_ROWS = 1000
TEXT_FORMAT = "@"
HEADER_SCAN = 10  # the header row is looked for in the first rows of a sheet
SHEET_HINTS: dict[Kind, tuple[str, ...]] = {
    "people": ("人员", "名册", "名单"), "owners": ("业主", "人员", "名册"), "units": ("单位",)}
YES = {"是", "√", "✓", "✔", "y", "yes", "true", "1", "党员", "中共党员", "预备党员",
       "中共预备党员"}
NO = {"否", "×", "✗", "x", "n", "no", "false", "0", "群众", "非党员", "团员", "共青团员",
      "无党派人士", "无"}
GENDER_CODES = {"男": "M", "男性": "M", "m": "M", "女": "F", "女性": "F", "f": "F"}
ROLE_CODES = ({label: code for code, label in PERSON_ROLES.items()}
              | {code: code for code in PERSON_ROLES} | {"干部": "cadre", "能人": "talent"})
KIND_CODES = {label: code for code, label in UNIT_KINDS.items()} | {c: c for c in UNIT_KINDS}
ROLE_SEPARATORS = re.compile(r"[、,，;；/／\s]+")
DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?")
DATE_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")

messages.register({
    "import.unreadable": "无法读取“{path}”：请确认它是 Excel 工作簿（.xlsx），且没有损坏或加密。",
    "import.old_format": "“{path}”是旧版 Excel 文件（.xls）。"
                         "请在 Excel 中另存为 .xlsx 格式后再导入。",
    "import.no_header": "在工作簿各工作表的前 {scan} 行中没有找到表头。"
                        "表头至少须包含这些列：{columns}。",
    "import.number_cell": "号码被 Excel 存成了数字（{shown}），末尾几位或 X 可能已丢失，"
                          "无法确定原号码。请把该列设为“文本”格式后重新输入。",
    "import.bad_date": "无法识别日期“{value}”，"
                       "请写成 2019-07-01、2019/7/1、2019.07 或 2019年7月1日。",
    "import.ambiguous_date": "“{value}”被 Excel 存成了数字，无法区分 2019.1 与 2019.10。"
                             "请写成 2019-10-01，或把单元格设为文本。",
    "import.bad_yes_no": "无法识别“{value}”，请填“是”或“否”。",
    "import.bad_gender": "无法识别性别“{value}”，请填“男”或“女”。",
    "import.unknown_role": "无法识别的身份“{value}”，可填：{choices}。",
    "import.unknown_kind": "无法识别的单位类别“{value}”，可填：{choices}。",
})


@dataclass(frozen=True)
class Column:
    """One column the importer understands."""

    key: str
    header: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    hint: str = ""
    text: bool = False  # keep as text in the template (codes that Excel would mangle)
    choices: tuple[str, ...] = ()  # drop-down list in the template

    @property
    def names(self) -> frozenset[str]:
        return frozenset(header_key(n) for n in (self.header, *self.synonyms))


def header_key(value: object) -> str:
    """A header as compared: no spaces, no * marks, no bracketed notes like （必填）."""
    text = str(value or "")
    text = re.sub(r"[（(【\[].*?[）)】\]]", "", text)
    return re.sub(r"[\s*＊:：]", "", text).lower()


_ROLE_LIST = "、".join(PERSON_ROLES.values())
PERSON_COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", ("名字",), required=True, hint="必填，最多 50 字。"),
    Column("gender", "性别", hint="男或女；可不填，按身份证号码自动判断。",
           choices=("男", "女")),
    Column("id_number", "身份证号", ("公民身份号码", "身份证号码", "身份证", "证件号码"),
           text=True, hint="18 位，末位可为 X。请保持本列为“文本”格式，否则 Excel 会把号码"
                           "显示成 1.10105E+17 并丢掉末几位。"),
    Column("phone", "联系电话", ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
           text=True, hint="手机 11 位，座机如 0827-5261234。"),
    Column("address", "住址", ("地址", "家庭住址", "现住址", "居住地址"), hint="最多 200 字。"),
    Column("compound", "小区", ("所在小区", "所属小区", "小区名称"),
           hint="须与系统中登记的小区名称一致。"),
    Column("building", "楼栋", ("楼号", "楼栋号", "栋号", "所在楼栋"),
           hint="如 1栋（也可写 1 或 1号楼）；须是所填小区中的楼栋。"),
    Column("party", "是否党员", ("党员", "政治面貌"), hint="是或否（也可填 √、中共党员、群众）。",
           choices=("是", "否")),
    Column("party_since", "入党时间", ("入党日期", "入党年月"),
           hint="党员必填，如 2019-07-01、2019/7/1、2019.07 或 2019年7月1日。"),
    Column("roles", "身份", ("角色", "人员类别", "人员身份"),
           hint=f"可填多个，用顿号或逗号分隔：{_ROLE_LIST}。"),
    Column("note", "备注", ("说明",), hint="最多 2000 字。"),
)
_OWNER_HINTS = {
    "compound": "必填，须与系统中登记的小区名称一致。",
    "building": "必填，如 1栋（也可写 1 或 1号楼）；须是所填小区中的楼栋。",
    "roles": f"可不填；导入时自动加上“业主”身份。其他身份可填：{_ROLE_LIST}。",
}
OWNER_COLUMNS: tuple[Column, ...] = tuple(
    dataclasses.replace(c, required=c.key in {"name", "compound", "building"},
                        hint=_OWNER_HINTS.get(c.key, c.hint))
    for c in PERSON_COLUMNS)
UNIT_COLUMNS: tuple[Column, ...] = (
    Column("name", "单位名称", ("名称", "单位"), required=True, hint="必填，最多 200 字。"),
    Column("uscc", "统一社会信用代码", ("信用代码", "社会信用代码", "统一信用代码"),
           required=True, text=True, hint="必填，18 位，校验位须正确。请保持本列为“文本”格式。"),
    Column("kind", "单位类别", ("类别", "单位类型", "类型"),
           hint="可填：" + "、".join(UNIT_KINDS.values()) + "；不填为“其他”。",
           choices=tuple(UNIT_KINDS.values())),
    Column("address", "地址", ("单位地址", "住址"), hint="最多 200 字。"),
    Column("contact_name", "联系人", ("联系人姓名",), hint="最多 50 字。"),
    Column("contact_phone", "联系电话", ("电话", "联系方式", "手机", "手机号码"), text=True,
           hint="手机 11 位，座机如 0827-5261234。"),
)
COLUMNS: dict[Kind, tuple[Column, ...]] = {
    "people": PERSON_COLUMNS, "owners": OWNER_COLUMNS, "units": UNIT_COLUMNS}
GENERAL_NOTES = (
    "第一行是表头，请勿修改列名；不需要的列可以删除，列的顺序可以调整。",
    "每行填写一条记录；空行会被跳过。",
    "导入前会先检查全部数据并列出每一处错误（行号、列名、原因），有任何错误都不会写入。",
    "检查无误后一次性全部写入；写入中途出错则全部撤销，不会只导入一部分。",
)


def columns_for(kind: str) -> tuple[Column, ...]:
    if kind not in COLUMNS:
        raise ValueError(f"unknown import kind {kind!r}")
    return COLUMNS[kind]


def write_template(path: str | os.PathLike[str], kind: Kind) -> Path:
    """Write an empty workbook with the expected headers and a 填写说明 sheet."""
    columns = columns_for(kind)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = SHEET_TITLES[kind]
    _data_sheet(sheet, columns)
    _guide_sheet(book.create_sheet(GUIDE_TITLE), kind, columns)
    target = Path(path)
    book.save(target)
    return target


def _data_sheet(sheet: Worksheet, columns: tuple[Column, ...]) -> None:
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        # Required headers in red, so clerks see them without reading the guide.
        cell.font = Font(bold=True, color="C00000" if column.required else "000000")
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 22 if column.text else 14
        if column.text:
            for row in range(2, TEMPLATE_ROWS + 2):
                sheet.cell(row=row, column=index).number_format = TEXT_FORMAT
        if column.choices:
            listed = DataValidation(type="list", formula1='"' + ",".join(column.choices) + '"',
                                    allow_blank=True)
            listed.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(listed)
    sheet.freeze_panes = "A2"


def _guide_sheet(sheet: Worksheet, kind: Kind, columns: tuple[Column, ...]) -> None:
    sheet.append([f"{SHEET_TITLES[kind]}导入模板填写说明"])
    sheet["A1"].font = Font(bold=True, size=14)
    for number, note in enumerate(GENERAL_NOTES, start=1):
        sheet.append([f"{number}. {note}"])
    sheet.append([])
    sheet.append(["列名", "是否必填", "填写要求", "也可用的列名"])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column in columns:
        sheet.append([column.header, "必填" if column.required else "",
                      column.hint, "、".join(column.synonyms)])
    for letter, width in zip("ABCD", (14, 10, 70, 36), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


# --- reading cells -------------------------------------------------------------------

def message(code: str, **params: Any) -> str:
    return MESSAGES[code].format(**params)


class BadCell(Exception):
    """A cell that cannot be read as its column's type; the importer reports it."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.text = message(code, **params)


def cell_text(value: object) -> str:
    """A cell as the clerk sees it; whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\u3000", " ").strip()


def code_text(value: object) -> str:
    """ID numbers and credit codes must be text: a number has lost digits or its X."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise BadCell("import.number_cell", shown=cell_text(value))
    return cell_text(value)


def read_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and len(repr(value).partition(".")[2]) == 1:
        raise BadCell("import.ambiguous_date", value=repr(value))  # 2019.1 or 2019.10?
    text = cell_text(value)
    if not text:
        return None
    match = DATE_DIGITS.fullmatch(text) or DATE_TEXT.fullmatch(text)
    if match:
        year, month, day = match.groups()
        try:
            return dt.date(int(year), int(month), int(day or 1))  # 2019.07 is July 1st
        except ValueError:
            pass
    raise BadCell("import.bad_date", value=text)


def yes_no(value: object) -> bool | None:
    text = cell_text(value).lower()
    if not text:
        return None
    if text in YES or text in NO:
        return text in YES
    raise BadCell("import.bad_yes_no", value=text)


def gender(value: object) -> str:
    text = cell_text(value)
    if text and text.lower() not in GENDER_CODES:
        raise BadCell("import.bad_gender", value=text)
    return GENDER_CODES.get(text.lower(), "")


def roles(value: object) -> frozenset[str]:
    parts = [p for p in ROLE_SEPARATORS.split(cell_text(value)) if p]
    unknown = [p for p in parts if p not in ROLE_CODES]
    if unknown:
        raise BadCell("import.unknown_role", value="、".join(unknown),
                      choices="、".join(PERSON_ROLES.values()))
    return frozenset(ROLE_CODES[p] for p in parts)


def unit_kind(value: object) -> str:
    text = cell_text(value)
    if text and text not in KIND_CODES:
        raise BadCell("import.unknown_kind", value=text, choices="、".join(UNIT_KINDS.values()))
    return KIND_CODES.get(text, "other")


# --- finding the sheet and its header --------------------------------------------------

@dataclass(frozen=True)
class Sheet:
    """The chosen sheet, open: its header, and its data rows streamed from the file."""

    title: str
    header_row: int  # Excel row number of the header
    headers: dict[str, str]  # column key -> header as written (canonical if absent)
    positions: dict[str, int]  # column key -> 0-based cell index
    rows: Iterator[tuple[object, ...]]  # the rows below the header, read as iterated
    expected_rows: int  # rows stored below the header (for progress; blank rows count)

    def cells(self, values: tuple[object, ...]) -> dict[str, object] | None:
        """A row's cells by column key, or None for a blank row."""
        if all(cell_text(v) == "" for v in values):
            return None
        return {k: values[i] if i < len(values) else None for k, i in self.positions.items()}


@contextmanager
def open_sheet(path: Path, kind: Kind) -> Iterator[Sheet]:
    """The first sheet (those named like the kind first) with a recognisable header.

    The workbook stays open, in openpyxl's read-only mode, while the caller iterates the
    rows, so no more than one row of the file is in memory at a time. Any failure of
    openpyxl on the file's content becomes a UserError naming the file.
    """
    columns = columns_for(kind)
    if path.suffix.lower() == ".xls":
        raise UserError("import.old_format", path=path.name)
    require_defused()
    check_package(path)
    with reading(path):
        book = load_workbook(path, read_only=True, data_only=True)
    try:
        with reading(path):
            found = _find_sheet(book, kind, columns)
        if found is None:
            raise UserError("import.no_header", scan=HEADER_SCAN,
                            columns="、".join(c.header for c in columns if c.required))
        sheet, index, positions, texts = found
        headers = {c.key: texts.get(c.key, c.header) for c in columns}
        with reading(path):
            stored = count_rows(path, sheet._worksheet_path)
        rows = _stream(path, sheet.iter_rows(min_row=index + 2, values_only=True))
        yield Sheet(sheet.title, index + 1, headers, positions, rows, max(stored - index - 1, 0))
    finally:
        book.close()


def read_rows(path: Path) -> Iterator[tuple[object, ...]]:
    """Every row of the first sheet, streamed, behind the same guards as `open_sheet`:
    for readers of other workbooks (the owners' roll, ballots)."""
    require_defused()
    check_package(path)
    with reading(path):
        book = load_workbook(path, read_only=True, data_only=True)
    try:
        with reading(path):
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # some writers record a wrong used range
        yield from _stream(path, sheet.iter_rows(values_only=True))
    finally:
        book.close()


def _find_sheet(book: Any, kind: Kind, columns: tuple[Column, ...]) -> tuple[Any, ...] | None:
    for sheet in _candidate_sheets(book, kind):
        sheet.reset_dimensions()  # some writers record a wrong used range
        top = [tuple(r) for r in sheet.iter_rows(max_row=HEADER_SCAN, values_only=True)]
        found = find_header(top, columns)
        if found is not None:
            return (sheet, *found)
    return None


def _stream(path: Path, rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
    while True:
        with reading(path):
            values = next(rows, None)
        if values is None:
            return
        yield values


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """Around openpyxl's calls: a damaged or hostile part becomes one message naming the file.

    openpyxl's readers raise whatever a malformed part provokes (ParseError, KeyError,
    TypeError, ValueError, IndexError, zlib.error, BadZipFile for a bad CRC ...), so
    everything raised while openpyxl parses means the file cannot be read. Only openpyxl
    calls run inside this guard; the importer's own checks run outside it.
    """
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        code = "import.unsafe_xml" if _defused(exc) else "import.unreadable"
        raise UserError(code, path=path.name) from exc


def _defused(exc: BaseException | None) -> bool:
    """defusedxml refused an entity, perhaps wrapped by openpyxl in a ValueError."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _candidate_sheets(book: Any, kind: Kind) -> Iterator[Any]:
    sheets = [s for s in book.worksheets if s.title != GUIDE_TITLE]
    named = [s for s in sheets if any(hint in s.title for hint in SHEET_HINTS[kind])]
    yield from named
    yield from (s for s in sheets if s not in named)


def find_header(rows: list[tuple[object, ...]], columns: tuple[Column, ...],
                ) -> tuple[int, dict[str, int], dict[str, str]] | None:
    """The row naming the most known columns, among those naming every required one."""
    required = {c.key for c in columns if c.required}
    best: tuple[int, dict[str, int], dict[str, str]] | None = None
    for index, row in enumerate(rows):
        positions: dict[str, int] = {}
        texts: dict[str, str] = {}
        for position, value in enumerate(row):
            key = header_key(value)
            column = next((c for c in columns if key and key in c.names), None)
            if column is not None and column.key not in positions:
                positions[column.key], texts[column.key] = position, cell_text(value)
        if required <= positions.keys() and (best is None or len(positions) > len(best[1])):
            best = (index, positions, texts)
    return best
