"""The type and lint gates CI runs before the tests (`python3 dev.py gates`).

    ruff     the whole repository, with the rules in pyproject.toml        must be clean
    mypy     models/ and reports/ (config in pyproject.toml)               must be clean
    pyright  ui/ (config in pyproject.toml)                                 per-file error
             counts may not grow past tools/pyright_baseline.json, and a file not in
             it may have none; `--update-baseline` writes the counts that shrank,
             `--record-baseline` today's counts whatever they are (review the diff)

Each tool is the version pinned in constraints.txt. The pyright package on PyPI runs the
npm package of the same version with the machine's Node.js; the first run fetches it
into the user's cache.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tools" / "pyright_baseline.json"
BIN = Path(sys.executable).parent


def _run(name: str, *args: str) -> int:
    print(f"== {name} {' '.join(args)}", flush=True)
    return subprocess.run([str(BIN / name), *args], cwd=ROOT, check=False).returncode


def pyright_counts() -> Counter[str]:
    """Errors per file (relative path) that pyright reports on ui/."""
    result = subprocess.run([str(BIN / "pyright"), "--outputjson"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        raise SystemExit(f"pyright did not run: {result.stderr or result.stdout}") from exc
    counts: Counter[str] = Counter()
    for item in report["generalDiagnostics"]:
        if item["severity"] == "error":
            counts[Path(item["file"]).resolve().relative_to(ROOT).as_posix()] += 1
    return counts


def compare(counts: Counter[str], baseline: dict[str, int]) -> list[str]:
    """The files whose error count grew past the baseline (a new file's is 0)."""
    return [f"{name}: {count} pyright errors, baseline {baseline.get(name, 0)}"
            for name, count in sorted(counts.items()) if count > baseline.get(name, 0)]


def _write(counts: Counter[str]) -> None:
    kept = {name: count for name, count in sorted(counts.items()) if count}
    BASELINE.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def pyright_gate(update: bool, record: bool = False) -> int:
    print("== pyright (ui/, against tools/pyright_baseline.json)", flush=True)
    counts = pyright_counts()
    if record:
        _write(counts)
        print(f"  baseline recorded: {sum(counts.values())} errors")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    grown = compare(counts, baseline)
    for line in grown:
        print(f"  {line}")
    shrunk = {name: counts.get(name, 0) for name, count in baseline.items()
              if counts.get(name, 0) < count}
    if shrunk and update and not grown:
        _write(counts)
        print(f"  baseline lowered for {len(shrunk)} files")
    elif shrunk:
        print(f"  {len(shrunk)} files have fewer errors than the baseline: "
              "run `python3 dev.py gates --update-baseline` and commit it")
    print(f"  {sum(counts.values())} errors (baseline {sum(baseline.values())})")
    return 1 if grown else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--update-baseline", action="store_true",
                        help="lower tools/pyright_baseline.json where ui/ has fewer errors")
    parser.add_argument("--record-baseline", action="store_true",
                        help="write today's counts as the baseline (a reviewed decision)")
    args = parser.parse_args(argv)
    failed = [name for name, code in (
        ("ruff", _run("ruff", "check", ".")),
        ("mypy", _run("mypy")),
        ("pyright", pyright_gate(args.update_baseline, args.record_baseline)),
    ) if code]
    print("gates: " + ("failed: " + ", ".join(failed) if failed else "all clean"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
