"""Secrets in the OS keyring, and the plain refusal when there is none."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from models import secrets
from models.errors import UserError
from models.opening import open_target
from tests.support.keyring_memory import MemoryKeyring
from tests.support.pg import PgCluster, find_bin_dir


def test_round_trip(memory_keyring: MemoryKeyring) -> None:
    assert secrets.keyring_available() == (True, "MemoryKeyring")
    assert secrets.get_secret("db:office") is None
    secrets.set_secret("db:office", "pa55-词")
    assert secrets.get_secret("db:office") == "pa55-词"
    assert memory_keyring.secrets == {(secrets.SERVICE, "db:office"): "pa55-词"}
    secrets.set_secret("db:office", "changed")
    assert secrets.get_secret("db:office") == "changed"
    secrets.delete_secret("db:office")
    assert secrets.get_secret("db:office") is None
    secrets.delete_secret("db:office")  # deleting what is not there is not an error


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> None:
    # Installed after the memory keyring, whose fixture restores the previous backend.
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("call", [lambda: secrets.get_secret("db:office"),
                                  lambda: secrets.set_secret("db:office", "x"),
                                  lambda: secrets.delete_secret("db:office")],
                         ids=["get", "set", "delete"])
def test_without_a_keyring_the_clerk_is_told_about_pgpass(call: object) -> None:
    assert secrets.keyring_available()[0] is False
    with pytest.raises(UserError) as refused:
        call()  # type: ignore[operator]
    assert refused.value.code == "keyring.unavailable"
    assert "pgpass" in refused.value.message
    assert refused.value.message.startswith("本机没有可用的系统密钥环")


class BrokenKeyring(keyring.backends.fail.Keyring):
    """A keyring that exists but fails (a locked Secret Service, a headless session)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the keyring is locked")


@pytest.fixture(scope="module")
def password_server() -> Iterator[str]:
    """A PostgreSQL server that asks for a password (scram-sha-256), unlike the shared
    test cluster, which trusts every local connection."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("GONGJIAN_REQUIRE_PG") == "1":
            pytest.fail("PostgreSQL binaries not found and GONGJIAN_REQUIRE_PG=1")
        pytest.skip("PostgreSQL binaries not found")
    cluster = PgCluster(bin_dir, password=PG_PASSWORD)
    base = cluster.start()
    try:
        yield base
    finally:
        cluster.stop()


PG_PASSWORD = "Jiangbei-2026"


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, BrokenKeyring],
                         ids=["no keyring", "failing keyring"])
def test_without_a_working_keyring_the_password_comes_from_pgpass(
        password_server: str, memory_keyring: MemoryKeyring, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, backend: type) -> None:
    keyring.set_keyring(backend())
    url = make_url(f"{password_server}/postgres")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing.conf"))
    with pytest.raises(UserError) as refused:
        open_target(url.render_as_string(hide_password=False))
    assert refused.value.code == "db.auth_failed"
    assert "用户名或密码不正确" in refused.value.message
    pgpass = tmp_path / "pgpass.conf"
    pgpass.write_text(f"{url.host}:{url.port}:*:{url.username}:{PG_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    database = open_target(url.render_as_string(hide_password=False))
    try:
        with database.read_session() as session:
            assert session.execute(text("SELECT current_user")).scalar_one() == "postgres"
    finally:
        database.dispose()
