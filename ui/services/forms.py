"""The dialogs of the 双服务清单 page: a new list, an item, a claim, a delivery, a
sign-off and a rating. Each checks what it can as the clerk types (the model's own
validators) and saves through one service call; what needs the database (a delivery
before its claim, a person's overlapping hours) comes back beside the field."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from models import validation
from models.auth import Actor
from models.errors import FieldError
from models.services import claims, deliveries, hours, lists, signoff
from models.services.vocab import CLAIMANT_KINDS, DIRECTIONS, KINDS, RATINGS, SIDES
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.fields import ChoiceField, DateField, NoteField, TextField
from ui.common.form import RecordForm
from ui.services.participants import ParticipantsField

CHANGES = frozenset({Kind.SERVICES})


class ListForm(RecordForm):
    """新建清单: a resident unit and a year."""

    changes = CHANGES

    def __init__(self, context: AppContext, units: dict[int, str], year: int,
                 parent: Any = None) -> None:
        super().__init__(context, self.tr("新建双服务清单"), parent)
        self.add_field("unit_id", self.tr("驻区单位"), ChoiceField(units, blank=""),
                       required=True)
        self.add_field("year", self.tr("年度"), TextField(right=True, max_length=4),
                       required=True)
        self.add_field("note", self.tr("备注"), NoteField())
        self.start({"unit_id": None, "year": str(year), "note": ""})

    def collect(self) -> dict[str, Any]:
        return {name: field.value() for name, field in self.fields.items()}

    def load(self, data: dict[str, Any]) -> None:
        for name, value in data.items():
            self.fields[name].set_value(value)

    def clean(self, data: dict[str, Any]) -> None:
        check = validation.Collector()
        if data["unit_id"] is None:
            check.fail(FieldError("unit_id", "field.required", label=self.tr("驻区单位")))
        check(validation.whole_number, "year", "年度", data["year"], minimum=2000)
        check(validation.note, "note", "备注", data["note"])
        check.done()

    def save_op(self, data: dict[str, Any]) -> Callable[[Session, Actor], int]:
        return lambda session, actor: lists.create_list(
            session, actor, data["unit_id"], int(data["year"]), note=data["note"])


class ItemForm(RecordForm):
    """新增事项: need or offer, direction, category, content, planned date, beneficiaries."""

    changes = CHANGES

    def __init__(self, context: AppContext, service_lists: dict[int, str],
                 categories: dict[int, str], list_id: int | None, year: int,
                 parent: Any = None) -> None:
        super().__init__(context, self.tr("新增服务事项"), parent)
        self.year = year
        self.add_field("list_id", self.tr("清单（驻区单位）"), ChoiceField(service_lists),
                       required=True)
        self.add_field("kind", self.tr("类型"), ChoiceField(KINDS), required=True)
        self.add_field("direction", self.tr("服务方向"), ChoiceField(DIRECTIONS), required=True)
        self.add_field("category_id", self.tr("服务类别"), ChoiceField(categories),
                       required=True)
        self.add_field("content", self.tr("服务内容"), NoteField(), required=True)
        self.add_field("planned_on", self.tr("计划日期"), DateField(), required=True)
        self.add_field("expected", self.tr("预计受益人数"), TextField(right=True, max_length=6))
        self.start({"list_id": list_id, "kind": "need", "direction": "to_community",
                    "category_id": next(iter(categories), None), "content": "",
                    "planned_on": max(dt.date.today(), dt.date(year, 1, 1))
                    if dt.date.today().year <= year else dt.date(year, 12, 31),
                    "expected": "0"})

    collect = ListForm.collect
    load = ListForm.load

    def item_data(self, data: dict[str, Any]) -> lists.ItemData:
        return lists.ItemData(data["kind"], data["direction"], data["category_id"],
                              data["content"], data["planned_on"], data["expected"] or 0)

    def clean(self, data: dict[str, Any]) -> None:
        lists.clean_item_fields(self.item_data(data), self.year)

    def save_op(self, data: dict[str, Any]) -> Callable[[Session, Actor], int]:
        item = self.item_data(data)
        return lambda session, actor: lists.add_item(session, actor, data["list_id"], item)


class ClaimForm(RecordForm):
    """认领: by the other side, a volunteer or an in-service Party member, on a date."""

    changes = CHANGES

    def __init__(self, context: AppContext, row: lists.ItemRow, people: dict[int, str],
                 parent: Any = None) -> None:
        super().__init__(context, self.tr("认领事项"), parent)
        self.row = row
        self.add_field("claimant_kind", self.tr("认领方"), ChoiceField(CLAIMANT_KINDS),
                       required=True)
        self.add_field("person_id", self.tr("认领人（人员名册）"),
                       ChoiceField(people, blank=self.tr("（不是个人）")))
        self.add_field("text", self.tr("认领人（名册中没有时填写）"), TextField())
        self.add_field("on", self.tr("认领日期"), DateField(), required=True)
        self.start({"claimant_kind": "unit" if row.kind == "need" and
                    row.direction == "to_community" or row.kind == "offer" and
                    row.direction == "to_unit" else "community", "person_id": None,
                    "text": "", "on": dt.date.today()})

    collect = ListForm.collect
    load = ListForm.load

    def clean(self, data: dict[str, Any]) -> None:
        validation.date("on", "认领日期", data["on"], required=True)
        validation.text("text", "认领人", data["text"], limit=100)

    def save_op(self, data: dict[str, Any]) -> Callable[[Session, Actor], None]:
        row = self.row
        return lambda session, actor: claims.claim_item(
            session, actor, row.id, row.version, claimant_kind=data["claimant_kind"],
            on=data["on"], person_id=data["person_id"], text=data["text"])


class DeliveryForm(RecordForm):
    """记录服务: date, place, participants with their times, beneficiaries, notes."""

    changes = CHANGES

    def __init__(self, context: AppContext, row: lists.ItemRow, people: dict[int, str],
                 parent: Any = None) -> None:
        super().__init__(context, self.tr("记录服务"), parent)
        self.row, self.people = row, people
        self.add_field("delivered_on", self.tr("服务日期"), DateField(), required=True)
        self.add_field("place", self.tr("服务地点"), TextField(), required=True)
        self.participants = ParticipantsField(people)
        self.add_field("participants", self.tr("参与人员及时间"), self.participants,
                       required=True)
        self.add_field("beneficiaries", self.tr("受益人数"), TextField(right=True,
                                                                      max_length=6))
        self.add_field("note", self.tr("备注"), NoteField())
        self.start({"delivered_on": dt.date.today(), "place": "", "participants": (),
                    "beneficiaries": "0", "note": ""})

    collect = ListForm.collect
    load = ListForm.load

    def delivery(self, data: dict[str, Any]) -> deliveries.DeliveryData:
        day = data["delivered_on"] or dt.date.today()
        return deliveries.DeliveryData(
            data["delivered_on"], data["place"],
            [deliveries.Participation(pid or 0, dt.datetime.combine(day, start),
                                      dt.datetime.combine(day, end))
             for pid, start, end in data["participants"]],
            data["beneficiaries"] or 0, data["note"])

    def clean(self, data: dict[str, Any]) -> None:
        check = validation.Collector()
        check(validation.date, "delivered_on", "服务日期", data["delivered_on"], required=True)
        check(validation.text, "place", "服务地点", data["place"], required=True)
        check(validation.whole_number, "beneficiaries", "受益人数", data["beneficiaries"])
        spans = data["participants"]
        if not spans:
            check.fail(FieldError("participants", "services.no_participants"))
        for pid, start, end in spans:
            if pid is None:
                check.fail(FieldError("participants", "field.required",
                                      label=self.tr("参与人员")))
                break
            day = dt.date(2000, 1, 1)
            check(hours.check_span, self.people.get(pid, ""), dt.datetime.combine(day, start),
                  dt.datetime.combine(day, end))
        check.done()

    def save_op(self, data: dict[str, Any]) -> Callable[[Session, Actor], int]:
        row, delivery = self.row, self.delivery(data)
        return lambda session, actor: deliveries.record_delivery(session, actor, row.id,
                                                                 row.version, delivery)


class SignForm(RecordForm):
    """签字确认: one side's signer, post and date."""

    changes = CHANGES

    def __init__(self, context: AppContext, row: lists.ItemRow, parent: Any = None) -> None:
        super().__init__(context, self.tr("签字确认"), parent)
        self.row = row
        side = "unit" if row.community_signed_on else "community"
        self.add_field("side", self.tr("签字方"), ChoiceField(SIDES), required=True)
        self.add_field("name", self.tr("签字人"), TextField(), required=True)
        self.add_field("post", self.tr("职务"), TextField(), required=True)
        self.add_field("on", self.tr("签字日期"), DateField(), required=True)
        self.start({"side": side, "name": "", "post": "", "on": dt.date.today()})

    collect = ListForm.collect
    load = ListForm.load

    def clean(self, data: dict[str, Any]) -> None:
        check = validation.Collector()
        check(validation.text, "name", "签字人", data["name"], required=True, limit=50)
        check(validation.text, "post", "职务", data["post"], required=True, limit=50)
        check(validation.date, "on", "签字日期", data["on"], required=True)
        check.done()

    def save_op(self, data: dict[str, Any]) -> Callable[[Session, Actor], bool]:
        row = self.row
        return lambda session, actor: signoff.sign_off(
            session, actor, row.id, row.version, side=data["side"], name=data["name"],
            post=data["post"], on=data["on"])


class RateForm(RecordForm):
    """评价: 满意 / 基本满意 / 不满意 with a comment."""

    changes = CHANGES

    def __init__(self, context: AppContext, row: lists.ItemRow, parent: Any = None) -> None:
        super().__init__(context, self.tr("服务评价"), parent)
        self.row = row
        self.add_field("rating", self.tr("评价"), ChoiceField(RATINGS), required=True)
        self.add_field("comment", self.tr("评价意见"), NoteField())
        self.add_field("on", self.tr("评价日期"), DateField(), required=True)
        self.start({"rating": "satisfied", "comment": "", "on": dt.date.today()})

    collect = ListForm.collect
    load = ListForm.load

    def clean(self, data: dict[str, Any]) -> None:
        validation.text("comment", "评价意见", data["comment"], limit=500)
        validation.date("on", "评价日期", data["on"], required=True)

    def save_op(self, data: dict[str, Any]) -> Callable[[Session, Actor], None]:
        row = self.row
        return lambda session, actor: signoff.rate_item(
            session, actor, row.id, row.version, rating=data["rating"],
            comment=data["comment"], on=data["on"])
