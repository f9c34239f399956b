"""Shrink the ICU data that PySide6's Linux wheels bring (libicudata, 32 MB) to what Qt uses.

    python3 installer/icu_data.py dist/Gongjian/_internal/PySide6/Qt/lib/libicudata.so.73

Qt on Linux is linked against ICU, whose data library holds every locale's names,
currencies, units, time-zone names and collation, about 4,000 items. Qt itself keeps its
locale data (CLDR) in QtCore and asks ICU only for collation, case mapping, normalisation
and text codecs; the app is Chinese with an English translation. So the locale-specific
items are kept for root, English and Chinese only, as are the Chinese text codecs and the
collation data; transliteration and the word-break dictionaries (which Qt's own text
layout does not use) are dropped, as are the character names and the codecs of
other scripts. The result is about 7 MB instead of 32 MB.
The Windows wheels carry no ICU (Qt uses the system's), so this step is Linux-only.

The data is ICU's "common data" package (CmnD): a header, a table of contents sorted by
name, then the items at 16-byte aligned offsets. It is rewritten here with the kept items
in the same order, and linked into a shared library with the same name and the one
symbol ICU looks for (icudtNN_dat). Needs a C compiler driver (cc) for the final link.
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES_KEPT = ("root", "en", "zh")
# A locale's resource bundle: zh, zh_Hans, zh_Hans_CN, en_001, sr_Latn_BA ...
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9]+)*$")
DROPPED_FOLDERS = ("translit/",)
DROPPED_SUFFIXES = (".dict",)  # word-break dictionaries (Chinese/Japanese, Thai, Lao …)
DROPPED_ITEMS = ("unames.icu",)  # Unicode character names: Qt never asks for them
# Codecs: those a Chinese office may meet; ICU's algorithmic ones (UTF-*, GB18030's
# ranges, ISO-2022) need no table.
CODECS_KEPT = re.compile(r"^(gb18030|windows-936|ibm-1386|ibm-1383|ibm-5478|euc-cn|"
                         r"windows-950|ibm-950|ibm-1375|big5|icu-internal|ibm-1208)",
                         re.IGNORECASE)
ALIGN = 16


def keep(name: str) -> bool:
    """Whether the package item `name` (e.g. 'coll/zh.res', 'gb18030.cnv') stays."""
    if (name.startswith(DROPPED_FOLDERS) or name.endswith(DROPPED_SUFFIXES)
            or name in DROPPED_ITEMS):
        return False
    base = name.rsplit("/", 1)[-1]
    stem, _, suffix = base.rpartition(".")
    if suffix == "cnv":
        return bool(CODECS_KEPT.match(stem))
    if suffix == "res" and LOCALE.match(stem):
        return stem.split("_")[0] in LOCALES_KEPT
    return True


def read_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, data) items, in table-of-contents order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27":
        raise ValueError("not an ICU data package")
    if package[12:16] != b"CmnD":
        raise ValueError(f"not ICU common data: {package[12:16]!r}")
    toc = header_size
    count = struct.unpack_from("<I", package, toc)[0]
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(package) - toc
        raw = package[toc + name_offset:package.index(b"\0", toc + name_offset)]
        items.append((raw.decode("ascii"), package[toc + data_offset:toc + end]))
    return package[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of `items` (names with their 'icudtNNl/' prefix)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = -(-(table_size + len(names)) // ALIGN) * ALIGN
    table, name_offset, data_offset = [struct.pack("<I", len(items))], table_size, data_start
    for name, data in items:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        data_offset += -(-len(data) // ALIGN) * ALIGN
    body = b"".join(table) + names
    body += b"\0" * (data_start - len(body))
    for _, data in items:
        body += data + b"\0" * (-len(data) % ALIGN)
    return header + body


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, its file offset and size (a data-only library: one
    loadable section, .rodata, whose addresses equal its file offsets)."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], check=True,
                             capture_output=True, text=True).stdout
    match = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+"
                      r"(icudt\d+_dat)", symbols)
    if match is None:
        raise ValueError(f"no icudtNN_dat symbol in {library}")
    size = match.group(2)
    return match.group(3), int(match.group(1), 16), int(size, 16 if size.startswith("0x")
                                                         else 10)


def shrink(library: Path) -> tuple[int, int]:
    """Replace `library` by one holding only the kept items; returns sizes before, after."""
    symbol, offset, size = _symbol(library)
    original = library.read_bytes()
    header, items = read_items(original[offset:offset + size])
    kept = [(name, data) for name, data in items if keep(name.split("/", 1)[1])]
    package = write_package(header, kept)
    soname = library.name
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "data.bin").write_bytes(package)
        (work / "data.S").write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign {ALIGN}\n'
            f'{symbol}:\n.incbin "data.bin"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        compiler = shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise FileNotFoundError("no C compiler (cc) to link the ICU data library")
        subprocess.run([compiler, "-shared", "-nostdlib", "-Wl,-soname," + soname,
                        "-Wl,-s", "-o", "out.so", "data.S"], cwd=work, check=True)
        shutil.copyfile(work / "out.so", library)
    return len(original), library.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = shrink(Path(argv[0]))
    print(f"ICU data: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
