"""The demo's 小区治理: two grids over the first two compounds and the two lanes, a 红袖章
team, patrols every ten days or so over the last three months (most findings settled on the
spot, some sent into the issue ledger and a few of those solved at the community), joint
meetings of each compound with follow-ups (one left past its date), and mediation cases
with every outcome. Built through the services, like every demo record.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.auth import SYSTEM
from models.governance import compound_meetings as cm
from models.governance import grids, mediation, patrols
from models.governance.meeting_todo import quarter_start
from models.issues import assignments, lifecycle, meetings, resolution, taxonomy
from models.registry.entities import Building, Compound, Lane, Person

FINDINGS = (
    ("楼道堆放纸箱杂物，堵塞消防通道", "环境卫生/乱堆乱放", True),
    ("电动车在楼道内充电", "社会治安/治安巡逻", True),
    ("垃圾桶满溢，周边有异味", "环境卫生/垃圾清运", True),
    ("单元门禁损坏，外来人员随意进出", "物业管理/门禁监控", False),
    ("路灯三盏不亮，夜间照明不足", "市政设施/路灯", False),
    ("雨水井盖缺失，存在安全隐患", "市政设施/井盖缺失", False),
    ("绿化带被占用种菜", "环境卫生/卫生死角", True),
    ("车辆乱停占用消防车道", "社会治安/治安巡逻", True),
)
CASES = (
    ("leak", "楼上卫生间漏水至楼下天花板，双方就维修和赔偿发生争执。", "agreement",
     "乙方于十日内请专业人员修复卫生间防水层，费用由乙方承担。\n"
     "乙方一次性补偿甲方天花板修复费用人民币捌佰元整。\n双方今后和睦相处，不再因此事发生纠纷。"),
    ("parking", "业主长期占用他人车位，双方多次争吵。", "partial",
     "甲方即日起不再占用乙方车位。\n临时停车费用问题双方另行协商。"),
    ("property", "业主以服务不到位为由拒交物业费两年，物业公司欲起诉。", "failed", ""),
    ("noise", "楼上住户夜间装修噪音扰民。", None, ""),
)


def _category(session: Session, path: str) -> int:
    cache: dict[str, int] = session.info.setdefault("governance.demo.categories", {})
    if not cache:
        cache.update({c.path: c.id for c in taxonomy.list_categories(session)})
    return cache[path]


def _solve(session: Session, problem_id: int, found: dt.date, community_id: int,
           attendees: Sequence[int], today: dt.date, *, street: bool) -> None:
    """The ledger's own steps: the joint meeting takes it in, the community (or, after
    escalation, the street) solves it."""
    days = [min(found + dt.timedelta(days=n), today) for n in (1, 2, 3, 4, 6)]
    status = lifecycle.status(lifecycle.load_problem(session, problem_id))
    meetings.record_meeting(session, SYSTEM, community_id, meetings.MeetingData(
        held_on=days[0], attendee_ids=tuple(attendees), title="社区综合党委联席会议"),
        [meetings.DecisionData(problem_id, status.version, True)], today=today)
    status = lifecycle.status(lifecycle.load_problem(session, problem_id))
    status = assignments.assign(session, SYSTEM, problem_id, status.version,
                                _assignment(1, days[1], "社区协调物业限期整改", "小区物业服务中心"),
                                today=today)
    if street:
        status = assignments.escalate(session, SYSTEM, problem_id, status.version,
                                      _assignment(2, days[2], "街道定向吹哨", "巴州区住建局"),
                                      reason="涉及市政设施，社区无法解决", today=today)
    status = assignments.report_in(session, SYSTEM, status.id, status.version,
                                   reported_on=days[3], today=today)
    resolution.resolve(session, SYSTEM, status.id, status.version, resolved_on=days[4],
                       result="已整改到位", today=today)


def _assignment(level: int, day: dt.date, decision: str, department: str
                ) -> assignments.AssignmentData:
    return assignments.AssignmentData(level=level, deadline=day + dt.timedelta(days=20),
                                      assigned_on=day, decision=decision,
                                      department=department)


def build_governance_demo(session: Session, community_id: int, compound_ids: Sequence[int],
                          person_ids: Sequence[int], *, today: dt.date, seed: int = 2026
                          ) -> None:
    rng = random.Random(seed)
    lanes = list(session.scalars(select(Lane.id).order_by(Lane.id)))
    grid_ids = []
    for index, compound in enumerate(compound_ids[:2]):
        buildings = session.scalars(select(Building.id).where(Building.compound_id == compound)
                                    .order_by(Building.id).limit(4)).all()
        grid_ids.append(grids.create_grid(
            session, SYSTEM, community_id, name=f"兴文社区第{index + 1}网格",
            keeper_id=person_ids[-1 - index], building_ids=buildings,
            lane_ids=lanes[index:index + 1]))
    start = today - dt.timedelta(days=90)
    team_members = list(person_ids[2:8])
    team = grids.create_team(session, SYSTEM, community_id, name="兴文社区“红袖章”志愿巡逻队",
                             leader_id=team_members[0], member_ids=team_members,
                             joined_on=start - dt.timedelta(days=30))
    _patrols(session, rng, community_id, team, grid_ids, team_members, start, today,
             person_ids)
    _meetings(session, rng, compound_ids, today)
    _cases(session, community_id, compound_ids, person_ids, today)


def _patrols(session: Session, rng: random.Random, community_id: int, team: int,
             grid_ids: list[int], members: list[int], start: dt.date, today: dt.date,
             person_ids: Sequence[int]) -> None:
    day, count = start, 0
    compounds = session.scalars(select(Compound.id).order_by(Compound.id)).all()[:2]
    buildings = [session.scalars(select(Building.id).where(Building.compound_id == c)
                                 .order_by(Building.id)).first() for c in compounds]
    while day <= today - dt.timedelta(days=2):
        grid = grid_ids[count % 2]
        compound, building = compounds[count % 2], buildings[count % 2]
        picks = rng.sample(FINDINGS, rng.randrange(0, 3))
        patrol = patrols.record_patrol(session, SYSTEM, community_id, patrols.PatrolData(
            patrolled_on=day, grid_id=grid, team_id=team,
            member_ids=tuple(rng.sample(members, 3))),
            [patrols.FindingData(text, compound_id=compound, building_id=building,
                                 settled=settled, settled_note="当场劝导整改" if settled else "")
             for text, _path, settled in picks], today=today)
        for finding, (_text, path, settled) in zip(
                patrols.get_patrol(session, patrol).findings, picks, strict=True):
            if settled:
                continue
            status = patrols.send_finding(session, SYSTEM, finding.id, finding.version,
                                          category_id=_category(session, path), today=today)
            if rng.random() < 0.6 and day < today - dt.timedelta(days=10):
                _solve(session, status.id, day, community_id, person_ids[:2], today,
                       street=path.startswith("市政设施"))
        day += dt.timedelta(days=rng.randrange(11, 16))
        count += 1


def _meetings(session: Session, rng: random.Random, compound_ids: Sequence[int],
              today: dt.date) -> None:
    names = session.execute(select(Person.name).order_by(Person.id)).scalars().all()
    this_quarter = quarter_start(today)
    for index, compound in enumerate(compound_ids[:3]):
        held = this_quarter - dt.timedelta(days=40 - 5 * index)
        dates = [held] + ([today - dt.timedelta(days=20)] if index < 2 else [])
        for number, day in enumerate(dates):
            recent = number == 1
            actions = [cm.ActionData("清理地下车库积水并疏通排水沟", "物业服务企业",
                                     today + dt.timedelta(days=10) if recent
                                     else day + dt.timedelta(days=14)),
                       cm.ActionData("张贴电动车禁止入户充电告示", "小区党支部",
                                     day + dt.timedelta(days=7))]
            meeting = cm.record_meeting(session, SYSTEM, cm.MeetingData(
                compound_id=compound, held_on=day, place="小区党群服务站",
                agenda="车库积水；电动车充电；物业服务满意度",
                attendees=(cm.Attendee("branch", names[3 * index]),
                           cm.Attendee("committee", names[3 * index + 1]),
                           cm.Attendee("property", f"物业项目经理{rng.choice('陈刘杨')}女士"))),
                actions, today=today)
            rows = sorted((a for a in cm.list_actions(session) if a.meeting_id == meeting),
                          key=lambda a: a.id)
            # Done on time, but the recent meetings' open item and one left past its date.
            left = rows[0] if recent or (index == 0) else None
            for row in rows:
                if row is not left:
                    cm.complete_action(session, SYSTEM, row.id, row.version,
                                       on=min(row.due_on, today), note="已按时完成",
                                       today=today)


def _cases(session: Session, community_id: int, compound_ids: Sequence[int],
           person_ids: Sequence[int], today: dt.date) -> None:
    people = session.scalars(select(Person).where(Person.id.in_(person_ids[8:16]))
                             .order_by(Person.id)).all()
    for index, (kind, summary, outcome, terms) in enumerate(CASES):
        opened = today - dt.timedelta(days=60 - 12 * index)
        first, second = people[2 * index], people[2 * index + 1]
        case = mediation.open_case(session, SYSTEM, community_id, mediation.CaseData(
            opened_on=opened, dispute_type=kind, summary=summary,
            parties=(mediation.PartyData("first", first.name, id_number=first.id_number or "",
                                         address=first.address, person_id=first.id),
                     mediation.PartyData("second", second.name,
                                         id_number=second.id_number or "",
                                         address=second.address, person_id=second.id)),
            mediators=("何春梅", "王建国"), compound_id=compound_ids[index % len(compound_ids)]),
            today=today)
        mediation.add_session(session, SYSTEM, case, held_on=opened + dt.timedelta(days=2),
                              note="分别听取双方陈述，现场查看", today=today)
        if outcome is None:
            continue
        mediation.add_session(session, SYSTEM, case, held_on=opened + dt.timedelta(days=6),
                              note="面对面调解", today=today)
        row = mediation.get_case(session, case)
        mediation.close_case(session, SYSTEM, case, row.version, outcome=outcome,
                             closed_on=opened + dt.timedelta(days=6), agreement=terms,
                             today=today)
        if outcome == "failed":
            row = mediation.get_case(session, case)
            mediation.send_case(session, SYSTEM, case, row.version,
                                category_id=_category(session, "物业管理/物业费纠纷"),
                                today=today)


GROUPS = ("veteran", "retired_cadre", "party_backbone", "grid_worker", "warm_resident")
TRAININGS = (("lecture", "群众工作方法专题培训", 75), ("discussion", "小区治理经验交流会", 45),
             ("site_visit", "到示范小区现场观摩", 20))
POSTS_TAKEN = ("committee_member", "mediator", "volunteer_leader", "building_chief")


def build_residents_and_homes_demo(session: Session, community_id: int,
                                   compound_ids: Sequence[int], person_ids: Sequence[int], *,
                                   today: dt.date, seed: int = 2026) -> None:
    """A dozen capable residents with trainings and posts, a 党建指导员 where a compound has
    no Party organisation, property services, and two 党群之家 with bookings and spending."""
    from models.funds.entities import FundEntry  # noqa: PLC0415
    from models.governance import homes, residents  # noqa: PLC0415

    rng = random.Random(seed + 16)
    chosen = person_ids[20:32]
    ids = [residents.register_resident(session, SYSTEM, residents.ResidentData(
        person, GROUPS[index % len(GROUPS)], today - dt.timedelta(days=120 - index),
        frozenset(rng.sample(sorted(residents.vocab.QUALITIES), rng.randrange(3, 6))),
        found_how=("visit", "survey", "talk")[index % 3]), today=today)
        for index, person in enumerate(chosen)]
    for form, topic, days_ago in TRAININGS:
        residents.record_training(session, SYSTEM, community_id,
                                  held_on=today - dt.timedelta(days=days_ago), form=form,
                                  topic=topic, resident_ids=rng.sample(ids, 6),
                                  place="兴文社区党群服务中心", today=today)
    for index, resident in enumerate(ids[:6]):
        residents.take_post(session, SYSTEM, resident, post=POSTS_TAKEN[index % 4],
                            started_on=today - dt.timedelta(days=60))
    for compound in compound_ids:
        if not residents.has_party_org(session, compound):
            residents.send_instructor(session, SYSTEM, compound, name="刘志强",
                                      sent_on=today - dt.timedelta(days=200))
            break
    for index, compound in enumerate(compound_ids[:-1]):
        homes.record_service(session, SYSTEM, homes.ServiceData(
            compound, f"巴中{'翰林阳光文华锦绣'[2 * index % 8:2 * index % 8 + 2]}物业服务有限公司",
            "local" if index % 2 == 0 else "introduced", dt.date(today.year - 1, 1, 1),
            dt.date(today.year + 2, 12, 31), "项目经理", "0827-5261234"))
    spent = session.scalars(select(FundEntry).where(
        FundEntry.kind == "spending", FundEntry.status == "posted").order_by(FundEntry.id)).all()
    for index, compound in enumerate(compound_ids[:2]):
        name = session.scalar(select(Compound.name).where(Compound.id == compound))
        home = homes.create_home(session, SYSTEM, homes.HomeData(
            compound, f"{name}党群之家", f"{name}1栋一楼", "活动室\n会议室\n阅览室",
            "周一至周日 9:00—21:00", "投影仪、图书角、调解桌、应急药箱"))
        for day in range(3):
            start = dt.datetime.combine(today - dt.timedelta(days=3 * day + index),
                                        dt.time(9 + 5 * (day % 2)))
            homes.book_room(session, SYSTEM, homes.BookingData(
                home, ("活动室", "会议室")[day % 2], start, start + dt.timedelta(hours=2),
                ("老年书法班", "小区治理联席会议", "四点半课堂", "融心调解", "党员活动日")[day],
                "兴文社区"))
        for entry in spent[index::2][:2]:
            assert entry.voucher_year is not None and entry.voucher_no is not None
            homes.link_funding(session, SYSTEM, home, year=entry.voucher_year,
                               number=entry.voucher_no)
