"""The four lists of the 志愿服务 page: activities with hours, teams, the 微讲堂 menu and the
in-service Party members. Each is a ListPage (search, Ctrl+E export, Enter opens)."""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel
from sqlalchemy.orm import Session

from models.registry import people as registry_people
from models.registry import units as registry_units
from models.volunteers import activities, lectures, members, teams
from models.volunteers.entities import PERIODS
from models.volunteers.hours import hours_text
from reports import volunteer_feedback, volunteer_hours, volunteer_lectures
from ui.common import messages
from ui.common.changes import Kind
from ui.common.list_page import ListPage
from ui.common.operations import JobOp, ReadOp, WriteOp
from ui.common.pdf_preview import generate_report
from ui.common.table_model import CENTER, RIGHT, Column
from ui.i18n import domain

WATCHES = frozenset({Kind.VOLUNTEERS, Kind.PEOPLE, Kind.UNITS})


def _people(session: Session, party_only: bool = False) -> dict[int, str]:
    return {p.id: f"{p.name}（{p.compound_name or '—'}）"
            for p in registry_people.list_people(session, party_only=party_only)}


def _out(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="gongjian-")) / name


class _Tab(ListPage):
    watches = WATCHES

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.dialog: Any = None

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def _selected(self, text: str) -> Any | None:
        row = self.current_row()
        if row is None:
            messages.show_info(self, text)
        return row


# --- activities ------------------------------------------------------------------------

