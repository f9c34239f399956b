"""The demo's elections: a roll of 300 units in 翰林苑 (developer's unsold units, owners of
several units, co-owners), one finished election of its 业委会 (filed) and one vote under way
(ballots half in); a 自管委 in the old courtyard and a 议事会 in the resettlement compound.
Built through the services, like every demo record.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy.orm import Session

from models.auth import SYSTEM, Actor
from models.elections import bodies, course, votes
from models.elections.roll import RollOwner, RollRow
from models.elections.rules import Member
from models.registry.entities import Compound

BUILDINGS, ENTRANCES, FLOORS, PER_FLOOR = 5, 2, 15, 2  # 300 units
UNSOLD = 18
CANDIDATES = ("王建国", "李秀英", "张志强", "刘桂兰", "陈文华", "杨丽娟", "黄海燕", "赵德明",
              "吴春梅")


def demo_roll(rng: random.Random, surnames: str, given: Sequence[str]) -> list[RollRow]:
    """300 units: the last 18 unsold, 12 owners holding a second unit, about a third of the
    units held by a couple (co-owners)."""
    keys = [(f"{b}栋", f"{e}单元", f"{f:02d}{r:02d}") for b in range(1, BUILDINGS + 1)
            for e in range(1, ENTRANCES + 1) for f in range(1, FLOORS + 1)
            for r in range(1, PER_FLOOR + 1)]
    rows = []
    owners: list[tuple[RollOwner, ...]] = []
    for index, (building, entrance, room) in enumerate(keys):
        area = f"{rng.choice((78, 89, 96, 105, 118, 126, 143))}.{rng.randrange(100):02d}"
        source = rng.choice(("registry",) * 8 + ("survey", "contract"))
        if index >= len(keys) - UNSOLD:
            rows.append(RollRow(building, entrance, room, area, source, (), True))
            continue
        if index % 23 == 7 and owners:  # the same buyer again: one head for both units
            holders = owners[rng.randrange(len(owners))]
        else:
            holders = tuple(RollOwner(rng.choice(surnames) + rng.choice(given))
                            for _ in range(2 if rng.random() < 0.35 else 1))
            holders = tuple(RollOwner(f"{o.name}{index}") for o in holders)  # unique names
            owners.append(holders)
        rows.append(RollRow(building, entrance, room, area, source, holders, False))
    return rows


def build_election_demo(session: Session, compound_ids: Sequence[int], rng: random.Random,
                        surnames: str, given: Sequence[str], *, today: dt.date,
                        actor: Actor = SYSTEM) -> None:
    names = {c.name: c.id for c in session.query(Compound).filter(Compound.id.in_(compound_ids))}
    hanlin = names["翰林苑"]
    finished = votes.create_vote(session, actor, hanlin, matter=3,
                                 title="翰林苑第一届业主委员会选举", items=CANDIDATES, seats=7)
    roll = demo_roll(rng, surnames, given)
    votes.load_roll(session, actor, finished, roll)
    _finished_election(session, actor, finished, rng, today)
    ongoing = votes.create_vote(session, actor, hanlin, matter=4,
                                title="续聘巴中翰林物业服务有限公司", items=("续聘",))
    votes.freeze_roll(session, actor, ongoing)
    heads = votes.vote_voters(session, ongoing)
    choices = ("同意",) * 7 + ("不同意", "弃权")
    votes.record_ballots(session, actor, ongoing, [
        votes.BallotEntry(votes.ballot_number(ongoing, h.number), {"续聘": rng.choice(choices)},
                          rng.choice(("onsite", "visit", "written")))
        for h in heads[: len(heads) // 2]])
    course.save_course(session, actor, ongoing, course.CourseData(
        notice_on=today - dt.timedelta(days=20), meeting_on=today + dt.timedelta(days=5),
        meeting_place="翰林苑会所", meeting_form="written"))
    _other_bodies(session, actor, names, today)


def _finished_election(session: Session, actor: Actor, vote: int, rng: random.Random,
                       today: dt.date) -> None:
    elected_on = today.replace(year=today.year - 2, month=3, day=18)
    course.set_prep_group(session, actor, vote, [
        Member("江北街道 周主任", side="street", leader=True),
        Member("兴文社区居委会 谢春梅", side="residents_committee"),
        Member("翰林置业 何经理", side="developer"),
        *(Member(f"业主代表 {name}") for name in ("罗德明", "宋文华", "韩国平", "冯玉珍"))])
    sources = ("小区党支部推荐", "业主联名推荐", "社区居委会推荐")
    for index, name in enumerate(votes.vote_info(session, vote).items):
        course.review_candidate(session, actor, vote, course.ReviewData(
            name, sources[index % 3], True, "江北街道 周主任",
            elected_on - dt.timedelta(days=24), party_member=index % 2 == 0))
    heads = votes.vote_voters(session, vote)
    ballots = []
    for head in heads[: len(heads) * 4 // 5]:
        ticked = rng.sample(CANDIDATES[:8], 6) if rng.random() < 0.9 else list(CANDIDATES[:7])
        ballots.append(votes.BallotEntry(votes.ballot_number(vote, head.number),
                                         dict.fromkeys(ticked, "同意")))
    votes.record_ballots(session, actor, vote, ballots)
    course.save_course(session, actor, vote, course.CourseData(
        prep_formed_on=elected_on - dt.timedelta(days=75),
        notice_on=elected_on - dt.timedelta(days=20), meeting_on=elected_on - dt.timedelta(days=2),
        meeting_place="翰林苑会所", elected_on=elected_on,
        first_meeting_on=elected_on + dt.timedelta(days=5),
        filed_on=elected_on + dt.timedelta(days=21),
        filing_documents=tuple(course.FILING_DOCUMENTS)))
    result = votes.vote_tally(session, vote)
    members = [bodies.MemberData(item.name, "member", party_member=index % 2 == 0)
               for index, item in enumerate(i for i in result.items if i.elected)]
    members[0] = bodies.MemberData(members[0].name, "chair", True, branch_secretary=True)
    members[1] = bodies.MemberData(members[1].name, "vice_chair", True, community_cadre=True)
    bodies.create_body(session, actor, votes.vote_info(session, vote).compound_id,
                       kind="committee", name="翰林苑业主委员会", members=members,
                       term_start=elected_on, term_end=elected_on.replace(year=elected_on.year + 5)
                       - dt.timedelta(days=1), vote_id=vote)


def _other_bodies(session: Session, actor: Actor, names: dict[str, int], today: dt.date) -> None:
    start = today.replace(month=1, day=1)
    five = [bodies.MemberData(n, "chair" if i == 0 else "member", party_member=i < 2)
            for i, n in enumerate(("曾国平", "单玉珍", "解成林", "仇德明", "区秀英"))]
    bodies.create_body(session, actor, names["文化路老院落"], kind="self_management",
                       name="文化路老院落自管委", members=five, term_start=start,
                       term_end=start.replace(year=start.year + 3) - dt.timedelta(days=1))
    for building in ("1—2 栋", "3—5 栋"):
        three = [bodies.MemberData(f"{building}{n}", "chair" if i == 0 else "member")
                 for i, n in enumerate(("朴明辉", "查淑芬", "彭子涵"))]
        bodies.create_body(session, actor, names["滨河安置小区"], kind="council",
                           name=f"滨河安置小区{building}议事会", members=three, scope=building,
                           term_start=start)
