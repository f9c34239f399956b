"""The last backup's age on the home page."""
from __future__ import annotations

import datetime as dt

from models import backup_todo
from models.backup import backup_now
from models.db import Database
from models.todo import Urgency


def line(db: Database, today: dt.date) -> tuple[str, Urgency]:
    with db.read_session() as session:
        (item,) = backup_todo.todo(session, today)
    return item.text, item.urgency


def test_never_backed_up_then_the_age_of_the_last_backup(sqlite_db: Database) -> None:
    assert line(sqlite_db, dt.date(2026, 11, 30))[1] is Urgency.OVERDUE
    backup_now(sqlite_db, now=dt.datetime(2026, 11, 20, 17, 30))
    assert line(sqlite_db, dt.date(2026, 11, 20)) == ("上次备份：今天（2026-11-20）",
                                                      Urgency.REMINDER)
    assert line(sqlite_db, dt.date(2026, 11, 27)) == ("上次备份：7 天前（2026-11-20）",
                                                      Urgency.REMINDER)
    assert line(sqlite_db, dt.date(2026, 11, 30)) == ("已 10 天未备份（上次 2026-11-20）",
                                                      Urgency.OVERDUE)
