"""One person cannot serve in two places at once: the overlap rule over every activity a
person's hours are logged for (team activities and in-service members' services).

`busy` is the one check. It answers with the other activity, described so the clerk can
find it ("2026-05-09 09:00–11:00 青年号·环境治理：清理楼道"), or None. The services ledger
(issue 14 items 1–3) calls it for delivery participants, and it consults the services
ledger's own `models.services.hours.busy` when that module exists, so the rule holds
across both ledgers whichever one the clerk types into first.
"""
from __future__ import annotations

import datetime as dt
import importlib
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models import messages
from models.errors import FieldError, UserError
from models.volunteers.entities import (
    Activity,
    ActivityHours,
    MemberService,
    ServiceMember,
    VolunteerTeam,
)

messages.register({
    "hours.overlap": "{name} 在 {other} 已登记服务时长，时间重叠，不能重复登记。",
    "hours.range": "服务时长应大于 0 且不超过 24 小时。",
    "hours.day_total": "{name} 在 {day} 的服务时长合计将超过 24 小时。",
    "hours.span": "服务时长不能超过活动时间（{span}）。",
    "hours.times": "结束时间应晚于开始时间（同一天内）。",
    "hours.clock": "时间应写成 时:分，如 09:30。",
    "hours.number": "时长应写成小时数，如 1.5（最小单位 1 分钟）。",
})

DAY_MINUTES = 24 * 60
# Which kind of record `exclude` names: the one being edited is not in conflict with itself.
ACTIVITY, SERVICE = "volunteer_activity", "member_service"
Exclude = tuple[str, int]


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def hours_text(minutes: int) -> str:
    """Minutes as hours with up to two decimals, exactly (90 → "1.5", 20 → "0.33")."""
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return str(whole)
    hundredths = (rest * 100 + 30) // 60
    return f"{whole}.{hundredths:02d}".rstrip("0")


def parse_clock(field: str, text: str) -> int:
    """ "9:30", "09:30", "9：30" or "24:00" → minutes after midnight."""
    raw = (text or "").strip().replace("：", ":")
    hour, _, minute = raw.partition(":")
    if not (hour.isascii() and hour.isdigit() and minute.isascii() and minute.isdigit()
            and len(minute) == 2):
        raise FieldError(field, "hours.clock")
    value = int(hour) * 60 + int(minute)
    if int(minute) >= 60 or value > DAY_MINUTES:
        raise FieldError(field, "hours.clock")
    return value


def parse_hours(field: str, text: str) -> int:
    """Hours typed as "2", "1.5" or "0.25" → whole minutes; anything else is refused."""
    raw = (text or "").strip()
    try:
        value = Decimal(raw) * 60 if raw.isascii() else None
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite() or value != value.to_integral_value():
        raise FieldError(field, "hours.number")
    return int(value)


