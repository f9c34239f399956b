"""Bulk import of people, owners and resident units from the clerk's Excel workbooks.

Two steps, so nothing is written before the clerk has seen every problem: `read_workbook`
reads and checks every row with the services' own validation and returns an ImportPreview
naming each bad cell by its Excel row number and header; `apply_import` writes a clean
preview through the registry services in one unit of work, all or nothing. How the sheet,
header and cells are read lives in reports.workbook_template, with the column lists.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum.cn import uscc

from models import messages
from models.auth import Actor, require
from models.db import Database
from models.errors import FieldError, UserError
from models.office import Office
from models.records import ItemFailed
from models.registry.entities import Building, Community, Compound, Person, ResidentUnit
from models.registry.people import PersonData, clean_person, create_people
from models.registry.units import UnitData, clean_unit, create_units
from reports import workbook_template as fmt
from reports.workbook_template import BadCell, Kind, Sheet, cell_text, message

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
QUERY_CHUNK = 500  # codes per IN (...) query when looking for duplicates in the database
PROGRESS_STEP = 250  # rows read between two progress reports
WRITE_BATCH = 1000  # rows written per batch (one flush, one audit append)
PERSON_NEUTRAL: dict[str, dict[str, Any]] = {
    "name": {"name": "?"}, "gender": {"gender": ""}, "id_number": {"id_number": ""},
    "phone": {"phone": ""}, "address": {"address": ""}, "roles": {"roles": frozenset()},
    "party_since": {"is_party_member": False, "party_since": None}, "note": {"note": ""}}
_BODY = "91511902000000000"
UNIT_NEUTRAL: dict[str, dict[str, Any]] = {
    "name": {"name": "?"}, "uscc": {"uscc": _BODY + uscc.calc_check_digit(_BODY)},
    "kind": {"kind": "other"}, "address": {"address": ""}, "contact_name": {"contact_name": ""},
    "contact_phone": {"contact_phone": ""}}
T = TypeVar("T")

messages.register({
    "import.no_rows": "工作表“{sheet}”的表头下面没有数据。",
    "import.no_community": "数据库中还没有社区，请先完成初始设置再导入。",
    "import.many_communities": "数据库中有多个社区，且未设定本办公室所属社区，"
                               "无法确定导入到哪个社区。",
    "import.has_errors": "导入数据中还有 {count} 处错误，未写入任何数据。"
                         "请修改 Excel 文件后重新读取。",
    "import.incomplete": "读取已中途取消，数据不完整，未写入任何数据。请重新读取后再导入。",
    "import.cancelled": "导入已取消，未写入任何数据。",
    "import.row_failed": "第 {row} 行写入失败：{detail}全部导入已撤销，未写入任何数据。",
    "import.row_conflict": "第 {first}–{last} 行写入时与他人刚录入的数据冲突"
                           "（身份证号码或信用代码重复）。全部导入已撤销，未写入任何数据。"
                           "请重新读取后再导入。",
    "import.unknown_compound": "本社区没有名为“{value}”的小区。",
    "import.unknown_building": "小区“{compound}”中没有楼栋“{value}”。",
    "import.building_without_compound": "填写了楼栋，但没有填写小区。",
    "import.party_conflict": "填写了入党时间，但“是否党员”为“否”。",
    "import.duplicate_in_file": "与本表第 {row} 行的{label}重复。",
})


@dataclass(frozen=True)
class RowError:
    """One bad cell, as the clerk finds it in Excel."""

    row: int  # the Excel row number
    column: str  # the header as written in the clerk's file
    value: str  # the cell as read
    message: str  # what is wrong, in Chinese


@dataclass(frozen=True, slots=True)
class ImportRow:
    row: int
    data: PersonData | UnitData  # cleaned, ready for create_person / create_unit


@dataclass(frozen=True)
class ImportCounts:
    read: int  # non-blank data rows checked
    valid: int
    invalid: int
    blank: int  # blank rows skipped


@dataclass(frozen=True)
class ImportPreview:
    kind: Kind
    sheet: str
    header_row: int
    community_id: int
    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...]
    counts: ImportCounts
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """Ready to apply: every row read (not cancelled) and none has an error."""
        return not self.errors and not self.cancelled


class ImportCancelled(UserError):
    """The clerk cancelled while rows were being written; nothing was written."""


def office_community(session: Session) -> int:
    """The community this office keeps its registry for."""
    office = session.execute(select(Office.community_id)
                             .where(Office.community_id.is_not(None)).limit(1)).scalar()
    if office is not None:
        return office
    ids = session.execute(select(Community.id).limit(2)).scalars().all()
    if not ids:
        raise UserError("import.no_community")
    if len(ids) > 1:
        raise UserError("import.many_communities")
    return ids[0]


def read_workbook(database: Database, path: str | os.PathLike[str], kind: Kind, *,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  today: dt.date | None = None) -> ImportPreview:
    """Read and check every row; nothing is written. Raises UserError if the file is unusable.

    The rows stream from the file: only the rows that will be written (cleaned, compact)
    and the errors found are kept, never the sheet itself.
    """
    with database.read_session() as session:
        community_id = office_community(session)
        places = _Places.load(session, community_id)
        with fmt.open_sheet(Path(path), kind) as sheet:
            checker = _Checker(session, kind, places, today or dt.date.today())
            stopped = checker.run(sheet, progress, cancelled)
    if not checker.read and not stopped:
        raise UserError("import.no_rows", sheet=sheet.title)
    valid = tuple(checker.valid)
    return ImportPreview(kind, sheet.title, sheet.header_row, community_id, valid,
                         tuple(checker.errors),
                         ImportCounts(checker.read, len(valid), checker.read - len(valid),
                                      checker.blank), stopped)


class _Checker:
    """Checks rows as they stream, in groups of QUERY_CHUNK for the duplicate look-up."""

    def __init__(self, session: Session, kind: Kind, places: _Places, today: dt.date) -> None:
        self.session, self.kind, self.places, self.today = session, kind, places, today
        self.valid: list[ImportRow] = []
        self.errors: list[RowError] = []
        self.read = self.blank = 0
        self.first: dict[str, int] = {}  # code -> the row that has it first
        self.pending: list[_Row] = []

    def run(self, sheet: Sheet, progress: Progress | None, cancelled: Cancelled | None) -> bool:
        """Check every row; True if cancelled part-way."""
        done = 0
        for done, values in enumerate(sheet.rows, start=1):
            if cancelled is not None and cancelled():
                self.flush()
                return True
            self.add(sheet, sheet.header_row + done, values)
            if progress is not None and done % PROGRESS_STEP == 0:
                progress(done, max(sheet.expected_rows, done))
        self.flush()
        if progress is not None:
            progress(done, done)
        return False

    def add(self, sheet: Sheet, number: int, values: tuple[object, ...]) -> None:
        cells = sheet.cells(values)
        if cells is None:
            self.blank += 1
            return
        self.read += 1
        row = _Row(number, cells, sheet.headers)
        if self.kind == "units":
            _check_unit(row)
        else:
            _check_person(row, self.kind, self.places, self.today)
        if row.code in self.first:
            key, label = _code_column(self.kind)
            row.fail(key, message("import.duplicate_in_file", row=self.first[row.code],
                                  label=label))
        elif row.code:
            self.first[row.code] = row.number
        self.pending.append(row)
        if len(self.pending) >= QUERY_CHUNK:
            self.flush()

    def flush(self) -> None:
        """Look the pending rows' codes up in the database, then keep what each row gives."""
        codes = [r.code for r in self.pending if r.code and self.first[r.code] == r.number]
        column, holder = ((ResidentUnit.uscc, ResidentUnit.name) if self.kind == "units"
                          else (Person.id_number, Person.name))
        taken = {str(code): name for code, name in self.session.execute(
            select(column, holder).where(column.in_(codes)))} if codes else {}
        key, _ = _code_column(self.kind)
        template = "uscc.duplicate" if self.kind == "units" else "id.duplicate"
        for row in self.pending:
            if row.code in taken and self.first[row.code] == row.number:
                row.fail(key, message(template, name=taken[row.code]))
            if row.errors:
                self.errors.extend(RowError(*e) for e in row.errors)
            elif row.data is not None:
                self.valid.append(ImportRow(row.number, row.data))
        self.pending.clear()


