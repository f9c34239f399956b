"""Delivery records: hours, overlaps, dates, carry-over, claims, the audit check."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.check import check_database
from models.db import Database
from models.errors import FieldError, UserError
from models.services import claims, deliveries, hours, lifecycle, lists, signoff
from models.services.entities import (
    ServiceDelivery,
    ServiceItem,
    ServiceList,
    ServiceParticipant,
)
from tests.models.issues.helpers import CLERK, Office
from tests.models.services.helpers import (
    CLAIMED,
    SERVED,
    at,
    delivery,
    drive,
    new_item,
    new_list,
    step,
    version,
)


def counts(db: Database) -> tuple[int, int]:
    with db.read_session() as session:
        return (session.scalar(select(func.count()).select_from(ServiceDelivery)) or 0,
                session.scalar(select(func.count()).select_from(ServiceParticipant)) or 0)


def claimed_item(db: Database, office: Office, **kwargs: object) -> int:
    with db.session() as session:
        item_id = new_item(session, new_list(session, office), **kwargs)  # type: ignore[arg-type]
        drive(session, office, item_id, "claimed")
    return item_id


def record(db: Database, item_id: int, data: deliveries.DeliveryData) -> int:
    with db.session() as session:
        return deliveries.record_delivery(session, CLERK, item_id, version(session, item_id),
                                          data)


def test_a_delivery_with_two_participants(db: Database, office: Office) -> None:
    item_id = claimed_item(db, office)
    person_a, person_b = office.person_ids[:2]
    data = deliveries.DeliveryData(SERVED, "翰林苑活动室", [
        deliveries.Participation(person_a, at(SERVED, 9), at(SERVED, 11, 30)),
        deliveries.Participation(person_b, at(SERVED, 14), at(SERVED, 15))], beneficiaries=40)
    record(db, item_id, data)
    with db.read_session() as session:
        (row,) = deliveries.deliveries(session, item_id)
        assert [(p.name, p.hours_text) for p in row.participants] == [("王建国", "2.5"),
                                                                      ("李秀英", "1")]
        assert row.minutes == 210 and row.beneficiaries == 40
        assert lifecycle.load_item(session, item_id).state == "in_progress"


@pytest.mark.parametrize(("start", "end", "message"), [
    (at(SERVED, 11), at(SERVED, 11), "服务时长应大于 0"),
    (at(SERVED, 11), at(SERVED, 9), "服务时长应大于 0"),
    (at(SERVED, 8), at(SERVED + dt.timedelta(days=1), 9), "超过一天 24 小时"),
])
def test_hours_zero_or_over_a_day_are_refused(db: Database, office: Office,
                                              start: dt.datetime, end: dt.datetime,
                                              message: str) -> None:
    item_id = claimed_item(db, office)
    data = deliveries.DeliveryData(SERVED, "社区", [
        deliveries.Participation(office.person_ids[0], start, end)])
    with pytest.raises(FieldError, match=message) as refused:
        record(db, item_id, data)
    assert refused.value.message.startswith("王建国 的服务时长")
    assert counts(db) == (0, 0)


def test_overlapping_hours_name_the_other_record(db: Database, office: Office) -> None:
    first = claimed_item(db, office, content="清理翰林苑楼道堆放杂物")
    record(db, first, delivery(office.person_ids[:1], start=9, end=11))
    with db.session() as session:
        second = new_item(session, new_list(session, office, unit=1), content="法律咨询")
        drive(session, office, second, "claimed")
    before = counts(db)
    # 李秀英 is free, 王建国 is still at the first item at 10:30.
    data = deliveries.DeliveryData(SERVED, "三中", [
        deliveries.Participation(office.person_ids[1], at(SERVED, 10), at(SERVED, 12)),
        deliveries.Participation(office.person_ids[0], at(SERVED, 10, 30), at(SERVED, 12))])
    with pytest.raises(FieldError) as refused:
        record(db, second, data)
    assert refused.value.message == (
        "王建国 在 2026-03-10 10:30–12:00 已有服务记录：巴中市供电公司江北供电所 2026 年双服务"
        "清单第 1 项“清理翰林苑楼道堆放杂物”（2026-03-10 09:00–11:00），时间不能重叠。")
    assert counts(db) == before
    # Back to back is not an overlap.
    record(db, second, delivery(office.person_ids[:1], start=11, end=12))
    with db.read_session() as session:
        assert hours.busy(session, office.person_ids[0], at(SERVED, 12), at(SERVED, 13)) is None
        assert "法律咨询" in (hours.busy(session, office.person_ids[0], at(SERVED, 11, 30),
                                         at(SERVED, 13)) or "")


def test_busy_asks_registered_sources(db: Database, office: Office) -> None:
    def lectures(_s: object, person: int, _a: object, _b: object, _x: object) -> str | None:
        return "社区微讲堂“防诈骗”" if person == office.person_ids[2] else None

    hours.register(lectures)  # type: ignore[arg-type]
    try:
        item_id = claimed_item(db, office)
        with pytest.raises(FieldError, match="防诈骗"):
            record(db, item_id, delivery(office.person_ids[2:3]))
    finally:
        hours.SOURCES.remove(lectures)  # type: ignore[arg-type]


def test_a_delivery_before_its_claim_is_refused(db: Database, office: Office) -> None:
    item_id = claimed_item(db, office)
    early = CLAIMED - dt.timedelta(days=1)
    with pytest.raises(FieldError) as refused:
        record(db, item_id, delivery(office.person_ids[:1], day=early))
    assert refused.value.message == "服务日期 2026-02-28 早于认领日期 2026-03-01，请核对日期。"
    assert counts(db) == (0, 0)


def test_a_side_does_not_claim_its_own_item(db: Database, office: Office) -> None:
    with db.session() as session:
        # An offer of the unit (the unit serves the community): the community claims it.
        item_id = new_item(session, new_list(session, office), kind="offer")
        with pytest.raises(FieldError, match="由驻区单位党组织列出，应由对方认领"):
            claims.claim_item(session, CLERK, item_id, version(session, item_id),
                              claimant_kind="unit", on=CLAIMED)
        claims.claim_item(session, CLERK, item_id, version(session, item_id),
                          claimant_kind="party_member", person_id=office.person_ids[2],
                          on=CLAIMED)
        row = lists.get_item(session, item_id)
    assert row.claimant == "赵春梅（在职党员）" and row.state == "claimed"


def test_a_unit_has_one_list_a_year(db: Database, office: Office) -> None:
    with db.session() as session:
        new_list(session, office)
        with pytest.raises(UserError, match="2026 年双服务清单已经建立"):
            new_list(session, office)


def test_carry_over_keeps_history(db: Database, office: Office) -> None:
    with db.session() as session:
        list_id = new_list(session, office)
        open_item = new_item(session, list_id, content="为困难家庭上门维修电路")
        drive(session, office, open_item, "in_progress")
        done = new_item(session, list_id, content="政策宣讲")
        drive(session, office, done, "confirmed")
        new_ids = signoff.carry_over(session, CLERK, 2026)
    assert len(new_ids) == 1
    with db.read_session() as session:
        new = session.get(ServiceItem, new_ids[0])
        old = session.get(ServiceItem, open_item)
        assert new is not None and old is not None
        next_list = session.get(ServiceList, new.list_id)
        assert next_list is not None and next_list.year == 2027
        assert (new.origin_id, new.state, new.content) == (open_item, "in_progress",
                                                           "为困难家庭上门维修电路")
        assert old.state == "carried_over"
        assert lifecycle.load_item(session, done).state == "confirmed"
        steps = [(e.year, e.action_label) for e in lifecycle.history(session, new.id)]
    assert steps == [(2026, "列入清单"), (2026, "认领"), (2026, "记录服务"),
                     (2026, "结转下年"), (2027, "由上年结转")]
    with db.session() as session, pytest.raises(UserError, match="没有需要结转"):
        signoff.carry_over(session, CLERK, 2026)


def test_check_covers_the_service_tables(db: Database, db_url: str, office: Office) -> None:
    with db.session() as session:
        item_id = new_item(session, new_list(session, office))
        drive(session, office, item_id, "evaluated")
    # The test office's own row is written around the services (tests/models/issues).
    assert [p for p in check_database(db_url).problems if "表 office " not in p] == []
    with db.session() as session:
        session.execute(text("UPDATE service_participant SET minutes = 600"))
    problems = check_database(db_url).problems
    assert any("service_participant" in p for p in problems)


def test_bad_item_input_names_every_field(db: Database, office: Office) -> None:
    with db.session() as session:
        list_id = new_list(session, office)
        with pytest.raises(FieldError) as refused:
            lists.add_item(session, CLERK, list_id, lists.ItemData(
                kind="need", direction="sideways", category_id=None, content=" ",
                planned_on=dt.date(2025, 5, 1)))
    fields = refused.value.by_field()  # type: ignore[attr-defined]
    assert set(fields) == {"direction", "content", "category_id", "planned_on"}
    assert fields["planned_on"] == "计划日期 2025-05-01 不在清单年度 2026 年内。"


def test_step_helper_refuses_unknown(db: Database, office: Office) -> None:
    with db.session() as session, pytest.raises(AssertionError):
        step(session, office, 0, "fly")


def test_evidence_is_stored_once_by_content(db: Database, office: Office, tmp_path: Path,
                                            isolated_data_dir: Path) -> None:
    item_id = claimed_item(db, office)
    delivery_id = record(db, item_id, delivery(office.person_ids[:1]))
    photo = tmp_path / "签到表.jpg"
    photo.write_bytes(b"sign-in sheet scan")
    with db.session() as session:
        deliveries.attach_evidence(session, CLERK, delivery_id, photo, note="签到表")
        deliveries.attach_evidence(session, CLERK, delivery_id, photo)
    with db.read_session() as session:
        (row,) = deliveries.deliveries(session, item_id)
        labels = [e.action_label for e in lifecycle.history(session, item_id)]
    assert row.attachments == ("签到表.jpg", "签到表.jpg")
    assert labels.count("添加附件") == 2
    stored = [p for p in isolated_data_dir.rglob("*") if p.is_file()
              and p.read_bytes() == b"sign-in sheet scan"]
    assert len(stored) == 1