def hours_decimal(minutes: int) -> Decimal:
    """Minutes as hours rounded half up to two places, for printing and Excel."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def check_times(start_minute: int, end_minute: int) -> None:
    if not 0 <= start_minute < end_minute <= DAY_MINUTES:
        raise FieldError("end", "hours.times")


def check_minutes(minutes: int, span: int | None = None) -> None:
    """Hours ≤ 0 or over 24 are refused; so are more hours than the activity lasted."""
    if minutes <= 0 or minutes > DAY_MINUTES:
        raise FieldError("minutes", "hours.range")
    if span is not None and minutes > span:
        raise FieldError("minutes", "hours.span", span=f"{hours_text(span)} 小时")


def _moment(day: dt.date, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)


def _describe(day: dt.date, start: int, end: int, what: str) -> str:
    return f"{day.isoformat()} {clock(start)}–{clock(end)} {what}"


Booked = tuple[str, int, int, int, int, str]  # table, id, start, end, minutes, what


def _activities(session: Session, person_id: int, day: dt.date) -> list[Booked]:
    parent = aliased(VolunteerTeam)
    stmt = (select(Activity.id, Activity.start_minute, Activity.end_minute,
                   ActivityHours.minutes, VolunteerTeam.name, parent.name, Activity.content)
            .join(ActivityHours, ActivityHours.activity_id == Activity.id)
            .join(VolunteerTeam, VolunteerTeam.id == Activity.team_id)
            .outerjoin(parent, parent.id == VolunteerTeam.parent_id)
            .where(ActivityHours.person_id == person_id, Activity.day == day)
            .order_by(Activity.start_minute, Activity.id))
    found = []
    for row_id, start, end, minutes, team, parent_name, content in session.execute(stmt):
        name = f"{parent_name}·{team}" if parent_name else team
        found.append((ACTIVITY, row_id, start, end, minutes, f"{name}：{content}"))
    return found


def _services(session: Session, person_id: int, day: dt.date) -> list[Booked]:
    stmt = (select(MemberService.id, MemberService.start_minute, MemberService.end_minute,
                   MemberService.minutes, MemberService.content)
            .join(ServiceMember, ServiceMember.id == MemberService.member_id)
            .where(ServiceMember.person_id == person_id, MemberService.day == day)
            .order_by(MemberService.start_minute, MemberService.id))
    return [(SERVICE, row_id, start, end, minutes, f"在职党员服务：{content}")
            for row_id, start, end, minutes, content in session.execute(stmt)]


def _day(session: Session, person_id: int, day: dt.date, exclude: Exclude | None
         ) -> list[Booked]:
    """Everything `person_id` has logged on `day`, but the record being edited."""
    return [b for b in _activities(session, person_id, day) + _services(session, person_id, day)
            if (b[0], b[1]) != exclude]


def _overlapping(booked: list[Booked], day: dt.date, begin: int, finish: int) -> str | None:
    for _table, _id, start, end, _minutes, what in booked:
        if start < finish and begin < end:
            return _describe(day, start, end, what)
    return None


def own_busy(session: Session, person_id: int, start: dt.datetime, end: dt.datetime,
             exclude: Exclude | None = None) -> str | None:
    """`busy` over this ledger's records only (team activities, members' services): what
    the services ledger's overlap check calls (see `connect`)."""
    day = start.date()
    begin = start.hour * 60 + start.minute
    finish = begin + int((end - start).total_seconds() // 60)
    return _overlapping(_day(session, person_id, day, exclude), day, begin, finish)


def busy(session: Session, person_id: int, start: dt.datetime, end: dt.datetime,
         exclude: Exclude | None = None) -> str | None:
    """The first activity of `person_id` that overlaps [start, end), or None: in this
    ledger, then in the services ledger's delivery records.

    Touching intervals (one ends at 11:00, the next begins at 11:00) do not overlap.
    `exclude` is (table, id) of the record being edited. An interval may not cross
    midnight: activities are logged per day."""
    return (own_busy(session, person_id, start, end, exclude)
            or _other_ledger(session, person_id, start, end, exclude))


SERVICES_HOURS = "models.services.hours"


def _services_hours() -> Any | None:
    """The services ledger's overlap module, if this build has it."""
    try:
        return importlib.import_module(SERVICES_HOURS)
    except ImportError:
        return None


def connect() -> None:
    """Offer `own_busy` to the services ledger's check (its `register`), so a delivery's
    participant is refused when busy in a team activity or a member's service. Called when
    this package is imported (models.entities imports it), so it holds in every process."""
    other = _services_hours()
    register = getattr(other, "register", None)
    if register is not None:
        register(own_busy)


def _other_ledger(session: Session, person_id: int, start: dt.datetime, end: dt.datetime,
                  exclude: Exclude | None) -> str | None:
    """The services ledger's own check (models.services.hours.busy), if it is installed.
    It may ask `own_busy` again (registered there); that finds nothing new, and cannot
    loop, because `own_busy` never asks back."""
    check = getattr(_services_hours(), "busy", None)
    if check is None:
        return None
    found: str | None = check(session, person_id, start, end, exclude=exclude)
    return found


def refuse_overlap(session: Session, person_id: int, name: str, day: dt.date,
                   start_minute: int, end_minute: int, minutes: int,
                   exclude: Exclude | None = None) -> None:
    """Refuse logging `minutes` for `name` in [start, end) on `day` if it overlaps another
    activity of theirs (named) or brings their day over 24 hours."""
    booked = _day(session, person_id, day, exclude)
    start, end = _moment(day, start_minute), _moment(day, end_minute)
    other = (_overlapping(booked, day, start_minute, end_minute)
             or _other_ledger(session, person_id, start, end, exclude))
    if other is not None:
        raise UserError("hours.overlap", name=name, other=other)
    if sum(b[4] for b in booked) + minutes > DAY_MINUTES:
        raise UserError("hours.day_total", name=name, day=day.isoformat())
