"""The home page's to-do list: what needs a clerk's attention today, from every module.

Each module that has deadlines or loose ends offers one function
`todo(session, today) -> list[TodoItem]` in a module named in `PROVIDERS`. The home page
and tests read `collect()`, so a module's rule for "this is overdue"
lives once, next to the module's other rules. A provider that fails (a damaged table, a
module whose schema is newer than this database) is reported as one item rather than
hiding everybody else's.

A provider with nothing to list while some tables are empty names them in
`ONLY_WITH_ROWS_IN`: until one of them has a row its module (and the models it reads) is
neither imported nor asked, so a community that does not use a module does not pay for
loading it each time the app starts (issue 12).
"""
from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from sqlalchemy import exists, select, table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from models.db import Database

log = logging.getLogger(__name__)


class Urgency(IntEnum):
    """Sort order on the home page: overdue first, then due soon, then reminders."""

    OVERDUE = 0
    DUE_SOON = 1
    REMINDER = 2


@dataclass(frozen=True)
class TodoItem:
    """One line of the to-do list.

    `page` is the key of the page that handles it (a `PageEntry.class_name` in
    `ui/shell/pages.py`, such as "IssuesPage"), so the home page can open it on a click.
    `text` is Chinese, complete and short ("3 个问题已超期未办结"); `count` and `due` are
    given when they exist so tests and the page can use them without parsing the text.
    `key` and `records` let the page show the records behind the line (a page offering
    `show_todo(item)` filters itself to them; otherwise it simply opens).
    """

    area: str
    text: str
    urgency: Urgency
    page: str
    count: int | None = None
    due: dt.date | None = None
    key: str = ""  # stable identity for tests and for remembering a dismissed reminder
    records: tuple[int, ...] = ()  # ids of the records behind the line, when few and known


Provider = Callable[[Session, dt.date], list[TodoItem]]

# Modules offering `todo(session, today)`, in the order their items are listed.
PROVIDERS: tuple[str, ...] = (
    "models.issues.todo", "models.elections.todo", "models.funds.todo",
    "models.volunteers.todo", "models.governance.todo", "models.governance.meeting_todo",
    "models.services.todo",
    "models.upward.todo", "models.backup_todo",
)


# Providers that have nothing to list while every one of these tables is empty (their
# rule reads no other rows that could make an item). tests/models/test_todo.py empties
# them under the demo data and expects nothing from the provider.
ONLY_WITH_ROWS_IN: dict[str, tuple[str, ...]] = {
    "models.elections.todo": ("election_course",),  # deadlines follow from a course's dates
    "models.funds.todo": ("fund_entry", "fund_budget"),  # drafts; spending over a budget
    "models.volunteers.todo": ("lecture", "service_member", "micro_wish"),
    "models.services.todo": ("service_item",),
    "models.governance.todo": ("compound_meeting_action", "mediation_case"),
}


def in_use(session: Session, names: tuple[str, ...] = PROVIDERS) -> tuple[str, ...]:
    """The providers among `names` that may have something to list: those not named in
    ONLY_WITH_ROWS_IN, and those with a row in one of their tables (one query, nothing
    imported). When the question fails (a damaged or missing table) every provider is
    asked, and the one that meets the damage reports it."""
    tables = sorted({name for module in names for name in ONLY_WITH_ROWS_IN.get(module, ())})
    if not tables:
        return names
    try:
        with session.begin_nested():
            row = session.execute(select(*(exists().select_from(table(name)).label(name)
                                           for name in tables))).one()
    except SQLAlchemyError:
        log.exception("could not tell which to-do providers have data")
        return names
    filled = {name for name, has_rows in zip(tables, row, strict=True) if has_rows}
    return tuple(module for module in names if module not in ONLY_WITH_ROWS_IN
                 or filled.intersection(ONLY_WITH_ROWS_IN[module]))


def load_providers(names: tuple[str, ...] = PROVIDERS) -> None:
    """Import these providers' modules (and the models they read) without asking anything:
    the app does it while the database opens, before the home page asks (issue 12)."""
    for name in names:
        importlib.import_module(name)


def load_providers_in_use(database: Database) -> None:
    """Import the providers that may have items in `database` (in_use), asking only whether
    their tables have rows: the app does it while the password is checked (issue 12)."""
    with database.read_session() as session:
        names = in_use(session)
    load_providers(names)


def collect(session: Session, today: dt.date, providers: tuple[str, ...] | None = None
            ) -> list[TodoItem]:
    """Every module's to-do items, most urgent first, then by due date. A provider whose
    tables are all empty (ONLY_WITH_ROWS_IN) is not imported or asked."""
    items: list[TodoItem] = []
    for name in in_use(session, PROVIDERS if providers is None else providers):
        items += _items_from(name, session, today)
    return sorted(items, key=lambda item: (item.urgency, item.due or dt.date.max))


def _items_from(name: str, session: Session, today: dt.date) -> list[TodoItem]:
    try:
        provider: Provider = importlib.import_module(name).todo
        with session.begin_nested():
            return list(provider(session, today))
    except Exception:  # one module's failure must not hide every other module's items
        log.exception("to-do provider %s failed", name)
        return [TodoItem(area=name, text="待办事项读取失败，请运行“检查数据库”",
                         urgency=Urgency.REMINDER, page="HomePage", key=f"failed:{name}")]
