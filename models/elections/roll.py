"""业主名册: the owners' roll of a compound, checked row by row and replaced all or nothing.

A row is one exclusive unit: 楼栋, 单元, 房号, its area and the area's source, its owners
(co-owners separated by 、, with their 证件号码 in the same order), and whether the developer
still holds it unsold. The same 证件号码 on several rows is one owner (and so one head, see
`counting`). Full identity numbers are not kept: an owner is known by a digest of the number
(or by the name where no number is given) and shown by the masked number.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records
from models.audit import digest_key
from models.auth import Actor, require
from models.elections.config import election_settings
from models.elections.counting import AREA_SOURCES, RollUnit, area_hundredths
from models.elections.entities import UNIT_KINDS, Owner, OwnerShare, OwnerUnit
from models.errors import FieldError, UserError
from models.registry.entities import Compound
from models.validation import credit_code, id_number, mask_id_number

SEPARATORS = re.compile(r"[、,，;；/]")
MAX_AREA = Decimal("100000")  # m²: no exclusive unit is larger; a typo (a missing point) is

messages.register({
    "roll.area": "专有面积应为大于 0 的数字（最多两位小数），不是“{value}”。",
    "roll.area_source": "面积依据应为 不动产登记、测绘 或 合同，不是“{value}”。",
    "roll.unit_missing": "楼栋和房号不能为空。",
    "roll.duplicate_unit": "{unit} 在名册中出现了两次（第 {first} 行和第 {row} 行）。",
    "roll.owner_missing": "{unit} 没有业主姓名；开发商未售的房屋请在“开发商未售”列填“是”。",
    "roll.id_count": "{unit} 有 {names} 位业主，却有 {numbers} 个证件号码；"
                     "共有人的证件号码请按姓名顺序用“、”分隔。",
    "roll.id_invalid": "证件号码“{value}”既不是有效的公民身份号码，也不是有效的统一社会信用代码。",
    "roll.id_other_name": "证件号码 {masked} 在第 {first} 行属于“{first_name}”，"
                          "在第 {row} 行却是“{name}”。",
    "roll.empty": "名册中没有任何房屋。",
    "roll.kind": "类型应为 住宅、商业用房 或 车位，不是“{value}”。",
    "roll.bad_rows": "名册有 {count} 处错误，未写入任何数据：{first}",
})


def _say(code: str, **params: object) -> str:
    return UserError(code, **params).message


@dataclass(frozen=True)
class RollOwner:
    name: str
    number: str = ""  # 公民身份号码 or 统一社会信用代码; "" when not given


@dataclass(frozen=True)
class RollRow:
    building: str
    entrance: str
    room: str
    area: str | Decimal
    area_source: str = "registry"
    owners: tuple[RollOwner, ...] = ()
    developer_unsold: bool = False
    line: int = 0  # the row in the clerk's sheet, for messages
    kind: str = "dwelling"  # UNIT_KINDS: 住宅, 商业用房 or 车位

    @property
    def label(self) -> str:
        parts = [self.building, self.entrance, self.room]
        return "-".join(p for p in parts if p)


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str


@dataclass
class CleanRoll:
    rows: list[RollRow] = field(default_factory=list)
    areas: list[Decimal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def parse_area(value: str | Decimal) -> Decimal:
    """A unit's area: a positive number of m² with at most two decimals."""
    text = str(value).strip().replace("㎡", "").replace("m²", "")
    try:
        area = Decimal(text) if text.isascii() else Decimal("NaN")
    except InvalidOperation as exc:
        raise FieldError("area", "roll.area", value=value) from exc
    if not area.is_finite() or area <= 0 or area >= MAX_AREA or area != area.quantize(
            Decimal("0.01")):
        raise FieldError("area", "roll.area", value=value)
    return area.quantize(Decimal("0.01"))


def parse_source(value: str) -> str:
    text = (value or "").strip()
    if not text:
        return "registry"
    for code, label in AREA_SOURCES.items():
        if text in (code, label) or label.startswith(text):
            return code
    raise FieldError("area_source", "roll.area_source", value=value)