def _code_column(kind: Kind) -> tuple[str, str]:
    return ("uscc", "统一社会信用代码") if kind == "units" else ("id_number", "身份证号码")


def _check_person(row: _Row, kind: Kind, places: _Places, today: dt.date) -> _Row:
    compound_id, building_id = places.resolve(row, required=kind == "owners")
    party = row.parse("party", fmt.yes_no, None)
    since = row.parse("party_since", fmt.read_date, None)
    if party is None:
        party = since is not None  # a joining date alone says the person is a member
    elif not party and since is not None:
        row.fail("party_since", message("import.party_conflict"))
    roles = row.parse("roles", fmt.roles, frozenset[str]())
    if kind == "owners":
        roles = roles | {"owner"}
    data = PersonData(
        name=row.text("name"), gender=row.parse("gender", fmt.gender, ""),
        id_number=row.parse("id_number", fmt.code_text, ""), phone=row.text("phone"),
        address=row.text("address"), compound_id=compound_id, building_id=building_id,
        is_party_member=party, party_since=since if party else None, roles=roles,
        note=row.text("note"))
    values = row.clean(lambda d: clean_person(d, today), data, PERSON_NEUTRAL)
    row.code = str(values["id_number"] or "")
    if not row.errors:
        values["id_number"] = row.code
        row.data = PersonData(**values, roles=roles)  # type: ignore[arg-type]
    return row


