"""Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

Keys stay short: Windows Credential Manager holds about 2.5 KB per secret. Where no
keyring backend exists the caller gets a UserError saying so plainly; the documented
fallback for the database password is PostgreSQL's own pgpass file.

keyring is imported at the first use: finding its backends (entry points, D-Bus on Linux)
is start-up time that a SQLite office never needs.
"""
from __future__ import annotations

from types import ModuleType

from models.errors import UserError

SERVICE = "Gongjian"


def _keyring() -> ModuleType:
    import keyring  # noqa: PLC0415 - see the module docstring
    import keyring.errors  # noqa: PLC0415

    return keyring


def keyring_available() -> tuple[bool, str]:
    from keyring.backends import fail  # noqa: PLC0415

    backend = _keyring().get_keyring()
    if isinstance(backend, fail.Keyring):
        return False, "no keyring backend"
    return True, type(backend).__name__


def get_secret(key: str) -> str | None:
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, key)
    except keyring.errors.KeyringError as exc:
        raise UserError("keyring.unavailable", detail=str(exc) or type(exc).__name__) from exc


def set_secret(key: str, value: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, key, value)
    except keyring.errors.KeyringError as exc:
        raise UserError("keyring.unavailable", detail=str(exc) or type(exc).__name__) from exc


def delete_secret(key: str) -> None:
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise UserError("keyring.unavailable", detail=str(exc) or type(exc).__name__) from exc
