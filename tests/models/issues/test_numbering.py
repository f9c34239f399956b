"""Problem numbers and letter 文号: per year, gap-free, unique across concurrent sessions.

Each thread has its own session (sessions never cross threads). On PostgreSQL the two
writers really overlap: the second blocks on the counter row until the first commits.
On SQLite BEGIN IMMEDIATE makes the second wait at the start of its unit of work.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace

import pytest

from models.db import Database
from models.issues import config, letters, numbering
from tests.models.issues.helpers import ADMIN, REVIEWER, TODAY, Office, drive, new_problem

PER_THREAD = 8


def run_threads(*targets: object) -> None:
    errors: list[BaseException] = []

    def guard(target):  # type: ignore[no-untyped-def]
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # reported below
                errors.append(exc)
        return run

    threads = [threading.Thread(target=guard(t)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors


def test_two_sessions_number_problems_without_gaps_or_duplicates(
        db: Database, office: Office) -> None:
    start = threading.Barrier(2)

    def clerk() -> None:
        start.wait()
        for _ in range(PER_THREAD):
            with db.session() as session:
                new_problem(session, office)

    run_threads(clerk, clerk)
    with db.read_session() as session:
        from models.issues import ledger  # noqa: PLC0415

        numbers = [r.number for r in ledger.problem_rows(
            session, ledger.problem_ids(session, ledger.ProblemFilter(), today=TODAY))]
    assert sorted(numbers) == [f"WT-2026-{n:04d}" for n in range(1, 2 * PER_THREAD + 1)]


def test_second_writer_waits_for_the_first_and_takes_the_next_number(db: Database) -> None:
    holding = threading.Event()
    got: dict[str, tuple[int, float]] = {}
    committed: list[float] = []

    def first() -> None:
        with db.session() as session:
            got["first"] = (numbering.next_value(session, "test", 2026), time.monotonic())
            holding.set()
            time.sleep(0.4)  # keep the counter row locked
        committed.append(time.monotonic())

    def second() -> None:
        holding.wait(10)
        with db.session() as session:
            got["second"] = (numbering.next_value(session, "test", 2026), time.monotonic())

    run_threads(first, second)
    assert (got["first"][0], got["second"][0]) == (1, 2)
    assert got["second"][1] >= committed[0]  # it waited for the commit, then read the row


def test_a_rolled_back_number_is_handed_out_again(db: Database, office: Office) -> None:
    with db.session() as session:
        assert new_problem(session, office).number == "WT-2026-0001"
    with pytest.raises(RuntimeError), db.session() as session:
        assert new_problem(session, office).number == "WT-2026-0002"
        raise RuntimeError("the clerk's save failed half-way")
    with db.session() as session:
        assert new_problem(session, office).number == "WT-2026-0002"
        # A problem found in another year starts that year's series.
        assert new_problem(session, office, found_on=dt.date(2025, 12, 30)).number == \
            "WT-2025-0001"


def issue(db: Database, problem_id: int, day: dt.date, today: dt.date = TODAY) -> str:
    with db.session() as session:
        draft = letters.draft_letter(session, problem_id, issued_on=day)
        return letters.issue_letter(session, REVIEWER, draft, today=today).number


def test_letter_numbers_per_year_concurrently(db: Database, office: Office) -> None:
    with db.session() as session:
        problems = [drive(session, office, "in_progress").id for _ in range(2)]
    found: list[str] = []
    start = threading.Barrier(2)

    def reviewer(problem_id: int) -> None:
        start.wait()
        for _ in range(PER_THREAD // 2):
            found.append(issue(db, problem_id, dt.date(2026, 2, 3)))

    run_threads(lambda: reviewer(problems[0]), lambda: reviewer(problems[1]))
    with db.read_session() as session:
        listed = letters.list_letters(session, year=2026)
    assert [letter.number for letter in listed] == [
        f"兴文社区〔2026〕{n}号" for n in range(1, PER_THREAD + 1)]
    assert sorted(found) == sorted(letter.number for letter in listed)


def test_letter_numbering_restarts_each_year_and_follows_the_prefix(
        db: Database, office: Office) -> None:
    with db.session() as session:
        problem = drive(session, office, "in_progress").id
    assert issue(db, problem, dt.date(2026, 2, 3)) == "兴文社区〔2026〕1号"
    with pytest.raises(RuntimeError), db.session() as session:
        draft = letters.draft_letter(session, problem, issued_on=dt.date(2026, 2, 4))
        letters.issue_letter(session, REVIEWER, draft, today=TODAY)
        raise RuntimeError("printing failed, the letter was not sent")
    assert issue(db, problem, dt.date(2026, 2, 5)) == "兴文社区〔2026〕2号"
    next_year = dt.date(2027, 3, 1)
    assert issue(db, problem, dt.date(2027, 1, 4), next_year) == "兴文社区〔2027〕1号"
    with db.session() as session:
        settings = config.letter_settings(session)
        config.set_letter_settings(session, ADMIN, replace(settings, prefix="兴文党委函"))
    assert issue(db, problem, dt.date(2027, 1, 5), next_year) == "兴文党委函〔2027〕2号"
