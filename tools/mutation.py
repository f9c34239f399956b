"""Mutation testing of the rule modules: does a test fail when a rule is changed?

    .venv/bin/python tools/mutation.py                      # the four rule modules
    .venv/bin/python tools/mutation.py models/validation.py # one module
    .venv/bin/python tools/mutation.py --list models/funds/money.py  # mutants only

Each mutant is one small change of the module's syntax tree: a comparison turned
(`<` → `<=`, `==` → `!=`, `in` → `not in`), an arithmetic operator swapped, `and` ↔ `or`,
a `not` or a unary minus dropped, a number plus one, a flag flipped, a string changed, a
`raise` replaced by `pass`, `min` ↔ `max`. The mutant is written into a scratch copy of
the project (never into the work tree) and the module's own tests run against it on
SQLite (`-x`, a timeout of three times the clean run): a failing or timed-out run kills
the mutant, a green run lets it survive. Survivors are printed with their line; the ones
listed in tools/mutation_equivalents.txt (the same program as the original, with the
reason written beside it) are not counted against the kill rate.

mutmut 3.8 was tried first: it rewrites every function of the package into trampolines
inside its own `mutants/` copy and drives pytest through its own runner, which imports
the whole of `models/` through the copy and stumbled over the SQLAlchemy declarative
classes and this layout's top-level packages; a page of standard library is simpler to
keep working than that setup. The script is slow (a pytest start per mutant), so it is
not part of the test run; see the README.
"""
from __future__ import annotations

import argparse
import ast
import copy
import importlib
import inspect
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.txt"

# The module → the tests that pin its rules (SQLite only; PostgreSQL adds time, not kills).
TARGETS: dict[str, list[str]] = {
    "models/funds/money.py": ["tests/models/funds/test_money.py"],
    "models/funds/rules.py": ["tests/models/funds/test_decision_rules.py",
                              "tests/models/funds/test_posting_rules.py",
                              "tests/models/funds/test_reversal.py"],
    "models/issues/lifecycle.py": ["tests/models/issues/test_lifecycle_rules_measures.py",
                                   "tests/models/issues/test_lifecycle.py",
                                   "tests/models/issues/test_measures_refused.py"],
    "models/validation.py": ["tests/models/test_validation_rules.py"],
}

COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}
BINARY_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult,
    ast.BitOr: ast.BitAnd, ast.BitAnd: ast.BitOr,
}
NAME_SWAPS = {"min": "max", "max": "min"}


