"""琐事不出网格、小事不出社区、大事不出街道: the figures equal counts made from the plan
each example generated, with findings taken through the real issue ledger services."""
from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from models.db import Database
from models.governance import patrols
from models.issues import assignments, meetings, resolution
from models.issues.lifecycle import ProblemStatus
from tests.models.issues.helpers import CLERK, REVIEWER, Office

TODAY = dt.date(2026, 11, 30)
# What happens to a finding, and where the figures must count it (written out by hand).
FATES = {
    "settled": "grid",           # 就地解决
    "left": "open",              # neither settled nor sent yet
    "collected": "in_ledger",    # sent, not reviewed yet
    "refused": "out_of_scope",   # sent, not taken into the whistle scope
    "solved_1": "community",     # solved by the community (level 1)
    "closed_1": "community",     # solved at level 1 and 销号
    "solved_2": "street",        # escalated to the street, solved there
    "solved_3": "street",        # escalated to the district, solved there
    "escalated_open": "in_ledger",  # escalated to the street, still being handled
}
_days = itertools.count()


def _assignment(level: int, day: dt.date) -> assignments.AssignmentData:
    return assignments.AssignmentData(level=level, deadline=day + dt.timedelta(days=30),
                                      assigned_on=day, decision="限期解决",
                                      department="巴州区住建局")


def _review(session: Session, office: Office, status: ProblemStatus, day: dt.date,
            in_scope: bool) -> ProblemStatus:
    meetings.record_meeting(session, REVIEWER, office.community_id, meetings.MeetingData(
        held_on=day, attendee_ids=office.person_ids[:2], title="联席会议"),
        [meetings.DecisionData(status.id, status.version, in_scope,
                               "" if in_scope else "属于民事纠纷")], today=TODAY)
    return _status(session, status.id)


def _status(session: Session, problem_id: int) -> ProblemStatus:
    from models.issues import lifecycle  # noqa: PLC0415

    return lifecycle.status(lifecycle.load_problem(session, problem_id))


def _drive(session: Session, office: Office, status: ProblemStatus, fate: str,
           day: dt.date) -> None:
    if fate == "collected":
        return
    status = _review(session, office, status, day + dt.timedelta(days=1), fate != "refused")
    if fate == "refused":
        return
    on = day + dt.timedelta(days=2)
    status = assignments.assign(session, REVIEWER, status.id, status.version,
                                _assignment(1, on), today=TODAY)
    if fate.startswith("solved_") and fate != "solved_1" or fate == "escalated_open":
        level = 3 if fate == "solved_3" else 2
        status = assignments.escalate(session, REVIEWER, status.id, status.version,
                                      _assignment(level, on + dt.timedelta(days=1)),
                                      reason="社区协调未果", today=TODAY)
        on += dt.timedelta(days=1)
        if fate == "escalated_open":
            return
    status = assignments.report_in(session, CLERK, status.id, status.version,
                                   reported_on=on + dt.timedelta(days=1), today=TODAY)
    status = resolution.resolve(session, CLERK, status.id, status.version,
                                resolved_on=on + dt.timedelta(days=2), result="已解决",
                                today=TODAY)
    if fate == "closed_1":
        resolution.close(session, REVIEWER, status.id, status.version,
                         closed_on=on + dt.timedelta(days=3), today=TODAY)


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(plan=st.lists(st.sampled_from(sorted(FATES)), min_size=1, max_size=6))
def test_settled_where_equals_the_plan(db: Database, office: Office, plan: list[str]) -> None:
    # Each example patrols on a day of its own, and the figures look at that day only.
    day = dt.date(2026, 1, 1) + dt.timedelta(days=3 * next(_days))
    with db.session() as session:
        patrol = patrols.record_patrol(session, CLERK, office.community_id, patrols.PatrolData(
            patrolled_on=day, route="解放路—翰林苑", member_ids=office.person_ids[:1]),
            [patrols.FindingData(f"发现 {n}：{fate}", settled=fate == "settled")
             for n, fate in enumerate(plan)], today=TODAY)
    with db.session() as session:
        findings = patrols.get_patrol(session, patrol).findings
    category = office.categories["环境卫生/垃圾清运"]
    for finding, fate in zip(findings, plan, strict=True):
        if fate in ("settled", "left"):
            continue
        with db.session() as session:
            status = patrols.send_finding(session, CLERK, finding.id, finding.version,
                                          category_id=category, today=TODAY)
            _drive(session, office, status, fate, day)
    with db.session() as session:
        figures = patrols.settled_figures(session, day, day)
    expected = Counter(FATES[fate] for fate in plan)
    assert figures.patrols == 1
    assert figures.findings == len(plan)
    assert {k: v for k, v in figures.by_where.items() if v} == dict(expected)
