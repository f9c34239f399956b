"""A realistic demo office, built through the same services the UI uses.

One street, one community, five compounds of every kind with buildings, resident units
with valid credit codes, the Party organisation tree and about eighty people with valid
ID numbers. Deterministic: the same seed gives the same office.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session
from stdnum.cn import ric, uscc

from models import records
from models.auth import SYSTEM, Actor
from models.db import Database
from models.office import Office
from models.registry import orgs, people, places, units

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
            "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫"
            "段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("建国", "秀英", "志强", "桂兰", "文华", "丽娟", "海燕", "德明", "春梅", "国平", "玉珍",
         "小军", "红梅", "永福", "静", "勇", "敏", "磊", "婷", "涛", "芳", "伟", "丹", "刚",
         "晓东", "雪梅", "成林", "淑芬", "家豪", "思源", "子涵", "浩然", "雨欣", "明辉", "素华")
COMPOUNDS = [
    ("翰林苑", "commercial", "86420.55", 812, "巴中翰林物业服务有限公司", "兴文路 18 号", 8),
    ("阳光花园", "commercial", "54312.20", 498, "四川锦程物业管理有限公司",
     "江北大道东段 66 号", 6),
    ("滨河安置小区", "resettlement", "40210.00", 420, "", "滨河北路 9 号", 5),
    ("文化路老院落", "old_courtyard", "9630.40", 96, "", "文化路 23 号", 3),
    ("东城散居楼栋", "scattered", "5120.75", 48, "", "东城巷 5 号", 2),
]
UNITS = [
    ("巴中市第三中学", "school", "兴文路 2 号", "何晓东", "0827-5261234"),
    ("江北街道社区卫生服务中心", "hospital", "江北大道中段 120 号", "陈丽娟", "0827-5223366"),
    ("巴中市巴州区税务局江北税务所", "agency", "回风路 8 号", "周志强", "0827-5338120"),
    ("中国农业银行巴中江北支行", "enterprise", "江北大道东段 12 号", "杨海燕", "13908271234"),
    ("巴中市供电公司江北供电所", "enterprise", "滨河北路 30 号", "罗德明", "13881690021"),
    ("巴州区江北派出所", "agency", "兴文路 40 号", "郑国平", "0827-5228110"),
    ("巴中市图书馆", "institution", "文化路 1 号", "谢春梅", "0827-5251166"),
    ("巴中市兴文社会工作服务中心", "social_org", "东城巷 1 号", "宋文华", "18682712345"),
]


@dataclass(frozen=True)
class DemoOffice:
    street_id: int
    community_id: int
    compound_ids: list[int]
    unit_ids: list[int]
    person_ids: list[int]


def credit_code(rng: random.Random, kind: str) -> str:
    """A well-formed 统一社会信用代码 for a fictional organisation."""
    department = {"agency": "11", "institution": "12", "social_org": "52"}.get(kind, "91")
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = department + "511902" + "".join(rng.choice(alphabet) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def id_number(rng: random.Random, birth: dt.date, male: bool) -> str:
    sequence = rng.randrange(0, 50) * 2 + (1 if male else 0)
    body = f"511902{birth:%Y%m%d}{rng.randrange(0, 10)}{sequence:02d}"
    return body + ric.calc_check_digit(body + "0")


def _person_data(rng: random.Random, compound_id: int, building_id: int) -> people.PersonData:
    male = rng.random() < 0.5
    birth = dt.date(rng.randrange(1945, 2003), rng.randrange(1, 13), rng.randrange(1, 29))
    party = rng.random() < 0.45
    since = None
    if party:
        since = dt.date(min(birth.year + rng.randrange(19, 40), 2025), rng.randrange(1, 13), 1)
    roles = frozenset(r for r in ("cadre", "talent", "volunteer", "owner")
                      if rng.random() < {"cadre": 0.2, "talent": 0.15, "volunteer": 0.35,
                                         "owner": 0.8}[r])
    return people.PersonData(
        name=rng.choice(SURNAMES) + rng.choice(GIVEN), gender="M" if male else "F",
        id_number=id_number(rng, birth, male), phone=f"13{rng.randrange(0, 10)}"
        f"{rng.randrange(10_000_000, 99_999_999)}",
        compound_id=compound_id, building_id=building_id, is_party_member=party,
        party_since=since, roles=roles)


def _is_member(session: Session, person_id: int) -> bool:
    from models.registry.entities import Person  # noqa: PLC0415

    person = session.get(Person, person_id)
    return bool(person and person.is_party_member)


def build_demo(session: Session, actor: Actor = SYSTEM, seed: int = 2026,
               progress: Callable[[int, int], None] | None = None) -> DemoOffice:
    rng = random.Random(seed)
    street = places.create_street(session, actor, name="江北街道", code="511902003")
    community = places.create_community(session, actor, street_id=street, name="兴文社区",
                                        code="511902003005")
    records.create(session, actor, Office(name="兴文社区", level="community",
                                          community_id=community, street_id=street,
                                          code="511902003005"))
    committee = orgs.create_org(session, actor, community, name="中共兴文社区委员会",
                                kind="community_committee")
    joint = orgs.create_org(session, actor, community, name="兴文社区综合党委",
                            kind="joint_committee", parent_id=committee)
    compound_ids, person_ids = [], []
    for index, (name, kind, area, count, company, address, blocks) in enumerate(COMPOUNDS):
        compound = places.create_compound(session, actor, community, places.CompoundData(
            name=name, kind=kind, total_area=area, unit_count=count,
            property_company=company, address=address))
        compound_ids.append(compound)
        branch_members: list[int] = []
        building_ids: list[int] = []
        for block in range(1, blocks + 1):
            building = places.create_building(session, actor, compound, f"{block}栋")
            residents = [people.create_person(session, actor, community,
                                              _person_data(rng, compound, building))
                         for _ in range(rng.randrange(2, 4))]
            person_ids.extend(residents)
            places.update_building(session, actor, building, 1, name=f"{block}栋",
                                   chief_id=residents[0], entrance_chief_id=residents[-1])
            building_ids.append(building)
            branch_members.extend(r for r in residents if _is_member(session, r))
        secretary = branch_members[0] if branch_members else None
        branch_name = f"{name}党支部" if name.endswith("小区") else f"{name}小区党支部"
        branch = orgs.create_org(session, actor, community, name=branch_name,
                                 kind="compound_branch", parent_id=committee,
                                 compound_id=compound, secretary_id=secretary)
        for block, building in enumerate(building_ids[:2], start=1):
            orgs.create_org(session, actor, community, name=f"{name}{block}栋党小组",
                            kind="building_group", parent_id=branch, building_id=building)
        if progress:
            progress(index + 1, len(COMPOUNDS) + 1)
    unit_ids = []
    for name, kind, address, contact, phone in UNITS:
        unit = units.create_unit(session, actor, community, units.UnitData(
            name=name, uscc=credit_code(rng, kind), kind=kind, address=address,
            contact_name=contact, contact_phone=phone))
        unit_ids.append(unit)
        orgs.create_org(session, actor, community, name=f"{name}党支部", kind="unit_org",
                        parent_id=joint, unit_id=unit)
    places.create_lane(session, actor, community, "兴文路", chief_id=person_ids[0])
    places.create_lane(session, actor, community, "文化路", chief_id=person_ids[1])
    if progress:
        progress(len(COMPOUNDS) + 1, len(COMPOUNDS) + 1)
    return DemoOffice(street, community, compound_ids, unit_ids, person_ids)


def create_demo_database(database: Database, seed: int = 2026,
                         progress: Callable[[int, int], None] | None = None) -> DemoOffice:
    """The demo office plus its three users (admin/shenhe/jingban, password demo1234)."""
    from models.elections.demo import build_election_demo  # noqa: PLC0415
    from models.funds.demo import build_funds_demo  # noqa: PLC0415 - areas import the registry
    from models.governance.demo import (  # noqa: PLC0415
        build_governance_demo,
        build_residents_and_homes_demo,
    )
    from models.issues.demo import build_issue_demo  # noqa: PLC0415
    from models.services.demo import build_services_demo  # noqa: PLC0415
    from models.users import create_demo_users  # noqa: PLC0415
    from models.volunteers.demo import build_volunteer_demo  # noqa: PLC0415

    with database.session() as session:
        office = build_demo(session, seed=seed, progress=progress)
        create_demo_users(session)
        build_funds_demo(session, today=dt.date.today(), seed=seed)
        build_issue_demo(session, office, seed)
        build_election_demo(session, office.compound_ids, random.Random(seed), SURNAMES, GIVEN,
                            today=dt.date.today())
        build_volunteer_demo(session, office.person_ids, random.Random(seed), SURNAMES, GIVEN,
                             today=dt.date.today())
        build_governance_demo(session, office.community_id, office.compound_ids,
                              office.person_ids, today=dt.date.today(), seed=seed)
        build_residents_and_homes_demo(session, office.community_id, office.compound_ids,
                                       office.person_ids, today=dt.date.today(), seed=seed)
        build_services_demo(session, office.unit_ids, [u[0] for u in UNITS], office.person_ids,
                            today=dt.date.today(), seed=seed)
        return office
