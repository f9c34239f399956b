"""The `vote` verb (业主大会表决): a roll template, a vote created, its roll and ballots
read from workbooks, arrears applied, the tally printed. main.py parses; this module runs."""
from __future__ import annotations

import argparse
import datetime as dt
import json

from models.auth import SYSTEM
from models.elections import votes
from models.opening import open_target
from reports import election_sheets


def run(args: argparse.Namespace, target: str) -> int:
    if args.vote_verb == "template":
        print(f"已生成：{election_sheets.write_roll_template(args.out)}")
        return 0
    database = open_target(target)
    try:
        if args.vote_verb == "create":
            with database.session() as session:
                compound = votes.compound_for_vote(session, SYSTEM, args.compound,
                                                   create=args.create_compound)
                vote_id = votes.create_vote(
                    session, SYSTEM, compound, matter=args.matter, title=args.title,
                    items=votes.split_items(args.items), seats=args.seats)
            print(vote_id)
        elif args.vote_verb == "roll":
            rows = election_sheets.read_roll(args.file)
            with database.session() as session:
                count = votes.load_roll(session, SYSTEM, args.vote, rows, reason=args.reason)
            print(f"已导入名册：{count} 套房屋")
        elif args.vote_verb == "ballots":
            with database.read_session() as session:
                items = votes.vote_info(session, args.vote).items
            entries = election_sheets.read_ballots(args.file, items)
            with database.session() as session:
                count = votes.record_ballots(session, SYSTEM, args.vote, entries)
            print(f"已录入选票：{count} 张")
        elif args.vote_verb == "arrears":
            from models.elections.course import apply_arrears  # noqa: PLC0415

            owing = election_sheets.read_arrears(args.file)
            with database.session() as session:
                marked = apply_arrears(session, SYSTEM, args.vote, owing, dt.date.today())
            print(f"欠费名单 {len(owing)} 行；认定不具备资格的候选人：{'、'.join(marked) or '无'}")
        else:
            with database.read_session() as session:
                result = votes.vote_tally(session, args.vote)
            print(json.dumps(result.as_json(), ensure_ascii=False, indent=None if args.json else 2))
    finally:
        database.dispose()
    return 0
