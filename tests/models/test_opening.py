"""Opening the configured database: the demo is created once; server passwords stay secret."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from models import secrets
from models.opening import keyring_password, open_target, password_key
from models.registry import places
from models.settings import Settings, load_settings, save_settings


def test_demo_created_only_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    database = open_target(str(path), demo=True)
    with database.read_session() as session:
        assert len(places.list_compounds(session)) == 5
    database.dispose()
    database = open_target(str(path), demo=True)  # opened again: not filled twice
    with database.read_session() as session:
        assert len(places.list_compounds(session)) == 5
    database.dispose()


def test_server_password_comes_from_keyring_not_settings(pg_base_url: str | None,
                                                         tmp_path: Path) -> None:
    url = make_url("postgresql+psycopg://clerk@db.example:5432/office")
    secrets.set_secret(password_key(url), "s3cret")
    assert keyring_password(url) == "s3cret"
    settings_file = tmp_path / "settings.json"
    save_settings(Settings(database_url=url.render_as_string(hide_password=False)), settings_file)
    assert "s3cret" not in settings_file.read_text(encoding="utf-8")
    assert load_settings(settings_file).database_url.endswith("@db.example:5432/office")
    if pg_base_url is None:
        pytest.skip("no PostgreSQL here")
    real = make_url(f"{pg_base_url}/postgres")
    secrets.set_secret(password_key(real), "unused-with-trust-auth")
    database = open_target(real.render_as_string(hide_password=False))
    assert database.engine.url.password == "unused-with-trust-auth"
    database.dispose()


def test_attachments_folder_follows_settings(tmp_path: Path, isolated_data_dir: Path) -> None:
    from models.settings import attachments_dir  # noqa: PLC0415

    assert attachments_dir() == isolated_data_dir / "attachments"
    shared = tmp_path / "shared"
    save_settings(Settings(attachments_dir=str(shared)))
    assert attachments_dir() == shared and shared.is_dir()