def parse_kind(value: str) -> str:
    """住宅 (the default when empty), 商业用房 (商铺 too) or 车位 (车库 too)."""
    text = (value or "").strip()
    if not text:
        return "dwelling"
    aliases = {"商铺": "shop", "车库": "parking", "车位": "parking"}
    for code, label in UNIT_KINDS.items():
        if text in (code, label):
            return code
    if text in aliases:
        return aliases[text]
    raise FieldError("kind", "roll.kind", value=value)


def owner_number(value: str) -> str:
    """A 公民身份号码 or a 统一社会信用代码, checked by its check character."""
    try:
        found = id_number("id_number", value)
    except FieldError:
        found = None
    if found:
        return found
    try:
        return credit_code("id_number", value)
    except FieldError as exc:
        raise FieldError("id_number", "roll.id_invalid", value=mask_id_number(value)) from exc


def owner_identity(owner: RollOwner, key: bytes | None = None) -> str:
    """Who an owner is, without keeping the full number: a digest of it, else the name.

    The digest is keyed with the database's own secret (`audit.digest_key`): an ID number
    has so few possible values (a birth date, a region, three digits) that a plain SHA-256
    of it is reversed by trying them all; without the key, nobody holding a copy of the
    database or the printed roll digest can. `key` is None only in pure counting tests."""
    if owner.number:
        data = owner.number.encode()
        digest = (hmac.new(key, data, hashlib.sha256) if key else hashlib.sha256(data))
        return "id:" + digest.hexdigest()[:32]
    return "name:" + owner.name


def split_owners(names: str, numbers: str, unit: str = "") -> tuple[RollOwner, ...]:
    """Co-owners as typed in one cell each: 张三、李四 | 号码1、号码2."""
    name_list = [n.strip() for n in SEPARATORS.split(names or "") if n.strip()]
    number_list = [n.strip() for n in SEPARATORS.split(numbers or "") if n.strip()]
    if number_list and len(number_list) != len(name_list):
        raise FieldError("id_number", "roll.id_count", unit=unit, names=len(name_list),
                         numbers=len(number_list))
    return tuple(RollOwner(name, number_list[i] if number_list else "")
                 for i, name in enumerate(name_list))


def clean_roll(rows: Sequence[RollRow]) -> CleanRoll:
    """Every problem of every row (nothing stops at the first), and the cleaned rows."""
    result = CleanRoll()
    seen_units: dict[tuple[str, str, str], int] = {}
    seen_numbers: dict[str, tuple[int, str]] = {}
    for row in rows:
        problems = _row_problems(row, seen_units, seen_numbers)
        if problems:
            result.problems.extend(RowProblem(row.line, text) for text in problems)
            continue
        owners = tuple(RollOwner(o.name.strip(), owner_number(o.number) if o.number else "")
                       for o in row.owners)
        result.rows.append(RollRow(row.building.strip(), row.entrance.strip(), row.room.strip(),
                                   parse_area(row.area), parse_source(row.area_source), owners,
                                   row.developer_unsold, row.line, parse_kind(row.kind)))
        result.areas.append(parse_area(row.area))
    if not rows:
        result.problems.append(RowProblem(0, _say("roll.empty")))
    return result


def _row_problems(row: RollRow, seen_units: dict[tuple[str, str, str], int],
                  seen_numbers: dict[str, tuple[int, str]]) -> list[str]:
    problems: list[str] = []
    unit = (row.building.strip(), row.entrance.strip(), row.room.strip())
    if not unit[0] or not unit[2]:
        problems.append(_say("roll.unit_missing"))
    elif unit in seen_units:
        problems.append(_say("roll.duplicate_unit", unit=row.label,
                                      first=seen_units[unit], row=row.line))
    else:
        seen_units[unit] = row.line
    for check in (lambda: parse_area(row.area), lambda: parse_source(row.area_source),
                  lambda: parse_kind(row.kind)):
        try:
            check()
        except FieldError as exc:
            problems.append(exc.message)
    if not row.owners and not row.developer_unsold:
        problems.append(_say("roll.owner_missing", unit=row.label))
    for owner in row.owners:
        if not owner.number:
            continue
        try:
            number = owner_number(owner.number)
        except FieldError as exc:
            problems.append(exc.message)
            continue
        first = seen_numbers.setdefault(number, (row.line, owner.name.strip()))
        if first[1] != owner.name.strip():
            problems.append(_say(
                "roll.id_other_name", masked=mask_id_number(number), first=first[0],
                first_name=first[1], row=row.line, name=owner.name.strip()))
    return problems


