"""`python main.py check`: is this the program's database, whole, and are its data the data
the audit trail says they are?

What it proves, in order:
1. the file is a SQLite database of this program (an empty or foreign file is named as
   such) and passes `PRAGMA integrity_check`, or the PostgreSQL database answers;
2. every table and column the program needs exists, and every protecting trigger is there
   and enabled (models/schema_check.py);
3. the audit trail's hash chain is whole (first broken row named), and agrees with every
   anchor found beside the backups or typed in (`--anchor`): a cut tail or a trail
   rewritten and hashed again differs from an anchor taken before (models/anchor.py);
4. every business table equals the trail replayed record by record (models/audit_replay.py).

It never writes to what it checks: SQLite is opened with `mode=ro` (no pragma that writes,
no journal-mode change, no copy aside), PostgreSQL in a read-only transaction. Values are
read untyped and converted column by column, so garbage in any column is reported with its
table, row and column instead of crashing the check.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from models import anchor, audit, audit_replay, migrate, schema_check
from models.db import PasswordLookup, describe, to_url
from models.errors import UserError

REASONS = {
    "missing": "该行缺失（被删除）",
    "order": "行号顺序被改动",
    "link": "与前一行的哈希链接不符（前面的行被删除、插入或调换）",
    "content": "内容与其哈希不符（该行被改动）",
    "unreadable": "内容无法读取（存有非文本的值）",
}
SQLITE_HEADER = b"SQLite format 3\x00"
TRAIL_COLUMNS = ("SELECT id, at, username, action, entity, record_id, before, after, "
                 "prev_hash, row_hash FROM audit_log ORDER BY id")


@dataclass(frozen=True)
class CheckReport:
    location: str
    problems: list[str]
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class FoundAnchor:
    anchor: anchor.Anchor
    source: str  # where it came from, for the message


def check_database(target: str, *, password_lookup: PasswordLookup | None = None,
                   anchors: Iterable[str] = (), backup_folder: Path | None = None
                   ) -> CheckReport:
    """Check `target` read-only. `anchors`: texts typed from paper; `backup_folder`: where
    to look for backup anchors (default: the database's own backup folder)."""
    url = to_url(target)
    location = describe(url)
    notes: list[str] = []
    typed, problems = _typed_anchors(anchors)
    if url.get_backend_name() == "sqlite":
        refusal = _sqlite_refusal(Path(url.database or ""))
        if refusal is not None:
            return CheckReport(location, [refusal])
    found = typed + _backup_anchors(url, backup_folder)
    try:
        with _read_only(url, password_lookup) as connection:
            problems += _check_connection(connection, found, notes, location)
    except UserError as exc:
        problems.append(exc.message)
    except SQLAlchemyError as exc:
        problems.append(f"无法读取数据库：{str(getattr(exc, 'orig', None) or exc).strip()}")
    return CheckReport(location, problems, notes)


def _typed_anchors(texts: Iterable[str]) -> tuple[list[FoundAnchor], list[str]]:
    found, problems = [], []
    for typed in texts:
        parsed = anchor.parse(typed)
        if parsed is None:
            problems.append(f"锚点“{typed}”格式不对，应形如 GJ1-1a2b3c4d-1234-0123456789abcdef")
        else:
            found.append(FoundAnchor(parsed, "输入的锚点"))
    return found, problems


def _backup_anchors(url: URL, folder: Path | None) -> list[FoundAnchor]:
    from models.backup import backup_folder  # noqa: PLC0415 - backup imports db machinery

    folder = folder if folder is not None else backup_folder(url)
    return [FoundAnchor(found, f"备份旁的锚点 {path.name}")
            for path, found in anchor.sidecars(folder)]


# ---- opening read-only ------------------------------------------------------------------

def _sqlite_refusal(path: Path) -> str | None:
    """Why `path` cannot be checked as one of our SQLite files, or None."""
    if not path.is_file():
        return f"找不到数据库文件：{path}"
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"无法读取文件：{path}（{exc.strerror or exc}）"
    if not header:
        return f"这是一个空文件（0 字节），不是共建台账的数据库：{path}"
    if header != SQLITE_HEADER:
        return f"这不是 SQLite 数据库文件（可能是其他程序的文件，或已损坏）：{path}"
    return _integrity_refusal(path)


def _integrity_refusal(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return f"无法读取数据库：{exc}"
    if [row[0] for row in rows] != ["ok"]:
        return f"完整性检查未通过：{'; '.join(str(row[0]) for row in rows[:5])}"
    return None


def read_only_uri(path: Path) -> str:
    """A URI that reads `path` without creating or changing any file.

    `mode=ro` alone still creates an empty -wal and a -shm beside a WAL-mode file that has
    none (and leaves them there). Without a -wal file every committed page is in the main
    file and no writer has it open, so `immutable=1` reads it with no side files at all;
    with a -wal present (the app is running, or was killed) `mode=ro` reads the WAL too.
    """
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    with path.open("rb") as handle:
        header = handle.read(20)
    in_wal_mode = len(header) == 20 and header[18] == 2
    return f"{uri}?immutable=1" if in_wal_mode and not wal.exists() else f"{uri}?mode=ro"


def _engine(url: URL, password_lookup: PasswordLookup | None) -> Engine:
    if url.get_backend_name() == "sqlite":
        uri = read_only_uri(Path(url.database or ""))

        def connect() -> sqlite3.Connection:
            connection = sqlite3.connect(uri, uri=True)
            connection.execute("PRAGMA query_only=1")
            return connection

        return create_engine("sqlite+pysqlite://", creator=connect)
    if url.password is None and password_lookup is not None:
        password = password_lookup(url)
        if password is not None:
            url = url.set(password=password)
    return create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})


