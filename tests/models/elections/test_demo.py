"""The demo roll has the shapes the counting rules are about."""
from __future__ import annotations

import random

from models.demo import GIVEN, SURNAMES
from models.elections.counting import RollUnit, area_hundredths, voters
from models.elections.demo import demo_roll
from models.elections.roll import clean_roll, owner_identity


def test_the_demo_roll_has_unsold_multi_unit_and_co_owned_units() -> None:
    rows = demo_roll(random.Random(2026), SURNAMES, GIVEN)
    assert len(rows) == 300 and clean_roll(rows).problems == []
    units = [RollUnit(r.label, area_hundredths(clean_roll([r]).areas[0]),
                      frozenset(owner_identity(o) for o in r.owners), r.developer_unsold)
             for r in rows]
    heads = voters(units)
    developer = [h for h in heads if h.developer]
    assert len(developer) == 1 and len(developer[0].units) == 18
    assert sum(1 for h in heads if len(h.units) > 1 and not h.developer) >= 10
    assert sum(1 for r in rows if len(r.owners) == 2) >= 60
