"""An election's deadlines on the home page: shown before they pass, overdue after."""
from __future__ import annotations

import datetime as dt

from models.auth import SYSTEM
from models.db import Database
from models.elections import course, votes
from models.elections import todo as elections_todo
from models.registry import places
from models.todo import Urgency


def make_course(db: Database) -> int:
    with db.session() as session:
        street = places.create_street(session, SYSTEM, name="东城街道")
        community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
        compound = places.create_compound(session, SYSTEM, community,
                                          places.CompoundData(name="翰林苑"))
        vote = votes.create_vote(session, SYSTEM, compound, matter=3, title="选举第二届业委会",
                                 items=["甲", "乙", "丙"], seats=1)
        course.save_course(session, SYSTEM, vote, course.CourseData(
            notice_on=dt.date(2026, 3, 1), meeting_on=dt.date(2026, 3, 16),
            elected_on=dt.date(2026, 3, 18)))
    return vote


def lines(db: Database, today: dt.date) -> list[tuple[str, Urgency, dt.date | None]]:
    with db.read_session() as session:
        return [(i.text, i.urgency, i.due) for i in elections_todo.todo(session, today)]


def test_deadlines_shown_before_they_pass_and_overdue_after(db: Database) -> None:
    make_course(db)
    assert lines(db, dt.date(2026, 3, 20)) == [
        ("“选举第二届业委会”：选举后 7 日内召开首次会议，2026-03-25 前", Urgency.DUE_SOON,
         dt.date(2026, 3, 25)),
        ("“选举第二届业委会”：选举后 30 日内备案，2026-04-17 前", Urgency.DUE_SOON,
         dt.date(2026, 4, 17))]  # the notice was given in time: nothing to do
    assert lines(db, dt.date(2026, 3, 26))[0] == (
        "“选举第二届业委会”：选举后 7 日内召开首次会议，已于 2026-03-25 到期", Urgency.OVERDUE,
        dt.date(2026, 3, 25))


def test_a_done_step_is_not_a_todo(db: Database) -> None:
    vote = make_course(db)
    with db.session() as session:
        course.save_course(session, SYSTEM, vote, course.CourseData(
            notice_on=dt.date(2026, 3, 1), meeting_on=dt.date(2026, 3, 16),
            elected_on=dt.date(2026, 3, 18), first_meeting_on=dt.date(2026, 3, 30),
            filed_on=dt.date(2026, 4, 2)))
    assert lines(db, dt.date(2026, 5, 1)) == []
