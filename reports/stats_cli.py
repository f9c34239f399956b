"""The `stats` verb: an area's figures (issues, funds, governance, services, or the
street's sums of its communities' packages) as text or JSON. main.py parses; this
module runs. Each area's module is imported only when asked for."""
from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from models.opening import open_target


def run_stats(args: argparse.Namespace, target: str, demo: bool) -> int:
    database = open_target(target, demo=demo, create=demo)
    try:
        with database.read_session() as session:
            figures = _figures(session, args)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


def _figures(session: Session, args: argparse.Namespace) -> dict[str, Any]:
    today = dt.date.today()
    if args.area == "street":
        from models.upward.period import parse_period  # noqa: PLC0415
        from models.upward.street import street_stats  # noqa: PLC0415

        if not args.period:
            raise SystemExit("stats street 需要 --period，如 2026-Q3")
        return street_stats(session, parse_period(args.period))
    if args.area == "issues":
        from models.issues.stats import issue_stats  # noqa: PLC0415

        start = args.start or today.replace(month=1, day=1)
        return issue_stats(session, start, args.end or today).as_json()
    if args.area == "governance":
        from models.governance.stats import governance_stats  # noqa: PLC0415

        return governance_stats(session, args.year or today.year)
    if args.area == "services":
        from models.services.stats import service_stats  # noqa: PLC0415

        return service_stats(session, args.year or today.year)
    from models.funds.stats import fund_stats  # noqa: PLC0415

    year = args.year or (args.start.year if args.start else today.year)
    figures: dict[str, Any] = json.loads(fund_stats(session, year).as_json())
    return figures
