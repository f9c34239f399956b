"""志愿服务时长统计表: hours per person within each team and sub-team, a subtotal per team
and the total, for a period; printed as a ledger and exported to Excel with the same rows.

Every figure comes from models.volunteers.totals. Hours print with two decimals (rounded
half up from whole minutes); the totals are summed from minutes, not from printed hours.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.office import office_name
from models.volunteers.hours import hours_decimal
from models.volunteers.totals import PersonHours, TeamHours, hours_by_person, hours_by_team
from reports.pdf import TOTAL, Align, Column, LedgerDocument, RowStyle, render_ledger
from reports.table_export import ExportColumn, write_table

COLUMNS = [Column("序号", 0.5, Align.CENTER), Column("志愿服务队", 1.6), Column("分队", 1.2),
           Column("姓名", 1.0), Column("参与次数", 0.8, Align.RIGHT),
           Column("服务时长（小时）", 1.2, Align.RIGHT)]
EXPORT = [ExportColumn("序号", "number", 4), ExportColumn("志愿服务队", "text", 12),
          ExportColumn("分队", "text", 8), ExportColumn("姓名", "text", 6),
          ExportColumn("参与次数", "number", 5), ExportColumn("服务时长（小时）", "amount", 8)]


@dataclass(frozen=True)
class HoursReport:
    office: str
    start: dt.date
    end: dt.date
    people: list[PersonHours]
    teams: list[TeamHours]
    anchor: str = ""

    @property
    def period(self) -> str:
        return f"{self.start:%Y年%m月%d日} 至 {self.end:%Y年%m月%d日}"


def build(session: Session, start: dt.date, end: dt.date,
          team_id: int | None = None) -> HoursReport:
    people = hours_by_person(session, start, end, team_id)
    teams = [t for t in hours_by_team(session, start, end)
             if any(p.team == t.team for p in people)]
    return HoursReport(office_name(session), start, end, people, teams, anchor_of(session))


def rows(report: HoursReport) -> tuple[list[list[str]], set[int]]:
    """The table's rows and which of them are totals."""
    table: list[list[str]] = []
    totals: set[int] = set()
    number = 0
    for team in report.teams:
        for person in (p for p in report.people if p.team == team.team):
            number += 1
            table.append([str(number), person.team, person.sub_team, person.name,
                          str(person.activities), str(hours_decimal(person.minutes))])
        totals.add(len(table))
        table.append(["", f"{team.team} 小计", f"{team.people} 人", "",
                      f"{team.activities} 次活动", str(hours_decimal(team.minutes))])
    totals.add(len(table))
    minutes = sum(t.minutes for t in report.teams)
    table.append(["", "合计", f"{len({p.person_id for p in report.people})} 人", "",
                  f"{sum(t.activities for t in report.teams)} 次活动",
                  str(hours_decimal(minutes))])
    return table, totals


def render(report: HoursReport, path: Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    table, totals = rows(report)
    styles: dict[int, RowStyle] = dict.fromkeys(totals, TOTAL)
    document = LedgerDocument(
        title="志愿服务时长统计表", office=report.office, period=report.period,
        columns=COLUMNS, rows=table, row_styles=styles, note="时长单位：小时",
        signatures=("统计人", "审核人", "负责人"), anchor=report.anchor)
    render_ledger(document, path, progress)
    return path


def export(report: HoursReport, path: Path) -> Path:
    """The same rows to .xlsx: counts and hours as numbers, every name as text."""
    table, _totals = rows(report)
    return write_table(path, "志愿服务时长统计", EXPORT, table)
