"""Secrets in the OS keyring, and the plain refusal when there is none."""
from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from models import secrets
from models.errors import UserError
from tests.support.keyring_memory import MemoryKeyring


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
