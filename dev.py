#!/usr/bin/env python3
"""Bootstrap for Gongjian (共建台账): standard library only.

    python3 dev.py run  [main.py arguments]   install what is missing, start the app
    python3 dev.py test [pytest arguments]    install what is missing, run the test suite
    python3 dev.py gates [--update-baseline]  ruff, mypy and pyright as CI runs them

Dependencies go into a virtual environment `.venv` beside this file, pinned by
constraints.txt. The environment is re-synced only when a requirements file changes.
With no arguments `run` opens the app on the demo database, created on first use and
kept apart from real data.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
REQUIREMENT_FILES = ("requirements.in", "requirements-dev.in", "constraints.txt")
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def requirements_digest() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in REQUIREMENT_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        print("共建台账: creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = VENV / ".gongjian-requirements"
    wanted = requirements_digest()
    if not stamp.exists() or stamp.read_text() != wanted:
        print("共建台账: installing pinned dependencies ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-c", str(ROOT / "constraints.txt"),
             "-r", str(ROOT / "requirements.in"), "-r", str(ROOT / "requirements-dev.in")],
            check=True,
        )
        stamp.write_text(wanted)
    return python


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        print(f"共建台账 needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer.", file=sys.stderr)
        return 2
    if not argv or argv[0] not in {"run", "test", "gates"}:
        print(__doc__)
        return 2
    python = ensure_venv()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if argv[0] == "run":
        args = argv[1:] or ["--demo"]
        command = [str(python), str(ROOT / "main.py"), *args]
    elif argv[0] == "gates":
        command = [str(python), str(ROOT / "tools" / "gates.py"), *argv[1:]]
    else:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [str(python), "-m", "pytest", *argv[1:]]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
