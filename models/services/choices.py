"""What the page's dialogs offer: units, the year's lists, categories, people (one read)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.registry.entities import Compound, Person, ResidentUnit
from models.services.lists import list_categories, list_lists


@dataclass(frozen=True)
class Choices:
    units: dict[int, str]
    lists: dict[int, str]  # list id -> unit name, for the year
    categories: dict[int, str]
    people: dict[int, str]  # person id -> "name（compound）"
    years: tuple[int, ...]


def choices(session: Session, year: int) -> Choices:
    units = {uid: name for uid, name in session.execute(
        select(ResidentUnit.id, ResidentUnit.name).order_by(ResidentUnit.name))}
    all_lists = list_lists(session)
    people = {pid: f"{name}（{compound}）" if compound else name
              for pid, name, compound in session.execute(
                  select(Person.id, Person.name, Compound.name)
                  .outerjoin(Compound, Compound.id == Person.compound_id)
                  .order_by(Person.search_key))}
    return Choices(units, {row.id: row.unit for row in all_lists if row.year == year},
                   {c.id: c.name for c in list_categories(session)}, people,
                   tuple(sorted({row.year for row in all_lists}, reverse=True)))
