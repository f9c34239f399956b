"""The service lists' to-do items, as the home page lists them."""
from __future__ import annotations

import datetime as dt

from models import todo
from models.db import Database
from models.services.todo import todo as services_todo
from tests.models.issues.helpers import Office
from tests.models.services.helpers import drive, new_item, new_list


def test_late_items_and_year_end_work(db: Database, office: Office) -> None:
    with db.session() as session:
        list_id = new_list(session, office)
        new_item(session, list_id, planned=dt.date(2026, 4, 1))  # late from 2 April
        served = new_item(session, list_id, planned=dt.date(2026, 3, 20))
        drive(session, office, served, "delivered")  # served, not signed: not late
        new_item(session, list_id, planned=dt.date(2026, 9, 1))  # not due yet
    with db.read_session() as session:
        in_june = services_todo(session, dt.date(2026, 6, 30))
        in_december = services_todo(session, dt.date(2026, 12, 5))
        next_year = services_todo(session, dt.date(2027, 1, 10))
        on_home = todo.collect(session, dt.date(2026, 6, 30))
    assert [(i.text, i.count, i.due) for i in in_june] == [
        ("1 项服务已过计划日期尚未完成", 1, dt.date(2026, 4, 1))]
    assert [i.key for i in on_home if i.key.startswith("services:")] == ["services:late"]
    assert [(i.key, i.count) for i in in_december] == [("services:late", 2),
                                                       ("services:evaluate", 1)]
    assert [(i.key, i.count) for i in next_year] == [("services:late", 2),
                                                     ("services:evaluate", 1),
                                                     ("services:carry", 2)]
    assert next_year[2].text == "上年 2 项未完成事项待结转到今年清单"
