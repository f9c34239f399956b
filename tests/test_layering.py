"""models/ and reports/ never load Qt: the domain runs headless and is tested without it."""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _all_modules(package: str) -> list[str]:
    folder = ROOT / package
    return [package] + [f"{package}.{m.name}" for m in pkgutil.walk_packages(
        [str(folder)]) if not m.name.startswith("migrations")]


def test_models_and_reports_do_not_import_pyside6() -> None:
    modules = _all_modules("models") + (_all_modules("reports") if (ROOT / "reports").exists()
                                        else [])
    code = ("import sys\n"
            f"for name in {modules!r}:\n"
            "    __import__(name)\n"
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(','.join(loaded))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert len(modules) > 10
    assert result.stdout.strip() == ""
