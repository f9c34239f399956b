"""What an import workbook may be before it is parsed: the limits that keep memory bounded.

An .xlsx is a zip of XML parts. openpyxl's read-only mode streams the worksheets, but it
loads the whole shared-string table into memory, and a zip can hide a part a thousand
times larger than itself. So before openpyxl sees a file, `check_package` reads only the
zip's central directory (and counts the shared strings by streaming their part) and
refuses, with a message naming the file, any workbook beyond these limits:

- MAX_MEMBERS parts: Excel and WPS write a few dozen even for many sheets.
- MAX_UNCOMPRESSED bytes of all parts together, as the zip declares them. Python's
  zipfile never inflates a part past its declared size (a lying size fails the CRC check
  and is reported as damaged), so the declared sizes bound what parsing can produce.
  A 100,000-row register in Excel's format is about 60 MiB uncompressed.
- MAX_RATIO between a part's uncompressed and compressed size, for parts above
  RATIO_FLOOR: real sheets compress 5-30 times, a zip bomb thousands of times.
- MAX_SHARED_STRINGS entries and MAX_SHARED_STRINGS_BYTES uncompressed bytes in the
  shared-string table, which is held in memory whole while the sheet is read.

Entity tricks (billion laughs, quadratic blowup, external entities) are refused by
defusedxml, which openpyxl uses for all its parsing once it is installed; `require_defused`
makes its absence an error rather than a silent downgrade.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError

import openpyxl.xml
from defusedxml import DefusedXmlException

from models import messages
from models.errors import UserError

MIB = 1024 * 1024
MAX_MEMBERS = 1_000
MAX_UNCOMPRESSED = 512 * MIB
MAX_RATIO = 200
RATIO_FLOOR = 1 * MIB
MAX_SHARED_STRINGS = 2_000_000
MAX_SHARED_STRINGS_BYTES = 128 * MIB
SHARED_STRINGS_TYPE = ("application/vnd.openxmlformats-officedocument.spreadsheetml"
                       ".sharedStrings+xml")
CONTENT_TYPES = "[Content_Types].xml"
MAX_CONTENT_TYPES = 1 * MIB
# One <si> element per shared string, one <row> per sheet row, with or without a prefix.
STRING_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,40}:)?si[\s/>]")
ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,40}:)?row[\s/>]")
TAG_OVERLAP = 48  # bytes kept between chunks so a tag split across them is still seen
CHUNK = 1 * MIB

messages.register({
    "import.too_many_parts": "无法读取“{path}”：工作簿由 {count} 个部件组成，超过上限 {limit} 个，"
                             "不像是 Excel 保存的文件。",
    "import.too_large": "无法读取“{path}”：工作簿解压后有 {size} MB，"
                        "超过一次导入的上限 {limit} MB。请把数据分成几个较小的文件，分别导入。",
    "import.compression": "无法读取“{path}”：其中的“{part}”压缩比异常"
                          "（{ratio} 倍，上限 {limit} 倍），可能是恶意构造的文件。",
    "import.too_many_strings": "无法读取“{path}”：工作簿中的文字表超过上限（{limit} 条、{mb} MB）。"
                               "请把数据分成几个较小的文件，分别导入。",
    "import.unsafe_xml": "无法读取“{path}”：文件中含有 Excel 不会写入的 XML 实体声明，"
                         "可能是恶意构造的文件。",
})


def require_defused() -> None:
    """openpyxl parses with the standard library unless defusedxml is importable."""
    if not openpyxl.xml.DEFUSEDXML:
        raise RuntimeError("defusedxml is not active for openpyxl: workbooks cannot be "
                           "read safely (install defusedxml, unset OPENPYXL_DEFUSEDXML)")


def check_package(path: Path) -> None:
    """Refuse a workbook beyond the limits, or not a zip at all, with a UserError.

    Reads the zip directory, [Content_Types].xml and the shared-string part (streamed).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_sizes(path, parts)
            for part in _shared_string_parts(archive, parts):
                _check_strings(path, archive, part)
    except DefusedXmlException as exc:
        raise UserError("import.unsafe_xml", path=path.name) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ParseError,
            TypeError, ValueError, KeyError) as exc:
        raise UserError("import.unreadable", path=path.name) from exc


def _check_sizes(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > MAX_MEMBERS:
        raise UserError("import.too_many_parts", path=path.name, count=len(parts),
                        limit=MAX_MEMBERS)
    total = sum(p.file_size for p in parts)
    if total > MAX_UNCOMPRESSED:
        raise UserError("import.too_large", path=path.name, size=_mb(total),
                        limit=_mb(MAX_UNCOMPRESSED))
    for part in parts:
        if part.file_size > RATIO_FLOOR:
            ratio = part.file_size // max(part.compress_size, 1)
            if ratio > MAX_RATIO:
                raise UserError("import.compression", path=path.name, part=part.filename,
                                ratio=ratio, limit=MAX_RATIO)


def _shared_string_parts(archive: zipfile.ZipFile,
                         parts: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The parts [Content_Types].xml declares as shared strings, and any named so."""
    from openpyxl.packaging.manifest import Manifest  # noqa: PLC0415 - openpyxl is lazy
    from openpyxl.xml.functions import fromstring  # noqa: PLC0415

    names = {p.filename for p in parts if p.filename.lower().endswith("sharedstrings.xml")}
    listed = next((p for p in parts if p.filename == CONTENT_TYPES), None)
    if listed is not None and listed.file_size <= MAX_CONTENT_TYPES:
        manifest = Manifest.from_tree(fromstring(archive.read(listed)))
        names |= {o.PartName.lstrip("/") for o in manifest.Override
                  if o.ContentType == SHARED_STRINGS_TYPE}
    return [p for p in parts if p.filename in names]


def _check_strings(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    over = UserError("import.too_many_strings", path=path.name, limit=MAX_SHARED_STRINGS,
                     mb=_mb(MAX_SHARED_STRINGS_BYTES))
    if part.file_size > MAX_SHARED_STRINGS_BYTES:
        raise over
    if count_strings(archive, part) > MAX_SHARED_STRINGS:
        raise over


def count_strings(archive: zipfile.ZipFile, part: zipfile.ZipInfo | str) -> int:
    """The <si> elements of a shared-string part."""
    return count_tags(archive, part, STRING_TAG)


def count_rows(path: Path, part: str) -> int:
    """The <row> elements of a sheet part: its rows, for a progress bar's total, since
    the <dimension> a file declares is missing or wrong in some writers' files."""
    with zipfile.ZipFile(path) as archive:
        return count_tags(archive, part, ROW_TAG)


def count_tags(archive: zipfile.ZipFile, part: zipfile.ZipInfo | str,
               tag: re.Pattern[bytes]) -> int:
    """Elements matching `tag`, counted on the bytes as they inflate, a chunk at a time."""
    count, tail = 0, b""
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            data = tail + chunk
            keep = max(len(data) - TAG_OVERLAP, 0)
            count += sum(1 for m in tag.finditer(data) if m.start() < keep)
            tail = data[keep:]
    return count + len(tag.findall(tail))


def _mb(size: int) -> int:
    return -(-size // MIB)