@contextmanager
def _read_only(url: URL, password_lookup: PasswordLookup | None) -> Iterator[Connection]:
    engine = _engine(url, password_lookup)
    try:
        with engine.connect() as connection:
            try:
                yield connection
            finally:
                connection.rollback()
    finally:
        engine.dispose()


# ---- the checks ---------------------------------------------------------------------------

def _check_connection(connection: Connection, anchors: list[FoundAnchor], notes: list[str],
                      location: str) -> list[str]:
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            return [f"这个数据库不属于共建台账（其中没有本程序的版本记录）：{location}"]
        return [f"这个数据库是空的，还没有共建台账的数据：{location}"]
    revisions = tuple(connection.execute(text("SELECT version_num FROM alembic_version"))
                      .scalars())
    migrate.refuse_unknown(revisions, True, location)
    problems, broken = schema_check.schema_problems(connection)
    if ",".join(sorted(revisions)) != migrate.head_revision():
        notes.append(f"数据库结构版本为 {','.join(revisions)}，当前程序为 "
                     f"{migrate.head_revision()}，打开时会自动升级。")
        # Tables and columns of later versions are missing by design until the upgrade.
        notes += [f"升级后补齐：{problem}" for problem in problems]
        problems = []
    problems += schema_check.trigger_problems(connection)
    if "audit_log" not in tables:
        return problems
    replay = audit_replay.Replay()
    heads, now = _walk_trail(connection, replay, {a.anchor.rows for a in anchors}, problems)
    problems += _anchor_problems(heads, now, anchors, notes)
    if now is not None:
        notes.append(f"当前锚点：{now.text}（可抄录留存，日后用 check --anchor 核对）")
    problems += audit_replay.compare(connection, replay, skip=broken)
    return problems


def _walk_trail(connection: Connection, replay: audit_replay.Replay, wanted: set[int],
                problems: list[str]) -> tuple[dict[int, str], anchor.Anchor | None]:
    """Verify the chain and feed the replay in one pass. Returns the row hashes at the
    `wanted` ids and row 1 (what anchors refer to), and the anchor of the trail as it is."""
    expected_prev, expected_id, broken = audit.GENESIS, 1, False
    heads: dict[int, str] = {}
    last = 0
    for row in connection.execute(text(TRAIL_COLUMNS)):
        row_id = row[0]
        reason = None if broken else _link_problem(row, expected_id, expected_prev)
        if reason is not None:
            where = expected_id if reason == "missing" else row_id
            problems.append(f"操作日志第 {where} 行：{REASONS[reason]}")
            broken = True
        if row_id in wanted or row_id == 1:
            heads[row_id] = str(row[9])
        replay.apply(row_id, str(row[3]), str(row[4]), str(row[5]), row[7] or "")
        expected_prev, expected_id, last = row[9], row_id + 1, row_id
    if not last:
        return heads, None
    return heads, anchor.Anchor(heads.get(1, "")[:8], last, str(expected_prev)[:16])


def _link_problem(row: tuple, expected_id: int, expected_prev: str) -> str | None:  # type: ignore[type-arg]
    row_id, at, username, action, entity, record_id, before, after, prev, own = row
    if row_id != expected_id:
        return "missing" if row_id > expected_id else "order"
    if prev != expected_prev:
        return "link"
    try:
        stamp = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)
        content = audit.canonical(row_id, stamp, username, action, entity, record_id,
                                  before, after)
    except (TypeError, ValueError):
        return "unreadable"
    if not all(isinstance(v, str) for v in (username, action, entity, record_id, before,
                                             after)):
        return "unreadable"
    return None if audit.row_hash(prev, content) == own else "content"


def _anchor_problems(heads: dict[int, str], now: anchor.Anchor | None,
                     anchors: list[FoundAnchor], notes: list[str]) -> list[str]:
    last = now.rows if now else 0
    problems: list[str] = []
    for found in anchors:
        wanted = found.anchor
        if not heads.get(1, "").startswith(wanted.origin):
            problems.append(f"{found.source} {wanted.text} 不属于这个数据库，或操作日志从第 1 行"
                            "起被整体改写（若此数据库是重新建立的，可忽略）")
        elif wanted.rows > last:
            problems.append(f"操作日志只有 {last} 行，{found.source} {wanted.text} 记载当时已有 "
                            f"{wanted.rows} 行：末尾 {wanted.rows - last} 行被删除"
                            "（若曾从更早的备份恢复，这是恢复造成的）")
        elif not heads.get(wanted.rows, "").startswith(wanted.head):
            problems.append(f"操作日志第 {wanted.rows} 行与{found.source} {wanted.text} 不符："
                            "该行及之前的日志被改写并重新计算了哈希")
    if anchors:
        newest = max(anchors, key=lambda f: f.anchor.rows)
        notes.append(f"已与 {len(anchors)} 个锚点核对，最新的是{newest.source} "
                     f"{newest.anchor.text}")
    else:
        notes.append("没有找到锚点（备份旁或纸面上的），无法发现末尾被截断或整体重算的操作日志")
    return problems
