"""Replaying the audit trail, then comparing every business table with what it says.

`check` feeds each trail row to `Replay.apply` (in id order), then `compare` reads every
table of Base.metadata and reports, with table and record:
- a field whose stored value differs from the trail's last value (changed in SQL);
- a record the trail says exists but is missing, or says was deleted but is present;
- a record with no trail at all (written around the services).

Generic by construction: a table is covered as soon as its rows are written through
`models.records` (create = full snapshot, update = changed fields, delete = last snapshot)
or with `audit.record` carrying the same snapshots; a set of link rows under one owner
(a table with a composite primary key, first column the owner) through `audit.record_set`.
A new module that uses those helpers needs nothing here. What is left out is named:
EXCLUDED_TABLES (not records), EXCLUDED_COLUMNS (change legitimately without an entry),
SEEDED (rows a migration inserts, which therefore have no create entry).
"""
from __future__ import annotations

import datetime as dt
import decimal
import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    Table,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

import models.entities  # noqa: F401 - registers every table on Base.metadata
from models import audit
from models.base import Base

EXCLUDED_TABLES = {
    "audit_log": "the trail itself, proved by its hash chain and the anchors",
    "app_key": "per-database secrets (the audit digest key), written once by a migration",
    "fund_voucher_counter": "numbering state (the last voucher number), not a record",
    "issue_counter": "numbering state (the last problem and letter number), not a record",
}
ALL_TABLES = "*"
EXCLUDED_COLUMNS = {
    ALL_TABLES: {"version": "optimistic-lock counter, bumped by every audited save",
                 "updated_at": "time of the last save; the audit entry carries its own time"},
    "app_user": {"failed_logins": "login throttling bookkeeping (login_failed entries)",
                 "last_failed_at": "login throttling bookkeeping (login_failed entries)"},
}
SEEDED = {"fund_config": "models.funds.config:default_row"}
# Actions that change stored state; any other action (login, reveal ...) is an event.
STATE_ACTIONS = {"create": "create", "update": "update", "password": "update",
                 "delete": "delete"}
SEED_MARK = "~seeded"
MISSING = object()
MAX_PER_TABLE = 50
DELETED = None


class Unreadable(ValueError):
    """A stored value its column's type cannot hold (garbage written in SQL)."""


# One record's state-changing entries, oldest first: (trail row, kind, after-values as the
# trail's JSON text, or a seed's dict). Kept as text and parsed only when the record is
# compared, so 100,000 records cost their JSON, not 100,000 dicts of parsed values.
Pending = list[tuple[int, str, str | dict[str, Any]]]


@dataclass
class Replay:
    """What the trail says every audited record holds now: table → key → its entries
    (None: deleted); for set tables: table → owner → members."""

    rows: dict[str, dict[str, Pending | None]] = field(default_factory=dict)
    sets: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for table, ref in SEEDED.items():
            module, name = ref.split(":")
            seed: Callable[[], dict[str, Any]] = getattr(importlib.import_module(module), name)
            values = seed()
            self.rows.setdefault(table, {})[str(values["id"])] = [(0, "seed", values)]

    def apply(self, row_id: int, action: str, entity: str, record_id: str, after: str) -> None:
        kind = STATE_ACTIONS.get(action)
        table = Base.metadata.tables.get(entity)
        if kind is None or table is None or entity in EXCLUDED_TABLES:
            return
        if kind == "delete":
            self.rows.setdefault(entity, {})[record_id] = DELETED
        elif _is_set_table(table):
            values = self.parse(row_id, after)
            if values is not None:
                members = values.get(_member_column(table).name)
                self.sets.setdefault(entity, {})[record_id] = list(members or [])
        else:
            known = self.rows.setdefault(entity, {})
            entries = known.get(record_id)
            if kind == "create" or entries is None:
                known[record_id] = [(row_id, kind, after)]
            else:
                entries.append((row_id, kind, after))

    def parse(self, row_id: int, after: str) -> dict[str, Any] | None:
        try:
            values = json.loads(after) if after else {}
        except (TypeError, ValueError):
            values = None
        if not isinstance(values, dict):
            self.problems.append(f"操作日志第 {row_id} 行：内容无法解析，不能用于核对数据")
            return None
        return values

    def state(self, entries: Pending) -> dict[str, Any]:
        """The record's values after its entries. A seed lists what the migration inserts;
        server defaults (created_at) are whatever the database stamped then, so only the
        listed columns are compared (SEED_MARK). An update with no create is marked "?"."""
        first_row, first_kind, _ = entries[0]
        merged: dict[str, Any] = {}
        if first_kind == "seed":
            merged[SEED_MARK] = True
        elif first_kind != "create":
            merged["?"] = first_row
        for row_id, _kind, after in entries:
            values = after if isinstance(after, dict) else self.parse(row_id, after)
            merged.update(values or {})
        return merged


