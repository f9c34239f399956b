"""Who counts, and for how much: the heads and areas of an owners' roll.

The rules (SPC interpretation on 建筑物区分所有权, 2020 amendment):
- art. 8: a unit's area is its registered area (不动产登记簿), else the surveyed area (测绘),
  else the contract area (合同); the roll keeps the source beside each area.
- art. 9: one head per exclusive unit; all of the developer's unsold or undelivered units
  together count as ONE head; one buyer of several units counts as ONE head (and co-owners of
  one unit are one head: the unit is counted once, not per co-owner).

So heads are the connected groups of units: two units belong to the same head when they share
an owner (the same 证件号码, or the same name where no number is given), and every unit the
developer still holds is in the developer's one group. A co-owner of one unit who also owns
another unit alone therefore joins both units into one head: the law counts the buyer once.

Areas are exact: integer hundredths of a square metre (the roll's precision), never float.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

AREA_SOURCES = {"registry": "不动产登记", "survey": "测绘", "contract": "合同"}
DEVELOPER = "\x00developer"  # the key of the developer's one group (no real id looks like it)


@dataclass(frozen=True)
class RollUnit:
    """One exclusive unit (专有部分) on the roll."""

    key: str  # e.g. "3栋-1单元-0502": unique within the compound
    area: int  # hundredths of a square metre
    owners: frozenset[str]  # owner identities (证件号码, else name); co-owners share a unit
    developer_unsold: bool = False


@dataclass(frozen=True)
class Voter:
    """One head: the units that count together, and their total area."""

    number: int  # 1-based, in roll order of the group's first unit
    units: tuple[str, ...]
    area: int  # hundredths of a square metre
    owners: frozenset[str]
    developer: bool


def area_hundredths(area: Decimal) -> int:
    """An area in m² as exact hundredths; refuses more than two decimals."""
    scaled = area * 100
    if scaled != scaled.to_integral_value():
        raise ValueError(f"area {area} has more than two decimals")
    return int(scaled)


def format_area(hundredths: int) -> str:
    sign = "-" if hundredths < 0 else ""
    whole, part = divmod(abs(hundredths), 100)
    return f"{sign}{whole}.{part:02d}"


class _Groups:
    """Union-find over unit indexes."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def voters(units: Sequence[RollUnit]) -> list[Voter]:
    """The heads of the roll, each with its units and area, in roll order."""
    groups = _Groups(len(units))
    first_holder: dict[str, int] = {}
    for index, unit in enumerate(units):
        holders = set(unit.owners) | ({DEVELOPER} if unit.developer_unsold else set())
        for holder in holders:
            if holder in first_holder:
                groups.join(first_holder[holder], index)
            else:
                first_holder[holder] = index
    members: dict[int, list[int]] = {}
    for index in range(len(units)):
        members.setdefault(groups.find(index), []).append(index)
    result = []
    for number, root in enumerate(sorted(members), start=1):
        chosen = [units[i] for i in members[root]]
        result.append(Voter(
            number=number, units=tuple(u.key for u in chosen), area=sum(u.area for u in chosen),
            owners=frozenset().union(*(u.owners for u in chosen)),
            developer=any(u.developer_unsold for u in chosen)))
    return result


@dataclass(frozen=True)
class RollTotals:
    heads: int
    area: int  # hundredths of a square metre
    units: int


def totals(all_voters: Iterable[Voter]) -> RollTotals:
    listed = list(all_voters)
    return RollTotals(heads=len(listed), area=sum(v.area for v in listed),
                      units=sum(len(v.units) for v in listed))
