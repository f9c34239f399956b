"""Bodies' composition and terms, the 筹备组, and the deadline calendar."""
from __future__ import annotations

import datetime as dt

from models.elections.rules import (
    DEFAULTS,
    CourseDates,
    Member,
    body_problems,
    deadlines,
    prep_group_problems,
)

D = dt.date


def committee(count: int) -> list[Member]:
    return [Member(f"委员{n}", "chair" if n == 0 else "member") for n in range(count)]


def test_a_committee_of_five_to_eleven_odd_members_is_lawful() -> None:
    for count in (5, 7, 9, 11):
        assert body_problems("committee", committee(count), D(2026, 1, 1), D(2031, 1, 1)) == []


def test_a_committee_too_small_too_large_or_even_is_named() -> None:
    assert any("5 至 11" in p for p in body_problems("committee", committee(3), None, None))
    assert any("5 至 11" in p for p in body_problems("committee", committee(13), None, None))
    assert any("单数" in p for p in body_problems("committee", committee(6), None, None))
    assert body_problems("council", committee(3), None, None) == []  # no national size rule


def test_a_term_of_more_than_five_years_is_refused_and_the_limit_is_a_setting() -> None:
    assert body_problems("committee", committee(5), D(2026, 1, 1), D(2031, 1, 2)) == [
        "任期不得超过 5 年"]
    assert body_problems("committee", committee(5), D(2024, 2, 29), D(2029, 2, 28)) == []
    provincial = {**DEFAULTS, "max_term_years": 3}
    assert body_problems("committee", committee(5), D(2026, 1, 1), D(2030, 1, 1),
                         provincial) == ["任期不得超过 3 年"]


def test_one_chair() -> None:
    members = [Member(f"委员{n}") for n in range(5)]
    assert body_problems("committee", members, None, None) == ["应有且只有一名主任，现有 0 名"]


def test_prep_group_needs_odd_owner_majority_and_a_street_leader() -> None:
    good = [Member("街道", side="street", leader=True),
            Member("居委会", side="residents_committee"),
            Member("业主甲"), Member("业主乙"), Member("业主丙")]
    assert prep_group_problems(good) == []
    even = good[:4]
    assert any("单数" in p for p in prep_group_problems(even))
    few_owners = [*good[:2], Member("开发商", side="developer"), Member("业主甲"),
                  Member("物业", side="property")]
    assert any("不少于一半" in p for p in prep_group_problems(few_owners))
    owner_led = [Member("街道", side="street"), Member("业主甲", leader=True),
                 Member("业主乙"), Member("业主丙"), Member("居委会", side="residents_committee")]
    assert prep_group_problems(owner_led) == ["组长应由街道办事处（乡镇人民政府）代表担任"]


def test_the_calendar_follows_from_the_dates_entered() -> None:
    dates = CourseDates(notice_on=D(2026, 3, 1), meeting_on=D(2026, 3, 16),
                        elected_on=D(2026, 3, 18))
    found = {d.key: d for d in deadlines(dates, today=D(2026, 3, 20))}
    assert found["notice"].due == D(2026, 3, 1) and found["notice"].state == "done"
    assert found["first_meeting"].due == D(2026, 3, 25) and found["first_meeting"].state == "open"
    assert found["filing"].due == D(2026, 4, 17)
    later = {d.key: d for d in deadlines(dates, today=D(2026, 3, 26))}
    assert later["first_meeting"].state == "overdue"  # shown in red


def test_a_notice_one_day_late_is_marked_late() -> None:
    dates = CourseDates(notice_on=D(2026, 3, 2), meeting_on=D(2026, 3, 16))
    assert deadlines(dates, today=D(2026, 3, 3))[0].state == "late"


def test_periods_are_settings() -> None:
    dates = CourseDates(elected_on=D(2026, 3, 18), changed_on=D(2026, 6, 1))
    sichuan = {**DEFAULTS, "filing_days": 20}
    found = {d.key: d for d in deadlines(dates, today=D(2026, 3, 20), settings=sichuan)}
    assert found["filing"].due == D(2026, 4, 7)
    assert found["change_report"].due == D(2026, 7, 1)
