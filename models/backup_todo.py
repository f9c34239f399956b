"""The last backup's age on the home page: a clerk should see when the safety net is old.

Backups are taken on exit at most once a day (models.backup); a database without a
regular backup for more than `STALE_DAYS` days, or never backed up, is an overdue line.
Otherwise the line is a quiet reminder of when the last one was taken.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from models.backup import backup_folder, list_backups
from models.todo import TodoItem, Urgency

AREA = "备份"
PAGE = "HomePage"  # the home page opens 备份与恢复 for this line
KEY = "backup:age"
STALE_DAYS = 7


def todo(session: Session, today: dt.date) -> list[TodoItem]:
    folder = backup_folder(session.get_bind().engine.url)
    taken = [b.taken_at.date() for b in list_backups(folder) if b.kind == "regular"]
    if not taken:
        return [TodoItem(AREA, "数据库尚未备份（退出时自动备份，也可在“文件—备份与恢复”中备份）",
                         Urgency.OVERDUE, PAGE, key=KEY)]
    last = max(taken)
    age = (today - last).days
    when = "今天" if age <= 0 else f"{age} 天前"
    if age > STALE_DAYS:
        return [TodoItem(AREA, f"已 {age} 天未备份（上次 {last:%Y-%m-%d}）", Urgency.OVERDUE, PAGE,
                         age, last, key=KEY)]
    return [TodoItem(AREA, f"上次备份：{when}（{last:%Y-%m-%d}）", Urgency.REMINDER, PAGE,
                     max(age, 0), last, key=KEY)]
