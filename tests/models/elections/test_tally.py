"""The tally of an owners' vote under Civil Code art. 278, at its exact boundaries."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.elections.counting import Voter
from models.elections.tally import CastBallot, tally


def roll(*areas: int) -> list[Voter]:
    """Voters numbered 1.. with these areas (in whole m², kept as hundredths)."""
    return [Voter(n, (f"u{n}",), area * 100, frozenset({f"o{n}"}), False)
            for n, area in enumerate(areas, start=1)]


def votes(item: str, *choices: str) -> list[CastBallot]:
    """Ballots of voters 1.. choosing `choices` on `item` ("" = voter did not vote)."""
    return [CastBallot(n, {item: c}) for n, c in enumerate(choices, start=1) if c]


def test_turnout_of_exactly_two_thirds_is_enough() -> None:
    result = tally(roll(*[100] * 9), ["A"], votes("A", *["yes"] * 6), matter=1)
    assert result.turnout.ok
    assert result.turnout.heads.heads_text() == "6/9"
    assert result.turnout.area.area_text() == "600.00/900.00"


def test_one_short_of_two_thirds_fails_and_says_what_is_missing() -> None:
    result = tally(roll(*[100] * 9), ["A"], votes("A", *["yes"] * 5), matter=1)
    assert not result.turnout.ok
    assert (result.turnout.heads_needed, result.turnout.area_needed) == (1, 10000)
    assert not result.items[0].passed  # nothing passes without the turnout


def test_heads_enough_but_area_short() -> None:
    # 7 of 10 heads take part, but the three largest units (half the area) stay away.
    voters = roll(50, 50, 50, 50, 50, 50, 50, 200, 200, 200)
    result = tally(voters, ["A"], votes("A", *["yes"] * 7), matter=1)
    assert result.turnout.heads.fraction >= Fraction(2, 3)
    assert result.turnout.area.part == 35_000 and result.turnout.area.whole == 95_000
    assert not result.turnout.ok


def test_exactly_half_is_not_more_than_half() -> None:
    result = tally(roll(*[100] * 6), ["A"], votes("A", "yes", "yes", "no", "no"), matter=4)
    assert result.turnout.ok
    assert result.items[0].heads.heads_text() == "2/4"
    assert not result.items[0].passed
    assert result.items[0].heads_needed == 1


def test_half_by_heads_plus_one_but_not_by_area() -> None:
    # Three small units say yes, two large ones say no: heads pass, area fails.
    voters = roll(50, 50, 50, 200, 200, 10)
    result = tally(voters, ["A"], votes("A", "yes", "yes", "yes", "no", "no"), matter=2)
    item = result.items[0]
    assert item.heads.fraction > Fraction(1, 2) and item.area.fraction < Fraction(1, 2)
    assert not item.passed


def test_exactly_three_quarters_passes_a_maintenance_fund_raise() -> None:
    result = tally(roll(*[100] * 4), ["筹集维修资金"],
                   votes("筹集维修资金", "yes", "yes", "yes", "no"), matter=6)
    assert result.supermajority and result.items[0].passed
    short = tally(roll(*[100] * 8), ["改建"], votes("改建", *["yes"] * 5, "no", "no"), matter=7)
    assert short.turnout.ok and not short.items[0].passed  # 5/7 < 3/4


def test_abstentions_count_as_participating_and_against_the_majority() -> None:
    result = tally(roll(*[100] * 6), ["A"], votes("A", "yes", "yes", "abstain", "abstain"),
                   matter=1)
    assert result.items[0].heads.heads_text() == "2/4" and not result.items[0].passed
    assert result.items[0].abstain_heads == 2


def test_too_many_candidates_ticked_makes_the_ballot_invalid_but_present() -> None:
    voters = roll(*[100] * 3)
    ballots = [CastBallot(1, {"张": "yes", "李": "yes"}), CastBallot(2, {"张": "yes"}),
               CastBallot(3, {"李": "yes"})]
    result = tally(voters, ["张", "李"], ballots, matter=3, seats=1)
    assert result.invalid_ballots == 1 and result.turnout.heads.part == 3
    assert [i.heads.part for i in result.items] == [1, 1]


def elect(voters: list[Voter], ticks: dict[int, str], seats: int) -> dict[str, object]:
    ballots = [CastBallot(n, dict.fromkeys(names, "yes")) for n, names in ticks.items()]
    return {i.name: i for i in tally(voters, ["甲", "乙", "丙"], ballots, matter=3,
                                     seats=seats).items}


def test_more_winners_than_seats_are_ranked_by_yes_heads() -> None:
    ticks = {1: "甲乙", 2: "甲乙", 3: "甲乙", 4: "甲丙", 5: "甲丙", 6: "乙丙", 7: "乙丙",
             8: "甲乙", 9: "丙甲", 10: "乙丙"}  # 甲 7, 乙 7, 丙 6 of 10: all pass
    result = elect(roll(*[100] * 10), ticks, seats=2)
    assert all(r.passed for r in result.values())
    assert [n for n, r in result.items() if r.elected] == ["甲", "乙"]
    assert not any(r.tied for r in result.values())


def test_equal_heads_are_ranked_by_area_then_shown_as_a_tie() -> None:
    ticks = {1: "甲乙", 2: "甲乙", 3: "甲丙", 4: "甲丙", 5: "乙丙", 6: "乙丙", 7: "甲乙",
             8: "丙甲"}  # 甲 6, 乙 5, 丙 5 of 10 heads
    equal = elect(roll(*[100] * 10), ticks, seats=2)
    assert equal["甲"].elected and equal["乙"].tied and equal["丙"].tied
    assert not equal["乙"].elected and not equal["丙"].elected
    bigger = elect(roll(150, 100, 100, 100, 100, 100, 100, 100, 100, 100), ticks, seats=2)
    assert bigger["甲"].elected and bigger["乙"].elected and not bigger["丙"].elected


def test_a_matter_outside_article_278_is_refused() -> None:
    with pytest.raises(ValueError, match="278"):
        tally(roll(100), ["A"], [], matter=10)


# --- against a count written with Fractions ----------------------------------------------------

CHOICE = st.sampled_from(["yes", "no", "abstain", ""])


@given(st.lists(st.tuples(st.integers(min_value=1, max_value=300), CHOICE), min_size=1,
                max_size=30), st.integers(min_value=1, max_value=9))
def test_tally_equals_a_count_with_fractions(spec, matter) -> None:  # noqa: ANN001
    voters = roll(*[area for area, _ in spec])
    ballots = votes("A", *[choice for _, choice in spec])
    result = tally(voters, ["A"], ballots, matter=matter)
    voting = [(area, c) for area, c in spec if c]
    heads, area = Fraction(len(voting), len(spec)), Fraction(
        sum(a for a, _ in voting), sum(a for a, _ in spec))
    turnout = heads >= Fraction(2, 3) and area >= Fraction(2, 3)
    assert result.turnout.ok == turnout
    yes = [a for a, c in voting if c == "yes"]
    if voting:
        yes_heads = Fraction(len(yes), len(voting))
        yes_area = Fraction(sum(yes), sum(a for a, _ in voting))
        if matter in (6, 7, 8):
            passed = yes_heads >= Fraction(3, 4) and yes_area >= Fraction(3, 4)
        else:
            passed = yes_heads > Fraction(1, 2) and yes_area > Fraction(1, 2)
    else:
        passed = False
    assert result.items[0].passed == (turnout and passed)
