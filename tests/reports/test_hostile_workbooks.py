"""Damaged and hostile workbooks: refused with a 无法读取 message naming the file.

Every file is generated here from a good workbook: a member damaged in the zip, XML
bombs, external entities, characters XML forbids, and workbooks beyond the size limits
of reports.workbook_limits, which must be refused before openpyxl parses anything.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl.xml
import pytest

from models.db import Database
from models.demo import DemoOffice, build_demo
from models.errors import UserError
from reports import workbook_limits, workbook_template
from reports.election_sheets import read_roll
from reports.workbook_import import read_workbook

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
BOOK = "xl/workbook.xml"
TYPES = "[Content_Types].xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PACKAGE = "http://schemas.openxmlformats.org/package/2006"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFFICE_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
SECRET = "秘密内容-不应出现"
LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10)) + "]>")
BLOWUP = f'<!DOCTYPE sst [<!ENTITY a "{"x" * 50_000}">]>'


@pytest.fixture
def demo(db: Database) -> DemoOffice:
    with db.session() as session:
        return build_demo(session)


def good_book(path: Path, strings: int = 3) -> Path:
    """A minimal workbook as Excel stores it: cell texts in a shared-string table."""
    texts = ["姓名", "备注", *(t for i in range(strings) for t in (f"居民{i}", f"备注{i}"))]
    rows = [(1, (0, 1)), *((i + 2, (2 + 2 * i, 3 + 2 * i)) for i in range(strings))]
    cells = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{col}{r}" t="s"><v>{index}</v></c>'
                                   for col, index in zip("AC", pair, strict=True)) + "</row>"
        for r, pair in rows)
    parts = {
        TYPES: f'<Types xmlns="{PACKAGE}/content-types"><Default Extension="rels" '
               f'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               + "".join(f'<Override PartName="/{name}" ContentType="{OFFICE_TYPES}.{kind}+xml"/>'
                         for name, kind in ((BOOK, "sheet.main"), (SHEET, "worksheet"),
                                            (STRINGS, "sharedStrings")))
               + "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{PACKAGE}/relationships"><Relationship Id="rId1" '
                       f'Type="{RELS}/officeDocument" Target="{BOOK}"/></Relationships>',
        BOOK: f'<workbook xmlns="{MAIN_NS}" xmlns:r="{RELS}"><sheets>'
              '<sheet name="人员" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PACKAGE}/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>",
        SHEET: f'<worksheet xmlns="{MAIN_NS}"><sheetData>{cells}</sheetData></worksheet>',
        STRINGS: f'<sst xmlns="{MAIN_NS}" uniqueCount="{len(texts)}">'
                 + "".join(f"<si><t>{t}</t></si>" for t in texts) + "</sst>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + text)
    return path


def rewrite(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of the workbook with members replaced (or added; None removes)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in changes:
                new.writestr(info, old.read(info))
        for name, data in changes.items():
            if data is not None:
                new.writestr(name, data)
    return target


def sheet_xml(prolog: str, body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN_NS}">'
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>{body}</t></is></c></row>'
            "</sheetData></worksheet>").encode()


def strings_xml(prolog: str, body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<sst xmlns="{MAIN_NS}" count="1" '
            f'uniqueCount="1"><si><t>{body}</t></si></sst>').encode()


def damaged_member(source: Path, target: Path) -> Path:
    """The sheet's compressed bytes overwritten in the middle: a bad CRC or bad deflate."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle:middle + 8] = b"\x00\xff" * 4
    target.write_bytes(bytes(data))
    return target


def truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return target


def xxe_book(source: Path, target: Path) -> Path:
    secret = target.with_name("secret.txt")
    secret.write_text(SECRET, encoding="utf-8")
    prolog = f'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    return rewrite(source, target, {STRINGS: strings_xml(prolog, "&xxe;")})


def with_doctype(source: Path, target: Path, member: str, doctype: bytes) -> Path:
    with zipfile.ZipFile(source) as archive:
        original = archive.read(member)
    return rewrite(source, target, {member: original.replace(b"?>", b"?>" + doctype, 1)})


