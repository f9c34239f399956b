"""The opener handed to the worker thread: it opens (and for the demo, fills) the database."""
from __future__ import annotations

from collections.abc import Callable

from models.db import Database
from models.opening import open_target


def database_opener(target: str, *, demo: bool = False) -> Callable[[], Database]:
    return lambda: open_target(target, demo=demo)
