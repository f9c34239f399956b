"""The small forms of the 志愿服务 page: a team, a team member, a lecture, its schedule, a
booking, an in-service member's registration and a reported service. Each checks with the
model's own rules as the clerk types and saves through one service call."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from models import validation
from models.auth import Actor
from models.errors import FieldError
from models.volunteers import hours, lectures, members, teams
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import CheckField, ChoiceField, DateField, NoteField, TextField
from ui.common.form import RecordForm


class _Form(RecordForm):
    """Fields named like the dataclass they fill; `op` saves it."""

    changes = frozenset({Kind.VOLUNTEERS})
    data_class: type = object

    def collect(self) -> Any:
        return self.data_class(**{name: f.value() for name, f in self.fields.items()})

    def load(self, data: Any) -> None:
        for name, field in self.fields.items():
            field.set_value(getattr(data, name))

    def op(self, session: Session, actor: Actor, data: Any) -> Any:
        raise NotImplementedError

    def save_op(self, data: Any) -> Callable[[Session, Actor], Any]:
        return lambda session, actor: self.op(session, actor, data)


def _required(value: Any, field: str, label: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise FieldError(field, "field.required", label=label)


# --- teams ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TeamInput:
    name: str
    parent_id: int | None
    leader: str


class TeamForm(_Form):
    data_class = TeamInput

    def __init__(self, context: AppContext, parents: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("新建志愿服务队 / 分队"), parent)
        self.add_field("name", self.tr("名称"), TextField(self.tr("如：青年号、环境治理")),
                       required=True)
        self.add_field("parent_id", self.tr("所属队伍（分队填写）"),
                       ChoiceField(parents, blank=self.tr("（独立队伍）")))
        self.add_field("leader", self.tr("负责人"), TextField())

    def clean(self, data: TeamInput) -> None:
        validation.text("name", "名称", data.name, required=True, limit=100)
        validation.text("leader", "负责人", data.leader, limit=50)

    def op(self, session: Session, actor: Actor, data: TeamInput) -> int:
        return teams.create_team(session, actor, data.name, parent_id=data.parent_id,
                                 leader=data.leader)


@dataclass(frozen=True)
class MemberPick:
    person_id: int | None
    joined_on: dt.date | None


class TeamMemberForm(_Form):
    data_class = MemberPick

    def __init__(self, context: AppContext, team_id: int, team: str, people: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("添加队员：{0}").format(team), parent)
        self.team_id = team_id
        self.add_field("person_id", self.tr("人员"), ChoiceField(people, blank=""),
                       required=True)
        self.add_field("joined_on", self.tr("加入日期"), DateField(optional=True))

    def clean(self, data: MemberPick) -> None:
        _required(data.person_id, "person_id", "人员")

    def op(self, session: Session, actor: Actor, data: MemberPick) -> int:
        return teams.add_member(session, actor, self.team_id, data.person_id or 0,
                                data.joined_on)


# --- lectures ------------------------------------------------------------------------

@dataclass(frozen=True)
class LectureInput:
    topic: str
    lecturer: str
    provider: str
    duration: str
    capacity: str


def lecture_data(data: LectureInput) -> lectures.LectureData:
    minutes = hours.parse_hours("duration", data.duration)
    capacity = validation.whole_number("capacity", "容纳人数", data.capacity, minimum=1)
    return lectures.LectureData(data.topic, data.lecturer, data.provider, minutes, capacity)


class LectureForm(_Form):
    data_class = LectureInput

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("新增讲座"), parent)
        self.add_field("topic", self.tr("讲座主题"), TextField(), required=True)
        self.add_field("lecturer", self.tr("主讲人"), TextField(), required=True)
        self.add_field("provider", self.tr("提供单位 / 组织"), TextField())
        self.add_field("duration", self.tr("时长（小时）"), TextField("1.5", right=True),
                       required=True)
        self.add_field("capacity", self.tr("容纳人数"), TextField("30", right=True),
                       required=True)

    def clean(self, data: LectureInput) -> None:
        lectures.clean_lecture(lecture_data(data))

    def op(self, session: Session, actor: Actor, data: LectureInput) -> int:
        return lectures.add_lecture(session, actor, lecture_data(data))


@dataclass(frozen=True)
class ScheduleInput:
    day: dt.date | None
    start: str
    place: str


class ScheduleForm(_Form):
    data_class = ScheduleInput

    def __init__(self, context: AppContext, row: lectures.LectureRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("安排配送：{0}").format(row.topic), parent)
        self.row = row
        self.add_field("day", self.tr("日期"), DateField(), required=True)
        self.add_field("start", self.tr("开始时间"), TextField("09:30"), required=True)
        self.add_field("place", self.tr("地点"), TextField(), required=True)

    def clean(self, data: ScheduleInput) -> None:
        hours.parse_clock("start", data.start)
        _required(data.place, "place", "地点")

    def op(self, session: Session, actor: Actor, data: ScheduleInput) -> None:
        lectures.schedule(session, actor, self.row.id, self.row.version,
                          day=data.day,  # type: ignore[arg-type]
                          start_minute=hours.parse_clock("start", data.start), place=data.place)


@dataclass(frozen=True)
class BookingInput:
    name: str
    phone: str
    booked_on: dt.date | None
    waitlist: bool


class BookingForm(_Form):
    data_class = BookingInput

    def __init__(self, context: AppContext, row: lectures.LectureRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("点单预约：{0}").format(row.topic), parent)
        self.lecture_id = row.id
        self.add_field("name", self.tr("姓名"), TextField(), required=True)
        self.add_field("phone", self.tr("联系电话"), TextField(self.tr("手机或座机")),
                       required=True)
        self.add_field("booked_on", self.tr("点单日期"), DateField(), required=True)
        self.add_field("waitlist", self.tr("候补"),
                       CheckField(self.tr("已约满时登记为候补（有人取消时依次递补）")))

    def clean(self, data: BookingInput) -> None:
        validation.text("name", "姓名", data.name, required=True, limit=50)
        lectures.booking_phone(data.phone)

    def op(self, session: Session, actor: Actor, data: BookingInput) -> int:
        return lectures.book(session, actor, self.lecture_id, name=data.name,
                             phone=data.phone, booked_on=data.booked_on or dt.date.today(),
                             waitlist=data.waitlist)


# --- in-service members ----------------------------------------------------------------

@dataclass(frozen=True)
class MemberInput:
    person_id: int | None
    unit_id: int | None
    employer: str
    employer_org: str
    registered_on: dt.date | None


class MemberForm(_Form):
    data_class = MemberInput

    def __init__(self, context: AppContext, people: dict[int, str], units: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("在职党员报到登记"), parent)
        self.add_field("person_id", self.tr("党员（人员名册）"), ChoiceField(people, blank=""),
                       required=True)
        self.add_field("unit_id", self.tr("驻区单位"),
                       ChoiceField(units, blank=self.tr("（非驻区单位）")))
        self.add_field("employer", self.tr("工作单位（非驻区单位填写）"), TextField())
        self.add_field("employer_org", self.tr("单位党组织"), TextField(), required=True)
        self.add_field("registered_on", self.tr("报到日期"), DateField(), required=True)

    def clean(self, data: MemberInput) -> None:
        _required(data.person_id, "person_id", "党员")
        if data.unit_id is None:
            _required(data.employer, "employer", "工作单位")
        _required(data.employer_org, "employer_org", "单位党组织")

    def op(self, session: Session, actor: Actor, data: MemberInput) -> int:
        return members.register_member(session, actor, members.MemberData(
            data.person_id or 0, data.employer, data.employer_org,
            data.registered_on or dt.date.today(), unit_id=data.unit_id))


@dataclass(frozen=True)
class ServiceInput:
    day: dt.date | None
    start: str
    end: str
    hours: str
    place: str
    content: str


class ServiceForm(_Form):
    data_class = ServiceInput

    def __init__(self, context: AppContext, member: members.MemberRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("登记服务：{0}").format(member.name), parent)
        self.member_id = member.id
        self.add_field("day", self.tr("服务日期"), DateField(), required=True)
        self.add_field("start", self.tr("开始时间"), TextField("09:00"), required=True)
        self.add_field("end", self.tr("结束时间"), TextField("11:00"), required=True)
        self.add_field("hours", self.tr("服务时长（小时）"), TextField("2", right=True),
                       required=True)
        self.add_field("place", self.tr("地点"), TextField())
        self.add_field("content", self.tr("服务内容"), NoteField(), required=True)

    def clean(self, data: ServiceInput) -> None:
        start = hours.parse_clock("start", data.start)
        end = hours.parse_clock("end", data.end)
        hours.check_times(start, end)
        try:
            hours.check_minutes(hours.parse_hours("hours", data.hours), end - start)
        except FieldError as exc:
            raise FieldError("hours", exc.code, **exc.params) from exc
        _required(data.content, "content", "服务内容")

    def op(self, session: Session, actor: Actor, data: ServiceInput) -> int:
        return members.record_service(
            session, actor, self.member_id, day=data.day or dt.date.today(),
            start_minute=hours.parse_clock("start", data.start),
            end_minute=hours.parse_clock("end", data.end),
            minutes=hours.parse_hours("hours", data.hours), place=data.place,
            content=data.content)


# --- 微心愿 -----------------------------------------------------------------------------

@dataclass(frozen=True)
class WishInput:
    wisher: str
    content: str
    posted_on: dt.date | None


class WishForm(_Form):
    data_class = WishInput

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("新增微心愿"), parent)
        self.add_field("wisher", self.tr("心愿人"), TextField(), required=True)
        self.add_field("content", self.tr("心愿内容"), TextField(), required=True)
        self.add_field("posted_on", self.tr("登记日期"), DateField(), required=True)

    def clean(self, data: WishInput) -> None:
        validation.text("wisher", "心愿人", data.wisher, required=True, limit=50)
        validation.text("content", "心愿内容", data.content, required=True)

    def op(self, session: Session, actor: Actor, data: WishInput) -> int:
        return members.add_wish(session, actor, wisher=data.wisher, content=data.content,
                                posted_on=data.posted_on or dt.date.today())


@dataclass(frozen=True)
class ClaimInput:
    member_id: int | None
    claimed_on: dt.date | None


class ClaimForm(_Form):
    data_class = ClaimInput

    def __init__(self, context: AppContext, wish: members.WishRow,
                 in_service: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("认领微心愿：{0}").format(wish.content), parent)
        self.wish = wish
        self.add_field("member_id", self.tr("认领党员"), ChoiceField(in_service, blank=""),
                       required=True)
        self.add_field("claimed_on", self.tr("认领日期"), DateField(), required=True)

    def clean(self, data: ClaimInput) -> None:
        _required(data.member_id, "member_id", "认领党员")

    def op(self, session: Session, actor: Actor, data: ClaimInput) -> None:
        members.claim_wish(session, actor, self.wish.id, self.wish.version,
                           data.member_id or 0, data.claimed_on or dt.date.today())
