"""The one overlap rule with the real volunteers ledger: a delivery's participant busy in a
team activity is refused naming the activity, and the other way round."""
from __future__ import annotations

import pytest

from models.db import Database
from models.errors import UserError
from models.services import deliveries
from models.volunteers import activities, teams
from models.volunteers.activities import ActivityData, Participant
from tests.models.issues.helpers import CLERK, Office
from tests.models.services.helpers import SERVED, delivery, drive, new_item, new_list, version


def test_deliveries_and_team_activities_do_not_overlap(db: Database, office: Office) -> None:
    wang, li = office.person_ids[:2]
    with db.session() as session:
        team = teams.create_team(session, CLERK, "青年号")
        activities.record_activity(session, CLERK, ActivityData(
            team, SERVED, 9 * 60, 11 * 60, "滨河步道", "清理垃圾", (Participant(wang, 120),)))
        item_id = new_item(session, new_list(session, office), content="法律咨询")
        drive(session, office, item_id, "claimed")
    with db.session() as session, pytest.raises(UserError, match="清理垃圾"):
        deliveries.record_delivery(session, CLERK, item_id, version(session, item_id),
                                   delivery((li, wang), start=10, end=12))
    with db.session() as session:
        deliveries.record_delivery(session, CLERK, item_id, version(session, item_id),
                                   delivery((li, wang), start=14, end=16))
    with db.session() as session, pytest.raises(UserError, match="第 1 项“法律咨询”"):
        activities.record_activity(session, CLERK, ActivityData(
            team, SERVED, 15 * 60, 17 * 60, "社区", "文明劝导", (Participant(li, 60),)))
