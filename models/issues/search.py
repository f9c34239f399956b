"""Text search over a problem's number, title and description, for queries of any length.

Every whitespace-separated word must occur (as a substring) in one of the three fields.
- SQLite: words of three or more characters go through the FTS5 trigram index
  (problem_fts, kept in step by triggers); shorter words through LIKE, because SQLite
  3.40's trigram index silently finds nothing for one or two characters.
- PostgreSQL: ILIKE over one concatenated expression, which a pg_trgm GIN index (made by
  the migration when the extension can be created) answers for longer words.
"""
from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    Table,
    and_,
    column,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)

from models.issues.entities import Problem
from models.validation import search_words

TRIGRAM = 3
P: Table = Problem.__table__  # type: ignore[assignment]
FTS = table("problem_fts", column("rowid", Integer))  # virtual table, not in the metadata


def words(query: str) -> list[str]:
    return search_words(query)


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def pg_search_text() -> ColumnElement[str]:
    """Must stay the same expression as the index in migration 0003_issues; the spaces
    are inline literals (a bound parameter would not match the index expression)."""
    space = literal_column("' '", String)
    return P.c.number + space + P.c.title + space + P.c.description


def fts_phrase(word: str) -> str:
    """A quoted FTS5 phrase: no operator or column syntax inside a clerk's query."""
    return '"' + word.replace('"', '""') + '"'


def _sqlite_condition(terms: list[str]) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    long_terms = [w for w in terms if len(w) >= TRIGRAM]
    if long_terms:
        match = text("problem_fts MATCH :fts_query").bindparams(
            fts_query=" ".join(fts_phrase(w) for w in long_terms))
        conditions.append(P.c.id.in_(select(FTS.c.rowid).where(match)))
    for word in terms:
        if len(word) < TRIGRAM:
            pattern = f"%{escape_like(word)}%"
            conditions.append(or_(P.c.number.like(pattern, escape="\\"),
                                  P.c.title.like(pattern, escape="\\"),
                                  P.c.description.like(pattern, escape="\\")))
    return and_(*conditions)


def _postgres_condition(terms: list[str]) -> ColumnElement[bool]:
    haystack = pg_search_text()
    return and_(*(haystack.ilike(f"%{escape_like(w)}%", escape="\\") for w in terms))


def text_condition(dialect: str, query: str) -> ColumnElement[bool]:
    """A WHERE condition on problem for the clerk's search box (true() when empty)."""
    terms = words(query)
    if not terms:
        return true()
    if dialect == "sqlite":
        return _sqlite_condition(terms)
    return _postgres_condition(terms)
