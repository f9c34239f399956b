"""A street registers its district's key (to verify the receipts it gets back) beside its
communities' keys: the district is told apart by its division code, written short or in
the 12-digit form whose upper levels end in zeros."""
from __future__ import annotations

import pytest

from models.upward.keys import is_above


@pytest.mark.parametrize(("own", "peer", "above"), [
    ("511902003", "511902", True),                # a street, its district
    ("511902003", "511902000000", True),          # the district in the 12-digit form
    ("511902003000", "511902000000", True),
    ("511902003005", "511902003000", True),        # a community, its street
    ("511902003005", "511902003", True),
    ("511902003", "511902003005", False),          # a street, one of its communities
    ("511902003000", "511902003005", False),
    ("511902003", "511902003000", False),          # the same office, written twice
    ("511902003", "511902004000", False),          # a neighbouring street
    ("511902003", "", False),
])
def test_an_office_above_is_told_from_the_offices_below(own: str, peer: str,
                                                         above: bool) -> None:
    assert is_above(own, peer) is above
