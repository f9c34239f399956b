"""The tally of an owners' vote (业主共同决定), exactly as Civil Code art. 278 counts it.

- Turnout: the owners taking part hold at least 2/3 of the total exclusive area AND are at
  least 2/3 of all owners by head ("以上" includes the number itself).
- Matters 6–8 of art. 278 (raising the maintenance fund; rebuilding; changing the use of
  common parts) pass with at least 3/4 of the participating area AND at least 3/4 of the
  participating heads; every other matter with MORE than half of both ("过半数").
- Nothing passes without the turnout.

Every comparison is made on integers (cross-multiplied), never on floats. An invalid ballot
(for example more candidates ticked than seats) is counted as taking part and as abstaining
on every item, as provincial rules treat a ballot filled in wrongly (视为弃权). An election
with more candidates passing than seats ranks them by a configurable rule (default: yes
heads, then yes area); a tie at the last seat is reported, never broken silently.
Every printed and exported figure comes from `tally()`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from models.elections.counting import Voter, format_area

# Civil Code art. 278, para. 1, items (一)–(九).
MATTERS = {
    1: "制定和修改业主大会议事规则",
    2: "制定和修改管理规约",
    3: "选举业主委员会或者更换业主委员会成员",
    4: "选聘和解聘物业服务企业或者其他管理人",
    5: "使用建筑物及其附属设施的维修资金",
    6: "筹集建筑物及其附属设施的维修资金",
    7: "改建、重建建筑物及其附属设施",
    8: "改变共有部分的用途或者利用共有部分从事经营活动",
    9: "有关共有和共同管理权利的其他重大事项",
}
SUPERMAJORITY_MATTERS = frozenset({6, 7, 8})
ELECTION_MATTER = 3
CHOICES = {"yes": "同意", "no": "不同意", "abstain": "弃权"}
RANK_RULES = ("heads", "area")  # default ranking: yes heads, then yes area


@dataclass(frozen=True)
class Share:
    """`part` of `whole`, kept as two integers (the printed "7/10", not reduced)."""

    part: int
    whole: int

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.part, self.whole) if self.whole else Fraction(0)

    def heads_text(self) -> str:
        return f"{self.part}/{self.whole}"

    def area_text(self) -> str:
        return f"{format_area(self.part)}/{format_area(self.whole)}"


@dataclass(frozen=True)
class CastBallot:
    voter: int  # Voter.number
    choices: Mapping[str, str]  # item name → "yes" / "no" / "abstain"; missing = abstain
    invalid_reason: str = ""


@dataclass(frozen=True)
class Turnout:
    heads: Share  # participating heads of all heads
    area: Share  # participating area of the total area (hundredths of m²)
    ok: bool
    heads_needed: int  # more heads needed to reach 2/3 (0 when reached)
    area_needed: int  # more area (hundredths) needed to reach 2/3


@dataclass(frozen=True)
class ItemResult:
    name: str
    heads: Share  # yes heads of the participating heads
    area: Share  # yes area of the participating area
    no_heads: int
    abstain_heads: int
    passed: bool  # meets the threshold (and the turnout)
    heads_needed: int  # more yes heads needed at the present participation
    area_needed: int
    elected: bool = False  # elections: among the seats
    tied: bool = False  # elections: tied for the last seat(s)


@dataclass(frozen=True)
class Tally:
    matter: int
    supermajority: bool
    seats: int | None
    turnout: Turnout
    items: tuple[ItemResult, ...]
    invalid_ballots: int
    rank_rule: tuple[str, ...] = field(default=RANK_RULES)

    def as_json(self) -> dict[str, object]:
        t = self.turnout
        return {
            "matter": self.matter,
            "threshold": "3/4" if self.supermajority else ">1/2",
            "seats": self.seats,
            "turnout": {"heads": t.heads.heads_text(), "area": t.area.area_text(), "ok": t.ok,
                        "heads_needed": t.heads_needed,
                        "area_needed": format_area(t.area_needed)},
            "invalid_ballots": self.invalid_ballots,
            "items": [{"name": i.name, "heads": i.heads.heads_text(), "area": i.area.area_text(),
                       "no_heads": i.no_heads, "abstain_heads": i.abstain_heads,
                       "passed": i.passed, "elected": i.elected, "tied": i.tied,
                       "heads_needed": i.heads_needed,
                       "area_needed": format_area(i.area_needed)} for i in self.items],
        }


def _at_least_two_thirds(part: int, whole: int) -> bool:
    return 3 * part >= 2 * whole


def _meets(part: int, whole: int, supermajority: bool) -> bool:
    if whole <= 0:
        return False
    return 4 * part >= 3 * whole if supermajority else 2 * part > whole


def _needed(part: int, whole: int, supermajority: bool) -> int:
    """How many more `part` reach the threshold of `whole` (0 when it is met)."""
    target = -(-3 * whole // 4) if supermajority else whole // 2 + 1
    return max(0, target - part)


def ballot_problem(choices: Mapping[str, str], items: Sequence[str], seats: int | None) -> str:
    """Why a ballot is invalid ("" when it is valid): unknown items or choices, or more
    candidates ticked than there are seats."""
    unknown = [name for name in choices if name not in items]
    if unknown:
        return f"表决事项不存在：{'、'.join(unknown)}"
    bad = [name for name, choice in choices.items() if choice not in CHOICES]
    if bad:
        return f"选择无法识别：{'、'.join(bad)}"
    ticked = sum(1 for choice in choices.values() if choice == "yes")
    if seats is not None and ticked > seats:
        return f"同意 {ticked} 人，超过应选名额 {seats} 人"
    return ""


def tally(all_voters: Sequence[Voter], items: Sequence[str], ballots: Sequence[CastBallot], *,
          matter: int, seats: int | None = None,
          rank_rule: tuple[str, ...] = RANK_RULES) -> Tally:
    """Count `ballots` (at most one per voter; the caller enforces it) over the roll."""
    if matter not in MATTERS:
        raise ValueError(f"matter {matter} is not an item of Civil Code art. 278")
    supermajority = matter in SUPERMAJORITY_MATTERS
    areas = {v.number: v.area for v in all_voters}
    total_heads, total_area = len(all_voters), sum(areas.values())
    part_heads = part_area = invalid = 0
    yes = {name: [0, 0] for name in items}
    no = dict.fromkeys(items, 0)
    for ballot in ballots:
        area = areas[ballot.voter]
        part_heads += 1
        part_area += area
        if ballot.invalid_reason or ballot_problem(ballot.choices, items, seats):
            invalid += 1
            continue
        for name, choice in ballot.choices.items():
            if choice == "yes":
                yes[name][0] += 1
                yes[name][1] += area
            elif choice == "no":
                no[name] += 1
    ok = (_at_least_two_thirds(part_heads, total_heads)
          and _at_least_two_thirds(part_area, total_area) and total_heads > 0)
    turnout = Turnout(
        Share(part_heads, total_heads), Share(part_area, total_area), ok,
        max(0, -(-2 * total_heads // 3) - part_heads), max(0, -(-2 * total_area // 3) - part_area))
    results = [ItemResult(
        name=name, heads=Share(yes[name][0], part_heads), area=Share(yes[name][1], part_area),
        no_heads=no[name], abstain_heads=part_heads - invalid - yes[name][0] - no[name],
        passed=ok and _meets(yes[name][0], part_heads, supermajority)
        and _meets(yes[name][1], part_area, supermajority),
        heads_needed=_needed(yes[name][0], part_heads, supermajority),
        area_needed=_needed(yes[name][1], part_area, supermajority)) for name in items]
    if seats is not None:
        results = _seat(results, seats, rank_rule)
    return Tally(matter, supermajority, seats, turnout, tuple(results), invalid, rank_rule)


def _rank_key(result: ItemResult, rank_rule: tuple[str, ...]) -> tuple[int, ...]:
    values = {"heads": result.heads.part, "area": result.area.part}
    return tuple(values[name] for name in rank_rule)


def _seat(results: list[ItemResult], seats: int, rank_rule: tuple[str, ...]) -> list[ItemResult]:
    """Elect the passing candidates within the seats; a tie across the last seat elects none
    of the tied (the clerk sees them marked, and the rules decide: a run-off or lots)."""
    passing = sorted((r for r in results if r.passed),
                     key=lambda r: _rank_key(r, rank_rule), reverse=True)
    elected: set[str] = set()
    tied: set[str] = set()
    if len(passing) <= seats:
        elected = {r.name for r in passing}
    else:
        boundary = _rank_key(passing[seats - 1], rank_rule) if seats > 0 else None
        for result in passing:
            key = _rank_key(result, rank_rule)
            if boundary is not None and key > boundary:
                elected.add(result.name)
            elif key == boundary:
                tied.add(result.name)
        if boundary is not None and len(elected) + len(tied) <= seats:
            elected |= tied  # the tie fits within the seats: nobody is left out
            tied = set()
    return [replace(r, elected=r.name in elected, tied=r.name in tied) for r in results]
