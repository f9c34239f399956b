"""Ballots, proxy forms and the tally sheet, rendered and read back."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from models.auth import SYSTEM
from models.db import Database
from models.elections import votes
from models.elections.roll import RollOwner, RollRow
from models.errors import UserError
from models.registry import places
from reports import vote_ballots, vote_tally_sheet


def make_vote(database: Database, candidates: int) -> int:
    with database.session() as session:
        street = places.create_street(session, SYSTEM, name="东城街道")
        community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
        compound = places.create_compound(session, SYSTEM, community,
                                          places.CompoundData(name="翰林苑"))
        vote = votes.create_vote(session, SYSTEM, compound, matter=3, title="业委会选举",
                                 items=[f"候选人{n:03d}" for n in range(1, candidates + 1)],
                                 seats=min(9, candidates))
        votes.load_roll(session, SYSTEM, vote, [
            RollRow("1栋", "1单元", f"{n}01", "88.50", owners=(RollOwner(f"业主{n}"),))
            for n in range(1, 4)] + [RollRow("2栋", "", "101", "60", developer_unsold=True)])
    return vote


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def test_forty_candidates_fit_one_numbered_ballot_per_owner(sqlite_db: Database,
                                                            tmp_path: Path) -> None:
    vote = make_vote(sqlite_db, 40)
    with sqlite_db.read_session() as session, pytest.raises(UserError, match="冻结"):
        vote_ballots.build(session, vote)  # not before the roll is announced
    with sqlite_db.session() as session:
        votes.freeze_roll(session, SYSTEM, vote)
    with sqlite_db.read_session() as session:
        book = vote_ballots.build(session, vote)
    texts = pages(vote_ballots.render_ballots(book, tmp_path / "ballots.pdf"))
    assert len(texts) == 4  # three owners and the developer, one page each
    assert all("候选人040" in text and "候选人001" in text for text in texts)
    numbers = [votes.ballot_number(vote, n) for n in range(1, 5)]
    assert [number in text for number, text in zip(numbers, texts, strict=True)] == [True] * 4
    assert "88.50" in texts[0] and "建设单位" in texts[3]


def test_a_hundred_candidates_continue_under_the_same_number(sqlite_db: Database,
                                                             tmp_path: Path) -> None:
    vote = make_vote(sqlite_db, 100)
    with sqlite_db.session() as session:
        votes.freeze_roll(session, SYSTEM, vote)
    with sqlite_db.read_session() as session:
        book = vote_ballots.build(session, vote)
    texts = pages(vote_ballots.render_ballots(book, tmp_path / "ballots.pdf"))
    first_owner = [t for t in texts if votes.ballot_number(vote, 1) in t]
    assert len(first_owner) >= 2 and "（续）" in first_owner[1]
    assert all(f"候选人{n:03d}" in "".join(first_owner) for n in range(1, 101))
    proxies = pages(vote_ballots.render_proxies(book, tmp_path / "proxies.pdf"))
    assert len(proxies) == 4 and "授权委托书" in proxies[0]


def test_the_tally_sheet_prints_both_dimensions(sqlite_db: Database, tmp_path: Path) -> None:
    vote = make_vote(sqlite_db, 2)
    with sqlite_db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [
            votes.BallotEntry("1栋-1单元-101", {"候选人001": "同意"}),
            votes.BallotEntry("1栋-1单元-201", {"候选人001": "同意", "候选人002": "同意"}),
            votes.BallotEntry("1栋-1单元-301", {"候选人002": "不同意"})])
    with sqlite_db.read_session() as session:
        sheet = vote_tally_sheet.build(session, vote)
    text = "".join(pages(vote_tally_sheet.render(sheet, tmp_path / "tally.pdf")))
    # 候选人001: 2 of 3 participants and 2 of 4 owners; 177.00 of 265.50 m² and of 325.50 m².
    assert "66.67%" in text and "50.00%" in text and "177.00" in text and "54.38%" in text
