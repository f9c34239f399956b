"""One overlap rule across the volunteers and services ledgers. The services ledger's
module is stood in for here (its real one may not be in this build), with the contract
it offers: `busy(session, person_id, start, end, exclude=None)` and `register(source)`."""
from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Callable, Iterator

import pytest

from models.db import Database
from models.errors import UserError
from models.volunteers import activities, hours, teams
from models.volunteers.activities import ActivityData, Participant
from tests.models.volunteers.helpers import CLERK, DAY, Place

DELIVERY = "巴中市第三中学 2026 年双服务清单第 3 项“义诊”（2026-05-09 14:00–16:00）"


@pytest.fixture
def services(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[..., object]]]:
    """A services ledger where person 王建国 delivers 14:00–16:00 on DAY."""
    sources: list[Callable[..., object]] = []
    module = types.ModuleType(hours.SERVICES_HOURS)
    busy_person: list[int] = []

    def busy(session, person_id, start, end, exclude=None):
        if person_id in busy_person and start < dt.datetime.combine(DAY, dt.time(16)) \
                and end > dt.datetime.combine(DAY, dt.time(14)):
            return DELIVERY
        return None

    module.busy = busy  # type: ignore[attr-defined]
    module.register = sources.append  # type: ignore[attr-defined]
    module.busy_person = busy_person  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, hours.SERVICES_HOURS, module)
    yield sources


def test_an_activity_overlapping_a_delivery_is_refused_naming_it(
        db: Database, place: Place, services: list[Callable[..., object]]) -> None:
    wang = place.people["王建国"]
    sys.modules[hours.SERVICES_HOURS].busy_person.append(wang)  # type: ignore[attr-defined]
    with db.session() as session:
        team = teams.create_team(session, CLERK, "青年号")
    with db.session() as session, pytest.raises(UserError, match="第 3 项“义诊”"):
        activities.record_activity(session, CLERK, ActivityData(
            team, DAY, 15 * 60, 17 * 60, "", "环境整治", (Participant(wang, 60),)))
    with db.session() as session:  # after the delivery: fine
        activities.record_activity(session, CLERK, ActivityData(
            team, DAY, 16 * 60, 17 * 60, "", "环境整治", (Participant(wang, 60),)))


def test_the_services_check_is_offered_ours(db: Database, place: Place,
                                            services: list[Callable[..., object]]) -> None:
    hours.connect()
    assert services == [hours.own_busy]
    li = place.people["李秀英"]
    with db.session() as session:
        team = teams.create_team(session, CLERK, "青年号")
        activities.record_activity(session, CLERK, ActivityData(
            team, DAY, 9 * 60, 11 * 60, "", "入户走访", (Participant(li, 120),)))
    at = dt.datetime.combine(DAY, dt.time(10))
    with db.read_session() as session:
        found = services[0](session, li, at, at + dt.timedelta(hours=2), None)
        clear = services[0](session, li, at + dt.timedelta(hours=1),
                            at + dt.timedelta(hours=2), None)
    assert found == "2026-05-09 09:00–11:00 青年号：入户走访" and clear is None
