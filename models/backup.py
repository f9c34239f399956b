"""Verified backups and restore of the Gongjian database.

SQLite: a live copy through the sqlite3 online backup API goes into a temporary file in
the backup folder, is checked with PRAGMA integrity_check and only then renamed into
place, so a bad copy never replaces or hides a good one. Restore checks the chosen
backup first, keeps a safety copy of the current database, then swaps the file
atomically. PostgreSQL: pg_dump -Fc when the tool is installed; otherwise the server's
own backups apply. Old backups are thinned grandfather-father-son: the newest of each of
the last 7 days, 4 ISO weeks and 12 months. Times are naive local time (file names).

Only a good backup counts (models/backup_verify.py: checked when made, its SHA-256 on
record and still matching). Retention looks at good backups only, so it never deletes a
good one while keeping a damaged one in its slot; a damaged backup is moved out of the
rotation (`<name>.damaged`) and removed after QUARANTINE_DAYS. A day whose only backup is
damaged is not done. Attachments are mirrored beside the backups and brought back by a
restore (models/backup_attachments.py).
"""
from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from models import anchor, backup_verify
from models.auth import SYSTEM, Actor, require
from models.backup_attachments import mirror_attachments, restore_attachments
from models.backup_verify import State
from models.db import (
    BUSY_TIMEOUT_MS,
    Database,
    copy_aside,
    describe,
    open_database,
    sqlite_preflight,
    sqlite_problem,
    to_url,
)
from models.errors import UserError
from models.messages import register
from models.paths import data_dir, default_database, demo_database
from models.settings import attachments_dir

register({
    "backup.check_failed": "备份副本未通过完整性校验（{detail}），已丢弃这份副本，"
                           "以前的备份均未受影响。请检查磁盘空间和磁盘状态后重试。",
    "backup.write_failed": "无法在“{folder}”中写入备份（{detail}）。以前的备份均未受影响。",
    "backup.no_file": "当前数据库不是磁盘上的文件，无法备份。",
    "backup.not_found": "找不到备份文件“{path}”。",
    "backup.damaged": "所选备份“{path}”已损坏或不是有效的数据库文件（{detail}），"
                      "无法用它恢复。当前数据库未做任何改动。",
    "backup.in_use": "数据库“{path}”正被其他程序或窗口使用，无法恢复。"
                     "请先关闭所有使用该数据库的共建台账窗口后重试。",
    "backup.restore_failed": "恢复未完成（{detail}）。当前数据库“{path}”未被替换。",
    "backup.no_pg_dump": "本机找不到 PostgreSQL 的备份工具 pg_dump，无法在本机备份服务器上的"
                         "数据库（{where}）。数据保存在数据库服务器上，请以服务器自身的备份为准，"
                         "并向服务器管理员确认已定期备份。",
    "backup.pg_failed": "PostgreSQL 备份失败（{detail}）。以前的备份均未受影响。",
    "backup.attachments_failed": "数据库已从备份恢复，但附件未能全部恢复（{detail}）。",
    "backup.restore_server": "PostgreSQL 数据库不能在共建台账中恢复。请由服务器管理员"
                             "用 pg_restore 从备份文件“{path}”恢复。",
})

PREFIX = "gongjian"
TEMP_PREFIX = ".gongjian-"
SAFETY = "before-restore"  # a copy of the database a restore replaced
NAME_RE = re.compile(rf"^{PREFIX}-(\d{{8}}-\d{{6}})(?:-(\d+))?(?:-({SAFETY}))?\.(db|dump)$")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
PG_BIN_GLOBS = ("/usr/lib/postgresql/*/bin", "C:/Program Files/PostgreSQL/*/bin")
PG_ENV = {"sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
          "connect_timeout": "PGCONNECT_TIMEOUT"}
SIDE_FILES = ("-wal", "-shm", "-journal")
STALE_TEMP_SECONDS = 24 * 3600
QUARANTINE_DAYS = 31


