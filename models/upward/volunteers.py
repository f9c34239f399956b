"""志愿服务 upward: volunteer teams and their hours, 社区微讲堂 and 在职党员双报到, as
aggregates only. No volunteer's, booker's, wisher's or member's name or phone goes up, and
no record either: a team's name is the most specific thing sent (the street compares teams
across communities by their figures, not by who served).

Hours are minutes, as integers; teams and members are counted as they stand on the
period's last day, activities, lectures, wishes and services by their dates in the period.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.upward.modules import ExportContext, Sheet, envelope, sum_figures
from models.upward.period import Period
from models.volunteers.entities import (
    Lecture,
    LectureBooking,
    MemberService,
    ServiceMember,
    TeamMember,
    VolunteerTeam,
    Wish,
)
from models.volunteers.totals import hours_by_team

NAME = "volunteers"
LABEL = "志愿服务"


def _count(session: Session, stmt: Any) -> int:
    return int(session.execute(stmt).scalar_one() or 0)


def _teams(session: Session, period: Period) -> dict[str, Any]:
    hours = hours_by_team(session, period.start, period.end)
    members = select(func.count(func.distinct(TeamMember.person_id))).where(
        (TeamMember.joined_on.is_(None)) | (TeamMember.joined_on <= period.end))
    return {
        "teams": _count(session, select(func.count()).select_from(VolunteerTeam)
                        .where(VolunteerTeam.parent_id.is_(None))),
        "sub_teams": _count(session, select(func.count()).select_from(VolunteerTeam)
                            .where(VolunteerTeam.parent_id.is_not(None))),
        "members": _count(session, members),
        "activities": sum(t.activities for t in hours),
        "minutes": sum(t.minutes for t in hours),
        "by_team": {t.team: {"people": t.people, "activities": t.activities,
                             "minutes": t.minutes} for t in hours},
    }


def _lectures(session: Session, period: Period) -> dict[str, Any]:
    held = Lecture.day.between(period.start, period.end)
    bookings = (select(func.count()).select_from(LectureBooking)
                .join(Lecture, Lecture.id == LectureBooking.lecture_id).where(held))
    return {
        "menu": _count(session, select(func.count()).select_from(Lecture)),
        "held": _count(session, select(func.count()).select_from(Lecture).where(held)),
        "booked": _count(session, bookings.where(LectureBooking.state == "booked")),
        "waitlisted": _count(session, bookings.where(LectureBooking.state == "waitlist")),
        "attended": _count(session, bookings.where(LectureBooking.attended.is_(True))),
    }


def _members(session: Session, period: Period) -> dict[str, Any]:
    services = select(func.count(), func.sum(MemberService.minutes)).where(
        MemberService.day.between(period.start, period.end))
    count, minutes = session.execute(services).one()
    return {
        "registered": _count(session, select(func.count()).select_from(ServiceMember)
                             .where(ServiceMember.registered_on <= period.end)),
        "registered_in_period": _count(session, select(func.count()).select_from(ServiceMember)
                                       .where(ServiceMember.registered_on
                                              .between(period.start, period.end))),
        "services": int(count or 0), "service_minutes": int(minutes or 0),
        "wishes_posted": _count(session, select(func.count()).select_from(Wish)
                                .where(Wish.posted_on.between(period.start, period.end))),
        "wishes_claimed": _count(session, select(func.count()).select_from(Wish)
                                 .where(Wish.claimed_on.between(period.start, period.end))),
        "wishes_done": _count(session, select(func.count()).select_from(Wish)
                              .where(Wish.done_on.between(period.start, period.end))),
    }


def export(session: Session, period: Period, ctx: ExportContext) -> dict[str, Any]:
    figures = {"teams": _teams(session, period), "lectures": _lectures(session, period),
               "members": _members(session, period)}
    return envelope(NAME, period, figures, [])


def aggregate(datas: list[dict[str, Any]]) -> dict[str, Any]:
    return sum_figures([data["figures"] for data in datas]) or {}


def hours_text(minutes: int) -> str:
    """Minutes as the clerks write a duration, exactly: 90 -> "1小时30分"."""
    whole, rest = divmod(minutes, 60)
    return f"{whole}小时{rest}分" if rest else f"{whole}小时"


def sheets(data: dict[str, Any]) -> list[Sheet]:
    f = data["figures"]
    teams, lectures, members = f["teams"], f["lectures"], f["members"]
    figures = Sheet("志愿服务统计", ("项目", "数量"), [
        ("志愿服务队", str(teams["teams"])), ("分队", str(teams["sub_teams"])),
        ("队员", str(teams["members"])), ("服务活动", str(teams["activities"])),
        ("服务时长", hours_text(teams["minutes"])),
        ("微讲堂菜单", str(lectures["menu"])), ("微讲堂开讲", str(lectures["held"])),
        ("预约", str(lectures["booked"])), ("候补", str(lectures["waitlisted"])),
        ("到场", str(lectures["attended"])),
        ("在职党员报到", str(members["registered"])),
        ("其中本期报到", str(members["registered_in_period"])),
        ("在职党员服务", str(members["services"])),
        ("在职党员服务时长", hours_text(members["service_minutes"])),
        ("微心愿发布", str(members["wishes_posted"])),
        ("微心愿认领", str(members["wishes_claimed"])),
        ("微心愿完成", str(members["wishes_done"]))])
    by_team = Sheet("各队服务时长", ("服务队", "人数", "活动", "时长"), [
        (team, str(row["people"]), str(row["activities"]), hours_text(row["minutes"]))
        for team, row in sorted(teams["by_team"].items())])
    return [figures, by_team]


def totals(data: dict[str, Any]) -> list[tuple[str, str]]:
    f = data["figures"]
    return [("志愿服务时长", hours_text(f["teams"]["minutes"])),
            ("在职党员报到（本期服务）",
             f"{f['members']['registered']}（{f['members']['services']}）")]
