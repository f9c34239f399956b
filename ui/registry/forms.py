"""Forms for compounds, resident units and people."""
from __future__ import annotations

from models.registry import people, places, units
from models.registry.entities import COMPOUND_KINDS, GENDERS, PERSON_ROLES, UNIT_KINDS
from models.registry.people import PersonData
from models.registry.places import BuildingRow, CompoundData
from models.registry.units import UnitData
from ui.common.changes import Kind
from ui.common.fields import (
    CheckField,
    ChoiceField,
    DateField,
    MultiChoiceField,
    NoteField,
    TextField,
)
from ui.common.form import RecordForm


def _compound(session, record_id: int) -> tuple[CompoundData, int]:  # noqa: ANN001
    record = places.get_compound(session, record_id)
    return record.data(), record.version


def _unit(session, record_id: int) -> tuple[UnitData, int]:  # noqa: ANN001
    record = units.get_unit(session, record_id)
    return record.data(), record.version


def _person(session, record_id: int) -> tuple[PersonData, int]:  # noqa: ANN001
    record = people.get_person(session, record_id)
    return people.editable_data(record), record.version


class CompoundForm(RecordForm):
    changes = frozenset({Kind.COMPOUNDS})
    create_service = staticmethod(places.create_compound)
    update_service = staticmethod(places.update_compound)
    fetch_service = staticmethod(_compound)
    def __init__(self, context, parent=None) -> None:  # noqa: ANN001
        super().__init__(context, self.tr("小区"), parent)
        self.add_field("name", self.tr("小区名称"), TextField(), required=True)
        self.add_field("kind", self.tr("小区类型"), ChoiceField(COMPOUND_KINDS), required=True)
        self.add_field("total_area", self.tr("专有部分总面积（m²）"),
                       TextField("0.00", right=True, max_length=20))
        self.add_field("unit_count", self.tr("专有部分总套数"),
                       TextField("0", right=True, max_length=10))
        self.add_field("property_company", self.tr("物业服务企业"), TextField(self.tr("无则留空")))
        self.add_field("address", self.tr("地址"), TextField())

    def collect(self) -> CompoundData:
        f = self.fields
        return CompoundData(name=f["name"].value(), kind=f["kind"].value(),
                            total_area=f["total_area"].value(), unit_count=f["unit_count"].value(),
                            property_company=f["property_company"].value(),
                            address=f["address"].value())

    def load(self, data: CompoundData) -> None:
        for name in ("name", "kind", "total_area", "unit_count", "property_company", "address"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: CompoundData) -> None:
        places.clean_compound(data)


class UnitForm(RecordForm):
    changes = frozenset({Kind.UNITS})
    create_service = staticmethod(units.create_unit)
    update_service = staticmethod(units.update_unit)
    fetch_service = staticmethod(_unit)
    def __init__(self, context, parent=None) -> None:  # noqa: ANN001
        super().__init__(context, self.tr("驻区单位"), parent)
        self.add_field("name", self.tr("单位名称"), TextField(), required=True)
        self.add_field("uscc", self.tr("统一社会信用代码"),
                       TextField(self.tr("18 位，如 91511902MA62A0XX1B"), max_length=18),
                       required=True)
        self.add_field("kind", self.tr("单位类别"), ChoiceField(UNIT_KINDS), required=True)
        self.add_field("address", self.tr("地址"), TextField())
        self.add_field("contact_name", self.tr("联系人"), TextField())
        self.add_field("contact_phone", self.tr("联系电话"), TextField(max_length=30))

    def collect(self) -> UnitData:
        f = self.fields
        return UnitData(name=f["name"].value(), uscc=f["uscc"].value(), kind=f["kind"].value(),
                        address=f["address"].value(), contact_name=f["contact_name"].value(),
                        contact_phone=f["contact_phone"].value())

    def load(self, data: UnitData) -> None:
        for name in ("name", "uscc", "kind", "address", "contact_name", "contact_phone"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: UnitData) -> None:
        units.clean_unit(data)


class PersonForm(RecordForm):
    changes = frozenset({Kind.PEOPLE})
    create_service = staticmethod(people.create_person)
    update_service = staticmethod(people.update_person)
    fetch_service = staticmethod(_person)
    def __init__(self, context, compounds: dict[int, str], buildings: list[BuildingRow],
                 parent=None) -> None:  # noqa: ANN001
        super().__init__(context, self.tr("人员"), parent)
        self.buildings = buildings
        self.add_field("name", self.tr("姓名"), TextField(max_length=50), required=True)
        self.add_field("gender", self.tr("性别"), ChoiceField(GENDERS, blank=self.tr("（按身份证号）")))
        self.id_field = self.add_field("id_number", self.tr("公民身份号码"),
                                       TextField(self.tr("18 位，末位可为 X"), max_length=18))
        self.add_field("phone", self.tr("联系电话"), TextField(max_length=30))
        self.add_field("address", self.tr("住址"), TextField())
        self.compound = self.add_field("compound_id", self.tr("所在小区"),
                                       ChoiceField(compounds, blank=self.tr("（未填）")))
        self.building = self.add_field("building_id", self.tr("楼栋"),
                                       ChoiceField({}, blank=self.tr("（未填）")))
        self.add_field("is_party_member", self.tr("党员"), CheckField(self.tr("中共党员")))
        self.add_field("party_since", self.tr("入党时间"), DateField(optional=True))
        self.add_field("roles", self.tr("身份"), MultiChoiceField(PERSON_ROLES))
        self.add_field("note", self.tr("备注"), NoteField())
        self.compound.changed.connect(self._compound_changed)

    def _compound_changed(self) -> None:
        compound_id = self.compound.value()
        self.building.set_options({b.id: b.name for b in self.buildings
                                   if b.compound_id == compound_id})

    def show_stored_id(self, masked: str) -> None:
        if masked:
            self.id_field.edit.setPlaceholderText(self.tr("已登记 {0}（留空则不变）").format(masked))

    def collect(self) -> PersonData:
        f = self.fields
        return PersonData(name=f["name"].value(), gender=f["gender"].value() or "",
                          id_number=f["id_number"].value(), phone=f["phone"].value(),
                          address=f["address"].value(), compound_id=f["compound_id"].value(),
                          building_id=f["building_id"].value(),
                          is_party_member=f["is_party_member"].value(),
                          party_since=f["party_since"].value(), roles=f["roles"].value(),
                          note=f["note"].value())

    def load(self, data: PersonData) -> None:
        for name in ("name", "gender", "id_number", "phone", "address", "compound_id"):
            self.fields[name].set_value(getattr(data, name) or None if name == "gender"
                                        else getattr(data, name))
        self._compound_changed()
        for name in ("building_id", "is_party_member", "party_since", "roles", "note"):
            self.fields[name].set_value(getattr(data, name))

    def clean(self, data: PersonData) -> None:
        people.clean_person(data)

