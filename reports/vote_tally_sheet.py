"""表决统计表: the tally of an owners' vote, both dimensions per item, for the announcement.

Every figure comes from `models.elections.votes.vote_tally` (the one tally function): per item
the yes heads and area, each as a share of the participants and of all owners, no and
abstain heads, and the result; above the table the turnout against the 2/3 rule.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sqlalchemy.orm import Session

from models.elections.counting import format_area
from models.elections.tally import Share, Tally
from models.elections.votes import VoteInfo, vote_info, vote_tally
from models.office import office_name
from reports.pdf import TOTAL, Align, Column, LedgerDocument, render_ledger


@dataclass(frozen=True)
class TallySheet:
    vote: VoteInfo
    tally: Tally
    office: str


def build(session: Session, vote_id: int) -> TallySheet:
    return TallySheet(vote_info(session, vote_id), vote_tally(session, vote_id),
                      office_name(session))


def percent(share: Share) -> str:
    """A share as a percentage rounded half up to two places (for reading only: the
    decision is taken on the exact fraction)."""
    if share.whole == 0:
        return "—"
    hundredths = (Fraction(share.part * 10000, share.whole) + Fraction(1, 2)).__floor__()
    return f"{hundredths // 100}.{hundredths % 100:02d}%"


def _result(tally: Tally, index: int) -> str:
    item = tally.items[index]
    if tally.seats is not None:
        if item.elected:
            return "当选"
        if item.tied:
            return "票数相同，待定"
        return "未当选" if item.passed else "未过半数"
    return "通过" if item.passed else "未通过"


def rows(sheet: TallySheet) -> list[list[str]]:
    tally = sheet.tally
    all_heads, all_area = tally.turnout.heads.whole, tally.turnout.area.whole
    found = []
    for index, item in enumerate(tally.items):
        found.append([
            str(index + 1), item.name, str(item.heads.part), percent(item.heads),
            percent(Share(item.heads.part, all_heads)), format_area(item.area.part),
            percent(item.area), percent(Share(item.area.part, all_area)), str(item.no_heads),
            str(item.abstain_heads), _result(tally, index)])
    turnout = tally.turnout
    found.append(["", "参与表决", str(turnout.heads.part), "—", percent(turnout.heads),
                  format_area(turnout.area.part), "—", percent(turnout.area), "", "",
                  "达到" if turnout.ok else "未达到"])
    return found


def render(sheet: TallySheet, path: Path, progress: Callable[[int, int], None] | None = None,
           ) -> Path:
    vote, tally = sheet.vote, sheet.tally
    threshold = "四分之三以上" if tally.supermajority else "过半数"
    note = (f"总人数 {tally.turnout.heads.whole} 人，总面积 "
            f"{format_area(tally.turnout.area.whole)} m²，无效票 {tally.invalid_ballots} 张")
    period = f"{vote.title}（第二百七十八条第{vote.matter}项，同意须{threshold}）"
    columns = [Column("序号", 0.5, Align.CENTER), Column("候选人 / 表决事项", 2.4),
               Column("同意人数", 0.9, Align.RIGHT), Column("占参与人数", 1.0, Align.RIGHT),
               Column("占总人数", 1.0, Align.RIGHT), Column("同意面积 m²", 1.2, Align.RIGHT),
               Column("占参与面积", 1.0, Align.RIGHT), Column("占总面积", 1.0, Align.RIGHT),
               Column("不同意", 0.7, Align.RIGHT), Column("弃权", 0.7, Align.RIGHT),
               Column("结果", 1.1, Align.CENTER)]
    table = rows(sheet)
    document = LedgerDocument(
        title=f"{vote.compound}业主共同决定表决统计表",
        office=sheet.office, period=period,
        columns=columns, rows=table, row_styles={len(table) - 1: TOTAL}, note=note,
        printed_on=dt.date.today(), signatures=("计票人", "监票人", "筹备组（业委会）负责人"))
    render_ledger(document, path, progress)
    return path