def _check_unit(row: _Row) -> _Row:
    data = UnitData(name=row.text("name"), uscc=row.parse("uscc", fmt.code_text, ""),
                    kind=row.parse("kind", fmt.unit_kind, "other"),
                    address=row.text("address"), contact_name=row.text("contact_name"),
                    contact_phone=row.text("contact_phone"))
    values = row.clean(clean_unit, data, UNIT_NEUTRAL)
    if not row.failed("uscc"):
        row.code = str(values["uscc"])
    if not row.errors:
        row.data = UnitData(**values)  # type: ignore[arg-type]
    return row


def apply_import(database: Database, actor: Actor, preview: ImportPreview, *,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 batch: int = WRITE_BATCH) -> int:
    """Write every row of a clean preview in one unit of work; the number written.

    Rows go through create_people / create_units a batch at a time, so each is validated
    again, versioned and audited as a single save would be; any failure, or a cancel at
    any point before the commit, rolls the whole import back.
    """
    if preview.cancelled:
        raise UserError("import.incomplete")
    if preview.errors:
        raise UserError("import.has_errors", count=len(preview.errors))
    total = len(preview.rows)
    with database.session() as session:
        actor = require(session, actor, "clerk")
        for start in range(0, total, batch):
            if cancelled is not None and cancelled():
                raise ImportCancelled("import.cancelled")
            rows = preview.rows[start:start + batch]
            _write(session, actor, preview.community_id, rows)
            if progress is not None:
                progress(start + len(rows), total)
        if cancelled is not None and cancelled():
            raise ImportCancelled("import.cancelled")
    return total


def _write(session: Session, actor: Actor, community_id: int,
           rows: tuple[ImportRow, ...]) -> None:
    items = [row.data for row in rows]
    try:
        if isinstance(items[0], UnitData):
            create_units(session, actor, community_id, items)  # type: ignore[arg-type]
        else:
            create_people(session, actor, community_id, items)  # type: ignore[arg-type]
    except ItemFailed as exc:
        raise UserError("import.row_failed", row=rows[exc.index].row,
                        detail=exc.error.message) from exc
    except IntegrityError as exc:
        # A unique code committed by another PC after our check (PostgreSQL).
        raise UserError("import.row_conflict", first=rows[0].row, last=rows[-1].row) from exc


