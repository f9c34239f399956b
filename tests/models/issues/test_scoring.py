"""量化考核: points per responding unit and the ranking, against hand-computed figures.

First quarter 2026, ranked on 2026-04-10, default points: on time +5, late −3 and −0.5
per day (at most 30 days), reopened −2, 报到 later than 3 days −1, letter −1, escalated 0.
  供电所 (unit): P1 on time +5; P2 reported 5 days after 交办 −1, resolved 5 days late
                 −3 −2.5                                                  = −1.5
  水务局:        P3 still open, 69 days late → capped 30: −3 −15, one letter −1 = −19;
                 P4 on time +5, reopened once −2, on time again       = +3  → −16
  住建局:        P5 escalated before its deadline: 0
  P6's deadline falls in April: not in this period.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import FieldErrors, UserError
from models.issues import assignments, config, letters, resolution, scoring
from models.issues.config import ScoringRules
from tests.models.issues.helpers import (
    ADMIN,
    CLERK,
    REVIEWER,
    TODAY,
    Office,
    act,
    assignment,
    new_problem,
)

D = dt.date
Q1 = (D(2026, 1, 1), D(2026, 3, 31))
AS_OF = D(2026, 4, 10)
ASSIGNED = D(2026, 1, 11)


def assigned(session: Session, office: Office, *, deadline: dt.date, reported: dt.date,
             unit_id: int | None = None, department: str = "", day: dt.date = ASSIGNED
             ) -> tuple[int, int]:
    status = act(session, office, new_problem(session, office), "review_in")
    status = assignments.assign(session, REVIEWER, status.id, status.version,
                                assignment(day=day, deadline=deadline, unit_id=unit_id,
                                           department=department), today=TODAY)
    status = assignments.report_in(session, CLERK, status.id, status.version,
                                   reported_on=reported, today=TODAY)
    return status.id, status.version


def resolve(session: Session, pid: int, version: int, day: dt.date) -> int:
    return resolution.resolve(session, CLERK, pid, version, resolved_on=day, result="已解决",
                              today=TODAY).version


@pytest.fixture
def quarter(db: Database, office: Office) -> Office:
    power, water, housing = office.unit_ids[0], "巴州区水务局", "巴州区住建局"
    with db.session() as s:
        pid, v = assigned(s, office, deadline=D(2026, 1, 31), reported=D(2026, 1, 12),
                          unit_id=power)
        resolve(s, pid, v, D(2026, 1, 20))  # P1
        pid, v = assigned(s, office, deadline=D(2026, 1, 31), reported=D(2026, 1, 16),
                          unit_id=power)
        resolve(s, pid, v, D(2026, 2, 5))  # P2
        pid, v = assigned(s, office, deadline=D(2026, 1, 31), reported=D(2026, 1, 12),
                          department=water)  # P3
        letters.issue_letter(s, REVIEWER, letters.draft_letter(s, pid, issued_on=D(2026, 2, 3)),
                             today=TODAY)
        pid, v = assigned(s, office, deadline=D(2026, 2, 10), reported=D(2026, 1, 13),
                          department=water)  # P4
        v = resolve(s, pid, v, D(2026, 2, 1))
        v = resolution.close(s, REVIEWER, pid, v, closed_on=D(2026, 2, 2), today=TODAY).version
        v = resolution.reopen(s, REVIEWER, pid, v, on=D(2026, 2, 5), reason="复发",
                              today=TODAY).version
        resolve(s, pid, v, D(2026, 2, 8))
        pid, v = assigned(s, office, deadline=D(2026, 1, 31), reported=D(2026, 1, 12),
                          department=housing)  # P5
        assignments.escalate(s, REVIEWER, pid, v, assignment(
            2, day=D(2026, 1, 17), deadline=D(2026, 4, 30), department="巴州区住房和城乡建设局"),
            reason="需定向吹哨", today=TODAY)
        assigned(s, office, deadline=D(2026, 4, 15), reported=D(2026, 3, 26),
                 unit_id=power, day=D(2026, 3, 25))  # P6
    return office


def test_ranking_matches_hand_computed_points(db: Database, quarter: Office) -> None:
    with db.read_session() as session:
        ranked = scoring.ranking(session, *Q1, as_of=AS_OF)
    assert [(u.rank, u.name, u.points) for u in ranked] == [
        (1, "巴州区住建局", Decimal("0")),
        (2, "巴中市供电公司江北供电所", Decimal("-1.5")),
        (3, "巴州区水务局", Decimal("-16")),
    ]
    housing, power, water = ranked
    assert (power.unit_id, power.assignments, power.on_time, power.late, power.overdue_days,
            power.late_reports) == (quarter.unit_ids[0], 2, 1, 1, 5, 1)
    assert (water.key, water.assignments, water.on_time, water.late, water.overdue_days,
            water.reopened, water.letters) == ("dept:巴州区水务局", 2, 1, 1, 30, 1, 1)
    assert (housing.assignments, housing.escalated, housing.late) == (1, 1, 0)


def test_configured_points_change_the_ranking(db: Database, quarter: Office) -> None:
    # on time +2, −1 per day at most 10 days:
    #   供电所 +2 + (−3 −5 −1) = −7;  水务局 (−3 −10 −1) + (2 −2) = −14;  住建局 0
    with db.session() as session:
        rules = config.set_scoring_rules(session, ADMIN, 0, {
            "on_time": "2", "per_day_overdue": "-1", "overdue_day_cap": "10"})
        ranked = scoring.ranking(session, *Q1, as_of=AS_OF)
    assert (rules.on_time, rules.late, rules.version) == (Decimal("2"), Decimal("-3"), 1)
    assert [(u.rank, u.points) for u in ranked] == [
        (1, Decimal("0")), (2, Decimal("-7")), (3, Decimal("-14"))]


def test_equal_points_share_a_rank(db: Database, quarter: Office) -> None:
    flat = ScoringRules(on_time=Decimal(0), late=Decimal(0), per_day_overdue=Decimal(0),
                        reopened=Decimal(0), report_late=Decimal(0), letter=Decimal(0))
    with db.read_session() as session:
        ranked = scoring.ranking(session, *Q1, as_of=AS_OF, rules=flat)
    assert [u.rank for u in ranked] == [1, 1, 1]


def test_points_settings_are_checked_and_for_admins(db: Database, office: Office) -> None:
    with pytest.raises(FieldErrors) as bad, db.session() as session:
        config.set_scoring_rules(session, ADMIN, 0, {"late": "三分", "report_days": "1.5"})
    assert bad.value.by_field() == {"late": "考核分值“逾期”必须是数字，最多两位小数。",
                                    "report_days": "报到期限天数必须是整数。"}
    with pytest.raises(UserError) as refused, db.session() as session:
        config.set_scoring_rules(session, REVIEWER, 0, {"late": "-5"})
    assert refused.value.code == "auth.forbidden"
    with db.read_session() as session:
        assert config.scoring_rules(session) == ScoringRules()
