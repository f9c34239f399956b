"""The 公告 calling the owners' meeting and the 公示 of its result, rendered and read back."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models.auth import SYSTEM
from models.db import Database
from models.elections import course, votes
from models.errors import UserError
from reports import vote_notices
from tests.reports.test_vote_documents import make_vote, pages

MEETING = dt.date(2026, 12, 20)


def _text(path: Path) -> str:
    return "".join(pages(path)).replace("\n", "").replace(" ", "")


def _with_meeting(database: Database, vote: int) -> None:
    with database.session() as session:
        course.save_course(session, SYSTEM, vote, course.CourseData(
            notice_on=dt.date(2026, 12, 1), meeting_on=MEETING, meeting_place="翰林苑会所"))


def test_the_meeting_notice_waits_for_the_frozen_roll_and_the_meeting_date(
        sqlite_db: Database) -> None:
    vote = make_vote(sqlite_db, 2)
    with sqlite_db.read_session() as session, pytest.raises(UserError, match="锁定"):
        vote_notices.meeting_notice(vote_notices.build(session, vote))
    with sqlite_db.session() as session:
        votes.freeze_roll(session, SYSTEM, vote)
    with sqlite_db.read_session() as session, pytest.raises(UserError, match="会议的日期"):
        vote_notices.meeting_notice(vote_notices.build(session, vote))


def test_the_meeting_notice_prints_the_roll_its_digest_and_the_rules(
        sqlite_db: Database, tmp_path: Path) -> None:
    vote = make_vote(sqlite_db, 2)
    with sqlite_db.session() as session:
        digest = votes.freeze_roll(session, SYSTEM, vote)
    _with_meeting(sqlite_db, vote)
    with sqlite_db.read_session() as session:
        document = vote_notices.meeting_notice(vote_notices.build(session, vote))
    text = _text(vote_notices.render(document, tmp_path / "notice.pdf").path)
    # Three owners' flats of 88.50 m² and the developer's unsold flat of 60 m²: four heads.
    assert "专有部分共4套" in text and "325.50平方米" in text and "业主人数共4人" in text
    assert digest in text
    assert "2026年12月20日" in text and "翰林苑会所" in text and "集体讨论" in text
    assert "应选" not in text and "选举业主委员会委员2名，候选人2名" in text
    assert "翰林苑业主大会筹备组" in text and "2026年12月1日" in text


def test_the_result_notice_gives_each_candidates_shares_and_who_is_elected(
        sqlite_db: Database, tmp_path: Path) -> None:
    vote = make_vote(sqlite_db, 2)
    _with_meeting(sqlite_db, vote)
    with sqlite_db.read_session() as session, pytest.raises(UserError, match="没有录入选票"):
        vote_notices.result_notice(vote_notices.build(session, vote))
    with sqlite_db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [
            votes.BallotEntry("1栋-1单元-101", {"候选人001": "同意"}),
            votes.BallotEntry("1栋-1单元-201", {"候选人001": "同意", "候选人002": "同意"}),
            votes.BallotEntry("1栋-1单元-301", {"候选人002": "不同意"})])
    with sqlite_db.read_session() as session:
        document = vote_notices.result_notice(vote_notices.build(session, vote))
    text = _text(vote_notices.render(document, tmp_path / "result.pdf").path)
    # 3 of 4 owners (75%) holding 265.50 of 325.50 m² (81.57%) took part.
    assert "参与表决3人，占总人数的75.00%" in text and "81.57%" in text and "达到" in text
    # 候选人001: 2 of 3 participants, 177.00 of 265.50 m²: elected. 候选人002: 1 of 3.
    assert "候选人001：同意2人，占参与表决人数的66.67%" in text
    assert "同意面积177.00平方米" in text
    assert "候选人002：同意1人，占参与表决人数的33.33%" in text and "不同意1人" in text
    assert "应选2名，当选1名：候选人001。" in text
    assert "过半数" in text and "四分之三" not in text


def test_a_supermajority_matter_names_three_quarters(sqlite_db: Database) -> None:
    with sqlite_db.session() as session:
        compound = votes.vote_info(session, make_vote(sqlite_db, 1)).compound_id
        vote = votes.create_vote(session, SYSTEM, compound, matter=6, title="筹集维修资金",
                                 items=["筹集方案"])
        votes.freeze_roll(session, SYSTEM, vote)
    _with_meeting(sqlite_db, vote)
    with sqlite_db.read_session() as session:
        document = vote_notices.meeting_notice(vote_notices.build(session, vote))
    body = "".join(p if isinstance(p, str) else p.text for p in document.body)
    assert "四分之三以上" in body and "第（六）项" in body
    assert document.signature == "翰林苑业主委员会"


@pytest.mark.parametrize(("value", "text"), [(1, "一"), (9, "九"), (10, "十"), (21, "二十一"),
                                             (30, "三十")])
def test_chinese_numbers(value: int, text: str) -> None:
    assert vote_notices.chinese_number(value) == text