HOSTILE: dict[str, tuple[str, Callable[[Path, Path], Path]]] = {
    "damaged member": ("import.unreadable", damaged_member),
    "truncated zip": ("import.unreadable", truncated),
    "billion laughs in a sheet": ("import.unsafe_xml", lambda s, t: rewrite(
        s, t, {SHEET: sheet_xml(LAUGHS, "&lol9;")})),
    "quadratic blowup in shared strings": ("import.unsafe_xml", lambda s, t: rewrite(
        s, t, {STRINGS: strings_xml(BLOWUP, "&a;" * 2_000)})),
    "external entity in shared strings": ("import.unsafe_xml", xxe_book),
    "external entity in the workbook part": ("import.unsafe_xml", lambda s, t: with_doctype(
        s, t, BOOK, b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')),
    "entity in the content types": ("import.unsafe_xml", lambda s, t: with_doctype(
        s, t, TYPES, b'<!DOCTYPE t [<!ENTITY e "e">]>')),
    "control character in shared strings": ("import.unreadable", lambda s, t: rewrite(
        s, t, {STRINGS: strings_xml("", "坏\x01字")})),
    "NUL in a sheet": ("import.unreadable", lambda s, t: rewrite(
        s, t, {SHEET: sheet_xml("", "坏\x00字")})),
    "sheet cut short": ("import.unreadable", lambda s, t: rewrite(
        s, t, {SHEET: sheet_xml("", "半截")[:-40]})),
    "no workbook part": ("import.unreadable", lambda s, t: rewrite(s, t, {BOOK: None})),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_workbooks_are_refused_in_words(db: Database, demo: DemoOffice,
                                                tmp_path: Path, case: str) -> None:
    code, make = HOSTILE[case]
    path = make(good_book(tmp_path / "good.xlsx"), tmp_path / "来历不明.xlsx")

    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")

    assert refused.value.code == code
    assert "无法读取" in refused.value.message and "来历不明.xlsx" in refused.value.message
    assert SECRET not in refused.value.message


def test_defusedxml_guards_openpyxl(db: Database, demo: DemoOffice, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert openpyxl.xml.DEFUSEDXML  # installed and not switched off
    path = rewrite(good_book(tmp_path / "good.xlsx"), tmp_path / "laughs.xlsx",
                   {SHEET: sheet_xml(LAUGHS, "&lol9;")})
    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")
    causes, cause = [], refused.value.__cause__
    while cause is not None:
        causes.append(type(cause).__module__)
        cause = cause.__cause__ or cause.__context__
    assert any(module.startswith("defusedxml") for module in causes)

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(RuntimeError, match="defusedxml"):
        read_workbook(db, good_book(tmp_path / "plain.xlsx"), "people")


# --- limits, checked before parsing ----------------------------------------------------

@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl must not be asked to open the workbook at all."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the workbook was handed to openpyxl")
    monkeypatch.setattr(workbook_template, "load_workbook", refuse)


def test_too_many_parts(db: Database, demo: DemoOffice, tmp_path: Path,
                        no_parsing: None) -> None:
    extra: dict[str, bytes | None] = {f"xl/media/image{i}.png": b"x"
                                      for i in range(workbook_limits.MAX_MEMBERS)}
    path = rewrite(good_book(tmp_path / "good.xlsx"), tmp_path / "parts.xlsx", extra)
    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")
    assert refused.value.code == "import.too_many_parts"
    assert "parts.xlsx" in refused.value.message and "无法读取" in refused.value.message


def test_zip_bomb_member(db: Database, demo: DemoOffice, tmp_path: Path,
                         no_parsing: None) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/media/image1.png", bytes(64 * workbook_limits.MIB))
    with zipfile.ZipFile(buffer) as archive:
        bomb = archive.getinfo("xl/media/image1.png")
        assert bomb.file_size // bomb.compress_size > 500  # a real bomb, not a big file
    path = rewrite(good_book(tmp_path / "good.xlsx"), tmp_path / "bomb.xlsx",
                   {"xl/media/image1.png": bytes(64 * workbook_limits.MIB)})
    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")
    assert refused.value.code == "import.compression"
    assert "xl/media/image1.png" in refused.value.message


def test_uncompressed_size_limit(db: Database, demo: DemoOffice, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch, no_parsing: None) -> None:
    path = good_book(tmp_path / "big.xlsx", strings=2_000)
    with zipfile.ZipFile(path) as archive:
        size = sum(i.file_size for i in archive.infolist())
    monkeypatch.setattr(workbook_limits, "MAX_UNCOMPRESSED", size - 1)
    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")
    assert refused.value.code == "import.too_large"
    assert "big.xlsx" in refused.value.message and "分别导入" in refused.value.message


def test_shared_string_limits(db: Database, demo: DemoOffice, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, no_parsing: None) -> None:
    path = good_book(tmp_path / "strings.xlsx", strings=60)  # 2 + 2 × 60 distinct texts
    monkeypatch.setattr(workbook_limits, "MAX_SHARED_STRINGS", 121)
    with pytest.raises(UserError) as refused:
        read_workbook(db, path, "people")
    assert refused.value.code == "import.too_many_strings"

    monkeypatch.setattr(workbook_limits, "MAX_SHARED_STRINGS", 122)
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo(STRINGS).file_size
    monkeypatch.setattr(workbook_limits, "MAX_SHARED_STRINGS_BYTES", size - 1)
    with pytest.raises(UserError) as again:
        read_workbook(db, path, "people")
    assert again.value.code == "import.too_many_strings"


def test_strings_are_counted_across_chunks(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_limits, "CHUNK", 7)  # every tag straddles a boundary
    body = "".join(f"<x:si><x:t>{i}</x:t></x:si>" for i in range(500))
    path = tmp_path / "prefixed.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(STRINGS, f'<x:sst xmlns:x="{MAIN_NS}">{body}<x:si/></x:sst>')
    with zipfile.ZipFile(path) as archive:
        assert workbook_limits.count_strings(archive, archive.getinfo(STRINGS)) == 501


def test_a_workbook_within_the_limits_is_read(db: Database, demo: DemoOffice,
                                              tmp_path: Path) -> None:
    preview = read_workbook(db, good_book(tmp_path / "good.xlsx"), "people")
    assert preview.ok and preview.counts.valid == 3


@pytest.mark.parametrize("case", ["damaged member", "billion laughs in a sheet",
                                  "external entity in shared strings"])
def test_the_owners_roll_reader_has_the_same_guard(tmp_path: Path, case: str) -> None:
    code, make = HOSTILE[case]
    path = make(good_book(tmp_path / "good.xlsx"), tmp_path / "业主名册.xlsx")
    with pytest.raises(UserError) as refused:
        read_roll(path)
    assert refused.value.code == code
    assert "无法读取" in refused.value.message and "业主名册.xlsx" in refused.value.message
