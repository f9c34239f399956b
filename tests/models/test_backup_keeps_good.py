"""Backups keep what is good (issue 9, item 4): only a verified backup counts, retention
never trades a good backup for a damaged one, attachments are mirrored by content and
come back with a restore."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import backup
from models.auth import SYSTEM
from models.db import Database
from models.errors import UserError
from models.funds import attachments, entries
from tests.support.users import DEMO_ACTORS, add_demo_users

NOW = dt.datetime(2026, 11, 25, 18, 0, 0)
_ADMIN, _REVIEWER, CLERK = DEMO_ACTORS


def _damage(path: Path) -> None:
    """Flip bytes in the middle of the file, keeping its size: a quiet disk error."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0xFF for b in data[middle:middle + 64])
    path.write_bytes(bytes(data))


def _small_database(folder: Path) -> Path:
    path = folder / "small.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE street (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany("INSERT INTO street (name) VALUES (?)",
                               [(f"街道{i}" * 20,) for i in range(200)])
        connection.commit()
    return path


def test_a_backup_is_kept_with_its_sha256(tmp_path: Path) -> None:
    made = backup.backup_sqlite(_small_database(tmp_path), tmp_path / "backups", now=NOW)
    manifest = made.with_name(made.name + ".sha256")
    digest = hashlib.sha256(made.read_bytes()).hexdigest()
    assert manifest.read_text(encoding="ascii") == f"{digest}  {made.name}\n"  # sha256sum -c


def test_a_day_whose_only_backup_is_damaged_is_not_done(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = backup.backup_sqlite(_small_database(tmp_path), folder, now=NOW)
    assert not backup.backup_due(folder, NOW)
    _damage(made)
    assert backup.backup_due(folder, NOW + dt.timedelta(hours=1))
    backup.prune(folder, NOW + dt.timedelta(hours=1))
    assert [b.path for b in backup.list_backups(folder)] == []  # no longer offered
    assert made.with_name(made.name + ".damaged").is_file()  # but not destroyed


def test_restore_refuses_a_backup_whose_bytes_changed(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = backup.backup_sqlite(_small_database(tmp_path), folder, now=NOW)
    with closing(sqlite3.connect(made)) as connection:  # still a sound file, other data
        connection.execute("UPDATE street SET name = '改过' WHERE id = 1")
        connection.commit()
    target = tmp_path / "current.db"
    try:
        backup.restore_sqlite(target, made, folder=folder)
    except UserError as refused:
        assert refused.code == "backup.damaged"
    else:
        raise AssertionError("a backup changed after it was verified was restored")
    assert not target.exists()


# ---- retention: a property -------------------------------------------------------------

def _slots(taken: dt.datetime, now: dt.datetime) -> list[tuple[str, object]]:
    """The retention slots, as the module docstring promises them: each of the last 7
    days, the last 4 ISO weeks (this one included) and the last 12 calendar months."""
    day, today = taken.date(), now.date()
    found: list[tuple[str, object]] = []
    if (today - day).days < 7:
        found.append(("day", day))
    if day.isocalendar()[:2] in {(today - dt.timedelta(weeks=w)).isocalendar()[:2]
                                 for w in range(4)}:
        found.append(("week", day.isocalendar()[:2]))
    if (today.year - day.year) * 12 + today.month - day.month < 12:
        found.append(("month", (day.year, day.month)))
    return found


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[dt.datetime, bool]]:
    """Backups at random times of the last ~14 months, some of them damaged."""
    minutes = draw(st.lists(st.integers(0, 420 * 24 * 60), min_size=1, max_size=12,
                            unique=True))
    return [(NOW - dt.timedelta(minutes=m), draw(st.booleans())) for m in minutes]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories())
