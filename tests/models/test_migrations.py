"""A database made by the first migration opens under the latest code with its rows intact.

The rows are written with plain SQL against the first revision's schema, so this test
keeps its meaning as later migrations are added.
"""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from models import migrate
from models.db import make_engine, open_database, to_url
from models.registry import people, places

FIRST = "0001_registry"
ROWS = [
    "INSERT INTO street (id, name, code, version, updated_by) VALUES (1, '江北街道', '1', 1, '')",
    "INSERT INTO community (id, street_id, name, code, version, updated_by) "
    "VALUES (1, 1, '兴文社区', '2', 1, '')",
    "INSERT INTO compound (id, community_id, name, kind, total_area, unit_count, "
    "property_company, address, search_key, version, updated_by) VALUES "
    "(1, 1, '翰林苑', 'commercial', 86420.55, 812, '某物业', '兴文路', "
    "'翰林苑 hanlinyuan hly', 3, '')",
    "INSERT INTO person (id, community_id, name, gender, id_number, phone, address, "
    "compound_id, is_party_member, note, search_key, version, updated_by) VALUES "
    "(1, 1, '张三', 'M', '11010519491231002X', '13800000000', '', 1, TRUE, '老党员', "
    "'张三 zhangsan zs', 1, '')",
    "INSERT INTO building (id, compound_id, name, chief_id, version, updated_by) "
    "VALUES (1, 1, '1栋', 1, 1, '')",
    "INSERT INTO person_role (person_id, role) VALUES (1, 'cadre')",
]


def test_revisions_form_one_line() -> None:
    script = migrate.script_directory()
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[0] == FIRST
    assert script.get_heads() == [revisions[-1]]


def test_revisions_read_from_the_files_agree_with_alembic() -> None:
    script = migrate.script_directory()
    assert migrate.head_revisions() == tuple(sorted(script.get_heads()))
    assert set(migrate.known_revisions()) == {r.revision for r in script.walk_revisions()}


def test_opening_an_up_to_date_database_loads_neither_alembic_nor_pinyin(
        tmp_path: Path) -> None:
    """Start-up speed (issue 12): both cost a clerk time and memory at every start."""
    database = open_database(str(tmp_path / "current.db"))
    database.dispose()
    code = ("import sys\n"
            "from models.db import open_database\n"
            f"open_database({str(tmp_path / 'current.db')!r}).dispose()\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'pypinyin'}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]"


def test_first_revision_database_opens_with_rows_intact(empty_db_url: str) -> None:
    url = to_url(empty_db_url)
    engine = make_engine(url)
    with engine.connect() as connection:
        migrate.upgrade(connection, FIRST)
        for statement in ROWS:
            connection.execute(text(statement))
        connection.commit()
    engine.dispose()

    database = open_database(url)
    try:
        with database.read_session() as session:
            revision = ",".join(sorted(session.execute(
            text("SELECT version_num FROM alembic_version")).scalars()))
            compounds = places.list_compounds(session)
            found = people.list_people(session, query="zs")
            buildings = places.list_buildings(session)
        assert revision == migrate.head_revision()
        assert [(c.name, c.total_area, c.unit_count, c.version) for c in compounds] == [
            ("翰林苑", Decimal("86420.55"), 812, 3)]
        assert [(p.name, p.id_masked, p.roles, p.note) for p in found] == [
            ("张三", "110105********002X", frozenset({"cadre"}), "老党员")]
        assert [(b.name, b.chief_name) for b in buildings] == [("1栋", "张三")]
    finally:
        database.dispose()
