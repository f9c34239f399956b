"""The mutation tool (tools/mutation.py) makes the changes it promises; the slow run
itself is not part of the test suite (see the README)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "mutation_tool", Path(__file__).resolve().parent.parent / "tools" / "mutation.py")
assert SPEC is not None and SPEC.loader is not None
tool = sys.modules.setdefault("mutation_tool", importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(tool)

SOURCE = '''
def late(day: int, deadline: int) -> bool:
    """Docstrings are not mutated."""
    if day > deadline and not day < 0:
        raise ValueError("late")
    return min(day - deadline, 3) == 2
'''


def test_each_mutant_changes_one_thing() -> None:
    kinds = sorted(m.kind for m in tool.mutants(SOURCE))
    assert kinds == sorted([
        "and -> or", "op0 Gt -> GtE", "drop Not", "op0 Lt -> LtE", "constant 0 -> 1",
        "raise -> pass", "constant 'late' -> 'XX'", "op0 Eq -> NotEq", "min -> max",
        "Sub -> Add", "constant 3 -> 4", "constant 2 -> 3"])
    mutated = {m.kind: tool.mutate(SOURCE, m) for m in tool.mutants(SOURCE)}
    assert "day >= deadline" in mutated["op0 Gt -> GtE"]
    assert "raise" not in mutated["raise -> pass"]
    assert "max(day - deadline, 3)" in mutated["min -> max"]
    assert "not day <= 0" in mutated["op0 Lt -> LtE"]
    assert "Docstrings are not mutated." in mutated["Sub -> Add"]


def test_equivalent_mutants_are_read_with_their_module() -> None:
    found = tool.equivalents()
    assert all(module.startswith("models/") for module in found)
