"""Registry pages: 小区, 驻区单位, 人员."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from models.registry import people, places, units
from models.registry.entities import COMPOUND_KINDS, PERSON_ROLES, UNIT_KINDS
from models.registry.people import PersonData, PersonRecord
from models.registry.places import CompoundData, CompoundRecord
from models.registry.search import pinyin_forms
from models.registry.units import UnitData, UnitRecord
from ui.common import messages
from ui.common.history import HistoryDialog
from ui.common.list_page import ListPage
from ui.common.operations import Kind, WriteOp
from ui.common.table_model import CENTER, RIGHT, Column, amount_text
from ui.i18n import domain
from ui.registry.forms import CompoundForm, PersonForm, UnitForm


def by_pinyin(row: Any) -> str:
    return pinyin_forms(row.name)[0]


class RegistryPage(ListPage):
    """Shared toolbar: 新增, 编辑, 删除, 历史."""

    entity = ""
    kind: Kind  # what this page's records are

    def add_actions(self) -> None:
        self.action(self.tr("新增"), "fa5s.plus", self.add_record, QKeySequence.StandardKey.New)
        self.action(self.tr("编辑"), "fa5s.edit", lambda: self._open_current())
        self.action(self.tr("删除"), "fa5s.trash-alt", self.delete_record,
                    QKeySequence.StandardKey.Delete)
        self.action(self.tr("修改记录"), "fa5s.history", self.show_history)
        self.action(self.tr("打印"), "fa5s.print", self.print_list, QKeySequence.StandardKey.Print)

    def add_record(self) -> None:
        form = self.new_form()
        form.start(self.blank())
        self._run_form(form)

    def _run_form(self, form) -> None:  # noqa: ANN001
        form.saved.connect(self._remember)  # the change bus reloads the list
        form.open()
        self._form = form

    def _remember(self, record_id: int) -> None:
        self._select_after = record_id

    def _show_rows(self, rows: list[Any]) -> None:
        super()._show_rows(rows)
        pending = getattr(self, "_select_after", None)
        if pending is not None:
            self.select_id(pending)
            self._select_after = None

    def delete_record(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not messages.confirm(self, self.tr("删除"),
                                self.tr("确定删除“{0}”吗？删除后可在操作日志中查到原内容。").format(row.name)):
            return
        deleter = self.deleter()
        WriteOp(self.context, parent=self, changes={self.kind},
                op=lambda session, actor: deleter(session, actor, row.id, row.version)).run()

    def import_from(self, kind: str) -> None:
        from ui.registry.import_dialog import ImportDialog  # noqa: PLC0415

        dialog = ImportDialog(self.context, kind, self)
        dialog.open()
        self._import_dialog = dialog

    def show_history(self) -> None:
        row = self.current_row()
        if row is not None:
            HistoryDialog(self.context, self.entity, row.id, row.name, self).open()

    # subclasses
    def new_form(self):  # noqa: ANN201
        raise NotImplementedError

    def blank(self) -> Any:
        raise NotImplementedError

    def deleter(self) -> Callable[..., None]:
        raise NotImplementedError


class CompoundsPage(RegistryPage):
    icon_name = "fa5s.city"
    entity = "compound"
    kind = Kind.COMPOUNDS
    watches = frozenset({Kind.COMPOUNDS, Kind.BUILDINGS, Kind.PEOPLE})

    def title(self) -> str:
        return self.tr("小区")

    def print_title(self) -> str:
        return self.tr("小区基本情况台账")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("小区名称"), lambda r: r.name, sort_key=by_pinyin, width_chars=8),
            Column(self.tr("类型"), lambda r: domain(r.kind_label), width_chars=9),
            Column(self.tr("专有部分总面积（m²）"), lambda r: amount_text(r.total_area), RIGHT,
                   sort_key=lambda r: r.total_area, width_chars=9),
            Column(self.tr("套数"), lambda r: f"{r.unit_count:,}", RIGHT,
                   sort_key=lambda r: r.unit_count, width_chars=4),
            Column(self.tr("楼栋"), lambda r: str(r.building_count), RIGHT,
                   sort_key=lambda r: r.building_count, width_chars=3),
            Column(self.tr("登记人员"), lambda r: str(r.person_count), RIGHT,
                   sort_key=lambda r: r.person_count, width_chars=4),
            Column(self.tr("物业服务企业"), lambda r: r.property_company, width_chars=12),
            Column(self.tr("地址"), lambda r: r.address, width_chars=10),
        ]

    def add_actions(self) -> None:
        super().add_actions()
        self.action(self.tr("楼栋…"), "fa5s.th-large", self.show_buildings)

    def show_buildings(self) -> None:
        from ui.registry.buildings_dialog import BuildingsDialog  # noqa: PLC0415

        row = self.current_row()
        if row is not None:
            dialog = BuildingsDialog(self.context, row.id, row.name, self)
            dialog.open()
            self._buildings = dialog

    def add_filters(self) -> None:
        self.kind = self.combo_filter(self.tr("类型："), COMPOUND_KINDS)

    def rows_query(self) -> Callable[[Session], list[CompoundRecord]]:
        query, kind = self.search.text(), self.kind.currentData()
        return lambda session: places.list_compounds(session, query=query, kind=kind)

    def new_form(self) -> CompoundForm:
        return CompoundForm(self.context, self)

    def blank(self) -> CompoundData:
        return CompoundData(name="")

    def open_row(self, row: CompoundRecord) -> None:
        form = self.new_form()
        form.start(row.data(), record_id=row.id, version=row.version)
        self._run_form(form)

    def deleter(self) -> Callable[..., None]:
        return places.delete_compound

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        form = self.new_form()
        form.start(CompoundData(name="翰林苑", total_area="86,420.5x", unit_count="812"))
        form.fields["total_area"].touched = True
        form.validate()
        return [("compound-form", form)]


class UnitsPage(RegistryPage):
    icon_name = "fa5s.building"
    entity = "resident_unit"
    kind = Kind.UNITS
    watches = frozenset({Kind.UNITS, Kind.ORGS})

    def title(self) -> str:
        return self.tr("驻区单位")

    def print_title(self) -> str:
        return self.tr("驻区单位名册")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("单位名称"), lambda r: r.name, sort_key=by_pinyin, width_chars=14),
            Column(self.tr("统一社会信用代码"), lambda r: r.uscc, width_chars=11),
            Column(self.tr("类别"), lambda r: domain(r.kind_label), CENTER, width_chars=5),
            Column(self.tr("地址"), lambda r: r.address, width_chars=12),
            Column(self.tr("联系人"), lambda r: r.contact_name, width_chars=5),
            Column(self.tr("联系电话"), lambda r: r.contact_phone, width_chars=8),
        ]

    def add_actions(self) -> None:
        super().add_actions()
        self.action(self.tr("从 Excel 导入"), "fa5s.file-import", lambda: self.import_from("units"))

    def add_filters(self) -> None:
        self.kind = self.combo_filter(self.tr("类别："), UNIT_KINDS)

    def rows_query(self) -> Callable[[Session], list[UnitRecord]]:
        query, kind = self.search.text(), self.kind.currentData()
        return lambda session: units.list_units(session, query=query, kind=kind)

    def new_form(self) -> UnitForm:
        return UnitForm(self.context, self)

    def blank(self) -> UnitData:
        return UnitData(name="", uscc="")

    def open_row(self, row: UnitRecord) -> None:
        form = self.new_form()
        form.start(row.data(), record_id=row.id, version=row.version)
        self._run_form(form)

    def deleter(self) -> Callable[..., None]:
        return units.delete_unit

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        form = self.new_form()
        form.start(UnitData(name="巴中市第三中学", uscc="12511902MB1234567X", kind="school"))
        form.fields["uscc"].touched = True
        form.validate()
        return [("unit-form", form)]


class PeoplePage(RegistryPage):
    icon_name = "fa5s.users"
    entity = "person"
    kind = Kind.PEOPLE
    watches = frozenset({Kind.PEOPLE, Kind.COMPOUNDS, Kind.BUILDINGS})

    def title(self) -> str:
        return self.tr("人员")

    def print_title(self) -> str:
        return self.tr("人员名册")

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("姓名"), lambda r: r.name, sort_key=by_pinyin, width_chars=5),
            Column(self.tr("性别"), lambda r: domain(r.gender_label), CENTER, width_chars=2),
            Column(self.tr("公民身份号码"), lambda r: r.id_masked, width_chars=11),
            Column(self.tr("联系电话"), lambda r: r.phone, width_chars=7),
            Column(self.tr("所在小区"), lambda r: r.compound_name, width_chars=7),
            Column(self.tr("党员"), lambda r: self.tr("是") if r.is_party_member else "", CENTER,
                   width_chars=2),
            Column(self.tr("入党时间"), lambda r: r.party_since.isoformat() if r.party_since else "",
                   CENTER, width_chars=6),
            Column(self.tr("身份"), lambda r: "、".join(
                domain(PERSON_ROLES[code]) for code in PERSON_ROLES if code in r.roles),
                width_chars=12),
        ]

    def add_actions(self) -> None:
        super().add_actions()
        self.action(self.tr("查看完整身份证号"), "fa5s.eye", self.reveal_id)
        self.action(self.tr("导入人员"), "fa5s.file-import", lambda: self.import_from("people"))
        self.action(self.tr("导入业主"), "fa5s.file-import", lambda: self.import_from("owners"))

    def add_filters(self) -> None:
        self.role = self.combo_filter(self.tr("身份："), PERSON_ROLES)
        self.party_only = QCheckBox(self.tr("只看党员"))
        self.party_only.toggled.connect(lambda _on: self.refresh())
        self.filter_bar.addWidget(self.party_only)
        self.lookups: tuple[dict[int, str], list[places.BuildingRow]] = ({}, [])

    def rows_query(self) -> Callable[[Session], tuple[list[PersonRecord], Any]]:
        query, role, party = self.search.text(), self.role.currentData(), self.party_only.isChecked()

        def load(session: Session) -> tuple[list[PersonRecord], Any]:
            lookups = ({c.id: c.name for c in places.list_compounds(session)},
                       places.list_buildings(session))
            return people.list_people(session, query=query, role=role, party_only=party), lookups
        return load

    def _show_rows(self, result: Any) -> None:
        rows, self.lookups = result
        super()._show_rows(rows)

    def new_form(self) -> PersonForm:
        return PersonForm(self.context, *self.lookups, parent=self)

    def blank(self) -> PersonData:
        return PersonData(name="")

    def open_row(self, row: PersonRecord) -> None:
        form = self.new_form()
        form.start(people.editable_data(row), record_id=row.id, version=row.version)
        form.show_stored_id(row.id_masked)
        self._run_form(form)

    def deleter(self) -> Callable[..., None]:
        return people.delete_person

    def reveal_id(self) -> None:
        row = self.current_row()
        if row is None or not row.id_masked:
            return
        # A write: revealing the full number is recorded in the audit trail.
        WriteOp(self.context, parent=self, changes=(),
                op=lambda session, actor: people.reveal_id_number(session, actor, row.id),
                success=lambda number: messages.show_info(self, self.tr(
                    "{0} 的公民身份号码：{1}\n（本次查看已记入操作日志）").format(row.name, number))).run()

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        form = self.new_form()
        form.start(PersonData(name="张三", id_number="110105194912310021", is_party_member=True))
        form.fields["id_number"].touched = True
        form.fields["party_since"].touched = True
        form.validate()
        return [("person-form", form)]
