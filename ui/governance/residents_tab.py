"""Tabs of parts four and five: 小区能人 (登记能人, with the five qualities as tick boxes)
and 党群之家 (预约活动室; an overlapping booking is refused by the service, shown beside
the field)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import Actor
from models.funds.money import format_fen
from models.governance import homes, residents
from models.governance.vocab import FOUND_HOW, QUALITIES, SOURCE_GROUPS
from models.registry import people
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, MultiChoiceField, TextField
from ui.common.form import RecordForm
from ui.common.list_page import ListPage
from ui.common.operations import ReadOp
from ui.common.table_model import RIGHT, Column
from ui.governance.common import selected
from ui.i18n import domain

CHANGES = frozenset({Kind.GOVERNANCE})


@dataclass(frozen=True)
class ResidentEntry:
    person_id: int | None
    source_group: str
    found_how: str
    registered_on: dt.date | None
    qualities: frozenset[str]

    def data(self) -> residents.ResidentData:
        return residents.ResidentData(self.person_id, self.source_group, self.registered_on,
                                      self.qualities, self.found_how)


class ResidentForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, candidates: dict[int, str],
                 parent: object = None) -> None:
        super().__init__(context, self.tr("登记小区能人"), parent)  # type: ignore[arg-type]
        self.add_field("person_id", self.tr("人员"),
                       ChoiceField(candidates, blank=self.tr("（请选择）")), required=True)
        self.add_field("source_group", self.tr("来源群体"), ChoiceField(SOURCE_GROUPS),
                       required=True)
        self.add_field("found_how", self.tr("发现方式"), ChoiceField(FOUND_HOW))
        self.add_field("registered_on", self.tr("登记日期"), DateField(), required=True)
        self.add_field("qualities", self.tr("五有"), MultiChoiceField(QUALITIES, columns=5))

    def collect(self) -> ResidentEntry:
        f = self.fields
        return ResidentEntry(f["person_id"].value(), f["source_group"].value(),
                             f["found_how"].value(), f["registered_on"].value(),
                             f["qualities"].value())

    def load(self, data: ResidentEntry) -> None:
        for name in ("person_id", "source_group", "found_how", "registered_on", "qualities"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: ResidentEntry) -> None:
        residents.resident_fields(data.data())

    def save_op(self, data: ResidentEntry) -> Callable[[Session, Actor], int]:
        resident = data.data()
        return lambda session, actor: residents.register_resident(session, actor, resident)


class ResidentsTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.PEOPLE})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("小区能人")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("姓名"), lambda r: r.name, width_chars=5),
            Column(self.tr("小区"), lambda r: r.compound, width_chars=6),
            Column(self.tr("党员"), lambda r: self.tr("是") if r.party_member else "",
                   width_chars=3),
            Column(self.tr("来源群体"), lambda r: domain(r.source_label), width_chars=6),
            Column(self.tr("五有"), lambda r: r.qualities_text, width_chars=16),
            Column(self.tr("参训次数"), lambda r: str(r.trainings), RIGHT, width_chars=4),
            Column(self.tr("担任岗位"), lambda r: "、".join(r.posts), width_chars=10),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("登记能人"), "fa5s.plus", self.new_resident, role="clerk")
        self.action(self.tr("记录培训"), "fa5s.chalkboard-teacher", self.new_training,
                    role="clerk")
        self.action(self.tr("担任岗位"), "fa5s.id-badge", self.new_post, role="clerk")

    def rows_query(self) -> Callable[[Session], list[residents.ResidentRow]]:
        text = self.search.text().strip()
        return lambda session: [r for r in residents.list_residents(session)
                                if text in r.name or text in r.compound]

    def new_resident(self) -> None:
        def show(found: list[people.PersonRecord]) -> None:
            form = ResidentForm(self.context, {p.id: p.name for p in found}, self)
            form.start(ResidentEntry(None, "warm_resident", "visit", dt.date.today(),
                                     frozenset()))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=people.list_people, success=show).run()

    def new_training(self) -> None:
        from ui.governance.resident_forms import TrainingEntry, TrainingForm  # noqa: PLC0415

        def show(found: list[residents.ResidentRow]) -> None:
            form = TrainingForm(self.context, {r.id: r.name for r in found}, self)
            form.start(TrainingEntry("lecture", dt.date.today(), "", "", frozenset()))
            self.dialog = form
            form.open()
        ReadOp(self.context, parent=self, query=residents.list_residents, success=show).run()

    def new_post(self) -> None:
        from ui.governance.resident_forms import PostForm  # noqa: PLC0415

        row = selected(self, self.tr("请先在列表中选择一位小区能人。"))
        if row is None:
            return
        form = PostForm(self.context, row, self)
        form.start(residents.PostData("building_chief", dt.date.today()))
        self.dialog = form
        form.open()


@dataclass(frozen=True)
class BookingEntry:
    room: str | None
    day: dt.date | None
    start: str
    end: str
    purpose: str
    booked_by: str


def _at(day: dt.date | None, text: str) -> dt.datetime | None:
    try:
        return dt.datetime.combine(day, dt.time.fromisoformat(text.strip())) if day else None
    except ValueError:
        return None


class BookingForm(RecordForm):
    changes = CHANGES

    def __init__(self, context: AppContext, home: homes.HomeRow, parent: object = None) -> None:
        super().__init__(context, self.tr("预约 {0}").format(home.name), parent)  # type: ignore[arg-type]
        self.home = home
        self.add_field("room", self.tr("活动室"), ChoiceField({r: r for r in home.rooms}),
                       required=True)
        self.add_field("day", self.tr("日期"), DateField(), required=True)
        self.add_field("starts_at", self.tr("开始时间"), TextField("09:00"), required=True)
        self.add_field("ends_at", self.tr("结束时间"), TextField("11:00"), required=True)
        self.add_field("purpose", self.tr("用途"), TextField(), required=True)
        self.add_field("booked_by", self.tr("预约人"), TextField(), required=True)

    def collect(self) -> BookingEntry:
        f = self.fields
        return BookingEntry(f["room"].value(), f["day"].value(), f["starts_at"].value(),
                            f["ends_at"].value(), f["purpose"].value(), f["booked_by"].value())

    def load(self, data: BookingEntry) -> None:
        f = self.fields
        f["room"].set_value(data.room)
        f["day"].set_value(data.day)
        f["starts_at"].set_value(data.start)
        f["ends_at"].set_value(data.end)
        f["purpose"].set_value(data.purpose)
        f["booked_by"].set_value(data.booked_by)

    def booking(self, data: BookingEntry) -> homes.BookingData:
        return homes.BookingData(self.home.id, data.room or "", _at(data.day, data.start),
                                 _at(data.day, data.end), data.purpose, data.booked_by)

    def clean(self, data: BookingEntry) -> None:
        homes.booking_time_fields(self.booking(data))

    def save_op(self, data: BookingEntry) -> Callable[[Session, Actor], int]:
        booking = self.booking(data)
        return lambda session, actor: homes.book_room(session, actor, booking)


class HomesTab(ListPage):
    watches = frozenset({Kind.GOVERNANCE, Kind.FUND_ENTRIES})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.dialog: object = None

    def title(self) -> str:
        return self.tr("党群之家")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("名称"), lambda h: h.name, width_chars=9),
            Column(self.tr("小区"), lambda h: h.compound, width_chars=6),
            Column(self.tr("地址"), lambda h: h.address, width_chars=9),
            Column(self.tr("活动室"), lambda h: "、".join(h.rooms), width_chars=10),
            Column(self.tr("开放时间"), lambda h: h.opening_hours, width_chars=10),
            Column(self.tr("设施"), lambda h: h.facilities, width_chars=12),
            Column(self.tr("预约次数"), lambda h: str(h.bookings), RIGHT, width_chars=4),
            Column(self.tr("经费支出（元）"), lambda h: format_fen(h.spent_fen), RIGHT,
                   width_chars=8),
        ]

    def add_actions(self) -> None:
        self.action(self.tr("预约活动室"), "fa5s.calendar-plus", self.book, role="clerk")
        self.action(self.tr("计入经费"), "fa5s.coins", self.link_funding, role="clerk")

    def rows_query(self) -> Callable[[Session], list[homes.HomeRow]]:
        text = self.search.text().strip()
        return lambda session: [h for h in homes.list_homes(session)
                                if text in h.name or text in h.compound]

    def book(self) -> None:
        home = selected(self, self.tr("请先在列表中选择一个党群之家。"))
        if home is None:
            return
        form = BookingForm(self.context, home, self)
        form.start(BookingEntry(home.rooms[0] if home.rooms else None, dt.date.today(),
                                "09:00", "11:00", "", ""))
        self.dialog = form
        form.open()

    def link_funding(self) -> None:
        from ui.governance.compound_tabs import FundingEntry, FundingForm  # noqa: PLC0415

        home = selected(self, self.tr("请先在列表中选择一个党群之家。"))
        if home is None:
            return
        form = FundingForm(self.context, home, self)
        form.start(FundingEntry(""))
        self.dialog = form
        form.open()