def _is_set_table(table: Table) -> bool:
    return len(table.primary_key.columns) >= 2


def _member_column(table: Table) -> Any:
    return list(table.primary_key.columns)[1]


def audited_tables() -> list[Table]:
    return [t for name, t in sorted(Base.metadata.tables.items()) if name not in EXCLUDED_TABLES]


def compared_columns(table: Table) -> list[Any]:
    skip = EXCLUDED_COLUMNS[ALL_TABLES].keys() | EXCLUDED_COLUMNS.get(table.name, {}).keys()
    return [c for c in table.columns if c.name not in skip]


# ---- values ---------------------------------------------------------------------------

def _bool(value: Any) -> bool:
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return bool(value)
    raise ValueError


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(value)


def _int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError


def _decimal(value: Any) -> decimal.Decimal:
    if isinstance(value, bool | bytes):
        raise ValueError
    number = decimal.Decimal(str(value))
    if not number.is_finite():
        raise ValueError
    return number.normalize()


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise ValueError


# Most specific first: DateTime before Date is not needed (neither subclasses the other),
# but Integer must come before Numeric for dialects whose Integer variants subclass it.
CONVERTERS: tuple[tuple[type, Callable[[Any], Any]], ...] = (
    (Boolean, _bool), (DateTime, _datetime), (Date, _date), (Integer, _int),
    (Numeric, _decimal), (String, _text))


def normal(column: Any, value: Any) -> Any:
    """`value` as its column's Python type, from the database or from the trail's JSON.

    Reading rows untyped and converting here, column by column, is what lets `check` name
    the row and column of a garbage value instead of failing in SQLAlchemy's processors.
    """
    if value is None:
        return None
    for kind, convert in CONVERTERS:
        if isinstance(column.type, kind):
            try:
                return convert(value)
            except (TypeError, ValueError, decimal.InvalidOperation) as exc:
                raise Unreadable(repr(value)[:40]) from exc
    return value


@dataclass(frozen=True)
class _Field:
    column: Any
    compared: bool     # not in EXCLUDED_COLUMNS
    transformed: bool  # the trail holds it transformed (a digest): never equal as stored


def _current(session: Session, table: Table, field_: _Field, value: Any) -> Any:
    """The stored value as the trail would hold it (secrets as their digest)."""
    column = field_.column
    if field_.transformed and value is not None:
        return audit.trail_value(session, table.name, column.name, normal(column, value))
    return normal(column, value)


def _expected(column: Any, value: Any) -> Any:
    try:
        return normal(column, value)
    except Unreadable:
        return value


def _shown(value: Any) -> str:
    if value is None:
        return "空"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)[:60]


# ---- comparing ------------------------------------------------------------------------

def _raw_rows(connection: Connection, table: Table, columns: list[Any]) -> Iterator[Any]:
    """Rows with no type processing, so garbage cannot raise before we look at it."""
    order = list(table.primary_key.columns)
    stmt = select(*[type_coerce(c, NullType()).label(c.name) for c in columns]).order_by(*order)
    yield from connection.execute(stmt)


class _Limited:
    """At most MAX_PER_TABLE findings per table, then a count of the rest."""

    def __init__(self, out: list[str], table: str) -> None:
        self.out, self.table, self.shown, self.more = out, table, 0, 0

    def add(self, text: str) -> None:
        if self.shown < MAX_PER_TABLE:
            self.out.append(text)
            self.shown += 1
        else:
            self.more += 1

    def close(self) -> None:
        if self.more:
            self.out.append(f"表 {self.table}：另有 {self.more} 处不符未逐条列出")


def compare(connection: Connection, replay: Replay, skip: set[str] | frozenset[str] = frozenset()
            ) -> list[str]:
    """Every difference between the tables and the replayed trail (`skip`: tables whose
    schema is already reported broken). Unparsable trail rows come first."""
    problems: list[str] = []
    session = Session(bind=connection)
    for name, table in sorted(Base.metadata.tables.items()):
        if name in skip or name == "audit_log":
            continue
        found = _Limited(problems, table.name)
        if name in EXCLUDED_TABLES:
            _scan_types(connection, table, found)
        elif _is_set_table(table):
            _compare_set(connection, table, replay, found)
        else:
            _compare_rows(session, table, replay, found)
        found.close()
    return replay.problems + problems