class ActivitiesTab(_Tab):
    def title(self) -> str:
        return self.tr("志愿活动")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("日期"), lambda a: a.day.isoformat(), CENTER, width_chars=7,
                   kind="date"),
            Column(self.tr("时间"), lambda a: a.time_text, CENTER, width_chars=7),
            Column(self.tr("队伍"), lambda a: a.team, width_chars=13),
            Column(self.tr("地点"), lambda a: a.place, width_chars=8),
            Column(self.tr("活动内容"), lambda a: a.content, width_chars=16),
            Column(self.tr("人数"), lambda a: str(a.people), RIGHT, width_chars=3,
                   kind="number"),
            Column(self.tr("时长（小时）"), lambda a: hours_text(a.minutes), RIGHT,
                   sort_key=lambda a: a.minutes, width_chars=5),
        ]

    def add_filters(self) -> None:
        today = dt.date.today()
        self.year = QComboBox()
        for year in range(today.year, today.year - 4, -1):
            self.year.addItem(str(year), year)
        self.half = QComboBox()
        for label, code in ((self.tr("全年"), 0), (self.tr("上半年"), 1), (self.tr("下半年"), 2)):
            self.half.addItem(label, code)
        for combo in (self.year, self.half):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_bar.addWidget(QLabel(self.tr("期间：")))
        self.filter_bar.addWidget(self.year)
        self.filter_bar.addWidget(self.half)

    def period(self) -> tuple[dt.date, dt.date]:
        year, half = int(self.year.currentData()), int(self.half.currentData())
        start = dt.date(year, 7 if half == 2 else 1, 1)
        end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        return start, end

    def add_actions(self) -> None:
        self.action(self.tr("登记活动"), "fa5s.plus", self.new_activity)
        self.action(self.tr("编辑"), "fa5s.edit", self.edit_activity)
        self.action(self.tr("删除"), "fa5s.trash", self.delete_activity)
        self.action(self.tr("时长统计表"), "fa5s.print", self.print_hours)
        self.action(self.tr("导出时长统计"), "fa5s.file-excel", self.export_hours)

    def rows_query(self) -> Callable[[Session], list[activities.ActivityRow]]:
        text, (start, end) = self.search.text().strip(), self.period()
        return lambda session: [a for a in activities.list_activities(
            session, start=start, end=end) if text in a.content + a.team + a.place]

    def open_row(self, row: activities.ActivityRow) -> None:
        self.edit_activity()

    def _show_form(self, then: Callable[[Any], None]) -> None:
        def query(session: Session) -> tuple[dict[int, str], dict[int, str]]:
            return ({t.id: t.full_name for t in teams.list_teams(session)},
                    _people(session))
        ReadOp(self.context, parent=self, query=query, success=then).run()

    def new_activity(self) -> None:
        from ui.volunteers.activity_form import ActivityForm, ActivityInput  # noqa: PLC0415

        def show(found: tuple[dict[int, str], dict[int, str]]) -> None:
            form = ActivityForm(self.context, *found, parent=self)
            form.start(ActivityInput(None, dt.date.today(), "", "", "", "", ()))
            self._open(form)
        self._show_form(show)

    def edit_activity(self) -> None:
        from ui.volunteers.activity_form import ActivityForm, input_of  # noqa: PLC0415

        row = self._selected(self.tr("请先在列表中选择一项活动。"))
        if row is None:
            return
        activity_id = row.id

        def show(found: tuple[dict[int, str], dict[int, str]]) -> None:
            def loaded(result: tuple[int, activities.ActivityData]) -> None:
                version, data = result
                form = ActivityForm(self.context, *found, parent=self)
                form.setWindowTitle(self.tr("编辑志愿活动"))
                form.start(input_of(data), record_id=activity_id, version=version)
                self._open(form)
            ReadOp(self.context, parent=self,
                   query=lambda session: activities.activity_data(session, activity_id),
                   success=loaded).run()
        self._show_form(show)

    def delete_activity(self) -> None:
        row = self._selected(self.tr("请先在列表中选择一项活动。"))
        if row is None or not messages.confirm(self, self.tr("删除活动"), self.tr(
                "将删除 {0} 的活动“{1}”及其 {2} 名参与人员的时长，确定吗？").format(
                row.day.isoformat(), row.content, row.people)):
            return
        activity_id, version = row.id, row.version
        WriteOp(self.context, parent=self, changes={Kind.VOLUNTEERS},
                op=lambda session, actor: activities.delete_activity(
                    session, actor, activity_id, version)).run()

    def print_hours(self) -> None:
        start, end = self.period()
        out = _out("志愿服务时长统计表.pdf")
        generate_report(self.context, self.tr("志愿服务时长统计表"),
                        lambda session: volunteer_hours.build(session, start, end),
                        lambda report, progress=None: volunteer_hours.render(
                            report, out, progress), self)

    def export_hours(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"),
                                              "志愿服务时长统计.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.write_hours(Path(path))

    def write_hours(self, path: Path) -> None:
        """The figures read in one operation, the workbook written in another."""
        start, end = self.period()

        def write(report: volunteer_hours.HoursReport) -> None:
            JobOp(self.context, parent=self,
                  job=lambda _database, _progress: volunteer_hours.export(report, path),
                  success=lambda out: messages.show_info(
                      self, self.tr("已导出到 {0}").format(out))).run()
        ReadOp(self.context, parent=self,
               query=lambda session: volunteer_hours.build(session, start, end),
               success=write).run()


# --- teams -----------------------------------------------------------------------------

class TeamsTab(_Tab):
    def title(self) -> str:
        return self.tr("志愿服务队")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("队伍"), lambda t: t.parent_name or t.name, width_chars=10),
            Column(self.tr("分队"), lambda t: t.name if t.parent_name else "", width_chars=8),
            Column(self.tr("负责人"), lambda t: t.leader, width_chars=6),
            Column(self.tr("队员"), lambda t: str(t.members), RIGHT, width_chars=3,
                   kind="number"),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("新建队伍"), "fa5s.plus", self.new_team)
        self.action(self.tr("添加队员"), "fa5s.user-plus", self.add_member)

    def rows_query(self) -> Callable[[Session], list[teams.TeamRow]]:
        text = self.search.text().strip()
        return lambda session: [t for t in teams.list_teams(session) if text in t.full_name]

    def new_team(self) -> None:
        from ui.volunteers.forms import TeamForm, TeamInput  # noqa: PLC0415

        def show(parents: dict[int, str]) -> None:
            form = TeamForm(self.context, parents, self)
            form.start(TeamInput("", None, ""))
            self._open(form)
        ReadOp(self.context, parent=self, query=lambda session: {
            t.id: t.name for t in teams.list_teams(session) if t.parent_id is None},
            success=show).run()

    def add_member(self) -> None:
        from ui.volunteers.forms import MemberPick, TeamMemberForm  # noqa: PLC0415

        row = self._selected(self.tr("请先在列表中选择一支队伍或分队。"))
        if row is None:
            return

        def show(people: dict[int, str]) -> None:
            form = TeamMemberForm(self.context, row.id, row.full_name, people, self)
            form.start(MemberPick(None, dt.date.today()))
            self._open(form)
        ReadOp(self.context, parent=self, query=_people, success=show).run()


