"""双服务清单's to-do items for the home page (models.todo).

- Items past their planned date and not yet served (待认领, 已认领, 实施中): overdue.
- Lists to evaluate at year end: from December on, a list of this year (or any earlier
  year) with served items not yet signed off or rated.
- Last year's unfinished items not yet carried over into this year's list.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.services.entities import ServiceItem, ServiceList
from models.services.vocab import UNFINISHED
from models.todo import TodoItem, Urgency

AREA, PAGE = "双服务清单", "ServicesPage"
EVALUATION_MONTH = 12


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    found = []
    late = session.execute(select(func.count(), func.min(ServiceItem.planned_on)).where(
        ServiceItem.state.in_(UNFINISHED), ServiceItem.planned_on < today)).one()
    if late[0]:
        found.append(TodoItem(AREA, f"{late[0]} 项服务已过计划日期尚未完成", Urgency.OVERDUE,
                              PAGE, count=int(late[0]), due=late[1], key="services:late"))
    last_year = today.year if today.month >= EVALUATION_MONTH else today.year - 1
    to_rate = session.scalar(
        select(func.count(func.distinct(ServiceItem.list_id)))
        .join(ServiceList, ServiceList.id == ServiceItem.list_id)
        .where(ServiceList.year <= last_year,
               ServiceItem.state.in_(("delivered", "confirmed")))) or 0
    if to_rate:
        found.append(TodoItem(AREA, f"{to_rate} 份双服务清单待年终确认和评价", Urgency.DUE_SOON,
                              PAGE, count=to_rate, due=dt.date(last_year, 12, 31),
                              key="services:evaluate"))
    carry = session.scalar(
        select(func.count()).select_from(ServiceItem)
        .join(ServiceList, ServiceList.id == ServiceItem.list_id)
        .where(ServiceList.year < today.year, ServiceItem.state.in_(UNFINISHED))) or 0
    if carry:
        found.append(TodoItem(AREA, f"上年 {carry} 项未完成事项待结转到今年清单",
                              Urgency.REMINDER, PAGE, count=carry, key="services:carry"))
    return found
