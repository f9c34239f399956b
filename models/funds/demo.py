"""Demo funds: last year's and this year's receipts, allocations, spending, reversals,
budgets and two open drafts, built through the same services a clerk and a reviewer use.

The first compound branch gets about seven small spendings a month from its fiscal
allocation, so its 财政投入 journal for last year runs to 100+ lines (several printed
pages). Everything is dated on or before `today`, posted in date order so no balance
ever goes below zero. Deterministic: the same seed and day give the same books.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.auth import SYSTEM, Actor
from models.funds import accounts, budgets, entries, posting
from models.funds.entries import EntryData
from models.users import DEMO_USERS

SPENDING = {  # category → what a branch buys with it
    "党建活动": ("主题党日活动用品", "党员志愿服务活动餐费", "“七一”主题党日场地布置",
             "楼栋议事会茶水"),
    "阵地建设": ("党群服务站宣传栏制作", "小区党建活动室灯具更换", "党员先锋岗标牌制作"),
    "办公用品": ("打印纸和墨盒", "会议记录本和签字笔", "党支部档案盒"),
    "培训党员": ("党员冬训资料印制", "党员培训场地租用"),
    "订阅或购买党员教育材料和设备": ("订阅《共产党员》杂志", "购买党员学习书籍"),
}
PAYEES = ("巴中市新华书店", "江北文印部", "兴文超市", "巴州区鑫源广告制作部", "江北五金店",
          "巴中市邮政分公司")
APPROVER = "王建国"
DONORS = (("中国农业银行巴中江北支行", 500_000), ("巴中市第三中学", 200_000),
          ("热心居民刘桂兰", 80_000))
BUDGETS = {"党建活动": 1_000_000, "阵地建设": 800_000, "办公用品": 300_000, "培训党员": 200_000,
           "慰问困难党员": 300_000}


@dataclass(frozen=True)
class FundsDemo:
    years: tuple[int, int]
    posted: int
    reversals: int
    drafts: int
    long_journal_branch_id: int  # the branch whose 财政投入 journal turns pages
    long_journal_fund: str


@dataclass(frozen=True)
class _Event:
    day: dt.date
    order: int               # receipts, then allocations, then spending on the same day
    data: EntryData | None   # None: a reversal of `key`
    key: str = ""
    reason: str = ""
    draft: bool = False


def _receipts(year: int) -> list[_Event]:
    events = [_Event(dt.date(year, month, 8), 0, EntryData(
        "receipt", "fiscal", dt.date(year, month, 8), 8_000_000,
        f"街道拨付{year}年第{quarter}季度党建工作经费", source="street",
        counterparty="江北街道党工委")) for quarter, month in enumerate((1, 4, 7, 10), 1)]
    events.append(_Event(dt.date(year, 3, 15), 0, EntryData(
        "receipt", "fiscal", dt.date(year, 3, 15), 5_000_000, "区委组织部拨付小区党建专项经费",
        source="district", counterparty="巴州区委组织部")))
    for month in (6, 12):
        events.append(_Event(dt.date(year, month, 20), 0, EntryData(
            "receipt", "dues", dt.date(year, month, 20), 1_860_000, "上级党委返还留存党费",
            source="dues", counterparty="巴州区委组织部")))
    for index, (donor, fen) in enumerate(DONORS):
        day = dt.date(year, 5 + 2 * index, 18)
        events.append(_Event(day, 0, EntryData("receipt", "donation", day, fen,
                                               f"{donor}捐赠小区党建活动经费", source="donation",
                                               counterparty=donor)))
    return events


def _allocations(year: int, branches: list[accounts.Branch], rng: random.Random) -> list[_Event]:
    events = []
    for index, branch in enumerate(branches):
        amount = 2_400_000 if index == 0 else rng.randrange(16, 25) * 50_000
        for quarter, month in enumerate((1, 4, 7, 10), 1):
            day = dt.date(year, month, 12)
            events.append(_Event(day, 1, EntryData(
                "allocation", "fiscal", day, amount, f"拨付{year}年第{quarter}季度党建经费",
                holder_org_id=branch.id)))
        day = dt.date(year, 7, 1)
        events.append(_Event(day, 1, EntryData("allocation", "dues", day, 200_000,
                                               "下拨留存党费", holder_org_id=branch.id)))
    day = dt.date(year, 9, 1)
    events.append(_Event(day, 1, EntryData("allocation", "donation", day, 300_000,
                                           "拨付社会捐助经费用于小区助老活动",
                                           holder_org_id=branches[0].id)))
    return events


def _spending(rng: random.Random, day: dt.date, *, fund: str, holder: int | None, fen: int,
              category: str, summary: str, meeting: str = "") -> EntryData:
    return EntryData("spending", fund, day, fen, summary, holder_org_id=holder,
                     category=category, counterparty=rng.choice(PAYEES), approver=APPROVER,
                     meeting_ref=meeting, meeting_date=day - dt.timedelta(days=5) if meeting
                     else None)


def _branch_spending(year: int, branches: list[accounts.Branch],
                     rng: random.Random) -> list[_Event]:
    events = []
    fiscal_categories = ("党建活动", "阵地建设", "办公用品", "培训党员",
                         "订阅或购买党员教育材料和设备")
    for index, branch in enumerate(branches):
        per_month = 7 if index == 0 else 1
        for month in range(1, 13):
            for day_of_month in sorted(rng.sample(range(13, 28), per_month)):
                category = rng.choice(fiscal_categories)
                fen = rng.randrange(8, 90) * 1000 + rng.choice((0, 0, 0, 50, 380))
                day = dt.date(year, month, day_of_month)
                summary = rng.choice(SPENDING[category])
                events.append(_Event(day, 2, _spending(
                    rng, day, fund="fiscal", holder=branch.id, fen=fen, category=category,
                    summary=summary), key=f"{year}-{index}-{month}-{day_of_month}"))
        day = dt.date(year, 7, 5)
        events.append(_Event(day, 2, _spending(
            rng, day, fund="dues", holder=branch.id, fen=120_000, category="慰问困难党员",
            summary="“七一”走访慰问困难党员", meeting=f"{branch.name}支委会（{year}年第4次）")))
    day = dt.date(year, 11, 6)
    events.append(_Event(day, 2, _spending(
        rng, day, fund="fiscal", holder=branches[0].id, fen=680_000, category="阵地建设",
        summary="党群服务站桌椅和书柜采购", meeting=f"{branches[0].name}支委会（{year}年第9次）")))
    return events


def _community(year: int, rng: random.Random) -> list[_Event]:
    plan = ((2, 25, "fiscal", 350_000, "党建活动", "社区迎新春党员联欢活动"),
            (6, 28, "fiscal", 460_000, "党建活动", "社区“七一”表彰大会会务"),
            (9, 10, "donation", 250_000, "党建活动", "重阳节小区助老志愿服务物资"),
            (12, 22, "dues", 300_000, "表彰先进", "表彰年度优秀共产党员"))
    return [_Event(dt.date(year, m, d), 2, _spending(
        rng, dt.date(year, m, d), fund=fund, holder=None, fen=fen, category=category,
        summary=summary, meeting=f"社区党委会（{year}年第{m}次）" if fund == "dues" else ""))
        for m, d, fund, fen, category, summary in plan]


def _reversals(year: int) -> list[_Event]:
    """A duplicate entered twice and an amount typed wrong, each reversed."""
    return [_Event(dt.date(year, 3, 28), 3, None, key=f"{year}-0-3-", reason="重复录入"),
            _Event(dt.date(year, 8, 29), 3, None, key=f"{year}-0-8-", reason="金额录错")]


def _plan(today: dt.date, branches: list[accounts.Branch], seed: int) -> list[_Event]:
    rng = random.Random(seed)
    events: list[_Event] = []
    for year in (today.year - 1, today.year):
        events += _receipts(year) + _allocations(year, branches, rng)
        events += _branch_spending(year, branches, rng) + _community(year, rng) + _reversals(year)
    draft_day = today - dt.timedelta(days=1)
    events.append(_Event(draft_day, 4, _spending(
        rng, draft_day, fund="fiscal", holder=branches[0].id, fen=26_000, category="办公用品",
        summary="打印纸和墨盒"), draft=True))
    events.append(_Event(draft_day, 4, EntryData(
        "receipt", "donation", draft_day, 100_000, "居民自愿捐赠小区党建活动经费",
        source="donation", counterparty="热心居民张秀英"), draft=True))
    return sorted((e for e in events if e.day <= today), key=lambda e: (e.day, e.order))


# Reversals are posted by someone other than their drafter (posting.py): the demo's reviewer.
DEMO_POSTER = Actor(*DEMO_USERS[1])


def build_funds_demo(session: Session, actor: Actor = SYSTEM, *, today: dt.date,
                     seed: int = 2026) -> FundsDemo:
    """Demo books for the branches already in the registry (models.demo.build_demo)."""
    branches = accounts.list_branches(session)
    if not branches:
        raise ValueError("the demo funds need compound branches: build the registry first")
    branches.sort(key=lambda b: b.id)
    posted: dict[str, int] = {}
    counts = {"posted": 0, "reversals": 0, "drafts": 0}
    for event in _plan(today, branches, seed):
        if event.data is None:
            target = next((k for k in posted if k.startswith(event.key)), None)
            if target is not None:
                draft = posting.reverse_entry(session, actor, posted.pop(target),
                                              on=event.day, reason=event.reason, today=today)
                posting.post_entry(session, DEMO_POSTER, draft.id, draft.version)
                counts["reversals"] += 1
            continue
        entry_id = entries.create_draft(session, actor, event.data, today=today)
        if event.draft:
            counts["drafts"] += 1
            continue
        posting.post_entry(session, actor, entry_id, 1)
        counts["posted"] += 1
        if event.key:
            posted[event.key] = entry_id
    _budgets(session, actor, today, branches)
    return FundsDemo((today.year - 1, today.year), counts["posted"], counts["reversals"],
                     counts["drafts"], branches[0].id, "fiscal")


def _budgets(session: Session, actor: Actor, today: dt.date,
             branches: list[accounts.Branch]) -> None:
    for year in (today.year - 1, today.year):
        for index, branch in enumerate(branches):
            scale = 3 if index == 0 else 1
            for category, fen in BUDGETS.items():
                budgets.create_budget(session, actor, year=year, branch_id=branch.id,
                                      category=category, amount=fen * scale)
