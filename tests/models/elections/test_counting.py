"""Heads and areas of an owners' roll, by SPC interpretation art. 8 and 9."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.elections.counting import RollUnit, area_hundredths, format_area, totals, voters


def unit(key: str, area: str, *owners: str, developer: bool = False) -> RollUnit:
    return RollUnit(key, area_hundredths(Decimal(area)), frozenset(owners), developer)


def groups(roll: list[RollUnit]) -> set[frozenset[str]]:
    return {frozenset(v.units) for v in voters(roll)}


def test_one_head_per_unit_for_different_owners() -> None:
    roll = [unit("1-101", "89.50", "甲"), unit("1-102", "90.00", "乙")]
    assert totals(voters(roll)).heads == 2
    assert totals(voters(roll)).area == 17950


def test_co_owners_of_one_unit_are_one_head() -> None:
    roll = [unit("1-101", "100", "甲", "乙"), unit("1-102", "80", "丙")]
    assert groups(roll) == {frozenset({"1-101"}), frozenset({"1-102"})}


def test_one_buyer_of_several_units_is_one_head_with_their_area() -> None:
    roll = [unit("1-101", "100", "甲"), unit("2-301", "60.25", "甲"), unit("1-102", "80", "乙")]
    found = {frozenset(v.units): v.area for v in voters(roll)}
    assert found == {frozenset({"1-101", "2-301"}): 16025, frozenset({"1-102"}): 8000}


def test_all_unsold_units_of_the_developer_are_one_head() -> None:
    roll = [unit(f"5-{n}", "70", developer=True) for n in range(1, 31)]
    roll += [unit("1-101", "100", "甲")]
    result = voters(roll)
    assert len(result) == 2
    developer = next(v for v in result if v.developer)
    assert developer.area == 30 * 7000 and len(developer.units) == 30


def test_a_co_owner_who_also_owns_another_unit_joins_both() -> None:
    roll = [unit("1-101", "100", "甲", "乙"), unit("1-102", "50", "乙"), unit("1-103", "50", "丙")]
    assert groups(roll) == {frozenset({"1-101", "1-102"}), frozenset({"1-103"})}


def test_areas_are_exact_hundredths() -> None:
    assert area_hundredths(Decimal("0.10")) + area_hundredths(Decimal("0.20")) == 30
    assert format_area(30) == "0.30" and format_area(123456) == "1234.56"
    with pytest.raises(ValueError, match="two decimals"):
        area_hundredths(Decimal("1.005"))


# --- against a brute-force grouping ----------------------------------------------------------

OWNERS = st.sampled_from(["甲", "乙", "丙", "丁", "戊", "己", "庚"])
UNITS = st.lists(st.tuples(st.frozensets(OWNERS, max_size=3), st.booleans(),
                           st.integers(min_value=1, max_value=50_000)), max_size=25)


def brute_force_groups(roll: list[RollUnit]) -> set[frozenset[str]]:
    """Merge any two groups that share an owner (or are both the developer's) until stable."""
    parts = [({u.key}, set(u.owners) | ({"开发商"} if u.developer_unsold else set()))
             for u in roll]
    merged = True
    while merged:
        merged = False
        for i in range(len(parts)):
            for j in range(i + 1, len(parts)):
                if parts[i][1] & parts[j][1]:
                    parts[i] = (parts[i][0] | parts[j][0], parts[i][1] | parts[j][1])
                    del parts[j]
                    merged = True
                    break
            if merged:
                break
    return {frozenset(keys) for keys, _owners in parts}


@given(UNITS)
def test_heads_equal_a_brute_force_grouping(spec) -> None:  # noqa: ANN001
    roll = [RollUnit(f"u{n}", area, owners, developer and not owners)
            for n, (owners, developer, area) in enumerate(spec)]
    assert groups(roll) == brute_force_groups(roll)
    assert sum(v.area for v in voters(roll)) == sum(u.area for u in roll)
