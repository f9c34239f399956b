#!/usr/bin/env python3
"""Build the frozen app (PyInstaller one-dir) and smoke-test it.

    python installer/build.py            # run with the project's .venv Python

Steps: install the pinned build tools, compile translations, run PyInstaller on
installer/gongjian.spec, then run the frozen program: create a demo database, check it,
back it up and render every page offscreen. On Windows, Inno Setup (iscc) then packs
dist/Gongjian into an installer with installer/gongjian.iss, if iscc is on PATH.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "Gongjian"


def run(*command: str, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True, env=env)


def frozen(name: str) -> str:
    return str(DIST / (name + (".exe" if os.name == "nt" else "")))


def smoke_test() -> None:
    """The frozen program must open, migrate, check, back up and draw with its own files."""
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, GONGJIAN_DATA_DIR=folder, QT_QPA_PLATFORM="offscreen")
        env.pop("PYTHONPATH", None)
        database = str(Path(folder) / "smoke.db")
        cli = frozen("gongjian-cli")
        run(cli, "demo", "--db", database, env=env)
        run(cli, "check", "--db", database, env=env)
        run(cli, "backup", "--db", database, env=env)
        run(cli, "screenshot", "--db", database, "--out", str(Path(folder) / "shots"), env=env)
        shots = list((Path(folder) / "shots").glob("*.png"))
        if len(shots) < 4:
            raise SystemExit(f"smoke test: expected page screenshots, found {len(shots)}")
        print(f"smoke test passed: {len(shots)} screenshots")


def main() -> int:
    python = sys.executable
    run(python, "-m", "pip", "install", "-q", "-c", "constraints.txt",
        "-r", "installer/requirements-build.in")
    run(python, "-m", "ui.i18n", "release")
    started = time.monotonic()
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(ROOT / "dist"),
        "--workpath", str(ROOT / "build"), "installer/gongjian.spec")
    print(f"PyInstaller: {time.monotonic() - started:.0f} s", flush=True)
    smoke_test()
    iscc = shutil.which("iscc")
    if os.name == "nt" and iscc:
        run(iscc, "installer/gongjian.iss")
    return 0


if __name__ == "__main__":
    sys.exit(main())
