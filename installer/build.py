#!/usr/bin/env python3
"""Build the frozen app (PyInstaller one-dir), smoke-test it, and pack the installer (NSIS).

    python3 installer/build.py              venv, freeze, smoke test, installer
    python3 installer/build.py --no-installer
    python3 installer/build.py sign FILE    sign one file (makensis calls this; see below)

Standard library only, any Python 3.11+. The freeze runs in a clean virtual environment
(build/venv) of requirements.in plus installer/requirements-build.in, pinned by
constraints.txt, never the dev venv: test tools must not end up in the bundle. Then the
frozen program is smoke-tested (demo database, check, backup, a PDF, a street importing
signed 上报 packages, every page drawn with the bundled font, the zh_CN translations and
the keyring back end), the third-party licence texts are gathered into
dist/Gongjian/licenses, and makensis packs installer/gongjian.nsi. On Linux the installer
is compiled against the Linux bundle (CHECK_ONLY): it proves the script builds, it is not
something to ship.

Signing: when GONGJIAN_SIGN_CERT names a PKCS#12 (.pfx) file (password in
GONGJIAN_SIGN_PASSWORD), the executables, the uninstaller and the installer are signed
with signtool (Windows) or osslsigncode (Linux), time-stamped at GONGJIAN_SIGN_TIMESTAMP.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "installer"
BUILD = ROOT / "build"
DIST = ROOT / "dist" / "Gongjian"
VENV = BUILD / "venv"
WINDOWS = os.name == "nt"
SIGN_ENV = ("GONGJIAN_SIGN_CERT", "GONGJIAN_SIGN_PASSWORD", "GONGJIAN_SIGN_TIMESTAMP")
DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
REQUIREMENTS = (ROOT / "requirements.in", HERE / "requirements-build.in",
                ROOT / "constraints.txt")


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run([str(part) for part in command], cwd=ROOT, check=True, env=env)


def version() -> str:
    """The one version number, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["version"]


def build_python() -> Path:
    """The clean build venv's Python, (re)installed when a requirements file changes."""
    python = VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")
    digest = hashlib.sha256(sys.version.encode())
    for path in REQUIREMENTS:
        digest.update(path.read_bytes())
    stamp = VENV / ".requirements"
    if python.exists() and stamp.exists() and stamp.read_text() == digest.hexdigest():
        return python
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check",
        "-c", ROOT / "constraints.txt", "-r", REQUIREMENTS[0], "-r", REQUIREMENTS[1])
    stamp.write_text(digest.hexdigest())
    return python


def frozen(name: str) -> Path:
    return DIST / (name + (".exe" if WINDOWS else ""))


def smoke_test() -> None:
    """The frozen program must open, migrate, check, back up, print, draw, and send and
    receive 上报 packages with its own files."""
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, GONGJIAN_DATA_DIR=folder, QT_QPA_PLATFORM="offscreen")
        for name in ("PYTHONPATH", "PYTHONHOME", "GONGJIAN_DB"):
            env.pop(name, None)
        database = str(Path(folder) / "smoke.db")
        cli = frozen("gongjian-cli")
        run(cli, "demo", "--db", database, env=env)
        run(cli, "check", "--db", database, env=env)
        run(cli, "backup", "--db", database, env=env)
        pdf = Path(folder) / "ledger.pdf"
        run(cli, "report", "issues", "--db", database, "--from", "2020-01-01", "--out", pdf,
            env=env)
        run(cli, "selftest", "--db", database, "--out", Path(folder) / "shots", env=env)
        # 上报 both ways: export, sign, then verify and import (cryptography, jsonschema,
        # orjson and msgspec's compiled decoder, each imported only when needed)
        street = str(Path(folder) / "street.db")
        run(cli, "demo", "--street", "--db", street, env=env)
        run(cli, "check", "--db", street, env=env)
        if b"/FontFile2" not in pdf.read_bytes():  # an embedded TrueType (CJK) face
            raise SystemExit("smoke test: the ledger PDF has no embedded CJK font")
    print("smoke test passed", flush=True)


def version_resource(path: Path) -> Path:
    """PyInstaller's Windows version resource (VSVersionInfo), from pyproject.toml."""
    numbers = tuple(int(part) for part in version().split(".")[:3]) + (0,)
    template = (HERE / "version_info.txt.in").read_text(encoding="utf-8")
    text = template.replace("@NUMBERS@", repr(numbers)).replace("@VERSION@", version())
    path.write_text(text, encoding="utf-8")
    return path