@dataclass(frozen=True)
class RestoreResult:
    safety: Path | None  # the copy of the database the restore replaced
    attachments_restored: tuple[str, ...] = ()  # file names copied back from the mirror
    attachments_missing: tuple[str, ...] = ()  # referenced, but neither here nor mirrored


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    kind: str = "regular"  # "regular", or SAFETY for a copy kept by a restore


# ---- names, folders, files -------------------------------------------------------------

def _local(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now().replace(microsecond=0)
    return now.astimezone().replace(tzinfo=None) if now.tzinfo else now


def _parse(path: Path) -> tuple[dt.datetime, int, str] | None:
    match = NAME_RE.match(path.name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return taken, int(match[2] or 0), match[3] or "regular"


def _free_name(folder: Path, taken: dt.datetime, kind: str, suffix: str) -> Path:
    """A name not yet used: two backups within one second get a counter, never overwrite."""
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    tail = f"-{kind}" if kind else ""
    for counter in range(1000):
        middle = f"-{counter}" if counter else ""
        path = folder / f"{PREFIX}-{stamp}{middle}{tail}{suffix}"
        if not path.exists():
            return path
    raise UserError("backup.write_failed", folder=str(folder), detail="too many backups")


def _temp_path(folder: Path, prefix: str = TEMP_PREFIX) -> Path:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(name)


def _discard(path: Path) -> None:
    for name in (path.name, *(path.name + side for side in SIDE_FILES)):
        path.with_name(name).unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:  # Windows needs a writable handle to flush
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows cannot open a folder, and NTFS journals renames."""
    if sys.platform != "win32":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def default_sqlite_folder(path: Path) -> Path:
    """data_dir()/backups for the default database; any other file gets a folder of its
    own (named after it), so a restore never offers another database's backups."""
    demo = demo_database()
    if path.resolve() == demo.resolve():
        return demo.parent / "backups"
    if path.resolve() == default_database().resolve():
        return data_dir() / "backups"
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]", "_", path.stem)
    return data_dir() / "backups" / f"{stem}-{digest}"


def backup_folder(url: URL) -> Path:
    if url.get_backend_name() == "sqlite":
        return default_sqlite_folder(Path(url.database or ""))
    label = f"pg-{url.host or 'local'}-{url.port or 5432}-{url.database or ''}"
    return data_dir() / "backups" / re.sub(r"[^A-Za-z0-9._-]", "_", label)


# ---- SQLite ----------------------------------------------------------------------------

def _copy_live(source: Path, destination: Path, *, read_only: bool = False) -> None:
    """A consistent snapshot of `source`, WAL included, as a self-contained file."""
    if read_only:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    else:  # a plain path also works for a database on a Windows share (\\server\...)
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    with closing(src), closing(sqlite3.connect(destination)) as dst:
        src.backup(dst)
        # The copied header says WAL; a backup should be one file, not three.
        dst.execute("PRAGMA journal_mode=DELETE")


def _verified_copy(source: Path, folder: Path, taken: dt.datetime, kind: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    temp = _temp_path(folder)
    try:
        _copy_live(source, temp)
        problem = sqlite_problem(temp, full=True)
        if problem is not None:
            raise UserError("backup.check_failed", detail=problem)
        _fsync_file(temp)
        sha256 = backup_verify.file_sha256(temp)
        final = _free_name(folder, taken, kind, ".db")
        os.replace(temp, final)
        backup_verify.record(final, sha256)
    except (sqlite3.Error, OSError) as exc:
        raise UserError("backup.write_failed", folder=str(folder), detail=str(exc)) from exc
    finally:
        _discard(temp)
    _fsync_dir(folder)
    return final


def backup_sqlite(source: Path, folder: Path, *, now: dt.datetime | None = None) -> Path:
    """Copy the live database into `folder`; the new file has passed integrity_check."""
    if not source.is_file():
        raise UserError("db.missing", path=str(source))
    return _verified_copy(source, folder, _local(now), "")


def _raw_copy(target: Path) -> Path:
    """A damaged database cannot be read page by page: copy its files as they are."""
    copy = copy_aside(target)  # beside the database, as opening a damaged file does
    if copy is None:
        raise UserError("backup.write_failed", folder=str(target.parent), detail="copy failed")
    for side in ("", "-wal", "-journal"):
        if copy.with_name(copy.name + side).exists():
            _fsync_file(copy.with_name(copy.name + side))
    _fsync_dir(copy.parent)
    return copy


def _release(target: Path) -> None:
    """Fold the WAL into the file; this fails at once if another connection has it open."""
    try:
        with closing(sqlite3.connect(target, timeout=0)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError("backup.in_use", path=str(target)) from exc
        raise UserError("backup.restore_failed", path=str(target), detail=str(exc)) from exc


def _replace(target: Path, backup: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_path(target.parent, f".{target.name}.restore-")
    try:
        _copy_live(backup, temp, read_only=True)
        _fsync_file(temp)
        # A leftover WAL or hot journal would be replayed into the restored file.
        for side in SIDE_FILES:
            target.with_name(target.name + side).unlink(missing_ok=True)
        os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:
        raise UserError("backup.restore_failed", path=str(target), detail=str(exc)) from exc
    finally:
        _discard(temp)
    _fsync_dir(target.parent)


def restore_sqlite(target: Path, backup: Path, *, now: dt.datetime | None = None,
                   folder: Path | None = None) -> Path | None:
    """Put `backup` in place of `target`; returns the safety copy of the replaced database.

    The backup is checked before anything is touched. The current database is always
    kept: a verified copy in `folder`, or if it is damaged a raw copy of its files beside
    it (models.db.copy_aside); None only if there was no current database.
    """
    if not backup.is_file():
        raise UserError("backup.not_found", path=str(backup))
    expected = backup_verify.recorded(backup)  # a file from elsewhere may have none
    if expected is not None and backup_verify.file_sha256(backup) != expected:
        raise UserError("backup.damaged", path=str(backup), detail="SHA-256 与备份时记录的不一致")
    problem = sqlite_problem(backup, full=True)
    if problem is not None:
        raise UserError("backup.damaged", path=str(backup), detail=problem)
    sqlite_preflight(backup)  # refuses another program's file or a newer schema
    folder = folder or default_sqlite_folder(target)
    taken = _local(now)
    safety = None
    if target.exists():
        if sqlite_problem(target, full=True) is None:
            _release(target)
            safety = _verified_copy(target, folder, taken, SAFETY)
        else:
            safety = _raw_copy(target)
    _replace(target, backup)
    return safety


# ---- retention -------------------------------------------------------------------------

def _buckets(day: dt.date, today: dt.date) -> list[tuple[str, object]]:
    """The day, ISO week and month slots of `day` that are still within retention."""
    slots: list[tuple[str, object]] = []
    if 0 <= (today - day).days < KEEP_DAYS:
        slots.append(("day", day))
    monday = day - dt.timedelta(days=day.weekday())
    this_monday = today - dt.timedelta(days=today.weekday())
    if 0 <= (this_monday - monday).days < 7 * KEEP_WEEKS:
        slots.append(("week", monday))
    months = (today.year - day.year) * 12 + today.month - day.month
    if 0 <= months < KEEP_MONTHS:
        slots.append(("month", (day.year, day.month)))
    return slots


def select_kept(backups: list[tuple[Path, dt.datetime]], now: dt.datetime) -> set[Path]:
    """Grandfather-father-son: the newest of each slot and the newest overall, however
    old. Backups dated after `now` are all kept: a wrong clock must not cost a backup."""
    now = _local(now)
    past = sorted(((taken, str(path), path) for path, taken in backups if taken <= now))
    newest: dict[tuple[str, object], Path] = {}
    for taken, _name, path in past:  # oldest first: the newest of a slot is written last
        for slot in _buckets(taken.date(), now.date()):
            newest[slot] = path
    kept = set(newest.values()) | ({past[-1][2]} if past else set())
    return kept | {path for path, taken in backups if taken > now}


def list_backups(folder: Path) -> list[BackupInfo]:
    """Restorable backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found: list[tuple[dt.datetime, int, BackupInfo]] = []
    for path in folder.iterdir():
        parsed = _parse(path)
        if parsed is None or not path.is_file():
            continue
        taken, counter, kind = parsed
        found.append((taken, counter, BackupInfo(path, taken, path.stat().st_size, kind)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _taken, _counter, info in found]


def _remove(path: Path) -> None:
    for side in backup_verify.sidecars(path):
        side.unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def _drop_old_quarantine(folder: Path, now: dt.datetime) -> None:
    for path in folder.glob(f"{PREFIX}-*{backup_verify.DAMAGED_SUFFIX}"):
        parsed = _parse(path.with_name(path.name.removesuffix(backup_verify.DAMAGED_SUFFIX)))
        if parsed is not None and (now - parsed[0]).days > QUARANTINE_DAYS:
            path.unlink(missing_ok=True)


def prune(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Thin out the regular backups: damaged ones leave the rotation (quarantine), of the
    good ones those retention no longer keeps are deleted; the deleted paths. A backup
    that cannot be read just now is left alone and not counted."""
    now = _local(now)
    good: list[tuple[Path, dt.datetime]] = []
    for info in list_backups(folder):
        if info.kind != "regular":
            continue
        verdict = backup_verify.state(info.path)
        if verdict is State.DAMAGED:
            backup_verify.quarantine(info.path)
        elif verdict is State.GOOD:
            good.append((info.path, info.taken_at))
    kept = select_kept(good, now)
    removed = [path for path, _taken in good if path not in kept]
    for path in removed:
        _remove(path)
    if folder.is_dir():
        _drop_old_quarantine(folder, now)
        for temp in folder.glob(f"{TEMP_PREFIX}*.tmp"):
            if time.time() - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                _discard(temp)
    return removed


def backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """True unless a good regular backup was already taken today (at most one a day on
    exit): a day whose only backup is damaged is not done."""
    today = _local(now).date()
    return not any(b.taken_at.date() >= today and backup_verify.state(b.path) is State.GOOD
                   for b in list_backups(folder) if b.kind == "regular")


# ---- PostgreSQL ------------------------------------------------------------------------

def find_pg_tool(name: str) -> Path | None:
    """`name` on PATH, else in the newest of the usual PostgreSQL install folders."""
    found = shutil.which(name)
    if found:
        return Path(found)
    for pattern in PG_BIN_GLOBS:
        versions = sorted(glob.glob(pattern), reverse=True,  # .../15/bin: newest first
                          key=lambda f: int(re.sub(r"\D", "", Path(f).parent.name) or 0))
        for folder in versions:
            for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
                if candidate.is_file():
                    return candidate
    return None


def _run_pg(tool: Path, url: URL, args: list[str]) -> None:
    """Run a libpq tool; the password goes only into the child's environment."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    for key, variable in PG_ENV.items():
        if key in url.query:
            env[variable] = str(url.query[key])
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    command = [str(tool), "--no-password"]
    for flag, value in (("-h", url.host), ("-p", url.port), ("-U", url.username)):
        if value:
            command += [flag, str(value)]
    command += args
    result = subprocess.run(command, env=env, capture_output=True, text=True,
                            errors="replace", check=False,
                            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    if result.returncode != 0:
        detail = " ".join(result.stderr.strip().splitlines()[-3:]) or f"exit {result.returncode}"
        raise UserError("backup.pg_failed", detail=detail)


def backup_postgres(url: URL | str, folder: Path, *, now: dt.datetime | None = None) -> Path:
    """pg_dump -Fc into `folder`, checked with pg_restore --list before it is kept."""
    url = to_url(url) if isinstance(url, str) else url
    pg_dump = find_pg_tool("pg_dump")
    if pg_dump is None:
        raise UserError("backup.no_pg_dump", where=describe(url))
    folder.mkdir(parents=True, exist_ok=True)
    temp = _temp_path(folder)
    try:
        _run_pg(pg_dump, url, ["-Fc", "-f", str(temp), "-d", url.database or ""])
        pg_restore = find_pg_tool("pg_restore")
        if pg_restore is not None:
            _run_pg(pg_restore, url.set(password=None), ["--list", str(temp)])
        elif temp.read_bytes()[:5] != b"PGDMP":
            raise UserError("backup.pg_failed", detail="not a pg_dump archive")
        _fsync_file(temp)
        sha256 = backup_verify.file_sha256(temp)
        final = _free_name(folder, _local(now), "", ".dump")
        os.replace(temp, final)
        backup_verify.record(final, sha256)
    except OSError as exc:
        raise UserError("backup.write_failed", folder=str(folder), detail=str(exc)) from exc
    finally:
        _discard(temp)
    _fsync_dir(folder)
    return final


# ---- what the CLI verbs and GUI actions call -------------------------------------------

def _write_anchor(backup: Path, read: Callable[[], anchor.Anchor | None]) -> None:
    """The audit chain's head beside the backup (models/anchor.py). An anchor that cannot be
    written costs `check` one reference, never the backup itself."""
    try:
        anchor.write_sidecar(backup, read())
    except (OSError, sqlite3.Error):
        pass


def backup_now(database: Database, *, now: dt.datetime | None = None) -> Path:
    """Back up `database` into its default folder, then thin out old backups there."""
    url = database.engine.url  # carries a password looked up in the keyring
    folder = backup_folder(url)
    if database.backend == "sqlite":
        if database.path is None or str(database.path) == ":memory:":
            raise UserError("backup.no_file")
        made = backup_sqlite(database.path, folder, now=now)
        _write_anchor(made, lambda: anchor.of_sqlite_file(made))
    else:
        with database.read_session() as session:  # taken before the dump: a prefix of it
            head = anchor.current(session)
        made = backup_postgres(url, folder, now=now)
        _write_anchor(made, lambda: head)
    prune(folder, now)
    mirror_attachments(attachments_dir(), folder / "attachments")
    return made


def backup_if_due(database: Database, *, now: dt.datetime | None = None) -> Path | None:
    """On exit: a backup unless one was already taken today."""
    if not backup_due(backup_folder(database.engine.url), now):
        return None
    return backup_now(database, now=now)


def _require_admin(url: URL | str, actor: Actor) -> None:
    """The actor must be an administrator of the database being replaced. A database that
    cannot be opened has no one logged in to it: only the program itself (the `restore`
    verb) may then restore."""
    try:
        database = open_database(url if isinstance(url, str) else url.render_as_string(
            hide_password=False))
    except UserError:
        if actor is not SYSTEM:
            raise
        return
    try:
        with database.read_session() as session:
            require(session, actor, "admin")
    finally:
        database.dispose()


def restore(url: URL | str, backup: Path, *, actor: Actor,
            now: dt.datetime | None = None) -> RestoreResult:
    """Restore a SQLite database from `backup` (see restore_sqlite), then the attachments
    it refers to from the mirror beside the backup; refused for a server.
    Administrators only (as the database being replaced says): a restore rolls back
    everyone's work, a reviewer's postings among it."""
    _require_admin(url, actor)
    url = to_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise UserError("backup.restore_server", path=str(backup))
    target, backup = Path(url.database), Path(backup)
    safety = restore_sqlite(target, backup, now=now)
    try:
        restored, missing = restore_attachments(target, backup.parent / "attachments",
                                                attachments_dir())
    except (OSError, sqlite3.Error) as exc:
        raise UserError("backup.attachments_failed", detail=str(exc)) from exc
    return RestoreResult(safety, restored, missing)
