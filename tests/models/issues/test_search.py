"""Search by words of any length: 1, 2 and 3+ Chinese characters, numbers, odd symbols.

On SQLite, words of three or more characters go through the FTS5 trigram index and
shorter ones through LIKE (the trigram index silently finds nothing for them); on
PostgreSQL everything is ILIKE. Both must find exactly the same problems.
"""
from __future__ import annotations

import pytest

from models.db import Database
from models.issues import ledger, problems
from tests.models.issues.helpers import CLERK, TODAY, Office, Shared, new_problem, problem_data

PROBLEMS = {
    "A": ("翰林苑3栋垃圾清运不及时", "垃圾桶满溢，夏季异味严重。"),
    "B": ("阳光花园路灯损坏", "夜间出行存在安全隐患。"),
    "C": ("消防通道被占用", "私家车长期占用消防通道。"),
    "D": ("电梯故障", "老人被困电梯，一个月内 50% 的时间停运。"),
}


def make(db: Database, office: Office) -> dict[str, int]:
    with db.session() as session:
        return {key: new_problem(session, office, title=title, description=text).id
                for key, (title, text) in PROBLEMS.items()}


@pytest.fixture(scope="module")
def searchable(shared: Shared) -> Database:
    """The four problems in this module's shared database (numbered 0001 to 0004)."""
    make(*shared)
    return shared[0]


def search(db: Database, query: str) -> list[str]:
    with db.read_session() as session:
        ids = ledger.problem_ids(session, ledger.ProblemFilter(text=query, sort="number",
                                                               descending=False), today=TODAY)
        return [row.title for row in ledger.problem_rows(session, ids, today=TODAY)]


@pytest.mark.parametrize(("query", "expected"), [
    ("垃", ["A"]), ("灯", ["B"]), ("梯", ["D"]),  # one character
    ("路灯", ["B"]), ("占用", ["C"]), ("隐患", ["B"]),  # two characters
    ("垃圾清运", ["A"]), ("消防通道", ["C"]), ("安全隐患", ["B"]), ("被困电梯", ["D"]),
    ("电梯 停运", ["D"]), ("翰林苑 垃圾", ["A"]), ("清运 翰林", ["A"]),  # every word
    ("WT-2026-0002", ["B"]), ("wt-2026-0003", ["C"]), ("0004", ["D"]), ("026", "ABCD"),
    ("50%", ["D"]), ("%", ["D"]), ("_", []), ('"', []), ("不存在的问题", []), ("  ", "ABCD"),
])
def test_words_of_any_length(searchable: Database, query: str, expected: list[str]) -> None:
    assert search(searchable, query) == [PROBLEMS[key][0] for key in expected]


def test_index_follows_edits(db: Database, office: Office) -> None:
    found = make(db, office)
    with db.session() as session:
        problems.update_problem(session, CLERK, found["B"], 1, problem_data(
            office, title="阳光花园井盖缺失", description="人行道窨井盖缺失。"), today=TODAY)
    assert search(db, "路灯损坏") == []
    assert search(db, "井盖缺失") == ["阳光花园井盖缺失"]
    assert search(db, "窨") == ["阳光花园井盖缺失"]