@dataclass(frozen=True)
class Mutant:
    index: int  # position in the walk, stable while the module is unchanged
    line: int
    kind: str  # e.g. "Lt -> LtE", "constant 2 -> 3", "raise -> pass"

    @property
    def key(self) -> str:
        return f"{self.line}: {self.kind}"


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are docstrings (changing them changes nothing)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _annotations(tree: ast.AST) -> set[int]:
    """ids of nodes inside type annotations (not executed under postponed evaluation)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        targets: list[ast.AST | None] = []
        if isinstance(node, ast.arg):
            targets.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            targets.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            targets.append(node.annotation)
        for target in targets:
            if target is not None:
                found.update(id(n) for n in ast.walk(target))
    return found


def _constant_choice(value: object) -> list[str]:
    if isinstance(value, bool):
        return [f"constant {value} -> {not value}"]
    if isinstance(value, int):
        return [f"constant {value} -> {value + 1}"]
    if isinstance(value, str) and value:
        return [f"constant {value[:20]!r} -> 'XX'"]
    return []


def _choices(node: ast.AST, skip: set[int]) -> list[str]:
    """The mutations possible at one node, described."""
    choices: list[str] = []
    if id(node) in skip:
        pass
    elif isinstance(node, ast.Compare):
        choices = [f"op{i} {type(op).__name__} -> {COMPARE_SWAPS[type(op)].__name__}"
                   for i, op in enumerate(node.ops) if type(op) in COMPARE_SWAPS]
    elif isinstance(node, ast.BinOp | ast.AugAssign) and type(node.op) in BINARY_SWAPS:
        choices = [f"{type(node.op).__name__} -> {BINARY_SWAPS[type(node.op)].__name__}"]
    elif isinstance(node, ast.BoolOp):
        choices = ["and -> or" if isinstance(node.op, ast.And) else "or -> and"]
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub):
        choices = [f"drop {type(node.op).__name__}"]
    elif isinstance(node, ast.Constant):
        choices = _constant_choice(node.value)
    elif isinstance(node, ast.Raise):
        choices = ["raise -> pass"]
    elif isinstance(node, ast.Name) and node.id in NAME_SWAPS and isinstance(node.ctx, ast.Load):
        choices = [f"{node.id} -> {NAME_SWAPS[node.id]}"]
    return choices


def _nodes(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    skip = _docstrings(tree) | _annotations(tree)
    for node in ast.walk(tree):
        for choice in _choices(node, skip):
            yield node, choice


def mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    return [Mutant(i, getattr(node, "lineno", 0), choice)
            for i, (node, choice) in enumerate(_nodes(tree))]


def _apply(node: ast.AST, choice: str) -> ast.AST:
    """The replacement of `node` for the mutation `choice`."""
    if isinstance(node, ast.Compare):
        index = int(choice.split(maxsplit=1)[0][2:])
        node.ops[index] = COMPARE_SWAPS[type(node.ops[index])]()
    elif isinstance(node, ast.BinOp | ast.AugAssign):
        node.op = BINARY_SWAPS[type(node.op)]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.UnaryOp):
        return node.operand
    elif isinstance(node, ast.Constant):
        value = node.value
        node.value = (not value if isinstance(value, bool)
                      else value + 1 if isinstance(value, int) else "XX" + value + "XX")
    elif isinstance(node, ast.Raise):
        return ast.Pass()
    elif isinstance(node, ast.Name):
        node.id = NAME_SWAPS[node.id]
    return node


def mutate(source: str, mutant: Mutant) -> str:
    """The module's source with `mutant` applied (formatting is not kept)."""
    tree = ast.parse(source)
    target = list(_nodes(tree))[mutant.index]

    class Replace(ast.NodeTransformer):
        def visit(self, node: ast.AST) -> ast.AST:
            if node is target[0]:
                return _apply(copy.copy(node), target[1])
            return super().visit(node)

    return ast.unparse(ast.fix_missing_locations(Replace().visit(tree)))


def equivalents() -> dict[str, set[str]]:
    """module → keys of the mutants that behave exactly as the original (see the file)."""
    found: dict[str, set[str]] = {}
    if not EQUIVALENTS.exists():
        return found
    for raw in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            module, key = line.split(" ", 1)
            found.setdefault(module, set()).add(key.strip())
    return found


def _dotted(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _registered_codes(source: str) -> set[str]:
    """Message codes the module registers at import (models.messages.register({...}))."""
    codes: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "register" and node.args
                and isinstance(node.args[0], ast.Dict)):
            codes.update(k.value for k in node.args[0].keys if isinstance(k, ast.Constant))
    return codes


def _install(module_name: str, source: str) -> None:
    """Run `source` as the module in this (forked) process and point every other loaded
    module's references to the old functions, classes and tables at the new ones, as a
    fresh import of the mutated module would have given them."""
    from models import messages  # noqa: PLC0415

    module = sys.modules[module_name]
    old = dict(module.__dict__)
    for code in _registered_codes(inspect.getsource(module)):
        messages.MESSAGES.pop(code, None)
    messages.register = messages.MESSAGES.update  # type: ignore[assignment]
    exec(compile(source, module.__file__ or module_name, "exec"), module.__dict__)
    shared = (dict, set, frozenset, list, tuple, re.Pattern)
    moved = {id(value): module.__dict__[name] for name, value in old.items()
             if name in module.__dict__ and module.__dict__[name] is not value
             and (callable(value) or isinstance(value, shared))}
    for other in list(sys.modules.values()):
        namespace = getattr(other, "__dict__", None)
        if other is module or not isinstance(namespace, dict):
            continue
        for name, value in list(namespace.items()):
            if id(value) in moved:
                namespace[name] = moved[id(value)]


