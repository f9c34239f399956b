"""在职党员服务登记反馈表: one per employer Party organisation and period, to be sent to the
employer. Each member's services with hours and a subtotal, then the members with no
service in the period, named so the employer can follow up (民主评议)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.office import office_name
from models.volunteers import feedback, members
from models.volunteers.hours import hours_decimal
from reports.pdf import TOTAL, Align, Column, LedgerDocument, RowStyle, render_ledger

Progress = Callable[[int, int], None]
COLUMNS = [Column("序号", 0.5, Align.CENTER), Column("姓名", 1.0), Column("工作单位", 2.0),
           Column("服务日期", 1.0, Align.CENTER), Column("服务内容", 3.0),
           Column("时长（小时）", 1.0, Align.RIGHT)]
IDLE_SHADE = RowStyle(bold=True, shade=0.93)


@dataclass(frozen=True)
class FeedbackForm:
    office: str
    period: str
    start: dt.date
    end: dt.date
    org: feedback.OrgFeedback
    anchor: str = ""


def build(session: Session, day: dt.date, kind: str | None = None) -> list[FeedbackForm]:
    """The forms of the period (quarter or half year, default the office's choice) that
    holds `day`, one per employer organisation."""
    kind = kind or members.feedback_period(session)
    start, end = members.period_of(day, kind)
    label = members.period_label(start, kind)
    office, anchor = office_name(session), anchor_of(session)
    return [FeedbackForm(office, label, start, end, org, anchor)
            for org in feedback.feedback(session, start, end)]


def rows(form: FeedbackForm) -> tuple[list[list[str]], dict[int, RowStyle]]:
    table: list[list[str]] = []
    styles: dict[int, RowStyle] = {}
    for number, member in enumerate(form.org.members, start=1):
        for index, line in enumerate(member.services):
            first = index == 0
            table.append([str(number) if first else "", member.name if first else "",
                          member.employer if first else "", line.day.isoformat(),
                          line.content, str(hours_decimal(line.minutes))])
        styles[len(table)] = TOTAL
        table.append(["", "", "", "", f"{member.name} 小计（{len(member.services)} 次）",
                      str(hours_decimal(member.minutes))])
    styles[len(table)] = TOTAL
    table.append(["", "合计", f"{len(form.org.members)} 人有服务记录", "", "",
                  str(hours_decimal(form.org.minutes))])
    styles[len(table)] = IDLE_SHADE
    table.append(["", "本期无服务记录", f"{len(form.org.idle)} 人", "", "", ""])
    for number, member in enumerate(form.org.idle, start=1):
        table.append([str(number), member.name, member.employer, "—", "本期未登记服务", "0.00"])
    return table, styles


def render(form: FeedbackForm, path: Path, progress: Progress | None = None) -> Path:
    table, styles = rows(form)
    document = LedgerDocument(
        title="在职党员到社区报到服务登记反馈表", office=form.office,
        period=f"{form.period}（{form.start:%Y-%m-%d} 至 {form.end:%Y-%m-%d}）",
        columns=COLUMNS, rows=table, row_styles=styles,
        note=f"报送：{form.org.employer_org}", signatures=("经办人", "社区党组织书记"),
        seal_label="党委（盖章）", anchor=form.anchor)
    render_ledger(document, path, progress)
    return path


def file_name(form: FeedbackForm) -> str:
    org = re.sub(r'[\\/:*?"<>|]', "_", form.org.employer_org)
    return f"服务登记反馈表_{form.period}_{org}.pdf"


def render_all(forms: list[FeedbackForm], folder: Path) -> list[Path]:
    """One PDF per employer organisation in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return [render(form, folder / file_name(form)) for form in forms]
