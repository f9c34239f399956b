"""Bulk import from the clerk's Excel workbooks: preview every bad cell, then all or nothing."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from stdnum.cn import ric, uscc

from models.auth import SYSTEM, Actor
from models.db import Database
from models.demo import DemoOffice, build_demo
from models.errors import UserError
from models.registry.entities import Person, ResidentUnit
from models.registry.people import PersonData, create_person, list_people
from models.registry.places import list_buildings, list_compounds
from models.registry.units import list_units
from models.users_entities import AuditEntry
from reports import workbook_template as fmt
from reports.workbook_import import ImportCancelled, ImportPreview, apply_import, read_workbook
from reports.workbook_template import write_template
from tests.benchmarks.make_import_book import write_people
from tests.support.users import add_users

CLERK = Actor(username="clerk", display_name="张会计", role="clerk")
PEOPLE_HEADER = ["姓名", "性别", "身份证号", "联系电话", "住址", "小区", "楼栋", "是否党员",
                 "入党时间", "身份", "备注"]
UNIT_HEADER = ["单位名称", "统一社会信用代码", "单位类别", "地址", "联系人", "联系电话"]
JULY_1 = dt.date(2019, 7, 1)


def make_id(birth: dt.date, seq: int, *, male: bool = True, check: str | None = None) -> str:
    """A valid 公民身份号码 in area 110105 (the demo uses 511902, so none collide)."""
    body = f"110105{birth:%Y%m%d}{seq:02d}{1 if male else 2}"
    return body + (check or ric.calc_check_digit(body + "0"))


def id_ending_in_x() -> str:
    return next(n for n in (make_id(dt.date(1975, 3, 8), s) for s in range(100)) if n[-1] == "X")


def make_uscc(serial: int) -> str:
    body = f"91110105{serial:09d}"
    return body + uscc.calc_check_digit(body)


def write_book(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]], *,
               title: str = "人员", above: Sequence[Sequence[object]] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for line in (*above, header, *rows):
        sheet.append(list(line))
    book.save(path)
    return path


@pytest.fixture
def demo(db: Database) -> DemoOffice:
    with db.session() as session:
        add_users(session, CLERK)
        return build_demo(session)


def people_named(db: Database, *names: str) -> dict[str, object]:
    with db.read_session() as session:
        return {p.name: p for p in list_people(session) if p.name in names}


def person_count(db: Database) -> int:
    with db.read_session() as session:
        return session.execute(select(func.count()).select_from(Person)).scalar_one()


def building_id(db: Database, compound: str, building: str) -> int:
    with db.read_session() as session:
        compound_id = next(c.id for c in list_compounds(session) if c.name == compound)
        return next(b.id for b in list_buildings(session, compound_id) if b.name == building)


def errors_at(preview: ImportPreview) -> set[tuple[int, str]]:
    return {(e.row, e.column) for e in preview.errors}


def message_at(preview: ImportPreview, row: int, column: str) -> str:
    return next(e.message for e in preview.errors if (e.row, e.column) == (row, column))


# --- good files are written ----------------------------------------------------------

def test_people_are_written_with_roles_places_and_every_date_format(
        db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    x_id = id_ending_in_x()
    rows = [
        ["张晓明", "男", make_id(dt.date(1980, 5, 12), 1), "13812345601", "兴文路 18 号",
         "翰林苑", "1栋", "是", dt.datetime(2019, 7, 1), "小区干部、志愿者", "老党员"],
        ["李红", "女", make_id(dt.date(1982, 6, 1), 2, male=False), 13812345602, "",
         "阳光花园", "2栋", "√", "2019/7/1", "小区能人,楼栋长", ""],
        ["王强", "", make_id(dt.date(1970, 1, 2), 3), "0827-5261234", "", "翰林苑", 3,
         "中共党员", "2019.07", "志愿者", ""],
        ["赵敏", "", make_id(dt.date(1990, 2, 3), 4, male=False), "", "", "翰林苑", "4号楼",
         "是", "2019年7月1日", "", ""],
        ["孙立", "", x_id.lower(), "", "", "", "", "是", 2019.07, "", ""],
        ["周杰", "男", "", "", "", "", "", "否", "", "", ""],
    ]
    path = write_book(tmp_path / "people.xlsx", PEOPLE_HEADER, rows)
    preview = read_workbook(db, path, "people")
    assert preview.ok, preview.errors
    assert (preview.counts.read, preview.counts.valid, preview.counts.invalid) == (6, 6, 0)

    assert apply_import(db, CLERK, preview) == 6

    found = people_named(db, "张晓明", "李红", "王强", "赵敏", "孙立", "周杰")
    assert set(found) == {"张晓明", "李红", "王强", "赵敏", "孙立", "周杰"}
    for name in ("张晓明", "李红", "王强", "赵敏", "孙立"):
        assert found[name].is_party_member and found[name].party_since == JULY_1, name
    assert not found["周杰"].is_party_member and found["周杰"].party_since is None
    assert found["张晓明"].roles == {"cadre", "volunteer"}
    assert found["李红"].roles == {"talent", "building_chief"}
    assert found["李红"].phone == "13812345602"
    assert found["王强"].compound_name == "翰林苑"
    assert found["王强"].building_id == building_id(db, "翰林苑", "3栋")
    assert found["赵敏"].building_id == building_id(db, "翰林苑", "4栋")
    assert found["赵敏"].gender == "F"  # from the ID number
    assert found["孙立"].id_masked.endswith("X")
    with db.read_session() as session:
        created = session.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.username == "clerk", AuditEntry.action == "create")).scalar_one()
    assert created == 6


def test_owners_get_the_owner_role_and_need_compound_and_building(
        db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    header = ["姓名", "身份证号", "小区", "楼栋", "联系电话", "身份"]
    rows = [["陈业主", make_id(dt.date(1966, 8, 8), 5), "滨河安置小区", "2栋", "13900001111", ""],
            ["刘业主", make_id(dt.date(1968, 9, 9), 6), "阳光花园", "1栋", "", "志愿者"]]
    path = write_book(tmp_path / "owners.xlsx", header, rows, title="业主名册")
    preview = read_workbook(db, path, "owners")
    assert preview.ok, preview.errors
    apply_import(db, CLERK, preview)
    found = people_named(db, "陈业主", "刘业主")
    assert found["陈业主"].roles == {"owner"}
    assert found["刘业主"].roles == {"owner", "volunteer"}
    assert found["陈业主"].building_id == building_id(db, "滨河安置小区", "2栋")

    missing = write_book(tmp_path / "missing.xlsx", header,
                         [["吴业主", "", "阳光花园", "", "", ""], ["郑业主", "", "", "", "", ""]])
    bad = read_workbook(db, missing, "owners")
    assert errors_at(bad) == {(2, "楼栋"), (3, "小区"), (3, "楼栋")}
    assert "不能为空" in message_at(bad, 2, "楼栋")


def test_units_are_written_with_their_kind(db: Database, demo: DemoOffice,
                                           tmp_path: Path) -> None:
    rows = [["兴文小学", make_uscc(1), "学校", "兴文路 3 号", "何老师", "0827-5260001"],
            ["江北超市有限公司", make_uscc(2).lower(), "企业", "", "", "13700001234"],
            ["兴文志愿者协会", make_uscc(3), "", "", "", ""]]
    path = write_book(tmp_path / "units.xlsx", UNIT_HEADER, rows, title="驻区单位")
    preview = read_workbook(db, path, "units")
    assert preview.ok, preview.errors
    assert apply_import(db, CLERK, preview) == 3
    with db.read_session() as session:
        units = {u.name: u for u in list_units(session)}
    assert units["兴文小学"].kind == "school"
    assert units["江北超市有限公司"].uscc == make_uscc(2)
    assert units["兴文志愿者协会"].kind == "other"


# --- bad files write nothing and name every bad cell -----------------------------------

def test_bad_people_rows_are_all_listed_and_nothing_is_written(
        db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    with db.read_session() as session:
        registered, holder = session.execute(select(Person.id_number, Person.name)
                                             .order_by(Person.id).limit(1)).one()
    good_id = make_id(dt.date(1985, 4, 4), 7)
    wrong_check = make_id(dt.date(1985, 4, 5), 8)
    wrong_check = wrong_check[:-1] + ("1" if wrong_check[-1] != "1" else "2")
    blank = ["", "", "", "", "", "", "", "", "", "", ""]

    def person(name: str, **cells: object) -> list[object]:
        line = [name, *blank[1:]]
        for key, value in cells.items():
            line[PEOPLE_HEADER.index(key)] = value
        return line

    rows = [
        person("王好人", 身份证号=good_id, 小区="翰林苑", 楼栋="1栋"),          # row 2: fine
        person("甲", 身份证号=wrong_check),                                   # 3
        person("乙", 身份证号=1.1010519491231e17),                            # 4
        person("丙", 小区="不存在小区", 楼栋="1栋"),                            # 5
        person("丁", 小区="东城散居楼栋", 楼栋="5栋"),                          # 6
        person("戊", 身份证号=good_id),                                       # 7
        person("己", 身份证号=registered),                                    # 8
        person("庚", 联系电话="12345"),                                       # 9
        person("", 住址="文化路 1 号"),                                        # 10
        person("辛", 是否党员="是"),                                           # 11
        person("", 性别="未知", 联系电话="abc", 是否党员="是", 入党时间="明年",
               身份="主任"),                                                  # 12
    ]
    path = write_book(tmp_path / "bad.xlsx", PEOPLE_HEADER, rows)
    before = person_count(db)

    preview = read_workbook(db, path, "people")

    assert not preview.ok
    assert errors_at(preview) == {
        (3, "身份证号"), (4, "身份证号"), (5, "小区"), (6, "楼栋"), (7, "身份证号"),
        (8, "身份证号"), (9, "联系电话"), (10, "姓名"), (11, "入党时间"),
        (12, "姓名"), (12, "性别"), (12, "联系电话"), (12, "入党时间"), (12, "身份")}
    assert [e.row for e in preview.errors] == sorted(e.row for e in preview.errors)
    assert "身份证号码不正确" in message_at(preview, 3, "身份证号")
    assert "文本" in message_at(preview, 4, "身份证号")
    assert next(e.value for e in preview.errors if e.row == 4) == "1.1010519491231e+17"
    assert "不存在小区" in message_at(preview, 5, "小区")
    assert "东城散居楼栋" in message_at(preview, 6, "楼栋")
    assert "第 2 行" in message_at(preview, 7, "身份证号")
    assert holder in message_at(preview, 8, "身份证号")
    assert "不能为空" in message_at(preview, 11, "入党时间")
    assert "明年" in message_at(preview, 12, "入党时间")
    assert [r.row for r in preview.rows] == [2]
    assert preview.counts.invalid == 10

    with pytest.raises(UserError) as refused:
        apply_import(db, CLERK, preview)
    assert refused.value.code == "import.has_errors"
    assert person_count(db) == before


def test_bad_unit_rows_are_all_listed(db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    with db.read_session() as session:
        registered, holder = session.execute(
            select(ResidentUnit.uscc, ResidentUnit.name).limit(1)).one()
    bad_code = make_uscc(5)[:-1] + ("0" if make_uscc(5)[-1] != "0" else "1")
    rows = [["好单位", make_uscc(4), "学校", "", "", ""],      # 2
            ["坏代码", bad_code, "", "", "", ""],              # 3
            ["重复甲", make_uscc(4), "", "", "", ""],          # 4
            ["重复乙", registered, "", "", "", ""],            # 5
            ["怪类别", make_uscc(6), "外星机构", "", "", ""],   # 6
            ["", make_uscc(7), "", "", "", "不是电话"],        # 7
            ["数字代码", 911101050000000001, "", "", "", ""]]  # 8
    path = write_book(tmp_path / "units.xlsx", UNIT_HEADER, rows, title="驻区单位")
    preview = read_workbook(db, path, "units")
    assert errors_at(preview) == {
        (3, "统一社会信用代码"), (4, "统一社会信用代码"), (5, "统一社会信用代码"),
        (6, "单位类别"), (7, "单位名称"), (7, "联系电话"), (8, "统一社会信用代码")}
    assert "校验位" in message_at(preview, 3, "统一社会信用代码")
    assert holder in message_at(preview, 5, "统一社会信用代码")
    assert "外星机构" in message_at(preview, 6, "单位类别")
    with pytest.raises(UserError):
        apply_import(db, CLERK, preview)
    with db.read_session() as session:
        assert "好单位" not in {u.name for u in list_units(session)}


# --- tolerant reading ----------------------------------------------------------------

def test_synonym_headers_below_a_title_on_a_named_sheet_with_blank_rows(
        db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    header = ["序号", "姓名*", "公民身份号码（18位）", "手机", "家庭住址", "所在小区", "楼号",
              "党员", "入党日期", "角色", "说明"]
    first = ["1", "钱多多", make_id(dt.date(1979, 11, 11), 9), "13611112222", "兴文路 9 号",
             "阳光花园", "3栋", "√", "2010-10-01", "小区干部;志愿者", ""]
    second = ["2", "郝好", make_id(dt.date(1981, 12, 12), 10, male=False), "123", "",
              "翰林苑", "2栋", "否", None, "", ""]
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "封面"
    cover.append(["兴文社区居民花名册（2026 年）"])
    sheet = book.create_sheet("居民人员花名册")
    for line in (["兴文社区居民花名册"], [], header, first, [None] * 11, ["  ", "", None],
                 second):
        sheet.append(line)
    path = tmp_path / "roster.xlsx"
    book.save(path)

    preview = read_workbook(db, path, "people")
    assert (preview.sheet, preview.header_row) == ("居民人员花名册", 3)
    assert (preview.counts.read, preview.counts.blank) == (2, 2)
    assert errors_at(preview) == {(7, "手机")}  # the header as the clerk wrote it

    sheet.cell(row=7, column=4, value="13622223333")
    book.save(path)
    preview = read_workbook(db, path, "people")
    assert preview.ok
    apply_import(db, CLERK, preview)
    found = people_named(db, "钱多多", "郝好")
    assert found["钱多多"].roles == {"cadre", "volunteer"}
    assert found["钱多多"].party_since == dt.date(2010, 10, 1)
    assert found["钱多多"].address == "兴文路 9 号"
    assert found["郝好"].phone == "13622223333"
    assert not found["郝好"].is_party_member


@pytest.mark.parametrize(("cell", "expected"), [
    (dt.datetime(2019, 7, 1), JULY_1), ("2019-07-01", JULY_1), ("2019/7/1", JULY_1),
    ("2019.07", JULY_1), ("2019年7月1日", JULY_1), ("2019年7月", JULY_1), (20190701, JULY_1),
    (2019.07, JULY_1), (2019.12, dt.date(2019, 12, 1)), ("2019.10", dt.date(2019, 10, 1)),
    (None, None), ("", None), (2019.1, fmt.BadCell), ("2019-13-01", fmt.BadCell),
    ("2019-02-30", fmt.BadCell), ("去年", fmt.BadCell), (43647, fmt.BadCell)])
def test_dates_are_read_as_clerks_type_them_and_ambiguous_ones_refused(
        cell: object, expected: object) -> None:
    if expected is fmt.BadCell:
        with pytest.raises(fmt.BadCell):
            fmt.read_date(cell)
    else:
        assert fmt.read_date(cell) == expected


@pytest.mark.parametrize("kind", ["people", "owners", "units"])
def test_a_filled_template_imports_cleanly(db: Database, demo: DemoOffice, tmp_path: Path,
                                           kind: fmt.Kind) -> None:
    path = write_template(tmp_path / f"{kind}.xlsx", kind)
    book = load_workbook(path)
    assert book.sheetnames == [fmt.SHEET_TITLES[kind], fmt.GUIDE_TITLE]
    guide = " ".join(str(c.value) for row in book[fmt.GUIDE_TITLE].iter_rows() for c in row)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert all(c.header in guide for c in fmt.columns_for(kind))
    values = {
        "people": {"姓名": "模板甲", "性别": "男", "身份证号": make_id(dt.date(1977, 7, 7), 11),
                   "联系电话": "13512345678", "小区": "翰林苑", "楼栋": "2栋", "是否党员": "是",
                   "入党时间": "2001-07-01", "身份": "小区能人"},
        "owners": {"姓名": "模板乙", "身份证号": make_id(dt.date(1978, 8, 8), 12),
                   "小区": "阳光花园", "楼栋": "1栋"},
        "units": {"单位名称": "模板单位", "统一社会信用代码": make_uscc(8), "单位类别": "医院"},
    }[kind]
    for header, value in values.items():
        cell = sheet.cell(row=2, column=headers.index(header) + 1, value=value)
        if header in {"身份证号", "统一社会信用代码"}:
            assert cell.number_format == "@"  # typed IDs stay text in Excel
    book.save(path)

    preview = read_workbook(db, path, kind)
    assert preview.ok, preview.errors
    assert apply_import(db, CLERK, preview) == 1
    with db.read_session() as session:
        names = {p.name for p in list_people(session)} | {u.name for u in list_units(session)}
    assert next(iter(values.values())) in names


# --- writing is all or nothing ---------------------------------------------------------

def three_people(tmp_path: Path) -> tuple[Path, list[str]]:
    ids = [make_id(dt.date(1960 + i, 1, 1), 20 + i) for i in range(3)]
    rows = [[f"导入{i}", "", ids[i], "", "", "", "", "", "", "", ""] for i in range(3)]
    return write_book(tmp_path / "three.xlsx", PEOPLE_HEADER, rows), ids


def test_a_row_failing_at_write_time_rolls_back_the_whole_import(
        db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    path, ids = three_people(tmp_path)
    preview = read_workbook(db, path, "people")
    assert preview.ok
    with db.session() as session:  # another clerk registers row 4's person meanwhile
        create_person(session, SYSTEM, preview.community_id,
                      PersonData(name="抢先登记", id_number=ids[2]))
    before = person_count(db)

    with pytest.raises(UserError) as failed:
        apply_import(db, CLERK, preview)

    assert failed.value.code == "import.row_failed"
    assert "第 4 行" in failed.value.message and "抢先登记" in failed.value.message
    assert person_count(db) == before
    assert people_named(db, "导入0", "导入1", "导入2") == {}


def test_progress_is_reported_and_cancelling_stops_safely(
        db: Database, demo: DemoOffice, tmp_path: Path) -> None:
    path = write_people(tmp_path / "600.xlsx", 600)
    calls: list[tuple[int, int]] = []
    preview = read_workbook(db, path, "people", progress=lambda d, t: calls.append((d, t)))
    assert preview.ok, preview.errors[:3]
    assert calls == [(250, 600), (500, 600), (600, 600)]  # a bar that moves, not 600 signals

    stopped = read_workbook(db, path, "people", cancelled=lambda: len(calls) >= 4,
                            progress=lambda d, t: calls.append((d, t)))
    assert stopped.cancelled and not stopped.ok and stopped.counts.read == 250
    with pytest.raises(UserError) as refused:
        apply_import(db, CLERK, stopped)
    assert refused.value.code == "import.incomplete"

    written: list[tuple[int, int]] = []
    before = person_count(db)
    with pytest.raises(ImportCancelled):
        apply_import(db, CLERK, preview, progress=lambda d, t: written.append((d, t)),
                     cancelled=lambda: len(written) >= 2, batch=100)
    assert written == [(100, 600), (200, 600)]
    assert person_count(db) == before

    late: list[tuple[int, int]] = []  # the clerk clicks 停止 while the last batch is written
    with pytest.raises(ImportCancelled):
        apply_import(db, CLERK, preview, progress=lambda d, t: late.append((d, t)),
                     cancelled=lambda: late[-1:] == [(600, 600)], batch=100)
    assert person_count(db) == before

    apply_import(db, CLERK, preview, progress=lambda d, t: written.append((d, t)), batch=250)
    assert written[-3:] == [(250, 600), (500, 600), (600, 600)]
    assert person_count(db) == before + 600


# --- files and databases the import cannot use ----------------------------------------

def test_unusable_files_are_refused_in_words(db: Database, demo: DemoOffice,
                                             tmp_path: Path) -> None:
    cases = {
        "import.no_header": write_book(tmp_path / "other.xlsx", ["日期", "金额"], [["1", "2"]]),
        "import.no_rows": write_book(tmp_path / "empty.xlsx", PEOPLE_HEADER, []),
        "import.unreadable": tmp_path / "notes.xlsx",
        "import.old_format": tmp_path / "old.xls",
    }
    cases["import.unreadable"].write_text("这不是表格", encoding="utf-8")
    cases["import.old_format"].write_bytes(b"\xd0\xcf\x11\xe0")
    for code, path in cases.items():
        with pytest.raises(UserError) as refused:
            read_workbook(db, path, "people")
        assert refused.value.code == code
    with pytest.raises(UserError) as units_only:
        read_workbook(db, cases["import.no_rows"], "units")
    assert "统一社会信用代码" in units_only.value.message


def test_an_office_without_a_community_cannot_import(db: Database, tmp_path: Path) -> None:
    path, _ = three_people(tmp_path)
    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")
    assert refused.value.code == "import.no_community"
