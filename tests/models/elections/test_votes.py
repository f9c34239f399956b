"""Owners' votes on a real database (SQLite and PostgreSQL): roll, freeze, ballots, tally."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.auth import SYSTEM, Actor
from models.db import Database
from models.elections import bodies, course, entry, votes
from models.elections.entities import Ballot, BodyMember, OwnerUnit, RollAmendment
from models.elections.roll import RollOwner, RollRow
from models.elections.rules import Member
from models.errors import UserError
from models.registry import places
from tests.support.users import add_users

ID_A = "11010519491231002X"  # valid check digits
ID_B = "110105194912310038"


@pytest.fixture
def compound(db: Database) -> int:
    with db.session() as session:
        add_users(session, CLERK_A, CLERK_B)  # the two clerks of the double entry
        street = places.create_street(session, SYSTEM, name="东城街道")
        community = places.create_community(session, SYSTEM, street_id=street, name="兴文社区")
        return places.create_compound(session, SYSTEM, community,
                                      places.CompoundData(name="翰林苑"))


def row(room: str, area: str, *owners: tuple[str, str], developer: bool = False,
        line: int = 0) -> RollRow:
    return RollRow("1栋", "1单元", room, area, "不动产登记",
                   tuple(RollOwner(name, number) for name, number in owners), developer, line)


def make_vote(db: Database, compound: int, rows: list[RollRow], **kwargs: object) -> int:
    with db.session() as session:
        vote = votes.create_vote(session, SYSTEM, compound, matter=kwargs.pop("matter", 4),
                                 title="续聘物业", items=kwargs.pop("items", ["续聘"]),
                                 seats=kwargs.pop("seats", None))
        votes.load_roll(session, SYSTEM, vote, rows)
    return vote


def unit_count(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(OwnerUnit)) or 0


def test_heads_and_area_from_the_roll(db: Database, compound: int) -> None:
    rows = [row("101", "100.50", ("张三", ID_A)), row("102", "80", ("张三", ID_A)),
            row("201", "90", ("李四", ""), ("王五", "")), row("301", "70", developer=True),
            row("302", "70", developer=True), row("401", "60", ("赵六", ID_B))]
    vote = make_vote(db, compound, rows)
    with db.read_session() as session:
        result = votes.vote_tally(session, vote)
    # 张三's two units, the co-owned 201, the developer's unsold units, 赵六: four heads.
    assert result.turnout.heads.whole == 4
    assert result.turnout.area.area_text() == "0.00/470.50"


def test_ballots_by_unit_and_by_number_then_the_tally(db: Database, compound: int) -> None:
    rows = [row(str(100 + n), "100", (f"业主{n}", "")) for n in range(1, 7)]
    vote = make_vote(db, compound, rows)
    with db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [
            votes.BallotEntry("1栋-1单元-101", {"续聘": "同意"}, line=2),
            votes.BallotEntry(votes.ballot_number(vote, 2), {"续聘": "同意"}, line=3),
            votes.BallotEntry("1栋-1单元-103", {"续聘": "√"}, line=4),
            votes.BallotEntry("1栋-1单元-104", {"续聘": "不同意"}, line=5)])
    with db.read_session() as session:
        result = votes.vote_tally(session, vote).as_json()
    assert result["turnout"] == {"heads": "4/6", "area": "400.00/600.00", "ok": True,
                                 "heads_needed": 0, "area_needed": "0.00"}
    assert result["items"][0]["heads"] == "3/4" and result["items"][0]["passed"]


@pytest.mark.parametrize(("entries", "message"), [
    ([("1栋-1单元-999", "同意")], "不在本次表决的业主名册中"),
    ([("1栋-1单元-101", "同意"), ("1栋-1单元-101", "不同意")], "已经投过票"),
    ([("1栋-1单元-101", "可以")], "无法识别"),
])
def test_bad_ballots_write_nothing(db: Database, compound: int,
                                   entries: list[tuple[str, str]], message: str) -> None:
    vote = make_vote(db, compound, [row("101", "100", ("甲", "")), row("102", "90", ("乙", ""))])
    with pytest.raises(UserError, match=message), db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [
            votes.BallotEntry(ref, {"续聘": choice}, line=n + 2)
            for n, (ref, choice) in enumerate(entries)])
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Ballot)) == 0


def test_a_second_ballot_later_is_refused(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, [row("101", "100", ("甲", ID_A)),
                                    row("102", "90", ("甲", ID_A))])
    with db.session() as session:
        votes.record_ballots(session, SYSTEM, vote,
                             [votes.BallotEntry("1栋-1单元-101", {"续聘": "同意"}, line=2)])
    with pytest.raises(UserError, match="已经投过票"), db.session() as session:
        # The same owner through another unit: one head, one ballot.
        votes.record_ballots(session, SYSTEM, vote,
                             [votes.BallotEntry("1栋-1单元-102", {"续聘": "不同意"}, line=2)])


def test_more_choices_than_seats_is_refused(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, [row("101", "100", ("甲", ""))], matter=3,
                     items=["张", "李", "王"], seats=2)
    with pytest.raises(UserError, match="超过应选名额"), db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [votes.BallotEntry(
            "1栋-1单元-101", {"张": "同意", "李": "同意", "王": "同意"}, line=2)])


@pytest.mark.parametrize(("rows", "message"), [
    ([row("101", "0", ("甲", ""))], "大于 0"),
    ([row("101", "abc", ("甲", ""))], "abc"),
    ([row("101", "80", ("甲", "")), row("101", "90", ("乙", ""))], "出现了两次"),
    ([row("101", "80", ("甲", "110105194912310021"))], "证件号码"),
    ([row("101", "80")], "没有业主"),
])
def test_a_bad_roll_writes_nothing(db: Database, compound: int, rows: list[RollRow],
                                   message: str) -> None:
    with db.session() as session:
        vote = votes.create_vote(session, SYSTEM, compound, matter=1, title="规约",
                                 items=["修改"])
    with pytest.raises(UserError, match=message), db.session() as session:
        votes.load_roll(session, SYSTEM, vote, rows)
    assert unit_count(db) == 0


def test_a_frozen_roll_changes_only_with_a_reason_and_before_ballots(
        db: Database, compound: int) -> None:
    vote = make_vote(db, compound, [row("101", "100", ("甲", ""))])
    with db.session() as session:
        digest = votes.freeze_roll(session, SYSTEM, vote)
    bigger = [row("101", "100", ("甲", "")), row("102", "50", ("乙", ""))]
    with pytest.raises(UserError, match="冻结"), db.session() as session:
        votes.load_roll(session, SYSTEM, vote, bigger)
    with db.session() as session:
        votes.load_roll(session, SYSTEM, vote, bigger, reason="漏登 102 室")
    with db.read_session() as session:
        amendment = session.scalars(select(RollAmendment)).one()
        assert (amendment.reason, amendment.sha256_before) == ("漏登 102 室", digest)
        assert votes.vote_tally(session, vote).turnout.heads.whole == 2
    with db.session() as session:
        votes.record_ballots(session, SYSTEM, vote,
                             [votes.BallotEntry("1栋-1单元-102", {"续聘": "同意"}, line=2)])
    with pytest.raises(UserError, match="已录入 1 张选票"), db.session() as session:
        votes.load_roll(session, SYSTEM, vote, bigger, reason="再改")


def test_a_ballot_number_with_a_wrong_check_character_is_named(
        db: Database, compound: int) -> None:
    vote = make_vote(db, compound, [row("101", "100", ("甲", ""))])
    good = votes.ballot_number(vote, 1)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(UserError, match="校验位"), db.session() as session:
        votes.record_ballots(session, SYSTEM, vote, [votes.BallotEntry(bad, {"续聘": "同意"})])


def test_a_vote_outside_article_278_is_refused(db: Database, compound: int) -> None:
    with pytest.raises(UserError, match="第二百七十八条"), db.session() as session:
        votes.create_vote(session, SYSTEM, compound, matter=10, title="x", items=["a"])


def rooms(count: int) -> list[RollRow]:
    return [row(str(100 + n), "100", (f"业主{n}", "")) for n in range(1, count + 1)]


CLERK_A = Actor("jingban", "经办人甲", "clerk")
CLERK_B = Actor("jingban2", "经办人乙", "clerk")


def test_double_entry_lists_every_mismatch_before_counting(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, rooms(4))
    typed = [("1栋-1单元-101", "同意"), ("1栋-1单元-102", "不同意"), ("1栋-1单元-103", "同意")]
    with db.session() as session:
        entry.enter_pass(session, CLERK_A, vote, 1, [
            votes.BallotEntry(ref, {"续聘": c}, line=n) for n, (ref, c) in enumerate(typed)])
    with pytest.raises(UserError, match="另一位经办人"), db.session() as session:
        entry.enter_pass(session, CLERK_A, vote, 2, [])
    second = [("1栋-1单元-101", "同意"), ("1栋-1单元-102", "同意")]  # one slip, one missing
    with db.session() as session:
        entry.enter_pass(session, CLERK_B, vote, 2, [
            votes.BallotEntry(ref, {"续聘": c}, line=n) for n, (ref, c) in enumerate(second)])
    with db.read_session() as session:
        found = entry.compare_passes(session, vote)
    assert [(m.number, m.what) for m in found] == [
        (2, "“续聘”：第一遍 不同意，第二遍 同意"), (3, "第二遍没有录入这张选票")]
    with pytest.raises(UserError, match="2 处不一致"), db.session() as session:
        entry.commit_passes(session, CLERK_A, vote)
    with db.read_session() as session:
        assert votes.vote_tally(session, vote).turnout.heads.part == 0  # nothing counted yet


def test_agreeing_passes_are_counted_once(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, rooms(3))
    for clerk, pass_no in ((CLERK_A, 1), (CLERK_B, 2)):
        with db.session() as session:
            entry.enter_pass(session, clerk, vote, pass_no, [
                votes.BallotEntry("1栋-1单元-101", {"续聘": "同意"}),
                votes.BallotEntry("1栋-1单元-102", {"续聘": "弃权"})])
    with db.session() as session:
        assert entry.commit_passes(session, CLERK_A, vote) == 2
    with db.read_session() as session:
        result = votes.vote_tally(session, vote)
        assert result.turnout.heads.heads_text() == "2/3" and result.items[0].heads.part == 1
        assert entry.compare_passes(session, vote) == []


def test_one_proxy_per_owner(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, [row("101", "100", ("甲", "")), row("102", "90", ("乙", ""))])
    with db.session() as session:
        entry.register_proxy(session, SYSTEM, vote, "1栋-1单元-101", proxy_name="丙",
                             proxy_id="110105194912310038")
    with pytest.raises(UserError, match="已登记委托给 丙"), db.session() as session:
        entry.register_proxy(session, SYSTEM, vote, "1栋-1单元-101", proxy_name="丁")
    with db.read_session() as session:
        rows = entry.proxies(session, vote)
    assert [(r.owners, r.proxy_name, r.proxy_id_masked) for r in rows] == [
        ("甲", "丙", "110105********0038")]


def members(count: int, *, secretary: bool = False) -> list[bodies.MemberData]:
    return [bodies.MemberData(f"委员{n}", "chair" if n == 0 else "member", party_member=n < 2,
                              branch_secretary=secretary and n == 0) for n in range(count)]


def test_a_committee_is_checked_and_its_changes_keep_history(db: Database, compound: int) -> None:
    start = dt.date(2026, 3, 25)
    with pytest.raises(UserError, match="5 至 11"), db.session() as session:
        bodies.create_body(session, SYSTEM, compound, kind="committee", name="业委会",
                           members=members(3), term_start=start, term_end=dt.date(2031, 3, 24))
    with db.session() as session:
        body = bodies.create_body(session, SYSTEM, compound, kind="committee", name="业委会",
                                  members=members(5, secretary=True), term_start=start,
                                  term_end=dt.date(2031, 3, 24))
        leaving = bodies.current_members(session, body)[4].id
    with pytest.raises(UserError, match="单数"), db.session() as session:
        bodies.replace_member(session, SYSTEM, body, leaving, on=dt.date(2027, 1, 1),
                              reason="迁出")  # four would be left
    with db.session() as session:
        bodies.replace_member(session, SYSTEM, body, leaving, on=dt.date(2027, 1, 1),
                              reason="迁出", successor=bodies.MemberData("新委员"))
    with db.read_session() as session:
        figures = bodies.body_figures(session)
        names = [m.name for m in bodies.current_members(session, body)]
        history = session.scalars(select(BodyMember).where(BodyMember.body_id == body)).all()
    assert names[-1] == "新委员" and "委员4" not in names
    assert len(history) == 6 and any(m.left_reason == "迁出" for m in history)
    assert (figures.with_committee, figures.secretaries_chairing, figures.party_members) == (
        1, 1, 2)


def test_the_course_keeps_its_order_and_shows_its_deadlines(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, rooms(3), matter=3, items=["甲", "乙", "丙"], seats=1)
    late = course.CourseData(notice_on=dt.date(2026, 3, 10), meeting_on=dt.date(2026, 3, 5))
    with pytest.raises(UserError, match="不能早于"), db.session() as session:
        course.save_course(session, SYSTEM, vote, late)
    with db.session() as session:
        course.save_course(session, SYSTEM, vote, course.CourseData(
            notice_on=dt.date(2026, 3, 2), meeting_on=dt.date(2026, 3, 16),
            elected_on=dt.date(2026, 3, 18), filing_documents=("management_rules",)))
    with db.read_session() as session:
        found = {d.key: d for d in course.course_deadlines(session, vote, dt.date(2026, 3, 26))}
        saved = course.course_data(session, vote)
    assert found["notice"].state == "late"  # 14 days before the meeting, not 15
    assert found["first_meeting"].state == "overdue"
    assert found["filing"].due == dt.date(2026, 4, 17)
    assert saved.filing_documents == ("management_rules",)


def test_prep_group_and_candidate_review(db: Database, compound: int) -> None:
    vote = make_vote(db, compound, rooms(3), matter=3, items=["甲", "乙"], seats=1)
    with pytest.raises(UserError, match="组长"), db.session() as session:
        course.set_prep_group(session, SYSTEM, vote, [
            Member("业主甲", leader=True), Member("业主乙"), Member("街道", side="street")])
    with db.session() as session:
        course.set_prep_group(session, SYSTEM, vote, [
            Member("街道", side="street", leader=True), Member("业主乙"), Member("业主丙")])
    with pytest.raises(UserError, match="理由"), db.session() as session:
        course.review_candidate(session, SYSTEM, vote, course.ReviewData("乙", eligible=False))
    with db.session() as session:
        course.review_candidate(session, SYSTEM, vote, course.ReviewData(
            "乙", recommended_by="业主联名", eligible=False, reviewer="王审查",
            reviewed_on=dt.date(2026, 3, 1), reason="欠缴物业费"))
    with db.read_session() as session:
        assert [r.eligible for r in course.reviews(session, vote)] == [None, False]
        assert len(course.prep_group(session, vote)) == 3