# --- lectures --------------------------------------------------------------------------

class LecturesTab(_Tab):
    def title(self) -> str:
        return self.tr("社区微讲堂")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("讲座主题"), lambda x: x.topic, width_chars=12),
            Column(self.tr("主讲人"), lambda x: x.lecturer, width_chars=5),
            Column(self.tr("提供单位"), lambda x: x.provider, width_chars=12),
            Column(self.tr("时长（小时）"), lambda x: hours_text(x.duration_minutes), RIGHT,
                   width_chars=5),
            Column(self.tr("容纳"), lambda x: str(x.capacity), RIGHT, width_chars=3,
                   kind="number"),
            Column(self.tr("已预约"), lambda x: str(x.booked), RIGHT, width_chars=3,
                   kind="number"),
            Column(self.tr("候补"), lambda x: str(x.waitlisted), RIGHT, width_chars=3,
                   kind="number"),
            Column(self.tr("签到"), lambda x: str(x.attended), RIGHT, width_chars=3,
                   kind="number"),
            Column(self.tr("配送安排"), lambda x: x.schedule_text if x.day else self.tr("未安排"),
                   width_chars=14),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("新增讲座"), "fa5s.plus", self.new_lecture)
        self.action(self.tr("安排配送"), "fa5s.calendar-alt", self.schedule)
        self.action(self.tr("点单预约"), "fa5s.user-check", self.book)
        self.action(self.tr("预约名单"), "fa5s.list", self.show_bookings)
        self.action(self.tr("打印点单表"), "fa5s.print", self.print_menu)
        self.action(self.tr("打印签到表"), "fa5s.print", self.print_sign_in)

    def rows_query(self) -> Callable[[Session], list[lectures.LectureRow]]:
        text = self.search.text().strip()
        return lambda session: [x for x in lectures.list_lectures(session)
                                if text in x.topic + x.lecturer + x.provider]

    def open_row(self, row: lectures.LectureRow) -> None:
        self.show_bookings()

    def _lecture(self) -> lectures.LectureRow | None:
        row: lectures.LectureRow | None = self._selected(self.tr("请先在列表中选择一个讲座。"))
        return row

    def new_lecture(self) -> None:
        from ui.volunteers.forms import LectureForm, LectureInput  # noqa: PLC0415

        form = LectureForm(self.context, self)
        form.start(LectureInput("", "", "", "1", "30"))
        self._open(form)

    def schedule(self) -> None:
        from ui.volunteers.forms import ScheduleForm, ScheduleInput  # noqa: PLC0415

        row = self._lecture()
        if row is not None:
            form = ScheduleForm(self.context, row, self)
            form.start(ScheduleInput(row.day or dt.date.today(), "09:30", row.place))
            self._open(form)

    def book(self) -> None:
        from ui.volunteers.forms import BookingForm, BookingInput  # noqa: PLC0415

        row = self._lecture()
        if row is not None:
            form = BookingForm(self.context, row, self)
            form.start(BookingInput("", "", dt.date.today(), False))
            self._open(form)

    def show_bookings(self) -> None:
        from ui.volunteers.bookings_dialog import BookingsDialog  # noqa: PLC0415

        row = self._lecture()
        if row is not None:
            self._open(BookingsDialog(self.context, row, self))

    def print_menu(self) -> None:
        out = _out("社区微讲堂点单表.pdf")
        generate_report(self.context, self.tr("社区微讲堂点单表"), volunteer_lectures.build_menu,
                        lambda menu, progress=None: volunteer_lectures.render_menu(
                            menu, out, progress), self)

    def print_sign_in(self) -> None:
        row = self._lecture()
        if row is None:
            return
        lecture_id, out = row.id, _out(f"签到表-{row.topic}.pdf")
        generate_report(self.context, self.tr("签到表：{0}").format(row.topic),
                        lambda session: volunteer_lectures.build_sign_in(session, lecture_id),
                        lambda sheet, progress=None: volunteer_lectures.render_sign_in(
                            sheet, out, progress), self)


