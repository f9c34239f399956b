"""Gather the licence texts of everything the frozen app ships into one folder.

    BUILD_VENV_PYTHON installer/collect_licenses.py DIST OUT

Run by build.py with the clean build venv's Python, so it sees exactly the distributions
the bundle was made from (less the build tools, which are not shipped). For each one it
copies the licence files the wheel carries (dist-info/licenses, LICENSE*, COPYING*,
NOTICE*, AUTHORS*) into OUT/<name>-<version>/, and writes OUT/THIRD-PARTY.txt: name,
version, licence, files. Python's own licence, the bundled font's, and the LGPL/GPL texts
with the Qt notice (the PySide6 wheels carry no licence file) are added from the
repository. A distribution without any licence file fails the build.
"""
from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_TOOLS = {"pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib",
               "altgraph", "pefile", "macholib"}
LICENSE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Wheels without licence files; their licence texts are kept in installer/licenses.
FROM_REPOSITORY = {"pyside6-essentials", "pyside6-pdf", "shiboken6"}
REPOSITORY_TEXTS = ["LGPL-3.0.txt", "GPL-3.0.txt", "Qt-PySide6-NOTICE.txt"]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_files(distribution: metadata.Distribution) -> list[Path]:
    found = []
    for entry in distribution.files or []:
        in_dist_info = ".dist-info/" in str(entry).replace("\\", "/")
        if in_dist_info and (LICENSE_FILE.match(entry.name) or "/licenses/" in str(entry)):
            found.append(Path(str(distribution.locate_file(entry))))
    return found


def _licence_name(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    text = (meta.get("License-Expression") or meta.get("License") or "").strip()
    if text and len(text) <= 60 and "\n" not in text:
        return text
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the files"


def _python_licence(out: Path) -> str:
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt",
                      Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}."
                      f"{sys.version_info[1]}" / "LICENSE.txt"):
        if candidate.exists():
            shutil.copy(candidate, out / "Python-LICENSE.txt")
            return f"Python {sys.version.split()[0]}\tPSF-2.0\tPython-LICENSE.txt"
    raise SystemExit("Python's LICENSE.txt not found")


def collect(out: Path) -> list[str]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = [_python_licence(out)]
    missing = []
    for distribution in sorted(metadata.distributions(), key=lambda d: _canonical(
            d.metadata["Name"])):
        name = _canonical(distribution.metadata["Name"])
        if name in BUILD_TOOLS:
            continue
        folder = out / f"{name}-{distribution.version}"
        files = _licence_files(distribution)
        if not files and name not in FROM_REPOSITORY:
            missing.append(name)
            continue
        folder.mkdir()
        for file in files:
            shutil.copy(file, folder / file.name)
        shown = [f"{folder.name}/{file.name}" for file in files] or REPOSITORY_TEXTS
        lines.append(f"{name} {distribution.version}\t{_licence_name(distribution)}\t"
                     + ", ".join(shown))
    for name in REPOSITORY_TEXTS:
        shutil.copy(ROOT / "installer" / "licenses" / name, out / name)
    font_licence = ROOT / "resources" / "fonts" / "wqy-microhei.LICENSE.txt"
    shutil.copy(font_licence, out / font_licence.name)
    lines.append(f"WenQuanYi Micro Hei (bundled font)\tApache-2.0 or GPL-3.0 with font "
                 f"exception\t{font_licence.name}")
    (out / "THIRD-PARTY.txt").write_text(
        "共建台账 ships these third-party components; their licence texts are in this folder.\n"
        "name version\tlicence\tfiles\n" + "\n".join(lines) + "\n", encoding="utf-8-sig")
    return missing


def main(argv: list[str]) -> int:
    dist, out = Path(argv[0]), Path(argv[1])
    if not dist.is_dir():
        raise SystemExit(f"no bundle at {dist}")
    missing = collect(out)
    if missing:
        print("no licence file in: " + ", ".join(missing), file=sys.stderr)
        return 1
    print(f"licences: {len(list(out.iterdir()))} entries in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
