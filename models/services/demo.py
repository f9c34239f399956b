"""The demo's service lists: last year's and this year's list for each demo resident unit,
through the real services. Last year's items are mostly served, signed and rated; a few
are left open and carried over into this year's lists (their history goes along). Two
units are one-way: the school only receives (社区→单位), the library only gives.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy.orm import Session

from models.auth import SYSTEM, Actor
from models.services import claims, deliveries, hours, lists, signoff
from models.services.entities import ServiceItem

# (content, category, direction, kind): what units and the community offer each other.
OFFERS = [
    ("进社区宣讲个人所得税汇算政策", "政策宣讲", "to_community", "offer"),
    ("为辖区独居老人上门体检", "医疗健康", "to_community", "offer"),
    ("周末开放图书馆自习室给社区学生", "教育培训", "to_community", "offer"),
    ("律师志愿者坐班解答邻里纠纷", "法律服务", "to_community", "offer"),
    ("组织职工清理滨河步道垃圾", "环境治理", "to_community", "need"),
    ("结对帮扶翰林苑三户困难家庭", "困难关爱", "to_community", "need"),
    ("协助社区开展背街小巷文明劝导", "文明劝导", "to_community", "need"),
    ("参与社区入户民情调查", "民情调查", "to_community", "need"),
    ("社区为单位职工子女开设暑期托管班", "教育培训", "to_unit", "offer"),
    ("社区网格员协助单位周边停车秩序整治", "环境治理", "to_unit", "need"),
    ("社区调解员化解单位与居民噪声纠纷", "矛盾化解", "to_unit", "need"),
    ("社区文艺队到单位联欢演出", "文体活动", "to_unit", "offer"),
]
RECEIVES_ONLY, GIVES_ONLY = "巴中市第三中学", "巴中市图书馆"
PLACES = ("兴文社区党群服务中心", "翰林苑小区广场", "滨河北路步道", "阳光花园活动室")
COMMENTS = ("服务及时，居民认可", "内容实用，希望常态化", "组织有序", "参与人数偏少")


class _Clock:
    """Hands out two-hour slots, one after another, so no participant ever overlaps."""

    def __init__(self, start: dt.date) -> None:
        self.day, self.slot = start, 0

    def next(self, not_before: dt.date) -> tuple[dt.datetime, dt.datetime]:
        self.day = max(self.day, not_before)
        start = dt.datetime.combine(self.day, dt.time(8 + 3 * self.slot))
        self.slot = (self.slot + 1) % 3
        if self.slot == 0:
            self.day += dt.timedelta(days=1)
        return start, start + dt.timedelta(hours=2)


def _version(session: Session, item_id: int) -> int:
    item = session.get(ServiceItem, item_id)
    assert item is not None
    return item.version


def _drive(session: Session, actor: Actor, item_id: int, steps: int, rng: random.Random,
           clock: _Clock, people: Sequence[int], planned: dt.date, claimant: str) -> None:
    """Take an item `steps` steps along: claim, deliver, finish, sign, rate."""
    claimed = planned - dt.timedelta(days=20)
    if steps >= 1:
        claims.claim_item(session, actor, item_id, _version(session, item_id),
                          claimant_kind=claimant, on=claimed)
    if steps >= 2:
        for _ in range(1 + (rng.random() < 0.25)):
            start, end, crew = _free_slot(session, clock, rng, people,
                                          claimed + dt.timedelta(days=1))
            deliveries.record_delivery(session, actor, item_id, _version(session, item_id),
                                       deliveries.DeliveryData(
                start.date(), rng.choice(PLACES),
                [deliveries.Participation(p, start, end) for p in crew],
                beneficiaries=rng.randrange(10, 80)))
    day = clock.day
    if steps >= 3:
        deliveries.finish_item(session, actor, item_id, _version(session, item_id), on=day)
    if steps >= 4:
        signoff.sign_off(session, actor, item_id, _version(session, item_id), side="community",
                         name="王建国", post="社区党委书记", on=day)
        signoff.sign_off(session, actor, item_id, _version(session, item_id), side="unit",
                         name="何晓东", post="党支部书记", on=day)
    if steps >= 5:
        rating = rng.choice(("satisfied",) * 5 + ("basic", "basic", "unsatisfied"))
        signoff.rate_item(session, actor, item_id, _version(session, item_id), rating=rating,
                          comment=rng.choice(COMMENTS), on=day)


def _free_slot(session: Session, clock: _Clock, rng: random.Random, people: Sequence[int],
               not_before: dt.date) -> tuple[dt.datetime, dt.datetime, list[int]]:
    """The next slot and a crew of two or three nobody of whom is busy then (in this or
    another ledger, such as the volunteer teams' activities)."""
    while True:
        start, end = clock.next(not_before)
        crew = rng.sample(list(people), rng.randrange(2, 4))
        if not any(hours.busy(session, person, start, end) for person in crew):
            return start, end, crew


def _claimant(kind: str, direction: str) -> str:
    lister = "unit" if (kind == "offer") == (direction == "to_community") else "community"
    return "community" if lister == "unit" else "unit"


def build_services_demo(session: Session, unit_ids: Sequence[int], unit_names: Sequence[str],
                        person_ids: Sequence[int], today: dt.date, seed: int = 2026,
                        actor: Actor = SYSTEM) -> None:
    rng = random.Random(seed + 14)
    lists.ensure_categories(session, actor)
    categories = {c.name: c.id for c in lists.list_categories(session)}
    last, this = today.year - 1, today.year
    for year in (last, this):
        clock = _Clock(dt.date(year, 1, 10))
        limit = dt.date(year, 12, 31) if year == last else today
        for unit_id, unit in zip(unit_ids, unit_names, strict=True):
            list_id = lists.find_list(session, unit_id, year) or lists.create_list(
                session, actor, unit_id, year)
            choices = [o for o in OFFERS
                       if not (unit == RECEIVES_ONLY and o[2] == "to_community")
                       and not (unit == GIVES_ONLY and o[2] == "to_unit")]
            picked = rng.sample(choices, min(len(choices), rng.randrange(2, 4)))
            for content, category, direction, kind in picked:
                planned = dt.date(year, rng.randrange(2, 12), rng.randrange(1, 28))
                item_id = lists.add_item(session, actor, list_id, lists.ItemData(
                    kind, direction, categories[category], content, planned,
                    rng.randrange(10, 60)))
                done = planned + dt.timedelta(days=25) < limit
                steps = rng.choice((5, 5, 5, 5, 5, 4, 3, 2, 1)) if done else rng.choice((0, 1, 2))
                _drive(session, actor, item_id, steps, rng, clock, person_ids, planned,
                       _claimant(kind, direction))
        if year == last:
            signoff.carry_over(session, actor, last, planned_on=dt.date(this, 3, 31))
