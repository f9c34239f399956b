"""The Linux bundle's ICU data cut (installer/icu_data.py): what stays, and a package that
still reads back item by item, aligned as ICU requires."""
from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "installer" / "icu_data.py"


@pytest.fixture(scope="module")
def icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("item", "kept"), [
    ("zh.res", True), ("zh_Hans_CN.res", True), ("en_001.res", True), ("root.res", True),
    ("coll/zh.res", True), ("coll/ucadata.icu", True), ("curr/pool.res", True),
    ("res_index.res", True), ("supplementalData.res", True), ("nfkc.nrm", True),
    ("gb18030.cnv", True), ("windows-936-2000.cnv", True),
    ("de.res", False), ("coll/ja.res", False), ("zone/sr_Latn_BA.res", False),
    ("ibm-37_P100-1995.cnv", False), ("brkitr/thaidict.dict", False),
    ("translit/root.res", False), ("unames.icu", False),
])
def test_root_english_and_chinese_stay(icu_data: ModuleType, item: str, kept: bool) -> None:
    assert icu_data.keep(item) is kept


def _package(items: list[tuple[str, bytes]]) -> bytes:
    """A small common-data package as ICU's tools lay it out: a 32-byte header ('CmnD'),
    the table of contents, the names, then each item at a 16-byte boundary."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + bytes(8) + b"CmnD" + bytes(16)
    names = b"".join(name.encode() + b"\0" for name, _ in items)
    start = -(-(4 + 8 * len(items) + len(names)) // 16) * 16
    table, name_at, data_at, body = struct.pack("<I", len(items)), 4 + 8 * len(items), start, b""
    for name, data in items:
        table += struct.pack("<II", name_at, data_at)
        name_at += len(name) + 1
        padded = data + bytes(-len(data) % 16)
        data_at += len(padded)
        body += padded
    table += names
    return header + table + bytes(start - len(table)) + body


def test_the_rewritten_package_holds_the_kept_items_aligned(icu_data: ModuleType) -> None:
    items = [("icudt73l/de.res", b"D" * 40), ("icudt73l/gb18030.cnv", b"G" * 33),
             ("icudt73l/zh.res", b"Z" * 16)]
    header, read = icu_data.read_items(_package(items))
    assert [name for name, _ in read] == [name for name, _ in items]
    kept = [(name, data) for name, data in read if icu_data.keep(name.split("/", 1)[1])]
    package = icu_data.write_package(header, kept)
    _, again = icu_data.read_items(package)
    assert [(name, data.rstrip(b"\0")) for name, data in again] == [
        ("icudt73l/gb18030.cnv", b"G" * 33), ("icudt73l/zh.res", b"Z" * 16)]
    count = struct.unpack_from("<I", package, 32)[0]
    offsets = [struct.unpack_from("<II", package, 36 + 8 * i)[1] for i in range(count)]
    assert all(offset % 16 == 0 for offset in offsets)


def test_a_file_that_is_not_icu_data_is_refused(icu_data: ModuleType) -> None:
    with pytest.raises(ValueError, match="not an ICU data package"):
        icu_data.read_items(b"\x20\x00PK" + bytes(60))
