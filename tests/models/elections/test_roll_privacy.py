"""The roll keeps no ID number, not even as a digest anyone could recompute."""
from __future__ import annotations

import hashlib

from sqlalchemy import select

from models.db import Database
from models.elections.entities import Owner
from tests.models.elections.test_votes import ID_A, compound, make_vote, row  # noqa: F401


def test_an_owner_is_known_by_a_keyed_digest_of_the_number(
        db: Database, compound: int) -> None:  # noqa: F811
    make_vote(db, compound, [row("101", "90", ("张三", ID_A)), row("102", "80", ("张三", ID_A)),
                             row("201", "70", ("李四", ""))])
    with db.read_session() as session:
        identities = dict(session.execute(select(Owner.name, Owner.identity)).all())
    assert len(identities) == 2  # 张三's two flats: one owner
    plain = hashlib.sha256(ID_A.encode()).hexdigest()
    assert identities["张三"].startswith("id:") and plain[:32] not in identities["张三"]
    assert ID_A not in identities["张三"] and ID_A[-6:] not in identities["张三"]
    assert identities["李四"] == "name:李四"
