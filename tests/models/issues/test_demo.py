"""The demo ledger: a year with every state, every level and every measure in it."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from models import demo
from models.db import Database
from models.issues import assignments, ledger, letters, scoring, stats
from models.issues.demo import build_issue_demo
from models.issues.entities import Assignment, Problem
from models.issues.vocab import LEVELS, STATES
from tests.support.users import add_demo_users

TODAY = dt.date(2026, 11, 25)
YEAR = (TODAY - dt.timedelta(days=364), TODAY)


def test_demo_year_has_everything(db: Database) -> None:
    with db.session() as session:
        add_demo_users(session)
        office = demo.build_demo(session)
        built = build_issue_demo(session, office, today=TODAY)
    assert (built.problems, built.meetings) == (150, 4)
    assert built.letters > 10 and built.coordinations > 0 and built.accountability > 0
    with db.read_session() as session:
        states = Counter(session.execute(select(Problem.state)).scalars())
        levels = Counter(session.execute(select(Assignment.level)).scalars())
        results = Counter(session.execute(select(Assignment.result)).scalars())
        reopened = session.execute(select(Problem.id).where(Problem.reopen_count > 0)).first()
        issued = letters.list_letters(session)
        figures = stats.issue_stats(session, *YEAR, as_of=TODAY).total
        ranked = scoring.ranking(session, *YEAR, as_of=TODAY)
        overdue = ledger.problem_ids(session, ledger.ProblemFilter(overdue_only=True),
                                     today=TODAY)
        escalated = next(p for p, in session.execute(
            select(Assignment.problem_id).where(Assignment.result == "escalated")))
        levels_of_one = [a.result for a in assignments.list_assignments(session, escalated)]
    assert set(states) == set(STATES)
    assert set(levels) == set(LEVELS)
    assert set(results) == {"open", "escalated", "resolved"} and reopened is not None
    assert levels_of_one[0] == "escalated"
    by_year: dict[int, list[letters.LetterRow]] = {}
    for letter in issued:
        by_year.setdefault(letter.year, []).append(letter)
    for year, batch in by_year.items():  # gap-free, and numbered in date order
        assert [x.seq for x in batch] == list(range(1, len(batch) + 1))
        assert [x.issued_on for x in batch] == sorted(x.issued_on for x in batch)
        assert batch[0].number == f"兴文社区〔{year}〕1号"
    assert figures.collected == 150 == figures.open + figures.solved + figures.out_of_scope
    assert 0 < figures.overdue == len(overdue) and 0 < figures.on_time < figures.solved
    assert len(ranked) > 5 and ranked[0].rank == 1