def test_retention_never_keeps_a_damaged_backup_in_place_of_a_good_one(
        tmp_path_factory, history: list[tuple[dt.datetime, bool]]) -> None:
    work = tmp_path_factory.mktemp("retention")
    folder = work / "backups"
    seed = backup.backup_sqlite(_small_database(work), work / "seed", now=NOW)
    good: dict[Path, dt.datetime] = {}
    damaged: dict[Path, dt.datetime] = {}
    for taken, is_damaged in history:
        path = folder / f"gongjian-{taken:%Y%m%d-%H%M%S}.db"
        folder.mkdir(exist_ok=True)
        for source in (seed, *seed.parent.glob(seed.name + ".*")):
            shutil.copyfile(source, path.with_name(source.name.replace(seed.name, path.name)))
        if is_damaged:
            _damage(path)
            damaged[path] = taken
        else:
            good[path] = taken
    backup.prune(folder, NOW)
    offered = {b.path for b in backup.list_backups(folder)}
    assert not offered & set(damaged), "a damaged backup is still offered for restore"
    for taken in good.values():
        for slot in _slots(taken, NOW):
            newest = max((t, p) for p, t in good.items() if slot in _slots(t, NOW))[1]
            assert newest in offered, f"the newest good backup of {slot} was deleted"
    if good:
        assert max((t, p) for p, t in good.items())[1] in offered


# ---- attachments ---------------------------------------------------------------------

def _store(root: Path, content: bytes) -> Path:
    name = hashlib.sha256(content).hexdigest()
    path = root / name[:2] / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_the_mirror_compares_content_not_size(tmp_path: Path) -> None:
    store, mirror = tmp_path / "store", tmp_path / "mirror"
    scan = _store(store, b"invoice scan " * 100)
    assert backup.mirror_attachments(store, mirror) == 1
    copy = mirror / scan.relative_to(store)
    _damage(copy)  # same size, other bytes
    assert backup.mirror_attachments(store, mirror) == 1
    assert copy.read_bytes() == scan.read_bytes()


def test_a_damaged_attachment_never_replaces_its_good_copy(tmp_path: Path) -> None:
    store, mirror = tmp_path / "store", tmp_path / "mirror"
    scan = _store(store, b"receipt " * 100)
    backup.mirror_attachments(store, mirror)
    good = scan.read_bytes()
    scan.write_bytes(good[:300])  # truncated in the store
    assert backup.mirror_attachments(store, mirror) == 0
    assert (mirror / scan.relative_to(store)).read_bytes() == good


def test_restore_brings_attachments_back_and_names_the_missing(
        sqlite_db: Database, isolated_data_dir: Path, tmp_path: Path) -> None:
    from tests.models.funds.conftest import make_books, receipt  # noqa: PLC0415

    make_books(sqlite_db)
    with sqlite_db.session() as session:
        add_demo_users(session)
        entry = entries.create_draft(session, CLERK, receipt(50_000))
    files = {}
    for name, content in (("发票.pdf", b"%PDF invoice"), ("会议纪要.jpg", b"JPEG minutes")):
        files[name] = tmp_path / name
        files[name].write_bytes(content)
        with sqlite_db.session() as session:
            attachments.add_attachment(session, CLERK, entry, files[name])
    made = backup.backup_now(sqlite_db)
    sqlite_db.dispose()
    store = isolated_data_dir / "attachments"
    for content in (b"%PDF invoice", b"JPEG minutes"):
        digest = hashlib.sha256(content).hexdigest()
        (store / digest[:2] / digest).unlink()  # the PC's disk was replaced
    lost = hashlib.sha256(b"JPEG minutes").hexdigest()
    (made.parent / "attachments" / lost[:2] / lost).unlink()  # and one was never mirrored
    result = backup.restore(sqlite_db.url, made, actor=SYSTEM)
    assert result.attachments_restored == ("发票.pdf",)
    assert result.attachments_missing == ("会议纪要.jpg",)
    kept = hashlib.sha256(b"%PDF invoice").hexdigest()
    assert (store / kept[:2] / kept).read_bytes() == b"%PDF invoice"
