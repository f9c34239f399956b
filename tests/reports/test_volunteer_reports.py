"""The hours report, the lecture sign-in sheet and the feedback form, rendered and read
back; the hours export keeps typed text as text."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from openpyxl import load_workbook

from models.db import Database
from models.volunteers import activities, lectures, members, teams
from models.volunteers.activities import ActivityData, Participant
from reports import volunteer_feedback, volunteer_hours, volunteer_lectures
from tests.models.volunteers.helpers import CLERK, Place, build_place


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _place(db: Database) -> Place:
    with db.session() as session:
        return build_place(session)


def test_hours_report_prints_and_exports_people_subtotals_and_total(
        sqlite_db: Database, tmp_path: Path) -> None:
    place = _place(sqlite_db)
    wang, li = place.people["王建国"], place.people["李秀英"]
    with sqlite_db.session() as session:
        youth = teams.create_team(session, CLERK, "青年号")
        green = teams.create_team(session, CLERK, "=1+1", parent_id=youth)
        for day, minutes in ((dt.date(2026, 5, 9), 90), (dt.date(2026, 5, 16), 20)):
            activities.record_activity(session, CLERK, ActivityData(
                green, day, 540, 660, "翰林苑", "清理楼道",
                (Participant(wang, minutes), Participant(li, 120))))
    with sqlite_db.read_session() as session:
        report = volunteer_hours.build(session, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    table, _totals = volunteer_hours.rows(report)
    assert [row[1:] for row in table] == [
        ["青年号", "=1+1", "李秀英", "2", "4.00"],
        ["青年号", "=1+1", "王建国", "2", "1.83"],  # 110 minutes
        ["青年号 小计", "2 人", "", "2 次活动", "5.83"],
        ["合计", "2 人", "", "2 次活动", "5.83"]]
    text = text_of(volunteer_hours.render(report, tmp_path / "hours.pdf"))
    assert "志愿服务时长统计表" in text and "王建国" in text and "5.83" in text
    sheet = load_workbook(volunteer_hours.export(report, tmp_path / "hours.xlsx")).active
    assert sheet["C2"].value == "=1+1" and sheet["C2"].data_type == "s"
    assert str(sheet["F3"].value) == "1.83" and sheet["E2"].value == 2


def test_sign_in_sheet_lists_the_booked_with_masked_phones(sqlite_db: Database,
                                                           tmp_path: Path) -> None:
    _place(sqlite_db)
    with sqlite_db.session() as session:
        lecture = lectures.add_lecture(session, CLERK, lectures.LectureData(
            "家庭急救", "王医生", "社区卫生服务中心", 90, 1))
        lectures.schedule(session, CLERK, lecture, 1, day=dt.date(2026, 5, 20),
                          start_minute=570, place="社区活动室")
        lectures.book(session, CLERK, lecture, name="张桂兰", phone="13800001111",
                      booked_on=dt.date(2026, 5, 1))
        lectures.book(session, CLERK, lecture, name="李德明", phone="13900002222",
                      booked_on=dt.date(2026, 5, 2), waitlist=True)
    with sqlite_db.read_session() as session:
        sheet = volunteer_lectures.build_sign_in(session, lecture)
        menu = volunteer_lectures.build_menu(session)
    text = text_of(volunteer_lectures.render_sign_in(sheet, tmp_path / "sign.pdf"))
    assert "张桂兰" in text and "138****1111" in text and "13800001111" not in text
    assert "李德明" not in text  # the waitlist does not sign in
    assert "2026-05-20 09:30 社区活动室" in text
    menu_text = text_of(volunteer_lectures.render_menu(menu, tmp_path / "menu.pdf"))
    assert "家庭急救" in menu_text and "社区卫生服务中心" in menu_text


def test_the_feedback_form_prints_members_hours_and_idle_members(sqlite_db: Database,
                                                                 tmp_path: Path) -> None:
    place = _place(sqlite_db)
    org = "中共巴中市第三中学委员会"
    with sqlite_db.session() as session:
        served = members.register_member(session, CLERK, members.MemberData(
            place.people["王建国"], "巴中市第三中学", org, dt.date(2026, 1, 5)))
        members.register_member(session, CLERK, members.MemberData(
            place.people["赵春梅"], "巴中市第三中学", org, dt.date(2026, 1, 5)))
        members.record_service(session, CLERK, served, day=dt.date(2026, 3, 2),
                               start_minute=540, end_minute=660, minutes=90, place="",
                               content="入户走访困难群众")
    with sqlite_db.read_session() as session:
        [form] = volunteer_feedback.build(session, dt.date(2026, 4, 1), "half")
    [path] = volunteer_feedback.render_all([form], tmp_path)
    text = text_of(path)
    assert "2026年上半年" in path.name and org in path.name
    assert "入户走访困难群众" in text and "1.50" in text
    assert "本期无服务记录" in text and "赵春梅" in text