# --- in-service Party members ---------------------------------------------------------

class MembersTab(_Tab):
    def title(self) -> str:
        return self.tr("在职党员双报到")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("姓名"), lambda m: m.name, width_chars=5),
            Column(self.tr("工作单位"), lambda m: m.employer, width_chars=12),
            Column(self.tr("单位党组织"), lambda m: m.employer_org, width_chars=17),
            Column(self.tr("居住小区"), lambda m: m.compound, width_chars=6),
            Column(self.tr("报到日期"), lambda m: m.registered_on.isoformat(), CENTER,
                   width_chars=7, kind="date"),
            Column(self.tr("本期服务次数"), lambda m: str(m.services), RIGHT, width_chars=5,
                   kind="number"),
            Column(self.tr("本期时长（小时）"), lambda m: hours_text(m.minutes), RIGHT,
                   sort_key=lambda m: m.minutes, width_chars=6),
        ]

    def add_filters(self) -> None:
        self.period_kind = QComboBox()
        for code, label in PERIODS.items():
            self.period_kind.addItem(domain(label), code)
        self.period_kind.activated.connect(self.change_period)
        self.filter_bar.addWidget(QLabel(self.tr("反馈周期：")))
        self.filter_bar.addWidget(self.period_kind)

    def _show_rows(self, rows: list[Any]) -> None:
        super()._show_rows(rows)
        ReadOp(self.context, parent=self, query=members.feedback_period,
               success=lambda kind: self.period_kind.setCurrentIndex(
                   self.period_kind.findData(kind))).run()

    def change_period(self, _index: int) -> None:
        """The office's feedback period (审核人 and above); the lists follow it."""
        kind = self.period_kind.currentData()
        WriteOp(self.context, parent=self, changes={Kind.VOLUNTEERS},
                op=lambda session, actor: members.set_feedback_period(session, actor, kind),
                failure=self._period_refused).run()

    def _period_refused(self, exc: BaseException) -> None:
        messages.show_error(self, exc)
        self.refresh()

    def add_actions(self) -> None:
        self.action(self.tr("报到登记"), "fa5s.plus", self.register)
        self.action(self.tr("登记服务"), "fa5s.hands-helping", self.record_service)
        self.action(self.tr("打印反馈表"), "fa5s.print", self.print_feedback)

    def rows_query(self) -> Callable[[Session], list[members.MemberRow]]:
        text = self.search.text().strip()

        def query(session: Session) -> list[members.MemberRow]:
            start, end = members.period_of(dt.date.today(), members.feedback_period(session))
            return [m for m in members.list_members(session, start, end)
                    if text in m.name + m.employer + m.employer_org]
        return query

    def open_row(self, row: members.MemberRow) -> None:
        self.record_service()

    def register(self) -> None:
        from ui.volunteers.forms import MemberForm, MemberInput  # noqa: PLC0415

        def query(session: Session) -> tuple[dict[int, str], dict[int, str]]:
            return (_people(session, party_only=True),
                    {u.id: u.name for u in registry_units.list_units(session)})

        def show(found: tuple[dict[int, str], dict[int, str]]) -> None:
            form = MemberForm(self.context, *found, parent=self)
            form.start(MemberInput(None, None, "", "", dt.date.today()))
            self._open(form)
        ReadOp(self.context, parent=self, query=query, success=show).run()

    def record_service(self) -> None:
        from ui.volunteers.forms import ServiceForm, ServiceInput  # noqa: PLC0415

        row = self._selected(self.tr("请先在列表中选择一名在职党员。"))
        if row is not None:
            form = ServiceForm(self.context, row, self)
            form.start(ServiceInput(dt.date.today(), "09:00", "11:00", "2", "", ""))
            self._open(form)

    def print_feedback(self) -> None:
        row = self._selected(self.tr("请先选择一名党员，将打印其单位党组织的反馈表。"))
        if row is None:
            return
        org, out = row.employer_org, _out("服务登记反馈表.pdf")

        def build(session: Session) -> volunteer_feedback.FeedbackForm:
            return next(f for f in volunteer_feedback.build(session, dt.date.today())
                        if f.org.employer_org == org)
        generate_report(self.context, self.tr("服务登记反馈表：{0}").format(org), build,
                        lambda form, progress=None: volunteer_feedback.render(
                            form, out, progress), self)



