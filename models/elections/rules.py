"""The rules an election's bodies and calendar keep, as pure functions (no database).

- A 业委会 has 5–11 members, an odd number, a term of at most 5 years (指导规则 art. 31, 32);
  the same size rule is applied to a 自管委; 议事会 and 自治小组 are checked for an odd number
  only (no national rule sets their size).
- A 筹备组 has an odd number of members, owner representatives at least half, and its
  leader from the street office (指导规则 art. 10).
- The calendar: the meeting notice at least 15 days before the meeting (物业管理条例 art. 14),
  the first committee meeting within 7 days of the election (指导规则 art. 32), the 备案
  within 30 days (art. 33; 物业管理条例 art. 16), changes reported within 30 days (art. 34).
  Provinces differ, so every period is a setting with the national default.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

BODY_KINDS = {"committee": "业主委员会", "self_management": "自管委",
              "council": "议事会", "self_group": "自治小组"}
POSTS = {"chair": "主任", "vice_chair": "副主任", "member": "委员"}
PREP_SIDES = {"street": "街道", "residents_committee": "居委会", "developer": "建设单位",
              "owner": "业主代表", "property": "物业服务企业"}

# National defaults (days, members, years); an administrator may set provincial values.
DEFAULTS: Mapping[str, int] = {
    "notice_days": 15, "first_meeting_days": 7, "filing_days": 30, "change_report_days": 30,
    "min_members": 5, "max_members": 11, "max_term_years": 5,
}


@dataclass(frozen=True)
class Member:
    name: str
    post: str = "member"  # chair / vice_chair / member
    party_member: bool = False
    side: str = "owner"  # for a 筹备组: street / residents_committee / developer / owner …
    leader: bool = False  # for a 筹备组: its leader


def body_problems(kind: str, members: Sequence[Member], term_start: dt.date | None,
                  term_end: dt.date | None, settings: Mapping[str, int] = DEFAULTS) -> list[str]:
    """Everything wrong with a body's composition and term ([] when it is lawful)."""
    problems = []
    count = len(members)
    if kind in ("committee", "self_management"):
        low, high = settings["min_members"], settings["max_members"]
        if not low <= count <= high:
            problems.append(f"成员应为 {low} 至 {high} 人，现有 {count} 人")
    if count % 2 == 0:
        problems.append(f"成员人数应为单数，现有 {count} 人")
    chairs = sum(1 for m in members if m.post == "chair")
    if count and chairs != 1:
        problems.append(f"应有且只有一名主任，现有 {chairs} 名")
    if term_start and term_end:
        years = settings["max_term_years"]
        if term_end <= term_start:
            problems.append("任期结束日期应晚于开始日期")
        elif term_end > _add_years(term_start, years):
            problems.append(f"任期不得超过 {years} 年")
    return problems


def prep_group_problems(members: Sequence[Member]) -> list[str]:
    """Everything wrong with a 筹备组's composition ([] when it is lawful)."""
    problems = []
    count = len(members)
    if count == 0:
        return ["筹备组还没有成员"]
    if count % 2 == 0:
        problems.append(f"筹备组人数应为单数，现有 {count} 人")
    owners = sum(1 for m in members if m.side == "owner")
    if 2 * owners < count:
        problems.append(f"业主代表应不少于一半，现有 {owners} / {count} 人")
    leaders = [m for m in members if m.leader]
    if len(leaders) != 1:
        problems.append(f"应有一名组长，现有 {len(leaders)} 名")
    elif leaders[0].side != "street":
        problems.append("组长应由街道办事处（乡镇人民政府）代表担任")
    return problems


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Deadline:
    key: str
    label: str
    due: dt.date
    done_on: dt.date | None
    state: str  # "done", "late" (done after the due date), "open", "overdue"


@dataclass(frozen=True)
class CourseDates:
    """The dates an election's course has reached (None where not yet)."""

    notice_on: dt.date | None = None  # 公告 of the meeting (and the frozen roll)
    meeting_on: dt.date | None = None  # the owners' meeting (or the end of written voting)
    elected_on: dt.date | None = None  # the tally announced (公示)
    first_meeting_on: dt.date | None = None  # the committee's first meeting
    filed_on: dt.date | None = None  # 备案
    changed_on: dt.date | None = None  # a later change of members
    change_reported_on: dt.date | None = None


def deadlines(dates: CourseDates, today: dt.date,
              settings: Mapping[str, int] = DEFAULTS) -> list[Deadline]:
    """The deadlines that follow from the dates entered, each with its state today."""
    found = []
    if dates.meeting_on is not None:
        due = dates.meeting_on - dt.timedelta(days=settings["notice_days"])
        found.append(_deadline("notice", f"会议召开 {settings['notice_days']} 日前公告", due,
                               dates.notice_on, today))
    if dates.elected_on is not None:
        first = dates.elected_on + dt.timedelta(days=settings["first_meeting_days"])
        found.append(_deadline("first_meeting",
                               f"选举后 {settings['first_meeting_days']} 日内召开首次会议",
                               first, dates.first_meeting_on, today))
        filing = dates.elected_on + dt.timedelta(days=settings["filing_days"])
        found.append(_deadline("filing", f"选举后 {settings['filing_days']} 日内备案", filing,
                               dates.filed_on, today))
    if dates.changed_on is not None:
        report = dates.changed_on + dt.timedelta(days=settings["change_report_days"])
        found.append(_deadline("change_report",
                               f"成员变更后 {settings['change_report_days']} 日内报告", report,
                               dates.change_reported_on, today))
    return found


def _deadline(key: str, label: str, due: dt.date, done_on: dt.date | None,
              today: dt.date) -> Deadline:
    if done_on is not None:
        state = "done" if done_on <= due else "late"
    else:
        state = "overdue" if today > due else "open"
    return Deadline(key, label, due, done_on, state)