def _scan_types(connection: Connection, table: Table, found: _Limited) -> None:
    """A table the trail does not cover: only name the values its types cannot hold."""
    for row in _raw_rows(connection, table, list(table.columns)):
        mapping = row._mapping
        for column in table.columns:
            try:
                normal(column, mapping[column.name])
            except Unreadable as exc:
                found.add(f"表 {table.name} 记录 {row[0]} 字段 {column.name}："
                          f"存有无法识别的值 {exc}")


def _fields(session: Session, table: Table) -> list[_Field]:
    compared = set(compared_columns(table))
    return [_Field(c, c in compared,
                   audit.trail_value(session, table.name, c.name, "probe") != "probe")
            for c in table.columns if not c.primary_key]


def _compare_rows(session: Session, table: Table, replay: Replay, found: _Limited) -> None:
    expected = dict(replay.rows.get(table.name, {}))
    key_column = list(table.primary_key.columns)[0]
    fields = _fields(session, table)
    name = table.name
    for row in _raw_rows(session.connection(), table, [key_column, *(f.column for f in fields)]):
        key = str(row[0])
        state = expected.pop(key, "never")
        if state == "never":
            found.add(f"表 {name} 记录 {key}：操作日志中没有这条记录（未经程序写入）")
        elif state is DELETED:
            found.add(f"表 {name} 记录 {key}：操作日志记载已删除，库中却仍存在")
        else:
            values = replay.state(state)  # type: ignore[arg-type]
            _compare_values(session, table, key, row, values, fields=fields, found=found)
    for key, state in expected.items():
        if state is not DELETED:
            found.add(f"表 {name} 记录 {key}：操作日志记载存在，库中却已缺失")


def _compare_values(session: Session, table: Table, key: str, row: Any,
                    state: dict[str, Any], *, fields: list[_Field], found: _Limited) -> None:
    orphan = "?" in state  # nothing to compare with; still name unreadable values
    if orphan:
        found.add(f"表 {table.name} 记录 {key}：操作日志第 {state['?']} 行修改了它，"
                  "但没有它的新增记录")
    for field_, raw in zip(fields, row[1:], strict=True):
        column = field_.column
        was_raw = state.get(column.name, MISSING)
        # Fast path: stored exactly as the trail holds it (same type, same value).
        if type(raw) is type(was_raw) and raw == was_raw and not field_.transformed:
            continue
        try:
            now = _current(session, table, field_, raw)
        except Unreadable as exc:
            found.add(f"表 {table.name} 记录 {key} 字段 {column.name}：存有无法识别的值 {exc}")
            continue
        if orphan or not field_.compared:
            continue
        if was_raw is MISSING:
            if SEED_MARK not in state:
                found.add(f"表 {table.name} 记录 {key} 字段 {column.name}：操作日志中没有它的值")
            continue
        was = _expected(column, was_raw)
        if now != was and not _plain_in_older_trail(field_, raw, was_raw):
            found.add(f"表 {table.name} 记录 {key} 字段 {column.name}：库中为 {_shown(now)}，"
                      f"操作日志记载为 {_shown(was)}（在程序之外被改动）")


def _plain_in_older_trail(field_: _Field, raw: Any, was_raw: Any) -> bool:
    """A column concealed since (upward_data.body) whose older entry holds the value
    itself, equal to the stored one. A digest never counts: storing the trail's digest
    string in place of the value must still differ."""
    return (field_.transformed and isinstance(was_raw, str)
            and not was_raw.startswith("sha256:") and raw == was_raw)


def _compare_set(connection: Connection, table: Table, replay: Replay, found: _Limited) -> None:
    owner, member = list(table.primary_key.columns)[:2]
    current: dict[str, list[Any]] = {}
    for row in _raw_rows(connection, table, [owner, member]):
        try:
            current.setdefault(str(row[0]), []).append(normal(member, row[1]))
        except Unreadable as exc:
            found.add(f"表 {table.name} 记录 {row[0]}：存有无法识别的值 {exc}")
    expected = replay.sets.get(table.name, {})
    for key in sorted(current.keys() | expected.keys(), key=lambda k: (len(k), k)):
        now = sorted(map(repr, current.get(key, [])))
        was = sorted(repr(_expected(member, v)) for v in expected.get(key, []))
        if now != was and not (not now and _owner_deleted(table, key, replay)):
            found.add(f"表 {table.name} 所属记录 {key}：库中为 {len(now)} 项，"
                      f"操作日志记载为 {len(was)} 项，内容不符（在程序之外被改动）")


def _owner_deleted(table: Table, key: str, replay: Replay) -> bool:
    owner = list(table.primary_key.columns)[0]
    for foreign in owner.foreign_keys:
        if replay.rows.get(foreign.column.table.name, {}).get(key, "") is DELETED:
            return True
    return False