def replace_roll(session: Session, actor: Actor, compound_id: int,
                 rows: Sequence[RollRow]) -> int:
    """Replace the compound's roll with `rows`, all or nothing; returns the number of units.

    The caller (`votes.load_roll`) decides whether a roll may still change."""
    actor = require(session, actor, "clerk")
    records.load(session, Compound, compound_id, "小区")
    cleaned = clean_roll(rows)
    if cleaned.problems:
        first = cleaned.problems[0]
        prefix = f"第 {first.line} 行：" if first.line else ""
        raise UserError("roll.bad_rows", count=len(cleaned.problems),
                        first=prefix + first.message)
    _clear(session, actor, compound_id)
    key = digest_key(session)
    owners: dict[str, int] = {}
    for row, area in zip(cleaned.rows, cleaned.areas, strict=True):
        unit = records.create(session, actor, OwnerUnit(
            compound_id=compound_id, building=row.building, entrance=row.entrance,
            room=row.room, area=area, area_source=str(row.area_source), kind=row.kind,
            developer_unsold=row.developer_unsold))
        for owner in row.owners:
            identity = owner_identity(owner, key)
            if identity not in owners:
                owners[identity] = records.create(session, actor, Owner(
                    compound_id=compound_id, name=owner.name, identity=identity)).id
            records.create(session, actor, OwnerShare(unit_id=unit.id,
                                                      owner_id=owners[identity]))
    return len(cleaned.rows)


def _clear(session: Session, actor: Actor, compound_id: int) -> None:
    units = session.scalars(select(OwnerUnit).where(OwnerUnit.compound_id == compound_id)).all()
    unit_ids = [u.id for u in units]
    shares = session.scalars(select(OwnerShare).where(OwnerShare.unit_id.in_(unit_ids))).all()
    for share in shares:
        records.delete(session, actor, share, share.version, "名册", "业主份额")
    for unit in units:
        records.delete(session, actor, unit, unit.version, "名册", "房屋")
    for owner in session.scalars(select(Owner).where(Owner.compound_id == compound_id)).all():
        records.delete(session, actor, owner, owner.version, "名册", owner.name)


def unit_key(building: str, entrance: str, room: str) -> str:
    return "-".join(p for p in (building, entrance, room) if p)


def roll_units(session: Session, compound_id: int) -> list[RollUnit]:
    """The compound's roll as the counting rules see it, in roll order: parking spaces
    only where the settings say they vote (`config.parking_votes`)."""
    query = select(OwnerUnit).where(OwnerUnit.compound_id == compound_id)
    if not election_settings(session).parking_votes:
        query = query.where(OwnerUnit.kind != "parking")
    units = session.scalars(query.order_by(OwnerUnit.id)).all()
    holders: dict[int, set[str]] = {}
    for unit_id, identity in session.execute(
            select(OwnerShare.unit_id, Owner.identity).join(Owner,
                                                            Owner.id == OwnerShare.owner_id)
            .where(Owner.compound_id == compound_id)):
        holders.setdefault(unit_id, set()).add(identity)
    return [RollUnit(unit_key(u.building, u.entrance, u.room), area_hundredths(u.area),
                     frozenset(holders.get(u.id, ())), u.developer_unsold) for u in units]


def owner_names(session: Session, compound_id: int) -> dict[str, str]:
    """Owner identity → name, for the frozen roll's list of names."""
    rows = session.execute(select(Owner.identity, Owner.name)
                           .where(Owner.compound_id == compound_id))
    return {identity: name for identity, name in rows}
