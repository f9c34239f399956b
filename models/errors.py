"""Errors a clerk can fix, and environment errors, as opposed to bugs.

A UserError carries a code and parameters; its message template is Chinese and is
looked up by the UI through Qt's translation system (context "UserError"), so the
English translation covers model messages too.
"""
from __future__ import annotations

from typing import Any

from models.messages import MESSAGES


class UserError(Exception):
    """Something the clerk can fix; shown in words, never with a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"unknown UserError code {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def localized(self, translate: Any) -> str:
        """The message through `translate(template) -> template` (Qt's tr in the UI)."""
        return translate(self.template).format(**self.params)


class FieldError(UserError):
    """A UserError that belongs to one form field, so the form can show it beside it."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class FieldErrors(FieldError):
    """Several bad fields at once; behaves as its first error, carries them all."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.field, first.code, **first.params)

    def by_field(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for error in self.errors:
            found.setdefault(error.field, error.message)
        return found


class StaleRecord(UserError):
    """A save based on an old version of the record: someone else changed it first."""


class DatabaseUnavailable(UserError):
    """The database cannot be opened (damaged, too new, unreachable)."""


class DatabaseProblem(DatabaseUnavailable):
    """A condition of the environment met while working (locked, read-only, disk full,
    I/O error, damaged, unreachable): nothing was saved half-way, the clerk can retry."""