# --- checking rows -------------------------------------------------------------------

class _Row:
    """One data row being checked: its cells by column key and every error found."""

    def __init__(self, number: int, cells: dict[str, object], headers: dict[str, str]) -> None:
        self.number = number
        self.cells = cells
        self.headers = headers
        self.errors: list[tuple[int, str, str, str]] = []
        self.data: PersonData | UnitData | None = None
        self.code = ""  # the cleaned ID number or credit code, for the duplicate check

    def text(self, key: str) -> str:
        return cell_text(self.cells.get(key))

    def failed(self, key: str) -> bool:
        return any(column == self.headers[key] for _, column, _, _ in self.errors)

    def fail(self, key: str, text: str) -> None:
        self.errors.append((self.number, self.headers[key], self.text(key), text))

    def parse(self, key: str, reader: Callable[[object], T], default: T) -> T:
        try:
            return reader(self.cells.get(key))
        except BadCell as exc:
            self.fail(key, exc.text)
            return default

    def clean(self, clean: Callable[[Any], dict[str, object]], data: Any,
              neutral: dict[str, dict[str, Any]]) -> dict[str, object]:
        """Run the service's own clean function until it passes, noting each bad field.

        The clean functions stop at the first bad field; replacing that field by a value
        that passes and running again finds the next one, so the clerk sees them all.
        """
        seen: set[str] = set()
        while True:
            try:
                return clean(data)
            except FieldError as exc:
                if exc.field in seen or exc.field not in neutral:
                    raise  # a neutral value that does not pass is a bug here
                seen.add(exc.field)
                if not self.failed(exc.field):  # not already explained by the reading
                    self.fail(exc.field, exc.message)
                data = dataclasses.replace(data, **neutral[exc.field])


def _name_key(text: str) -> str:
    return re.sub(r"\s", "", text)


def _building_key(text: str) -> str:
    """1栋, 1幢, 1号楼, 01 and 1 all name building 1."""
    match = re.fullmatch(r"0*(\d+)(?:栋|幢|号楼|号|楼)?", _name_key(text))
    return match.group(1) if match else _name_key(text)


@dataclass(frozen=True)
class _Places:
    """The community's compounds and buildings, to resolve the names in the file."""

    compounds: dict[str, int]
    buildings: dict[int, dict[str, int]]

    @classmethod
    def load(cls, session: Session, community_id: int) -> _Places:
        compounds = {_name_key(name): id_ for id_, name in session.execute(
            select(Compound.id, Compound.name).where(Compound.community_id == community_id))}
        buildings: dict[int, dict[str, int]] = {}
        for id_, compound_id, name in session.execute(
                select(Building.id, Building.compound_id, Building.name)
                .join(Compound, Compound.id == Building.compound_id)
                .where(Compound.community_id == community_id)):
            buildings.setdefault(compound_id, {})[_name_key(name)] = id_
        return cls(compounds, buildings)

    def building(self, compound_id: int, text: str) -> int | None:
        names = self.buildings.get(compound_id, {})
        if _name_key(text) in names:
            return names[_name_key(text)]
        hits = [id_ for name, id_ in names.items() if _building_key(name) == _building_key(text)]
        return hits[0] if len(hits) == 1 else None

    def resolve(self, row: _Row, *, required: bool) -> tuple[int | None, int | None]:
        compound, building = row.text("compound"), row.text("building")
        for key, value in (("compound", compound), ("building", building)):
            if required and not value:
                row.fail(key, message("field.required", label=row.headers[key]))
        if not compound:
            if building and not required:
                row.fail("building", message("import.building_without_compound"))
            return None, None
        compound_id = self.compounds.get(_name_key(compound))
        if compound_id is None:
            row.fail("compound", message("import.unknown_compound", value=compound))
            return None, None
        building_id = self.building(compound_id, building) if building else None
        if building and building_id is None:
            row.fail("building", message("import.unknown_building", compound=compound,
                                         value=building))
        return compound_id, building_id

