"""What a write changed, announced to every page and dialog that shows that kind of record.

A write operation names the kinds of record it changes; the context's `ChangeBus`
announces them on the GUI thread once the write has committed. A page lists the kinds it
shows (`Page.watches`) and reloads when one of them changed, so a save in one dialog
refreshes every page that shows the record, and nothing else (after Anki's OpChanges).
"""
from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


class Kind(enum.Enum):
    """A kind of record a page shows. New areas add their kinds here."""

    OFFICE = enum.auto()  # the office, its community and settings
    COMPOUNDS = enum.auto()
    BUILDINGS = enum.auto()
    UNITS = enum.auto()
    ORGS = enum.auto()
    PEOPLE = enum.auto()
    USERS = enum.auto()
    PROBLEMS = enum.auto()  # problems and everything hanging off them (levels, letters …)
    MEETINGS = enum.auto()  # joint meetings and coordination meetings
    TAXONOMY = enum.auto()
    ISSUE_SETTINGS = enum.auto()
    FUND_ENTRIES = enum.auto()
    BUDGETS = enum.auto()
    FUND_SETTINGS = enum.auto()
    VOTES = enum.auto()  # owners' votes, their rolls, ballots and courses
    BODIES = enum.auto()  # 业委会 and the other self-governance bodies
    SERVICES = enum.auto()  # 双服务清单: lists, items, claims, deliveries, sign-offs
    VOLUNTEERS = enum.auto()  # volunteer teams, activities, lectures, in-service members
    UPWARD = enum.auto()  # 上报: packages, keys, the street's received packages
    GOVERNANCE = enum.auto()  # grids, patrols, compound joint meetings, mediation cases


EVERYTHING = frozenset(Kind)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind]

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)


class ChangeBus(QObject):
    """Announces committed changes on the GUI thread."""

    changed = Signal(object)  # Changes

    def announce(self, kinds: Iterable[Kind]) -> None:
        changes = Changes(frozenset(kinds))
        if changes.kinds:
            self.changed.emit(changes)

    def subscribe(self, owner: QObject, kinds: Iterable[Kind],
                  callback: Callable[[], None]) -> None:
        """Call `callback` while `owner` lives, whenever one of `kinds` changed."""
        wanted = frozenset(kinds)

        def relay(changes: Changes) -> None:
            if changes.touches(wanted):
                callback()

        def forget(*_args: object) -> None:
            try:
                self.changed.disconnect(relay)
            except (RuntimeError, TypeError):  # the bus went first (at exit)
                pass

        self.changed.connect(relay)
        owner.destroyed.connect(forget)
