"""Which measures (letters, coordination, accountability) a problem allows, and for whom."""
from __future__ import annotations

import pytest

from models.auth import Actor
from models.issues.lifecycle import allowed_measures
from models.issues.vocab import STATES

CLERK = Actor("jingban", "张小军", "clerk")
REVIEWER = Actor("shenhe", "李秀英", "reviewer")


@pytest.mark.parametrize("state", list(STATES))
def test_a_clerk_takes_no_measures(state: str) -> None:
    assert allowed_measures(state, True, CLERK) == []


def test_measures_by_state_for_a_reviewer() -> None:
    assert allowed_measures("assigned", True, REVIEWER) == ["letter", "coordinate",
                                                            "accountability"]
    assert allowed_measures("collected", False, REVIEWER) == ["coordinate"]
    assert allowed_measures("resolved", True, REVIEWER) == ["coordinate", "accountability"]
    assert allowed_measures("closed", True, REVIEWER) == ["accountability"]
