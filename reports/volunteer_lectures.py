"""社区微讲堂: the lecture menu (点单表) residents tick, and each lecture's sign-in sheet.

The sign-in sheet lists the residents booked (not the waitlist), phones masked as in every
list, with an empty column to sign in and a few blank lines for residents who come
without booking.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.office import office_name
from models.volunteers import lectures
from models.volunteers.hours import hours_text
from reports.pdf import Align, Column, LedgerDocument, render_ledger
from reports.table_export import ExportColumn, write_table

Progress = Callable[[int, int], None]
WALK_IN_LINES = 5
MENU_COLUMNS = [Column("序号", 0.5, Align.CENTER), Column("讲座主题", 2.6),
                Column("主讲人", 1.0), Column("提供单位", 2.0),
                Column("时长（小时）", 0.9, Align.RIGHT), Column("容纳人数", 0.8, Align.RIGHT),
                Column("已预约", 0.7, Align.RIGHT), Column("候补", 0.6, Align.RIGHT),
                Column("安排", 2.0), Column("点单（√）", 0.8, Align.CENTER)]
MENU_EXPORT = [ExportColumn("序号", "number", 4), ExportColumn("讲座主题", "text", 16),
               ExportColumn("主讲人", "text", 6), ExportColumn("提供单位", "text", 12),
               ExportColumn("时长（小时）", "amount", 6), ExportColumn("容纳人数", "number", 5),
               ExportColumn("已预约", "number", 5), ExportColumn("候补", "number", 4),
               ExportColumn("安排", "text", 14)]


@dataclass(frozen=True)
class Menu:
    office: str
    lectures: list[lectures.LectureRow]
    anchor: str = ""


@dataclass(frozen=True)
class SignInSheet:
    office: str
    lecture: lectures.LectureRow
    bookings: list[lectures.BookingRow]
    anchor: str = ""


def build_menu(session: Session) -> Menu:
    return Menu(office_name(session), lectures.list_lectures(session), anchor_of(session))


def build_sign_in(session: Session, lecture_id: int) -> SignInSheet:
    booked = [b for b in lectures.bookings(session, lecture_id) if b.state == "booked"]
    return SignInSheet(office_name(session), lectures.get_lecture(session, lecture_id), booked,
                       anchor_of(session))


def menu_rows(menu: Menu) -> list[list[str]]:
    return [[str(n), x.topic, x.lecturer, x.provider, hours_text(x.duration_minutes),
             str(x.capacity), str(x.booked), str(x.waitlisted), x.schedule_text]
            for n, x in enumerate(menu.lectures, start=1)]


def render_menu(menu: Menu, path: Path, progress: Progress | None = None) -> Path:
    document = LedgerDocument(
        title="社区微讲堂点单表", office=menu.office,
        period=f"{dt.date.today():%Y年%m月%d日}", columns=MENU_COLUMNS,
        rows=[[*row, ""] for row in menu_rows(menu)],
        note="请在想听的讲座后打“√”，留下姓名和电话", signatures=("经办人", "负责人"),
        anchor=menu.anchor)
    render_ledger(document, path, progress)
    return path


def export_menu(menu: Menu, path: Path) -> Path:
    return write_table(path, "社区微讲堂点单表", MENU_EXPORT, menu_rows(menu))


def render_sign_in(sheet: SignInSheet, path: Path, progress: Progress | None = None) -> Path:
    lecture = sheet.lecture
    rows = [[str(n), b.name, b.phone_masked, b.booked_on.isoformat(), ""]
            for n, b in enumerate(sheet.bookings, start=1)]
    rows += [[str(n), "", "", "", ""]
             for n in range(len(rows) + 1, len(rows) + WALK_IN_LINES + 1)]
    document = LedgerDocument(
        title=f"社区微讲堂签到表：{lecture.topic}", office=sheet.office,
        period=f"{lecture.schedule_text}　主讲：{lecture.lecturer}（{lecture.provider}）",
        columns=[Column("序号", 0.5, Align.CENTER), Column("姓名", 1.2),
                 Column("联系电话", 1.4), Column("预约日期", 1.1, Align.CENTER),
                 Column("本人签到", 2.2)],
        rows=rows, note=f"预约 {len(sheet.bookings)} 人，容纳 {lecture.capacity} 人",
        signatures=("主讲人", "经办人"), font_size=10.0, anchor=sheet.anchor)
    render_ledger(document, path, progress)
    return path