def _run_tests(tests: list[str], timeout: float, module: str = "", source: str = ""
               ) -> tuple[bool, float]:
    """(passed, seconds) of the tests in a forked child, with the module replaced by
    `source` if given; a run past `timeout` is killed and counts as failed."""
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: quiet, mutate, test, report by exit status
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            if source:
                _install(module, source)
            code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", "--assert=plain",
                                "-k", "not postgresql", *tests])
        except BaseException:  # a mutant that breaks the import is killed
            code = 3
        os._exit(int(code))
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status) == 0, time.monotonic() - start
        if time.monotonic() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return False, time.monotonic() - start
        time.sleep(0.05)


def _preload(modules: list[str]) -> None:
    """Import what the tests import once, in the parent, so each child starts warm."""
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("GONGJIAN_REQUIRE_PG", None)
    for name in ("hypothesis", "_hypothesis_pytestplugin", "tests.conftest"):
        importlib.import_module(name)
    for module in modules:
        importlib.import_module(_dotted(module))
        for test in TARGETS[module]:
            folder = Path(test).parent
            while folder != Path("tests") and folder.parts:
                if (ROOT / folder / "conftest.py").exists():
                    importlib.import_module(_dotted(str(folder / "conftest.py")))
                folder = folder.parent
            importlib.import_module(_dotted(test))


def run_module(module: str, known: set[str], only: set[str] | None = None) -> dict[str, int]:
    tests = TARGETS[module]
    original = (ROOT / module).read_text(encoding="utf-8")
    passed, seconds = _run_tests(tests, 900)
    if not passed:
        raise SystemExit(f"{module}: the tests fail before any mutation ({tests})")
    timeout = 3 * seconds + 10
    found = [m for m in mutants(original) if only is None or m.key in only]
    killed, survivors, equivalent = 0, [], []
    print(f"{module}: {len(found)} mutants, clean run {seconds:.1f} s", flush=True)
    for mutant in found:
        passed, _ = _run_tests(tests, timeout, _dotted(module), mutate(original, mutant))
        if not passed:
            killed += 1
        elif mutant.key in known:
            equivalent.append(mutant)
        else:
            survivors.append(mutant)
            print(f"  survived  {module}:{mutant.key}", flush=True)
    counted = len(found) - len(equivalent)
    rate = 100 * killed / counted if counted else 100.0
    print(f"{module}: killed {killed} of {counted} non-equivalent ({rate:.1f} %), "
          f"{len(equivalent)} equivalent, {len(survivors)} survived", flush=True)
    return {"mutants": len(found), "killed": killed, "equivalent": len(equivalent),
            "survived": len(survivors)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("modules", nargs="*", default=list(TARGETS))
    parser.add_argument("--list", action="store_true", help="print the mutants, run nothing")
    parser.add_argument("--rerun", metavar="LOG",
                        help="run only the mutants a previous run's output lists as survived")
    parser.add_argument("--minimum", type=float, default=95.0,
                        help="fail below this kill rate (percent of non-equivalent mutants)")
    args = parser.parse_args(argv)
    if args.list:
        for module in args.modules:
            for mutant in mutants((ROOT / module).read_text(encoding="utf-8")):
                print(f"{module} {mutant.key}")
        return 0
    known = equivalents()
    only: dict[str, set[str]] | None = None
    if args.rerun:
        only = {}
        for line in Path(args.rerun).read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("survived"):
                module, key = line.split(None, 1)[1].split(":", 1)
                only.setdefault(module, set()).add(key)
        args.modules = [m for m in args.modules if m in only]
    _preload(args.modules)
    totals = {m: run_module(m, known.get(m, set()), None if only is None else only[m])
              for m in args.modules}
    failed = False
    print("\nmodule                         mutants  killed  equivalent  survived  rate")
    for module, t in totals.items():
        counted = t["mutants"] - t["equivalent"]
        rate = 100 * t["killed"] / counted if counted else 100.0
        failed |= rate < args.minimum
        print(f"{module:30} {t['mutants']:7} {t['killed']:7} {t['equivalent']:11} "
              f"{t['survived']:9} {rate:5.1f} %")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
