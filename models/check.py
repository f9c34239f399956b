"""`python main.py check`: is this database healthy, current, and is its audit chain whole?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from models import audit, migrate
from models.db import Database, describe, open_database, sqlite_problem, to_url
from models.errors import UserError

REASONS = {
    "missing": "该行缺失（被删除）",
    "order": "行号顺序被改动",
    "link": "与前一行的哈希链接不符（前面的行被删除、插入或调换）",
    "content": "内容与其哈希不符（该行被改动）",
}


@dataclass(frozen=True)
class CheckReport:
    location: str
    problems: list[str]
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(target: str, *, password_lookup: object = None) -> CheckReport:
    url = to_url(target)
    location = describe(url)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.exists():
            return CheckReport(location, [f"找不到数据库文件：{path}"])
        problem = sqlite_problem(path, full=True)
        if problem is not None:
            return CheckReport(location, [f"完整性检查未通过：{problem}"])
    try:
        database = open_database(url, create=False, upgrade=False,
                                 password_lookup=password_lookup)  # type: ignore[arg-type]
    except UserError as exc:
        return CheckReport(location, [exc.message])
    try:
        notes: list[str] = []
        return CheckReport(location, _schema_and_chain(database, notes), notes)
    finally:
        database.dispose()


def _schema_and_chain(database: Database, notes: list[str]) -> list[str]:
    problems = []
    with database.read_session() as session:
        revision = ",".join(sorted(session.execute(
            text("SELECT version_num FROM alembic_version")).scalars()))
        if revision != migrate.head_revision():
            notes.append(f"数据库结构版本为 {revision}，当前程序为 {migrate.head_revision()}，"
                         "打开时会自动升级。")
        if "audit_log" in database.engine.dialect.get_table_names(session.connection()):
            broken = audit.verify_chain(session)
            if broken is not None:
                problems.append(f"操作日志第 {broken.row_id} 行：{REASONS[broken.reason]}")
    return problems