def licences(python: Path) -> None:
    """Every bundled distribution's licence files, and Python's own, into licenses/."""
    run(python, HERE / "collect_licenses.py", DIST, DIST / "licenses")


def sign_command() -> str | None:
    """The command makensis runs on the uninstaller and the installer, when signing is set up."""
    if not os.environ.get("GONGJIAN_SIGN_CERT"):
        return None
    return f'"{sys.executable}" "{Path(__file__).resolve()}" sign'


def _signtool() -> str:
    """signtool from PATH, else the newest Windows 10/11 SDK's x64 one (GitHub's runners)."""
    found = shutil.which("signtool")
    if found:
        return found
    kits = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits"
    candidates = sorted(kits.glob("10/bin/10.*/x64/signtool.exe"))
    if not candidates:
        raise SystemExit("signtool not found: install the Windows SDK or put it on PATH")
    return str(candidates[-1])


def sign(path: Path) -> None:
    certificate = os.environ.get("GONGJIAN_SIGN_CERT")
    if not certificate:
        return
    password = os.environ.get("GONGJIAN_SIGN_PASSWORD", "")
    timestamp = os.environ.get("GONGJIAN_SIGN_TIMESTAMP", DEFAULT_TIMESTAMP)
    if WINDOWS:
        run(_signtool(), "sign", "/f", certificate, "/p", password, "/fd", "sha256",
            "/tr", timestamp, "/td", "sha256", "/d", "共建台账", path)
        return
    signed = path.with_name(path.name + ".signed")
    run("osslsigncode", "sign", "-pkcs12", certificate, "-pass", password, "-h", "sha256",
        "-ts", timestamp, "-n", "共建台账", "-in", path, "-out", signed)
    signed.replace(path)


def makensis() -> Path:
    """Compile installer/gongjian.nsi; on Linux against the Linux bundle, as a check only."""
    tool = shutil.which("makensis")
    if tool is None:
        raise SystemExit("makensis not found: install NSIS (apt-get install nsis, or "
                         "choco install nsis) or pass --no-installer")
    out = ROOT / "dist" / f"Gongjian-{version()}-setup{'' if WINDOWS else '-CHECK_ONLY'}.exe"
    defines = [f"-DVERSION={version()}", f"-DDIST={DIST}", f"-DOUTFILE={out}"]
    if not WINDOWS:
        defines.append("-DCHECK_ONLY")
    command = sign_command()
    if command:
        defines.append(f"-DSIGN_COMMAND={command}")
    run(tool, "-V2", "-INPUTCHARSET", "UTF8", *defines, HERE / "gongjian.nsi")
    print(f"installer: {out} ({out.stat().st_size / 2**20:.1f} MiB)", flush=True)
    return out


def freeze(python: Path) -> None:
    run(python, "-m", "ui.i18n", "release")
    shutil.rmtree(BUILD / "pyinstaller", ignore_errors=True)
    env = dict(os.environ, GONGJIAN_VERSION_FILE=str(version_resource(BUILD / "version.txt")))
    started = time.monotonic()
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", ROOT / "dist", "--workpath", BUILD / "pyinstaller",
        HERE / "gongjian.spec", env=env)
    print(f"PyInstaller: {time.monotonic() - started:.0f} s", flush=True)
    shrink_icu_data()
    for name in ("Gongjian", "gongjian-cli"):
        sign(frozen(name))


def shrink_icu_data() -> None:
    """Linux: PySide6's ICU data library down to root, English and Chinese
    (installer/icu_data.py); the Windows wheels carry no ICU."""
    for library in sorted(DIST.glob("_internal/PySide6/Qt/lib/libicudata.so.*")):
        if not library.is_symlink():
            run(sys.executable, HERE / "icu_data.py", library)


def bundle_size() -> None:
    files = [path for path in DIST.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(path.stat().st_size for path in files)
    print(f"bundle: {total / 2**20:.1f} MiB in {len(files)} files", flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["sign"] and len(argv) == 2:
        sign(Path(argv[1]))
        return 0
    BUILD.mkdir(exist_ok=True)
    python = build_python()
    freeze(python)
    licences(python)
    bundle_size()
    smoke_test()
    if "--no-installer" not in argv:
        makensis()  # signs the uninstaller and the installer itself (SIGN_COMMAND)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
