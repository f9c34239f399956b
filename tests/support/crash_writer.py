"""Child process of the crash-consistency test: commits people until it is killed.

Usage: python -m tests.support.crash_writer DATABASE COMMUNITY_ID

It imports everything first, then waits for a line on stdin before opening the
database, so the parent can start the next child while the current one is writing.
Each person is created in its own unit of work; only after that unit of work has
committed is the new id printed and flushed: an id on stdout is a promise that the
person is in the database.
"""
from __future__ import annotations

import os
import sys

from models.auth import SYSTEM
from models.db import open_database
from models.registry.people import PersonData, create_person


def main(argv: list[str]) -> int:
    path, community_id = argv[1], int(argv[2])
    if not sys.stdin.readline():
        return 0  # stdin closed: the parent no longer needs this child
    database = open_database(path)
    counter = 0
    while True:
        counter += 1
        data = PersonData(name=f"压测{os.getpid()}-{counter}", roles=frozenset({"volunteer"}))
        with database.session() as session:
            person_id = create_person(session, SYSTEM, community_id, data)
        sys.stdout.write(f"{person_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
