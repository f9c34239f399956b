"""Signed quarterly packages of 20 communities × 4 quarters, 2,000 problems each, made with
the real package builder (reports.upward_package.package_bytes) from synthetic data that
satisfies the schemas; and their public key files, for the street to register."""
from __future__ import annotations

import random
from pathlib import Path

from models.upward import keys
from models.upward.exporting import FORMAT, SCHEMA_VERSION, ExportPlan
from models.upward.period import parse_period
from reports.upward_package import package_bytes

COMMUNITIES = 20
QUARTERS = ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
PROBLEMS = 2_000
STATES = ("collected", "in_scope", "assigned", "in_progress", "resolved", "closed",
          "out_of_scope")
COUNTS = ("collected", "in_scope", "out_of_scope", "pending_review", "solved", "open",
          "overdue", "on_time")


def _issues(rng: random.Random, period: str, office: int) -> dict[str, object]:
    start = parse_period(period).start
    records = []
    for n in range(PROBLEMS):
        state = rng.choice(STATES)
        records.append({
            "uuid": f"{office:08x}-{n:04x}-4000-8000-{rng.getrandbits(48):012x}",
            "revision": rng.randint(1, 9), "number": f"WT-2026-{n + 1:04d}",
            "found_on": start.replace(day=rng.randint(1, 28)).isoformat(),
            "source": rng.choice(("assigned", "unit", "ground")), "category": "环境卫生",
            "title": f"第{n}号小区楼道堆放杂物影响通行", "state": state,
            "in_scope": state != "out_of_scope", "level": rng.randint(1, 4),
            "responsible": "巴州区综合行政执法局", "deadline": None, "resolved_on": None})
    total = dict.fromkeys(COUNTS, 0)
    total["collected"] = PROBLEMS
    return {"module": "issues", "schema_version": 1, "period": period,
            "figures": {"total": {**total, "on_time_rate": None}, "by_source": {},
                        "by_level": {}, "by_category": {}}, "records": records}


def _small(name: str, period: str) -> dict[str, object]:
    if name == "funds":
        zero = {"received_fen": 0, "received": "0.00", "allocated_fen": 0,
                "allocated": "0.00", "spent_fen": 0, "spent": "0.00"}
        figures: dict[str, object] = {"total": zero, "by_fund": {"fiscal": zero},
                                      "vouchers": {"count": 0, "amount_fen": 0,
                                                   "amount": "0.00"}}
    else:
        figures = {"bodies": {"compounds": 5, "with_committee": 3,
                              "by_kind": {"committee": 3, "council": 1}, "members": 27,
                              "party_members": 12, "secretaries_chairing": 1,
                              "cadres_on_committees": 2},
                   "votes": {"by_matter": {"3": 1}, "total": 1, "elected_in_period": 0,
                             "filed_in_period": 0}}
    return {"module": name, "schema_version": 1, "period": period, "figures": figures,
            "records": []}


def make_packages(folder: Path) -> tuple[list[Path], list[bytes]]:
    """(package files, key files); reused when already made."""
    folder.mkdir(parents=True, exist_ok=True)
    store = keys.KeyStore(folder / "private")
    rng = random.Random(15)
    paths, key_files = [], []
    for office in range(COMMUNITIES):
        code = f"5119020030{office:02d}"
        key_path = folder / f"{code}.key.json"
        if not key_path.exists():
            private = keys.generate()
            print_ = keys.fingerprint(keys.public_raw(private))
            store.save(print_, private)
            info = keys.KeyInfo(code, f"第{office + 1}社区", "江北街道",
                                keys._b64(keys.public_raw(private)), print_)
            key_path.write_bytes(keys.key_file(info))
        info = keys.read_key_file(key_path.read_bytes())
        key_files.append(key_path.read_bytes())
        for period_text in QUARTERS:
            path = folder / f"{code}-{period_text}.zip"
            paths.append(path)
            if path.exists():
                continue
            period = parse_period(period_text)
            header = {
                "format": FORMAT, "schema_version": SCHEMA_VERSION,
                "office": {"code": code, "name": info.office_name, "level": "community"},
                "street": {"code": "", "name": "江北街道"},
                "period": {"type": "quarter", "value": period.text,
                           "start": period.start.isoformat(), "end": period.end.isoformat()},
                "sequence": 1, "supersedes": None, "created_at": "2026-11-30T08:00:00Z",
                "app_version": "bench", "audit_head": "0" * 64,
                "key_fingerprint": info.fingerprint, "share_person_names": False,
                "modules": ["issues", "funds", "elections"]}
            datas = {"issues": _issues(rng, period.text, office),
                     "funds": _small("funds", period.text),
                     "elections": _small("elections", period.text)}
            plan = ExportPlan(header, datas, {"issues": "问题台账", "funds": "党建工作经费",
                                              "elections": "业委会选举"},
                              info.fingerprint, False)
            path.write_bytes(package_bytes(plan, store))
    return paths, key_files
