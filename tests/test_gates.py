"""The pyright baseline of ui/ may only shrink (tools/gates.py, run by CI)."""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("gates_tool", ROOT / "tools" / "gates.py")
assert SPEC is not None and SPEC.loader is not None
gates = sys.modules.setdefault("gates_tool", importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(gates)


def test_a_file_may_not_gain_errors_and_a_new_file_has_none() -> None:
    baseline = {"ui/app.py": 2, "ui/old.py": 5}
    assert gates.compare(Counter({"ui/app.py": 2, "ui/old.py": 1}), baseline) == []
    assert gates.compare(Counter({"ui/app.py": 3, "ui/new.py": 1}), baseline) == [
        "ui/app.py: 3 pyright errors, baseline 2", "ui/new.py: 1 pyright errors, baseline 0"]


def test_the_committed_baseline_names_ui_files_that_exist() -> None:
    baseline = json.loads((ROOT / "tools" / "pyright_baseline.json").read_text(encoding="utf-8"))
    assert baseline and all(count > 0 for count in baseline.values())
    assert all(name.startswith("ui/") and (ROOT / name).is_file() for name in baseline)
