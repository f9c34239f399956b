"""A module added later (elections) is covered by `check` just by writing through
models.records: its trail replays exactly, and a ballot changed in SQL is named."""
from __future__ import annotations

import json

from sqlalchemy import text

from models.auth import SYSTEM
from models.check import check_database
from models.db import Database
from models.elections import votes
from tests.models.elections.test_votes import compound, make_vote, row  # noqa: F401

__all__ = ["compound"]


def _election(db: Database, compound: int) -> int:  # noqa: F811 - the imported fixture
    vote = make_vote(db, compound, [row(str(100 + n), "100", (f"业主{n}", "")) for n in range(4)])
    with db.session() as session:
        votes.freeze_roll(session, SYSTEM, vote)
    with db.session() as session:
        votes.load_roll(session, SYSTEM, vote,
                        [row(str(100 + n), "100", (f"业主{n}", "")) for n in range(5)],
                        reason="漏登 104 室")
    with db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [
            votes.BallotEntry("1栋-1单元-100", {"续聘": "同意"}, line=2),
            votes.BallotEntry("1栋-1单元-101", {"续聘": "不同意"}, line=3)])
    return vote


def test_an_election_replays_exactly(db: Database, db_url: str,
                                     compound: int) -> None:  # noqa: F811
    _election(db, compound)
    db.dispose()
    assert check_database(db_url).problems == []


def test_a_ballot_changed_in_sql_is_named(db: Database, db_url: str,
                                          compound: int) -> None:  # noqa: F811
    """The 不同意 ballot turned into 同意 by hand."""
    _election(db, compound)
    with db.engine.begin() as connection:
        ballot, choices = connection.execute(text(
            "SELECT id, choices FROM ballot ORDER BY id DESC LIMIT 1")).one()
        forged = json.dumps({item: "agree" for item in json.loads(choices)})
        assert forged != choices
        connection.execute(text("UPDATE ballot SET choices = :c WHERE id = :i"),
                           {"c": forged, "i": ballot})
    db.dispose()
    problems = check_database(db_url).problems
    assert any(p.startswith(f"表 ballot 记录 {ballot} 字段 choices：") for p in problems), problems
