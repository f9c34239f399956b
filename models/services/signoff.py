"""Both sides' sign-off, the rating, and the year-end carry-over.

Each side signs a served item (name, post, date); the second signature confirms it (the
`confirm` transition). A confirmed item is rated 满意/基本满意/不满意 with a comment. At
year end every unfinished item (待认领, 已认领, 实施中) is closed as 已结转 and continues on
next year's list of the same unit as a new item linked to it (`origin_id`), so its history
(claims, deliveries, events) stays with the chain.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records, validation
from models.auth import Actor, require
from models.errors import FieldError, UserError
from models.services import lifecycle
from models.services.entities import ServiceItem, ServiceList
from models.services.lists import create_list, find_list, next_number
from models.services.vocab import RATINGS, SIDES, UNFINISHED

messages.register({
    "services.signed_already": "{side}已于 {day} 签字（{name}），不能重复签字。",
    "services.sign_before_delivery": "签字日期 {day} 早于认领日期 {claimed}。",
    "services.carry_year": "{year} 年的清单中没有需要结转的事项。",
})


def sign_off(session: Session, actor: Actor, item_id: int, version: int, *, side: str,
             name: str, post: str, on: dt.date) -> bool:
    """One side signs; True when this signature confirmed the item (both have signed)."""
    actor = require(session, actor, "clerk")
    item = lifecycle.load_item(session, item_id)
    side = validation.choice("side", "签字方", side, SIDES)
    check = validation.Collector()
    name = check(validation.text, "name", "签字人", name, required=True, limit=50)
    post = check(validation.text, "post", "职务", post, required=True, limit=50)
    signed_on = check(validation.date, "on", "签字日期", on, required=True)
    check.done()
    on = signed_on or on
    if item.state != "delivered":
        lifecycle.check(session, item, "confirm", actor)  # refuses, naming the state
    if item.claimed_on and on < item.claimed_on:
        raise FieldError("on", "services.sign_before_delivery", day=on.isoformat(),
                         claimed=item.claimed_on.isoformat())
    signed = getattr(item, f"{side}_signed_on")
    if signed is not None:
        raise UserError("services.signed_already", side=SIDES[side], day=signed.isoformat(),
                        name=getattr(item, f"{side}_signer"))
    values = {f"{side}_signer": name, f"{side}_post": post, f"{side}_signed_on": on}
    other = "unit" if side == "community" else "community"
    if getattr(item, f"{other}_signed_on") is None:
        records.update(session, actor, item, version, "服务事项", values)
        lifecycle.add_event(session, actor, item, "sign", from_state=item.state, on=on,
                            note=f"{SIDES[side]} {name}（{post}）")
        return False
    lifecycle.apply(session, actor, item, version, "confirm", values=values, on=on,
                    note=f"{SIDES[side]} {name}（{post}）")
    return True


def rate_item(session: Session, actor: Actor, item_id: int, version: int, *, rating: str,
              comment: str, on: dt.date) -> None:
    item = lifecycle.load_item(session, item_id)
    rating = validation.choice("rating", "评价", rating, RATINGS)
    comment = validation.text("rating_comment", "评价意见", comment, limit=500)
    on = validation.date("on", "评价日期", on, required=True)  # type: ignore[assignment]
    lifecycle.apply(session, actor, item, version, "evaluate", on=on,
                    values={"rating": rating, "rating_comment": comment, "rated_on": on},
                    note=RATINGS[rating])


def carry_over(session: Session, actor: Actor, year: int, *, unit_id: int | None = None,
               planned_on: dt.date | None = None) -> list[int]:
    """Close `year`'s unfinished items as carried over and open each again on next year's
    list (made if missing); the new items' ids. The claim goes along with the item."""
    actor = require(session, actor, "clerk")
    stmt = (select(ServiceItem, ServiceList.unit_id)
            .join(ServiceList, ServiceList.id == ServiceItem.list_id)
            .where(ServiceList.year == year, ServiceItem.state.in_(UNFINISHED))
            .order_by(ServiceList.unit_id, ServiceItem.number))
    if unit_id is not None:
        stmt = stmt.where(ServiceList.unit_id == unit_id)
    pending = list(session.execute(stmt))
    if not pending:
        raise UserError("services.carry_year", year=year)
    new_day = planned_on or dt.date(year + 1, 3, 31)
    created = []
    for item, unit in pending:
        target = find_list(session, unit, year + 1) or create_list(session, actor, unit,
                                                                   year + 1)
        created.append(_carry(session, actor, item, target, new_day))
    return created


def _carry(session: Session, actor: Actor, item: ServiceItem, target: int,
           planned_on: dt.date) -> int:
    new = records.create(session, actor, ServiceItem(
        list_id=target, number=next_number(session, target), kind=item.kind,
        direction=item.direction, category_id=item.category_id, content=item.content,
        planned_on=planned_on, expected_beneficiaries=item.expected_beneficiaries,
        state=item.state, claimant_kind=item.claimant_kind,
        claimant_person_id=item.claimant_person_id, claimant_text=item.claimant_text,
        claimed_on=item.claimed_on, origin_id=item.id))
    lifecycle.apply(session, actor, item, item.version, "carry_over", on=planned_on,
                    note=f"结转至 {planned_on.year} 年清单第 {new.number} 项")
    lifecycle.add_event(session, actor, new, "carried_in", from_state="",
                        note=f"由 {item.planned_on.year} 年清单第 {item.number} 项结转")
    return new.id
