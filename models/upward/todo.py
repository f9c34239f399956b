"""上报's to-do items for the home page (models.todo).

At a community:
- a quarter that has ended with no package made yet: due soon until its due date
  (models.upward.period, DUE_DAYS after the quarter's end), overdue after;
- a package the street returned (退回) with no corrected package made since.

At a street (and likewise at a district, for its streets):
- per quarter, the communities whose package is past due and missing;
- per quarter, the communities whose last package was returned and not yet re-sent;
- a street's own package the district returned, as at a community.

Only quarters due since the office was set up (its first run) and ended within the last
year are looked at: older gaps are for the completeness grid, not for today's list, and a
quarter due before the program was used was reported some other way.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.office import OFFICE_LEVELS, RECEIVES, Office
from models.todo import TodoItem, Urgency
from models.upward import receipts
from models.upward.entities import UpwardExport
from models.upward.period import Period, periods_of_year

AREA, PAGE = "上报", "UpwardPage"
LOOK_BACK_DAYS = 366


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar()
    if office is None:
        return []
    quarters = recent_quarters(today, office.created_at.date())
    if office.level in RECEIVES:
        below = OFFICE_LEVELS[RECEIVES[office.level]]
        own = _returned(session, today, "区（县）") if office.level == "street" else []
        return _street(session, quarters, today, below) + own
    return _missing(session, quarters, today) + _returned(session, today, "街道")


def recent_quarters(today: dt.date, since: dt.date) -> list[Period]:
    """Quarters that ended before today, within the last year and due on or after
    `since`, oldest first."""
    return [p for year in (today.year - 1, today.year) for p in periods_of_year(year, "quarter")
            if p.end < today and (today - p.end).days <= LOOK_BACK_DAYS and p.due >= since]


def _urgency(period: Period, today: dt.date) -> Urgency:
    return Urgency.OVERDUE if today > period.due else Urgency.DUE_SOON


def _missing(session: Session, quarters: list[Period], today: dt.date) -> list[TodoItem]:
    made = set(session.scalars(select(UpwardExport.period).distinct()))
    items = []
    for period in quarters:
        if period.text in made:
            continue
        late = today > period.due
        text = (f"{period.label}的上报数据包尚未生成"
                + (f"，已逾期（{period.due:%m-%d} 截止）" if late
                   else f"，{period.due:%m-%d} 前报送街道"))
        items.append(TodoItem(AREA, text, _urgency(period, today), PAGE, due=period.due,
                              key=f"upward:missing:{period.text}"))
    return items


def _returned(session: Session, today: dt.date, above: str) -> list[TodoItem]:
    items = []
    for row in receipts.history(session):
        if not row.needs_resend:
            continue
        text = (f"{row.period.label}的数据包（第 {row.sequence} 次）被{above}退回，"
                f"请更正后重新生成报送：{row.comment}")
        items.append(TodoItem(AREA, text, _urgency(row.period, today), PAGE, due=row.period.due,
                              key=f"upward:returned:{row.period.text}", records=(row.id,)))
    return items


def _street(session: Session, quarters: list[Period], today: dt.date,
            below: str) -> list[TodoItem]:
    # The completeness grid reads every module's exporters (and their models): loaded only
    # at a street or district, not by every community's home page (issue 12).
    from models.upward import street  # noqa: PLC0415

    items = []
    for year in sorted({p.start.year for p in quarters}):
        grid = street.completeness(session, year, "quarter", today)
        for index, period in enumerate(grid.periods):
            if period not in quarters:
                continue
            missing = [name for _code, name, cells in grid.rows
                       if not cells[index].received_on and period.due < today]
            returned = [name for _code, name, cells in grid.rows
                        if cells[index].returned and cells[index].accepted_on is None]
            items += _street_items(period, missing, returned, today, below)
    return items


def _street_items(period: Period, missing: list[str], returned: list[str],
                  today: dt.date, below: str) -> list[TodoItem]:
    items = []
    if missing:
        items.append(TodoItem(
            AREA, f"{period.label}：{len(missing)} 个{below}逾期未报（{'、'.join(missing)}）",
            Urgency.OVERDUE, PAGE, count=len(missing), due=period.due,
            key=f"upward:street-missing:{period.text}"))
    if returned:
        items.append(TodoItem(
            AREA, f"{period.label}：{len(returned)} 个{below}的数据包已退回，待重报"
                  f"（{'、'.join(returned)}）",
            _urgency(period, today), PAGE, count=len(returned), due=period.due,
            key=f"upward:street-returned:{period.text}"))
    return items