# --- 微心愿 ----------------------------------------------------------------------------

class WishesTab(_Tab):
    def title(self) -> str:
        return self.tr("微心愿")

    def make_columns(self) -> list[Column]:
        def day(value: dt.date | None) -> str:
            return value.isoformat() if value else ""
        return [
            Column(self.tr("心愿人"), lambda w: w.wisher, width_chars=5),
            Column(self.tr("心愿内容"), lambda w: w.content, width_chars=14),
            Column(self.tr("登记日期"), lambda w: day(w.posted_on), CENTER, width_chars=7,
                   kind="date"),
            Column(self.tr("认领党员"), lambda w: w.member_name, width_chars=5),
            Column(self.tr("认领日期"), lambda w: day(w.claimed_on), CENTER, width_chars=7,
                   kind="date"),
            Column(self.tr("完成日期"), lambda w: day(w.done_on), CENTER, width_chars=7,
                   kind="date"),
            Column(self.tr("状态"), self.state_text, CENTER, width_chars=4),
        ]

    def state_text(self, wish: members.WishRow) -> str:
        if wish.done_on is not None:
            return self.tr("已完成")
        return self.tr("已认领") if wish.member_id is not None else self.tr("待认领")

    def add_actions(self) -> None:
        self.action(self.tr("新增心愿"), "fa5s.plus", self.new_wish)
        self.action(self.tr("认领"), "fa5s.hand-holding-heart", self.claim)
        self.action(self.tr("完成"), "fa5s.check", self.finish)

    def rows_query(self) -> Callable[[Session], list[members.WishRow]]:
        text = self.search.text().strip()
        return lambda session: [w for w in members.list_wishes(session)
                                if text in w.wisher + w.content + w.member_name]

    def new_wish(self) -> None:
        from ui.volunteers.forms import WishForm, WishInput  # noqa: PLC0415

        form = WishForm(self.context, self)
        form.start(WishInput("", "", dt.date.today()))
        self._open(form)

    def claim(self) -> None:
        from ui.volunteers.forms import ClaimForm, ClaimInput  # noqa: PLC0415

        wish = self._selected(self.tr("请先在列表中选择一个微心愿。"))
        if wish is None:
            return

        def show(in_service: dict[int, str]) -> None:
            form = ClaimForm(self.context, wish, in_service, self)
            form.start(ClaimInput(None, dt.date.today()))
            self._open(form)
        ReadOp(self.context, parent=self, query=lambda session: {
            m.id: f"{m.name}（{m.employer}）" for m in members.list_members(session)},
            success=show).run()

    def finish(self) -> None:
        wish = self._selected(self.tr("请先在列表中选择一个微心愿。"))
        if wish is None or not messages.confirm(self, self.tr("完成微心愿"), self.tr(
                "登记“{0}”已于今天完成？").format(wish.content)):
            return
        wish_id, version, today = wish.id, wish.version, dt.date.today()
        WriteOp(self.context, parent=self, changes={Kind.VOLUNTEERS},
                op=lambda session, actor: members.finish_wish(session, actor, wish_id,
                                                              version, today)).run()
