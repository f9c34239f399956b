"""Owners' votes (业主共同决定): creating a vote, its roll frozen at the 公告, ballots, the tally.

The roll a vote counts is frozen once (at the 公告, or at the latest when the first ballot is
entered): its heads are stored with the vote (`VoteVoter`) and its SHA-256 printed on the
notice. Loading a new roll after that needs a reason, is refused once ballots exist, and
is recorded as a `RollAmendment`. A ballot names its owner by the ballot number (with its
check character) or by any unit the owner holds; one ballot per owner whatever the channel.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_2

from models import messages, records
from models.auth import Actor, require
from models.base import utcnow
from models.elections import roll as roll_service
from models.elections.counting import Voter, format_area, voters
from models.elections.entities import (
    CHANNELS,
    Ballot,
    OwnerVote,
    RollAmendment,
    VoteItem,
    VoteVoter,
)
from models.elections.tally import MATTERS, CastBallot, Tally, ballot_problem, tally
from models.errors import UserError
from models.registry.entities import Compound
from models.registry.overview import office_community_id

ITEM_SEPARATORS = re.compile(r"[,，、;；\n]")
YES = {"同意", "赞成", "√", "✓", "✔", "是", "yes"}
NO = {"不同意", "反对", "×", "✗", "✘", "否", "no"}
ABSTAIN = {"弃权", "", "abstain"}

messages.register({
    "vote.matter": "表决事项应为《民法典》第二百七十八条所列第 1 至 9 项之一，不是“{value}”。",
    "vote.title": "请填写表决的名称。",
    "vote.items": "请至少列出一个候选人或表决事项。",
    "vote.item_twice": "“{name}”列出了两次。",
    "vote.seats": "应选名额应在 1 到候选人数 {count} 之间，不是 {value}。",
    "vote.roll_frozen": "本次表决的业主名册已于 {when} 公告冻结（SHA-256 {digest}）。"
                        "如确需修改，请注明修改原因。",
    "vote.roll_has_ballots": "本次表决已录入 {count} 张选票，不能再修改业主名册。",
    "vote.no_roll": "小区“{compound}”还没有业主名册，请先导入名册。",
    "vote.not_on_roll": "第 {line} 行：{ref} 不在本次表决的业主名册中。",
    "vote.second_ballot": "第 {line} 行：{owner}（{units}）已经投过票，每位业主只能投一票。",
    "vote.bad_choice": "第 {line} 行：“{item}”一栏的“{value}”无法识别，应填 同意、不同意 或 弃权。",
    "vote.invalid_ballot": "第 {line} 行：{reason}。",
    "vote.bad_ballots": "选票有 {count} 处错误，未录入任何选票：{first}",
    "vote.ballot_number": "选票编号“{value}”的校验位不对，请核对。",
    "vote.no_compound": "本社区没有名为“{name}”的小区（可加 --create-compound 先登记）。",
    "vote.compound_ambiguous": "有多个名为“{name}”的小区，请先在小区台账中区分。",
    "vote.no_community": "数据库中还没有确定的社区，请先完成初始设置。",
})


@dataclass(frozen=True)
class VoteInfo:
    id: int
    compound_id: int
    compound: str
    matter: int
    matter_label: str
    title: str
    seats: int | None
    items: tuple[str, ...]
    roll_frozen: bool
    roll_sha256: str


@dataclass(frozen=True)
class BallotEntry:
    """A ballot as typed or imported: its owner by ballot number or by a unit."""

    ref: str  # 选票编号, or a unit key such as "3栋-1单元-502"
    choices: dict[str, str]  # item name → 同意 / 不同意 / 弃权 (as written)
    channel: str = "onsite"
    invalid_reason: str = ""
    line: int = 0


@dataclass
class BallotCheck:
    ready: list[tuple[VoteVoter, dict[str, str], BallotEntry]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def split_items(text: str) -> list[str]:
    return [name.strip() for name in ITEM_SEPARATORS.split(text or "") if name.strip()]


def check_vote(*, matter: int, title: str, items: Sequence[str], seats: int | None) -> list[str]:
    """A vote's own rules (the form checks them as the clerk types; create_vote again).
    Returns the cleaned item names."""
    if matter not in MATTERS:
        raise UserError("vote.matter", value=matter)
    if not title.strip():
        raise UserError("vote.title")
    names = [name.strip() for name in items if name.strip()]
    if not names:
        raise UserError("vote.items")
    for name in names:
        if names.count(name) > 1:
            raise UserError("vote.item_twice", name=name)
    if seats is not None and not 1 <= seats <= len(names):
        raise UserError("vote.seats", count=len(names), value=seats)
    return names


def create_vote(session: Session, actor: Actor, compound_id: int, *, matter: int, title: str,
                items: Sequence[str], seats: int | None = None) -> int:
    actor = require(session, actor, "clerk")
    records.load(session, Compound, compound_id, "小区")
    names = check_vote(matter=matter, title=title, items=items, seats=seats)
    vote = records.create(session, actor, OwnerVote(
        compound_id=compound_id, matter=matter, title=title.strip(), seats=seats))
    for position, name in enumerate(names, start=1):
        records.create(session, actor, VoteItem(vote_id=vote.id, position=position, name=name))
    return vote.id


def vote_info(session: Session, vote_id: int) -> VoteInfo:
    vote = records.load(session, OwnerVote, vote_id, "表决")
    compound = records.load(session, Compound, vote.compound_id, "小区")
    return VoteInfo(vote.id, vote.compound_id, compound.name, vote.matter, MATTERS[vote.matter],
                    vote.title, vote.seats, tuple(_items(session, vote_id)),
                    vote.roll_frozen_at is not None, vote.roll_sha256)


def _items(session: Session, vote_id: int) -> list[str]:
    return list(session.scalars(select(VoteItem.name).where(VoteItem.vote_id == vote_id)
                                .order_by(VoteItem.position)))


# --- the roll -------------------------------------------------------------------------------

def load_roll(session: Session, actor: Actor, vote_id: int,
              rows: Sequence[roll_service.RollRow], *, reason: str = "") -> int:
    """Load the roll of the vote's compound (all or nothing); after the freeze, only with a
    reason and before any ballot, re-freezing it and recording the amendment."""
    actor = require(session, actor, "clerk")
    vote = records.load(session, OwnerVote, vote_id, "表决")
    if vote.roll_frozen_at is not None:
        if not reason.strip():
            raise UserError("vote.roll_frozen", when=vote.roll_frozen_at.strftime("%Y-%m-%d"),
                            digest=vote.roll_sha256[:16])
        count = _ballot_count(session, vote_id)
        if count:
            raise UserError("vote.roll_has_ballots", count=count)
    loaded = roll_service.replace_roll(session, actor, vote.compound_id, rows)
    if vote.roll_frozen_at is not None:
        before = vote.roll_sha256
        _unfreeze(session, actor, vote)
        freeze_roll(session, actor, vote_id)
        records.create(session, actor, RollAmendment(
            vote_id=vote_id, reason=reason.strip(), sha256_before=before,
            sha256_after=records.load(session, OwnerVote, vote_id, "表决").roll_sha256))
    return loaded


def roll_digest(session: Session, compound_id: int) -> str:
    """SHA-256 of the roll in a canonical form (units in order, with areas and owners)."""
    units = roll_service.roll_units(session, compound_id)
    canonical = [[u.key, format_area(u.area), sorted(u.owners), u.developer_unsold]
                 for u in sorted(units, key=lambda u: u.key)]
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def freeze_roll(session: Session, actor: Actor, vote_id: int) -> str:
    """Freeze the compound's present roll for this vote; returns its SHA-256."""
    actor = require(session, actor, "clerk")
    vote = records.load(session, OwnerVote, vote_id, "表决")
    if vote.roll_frozen_at is not None:
        return vote.roll_sha256
    compound = records.load(session, Compound, vote.compound_id, "小区")
    heads = voters(roll_service.roll_units(session, vote.compound_id))
    if not heads:
        raise UserError("vote.no_roll", compound=compound.name)
    names = roll_service.owner_names(session, vote.compound_id)
    for head in heads:
        records.create(session, actor, VoteVoter(
            vote_id=vote_id, number=head.number, units="、".join(head.units),
            area=Decimal(head.area) / 100,
            owners="、".join(sorted(names.get(o, "") for o in head.owners)),
            developer=head.developer))
    digest = roll_digest(session, vote.compound_id)
    records.update(session, actor, vote, vote.version, "表决",
                   {"roll_frozen_at": utcnow(), "roll_sha256": digest})
    return digest


def _unfreeze(session: Session, actor: Actor, vote: OwnerVote) -> None:
    for head in session.scalars(select(VoteVoter).where(VoteVoter.vote_id == vote.id)).all():
        records.delete(session, actor, head, head.version, "名册", f"第 {head.number} 号")
    session.flush()
    records.update(session, actor, vote, vote.version, "表决",
                   {"roll_frozen_at": None, "roll_sha256": ""})


def _ballot_count(session: Session, vote_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Ballot)
                          .where(Ballot.vote_id == vote_id)) or 0


def vote_voters(session: Session, vote_id: int) -> list[Voter]:
    """The heads the vote counts: the frozen roll, or the compound's present roll."""
    vote = records.load(session, OwnerVote, vote_id, "表决")
    if vote.roll_frozen_at is None:
        return voters(roll_service.roll_units(session, vote.compound_id))
    return [Voter(h.number, tuple(h.units.split("、")), int(h.area * 100),
                  frozenset(h.owners.split("、")), h.developer)
            for h in session.scalars(select(VoteVoter).where(VoteVoter.vote_id == vote_id)
                                     .order_by(VoteVoter.number))]


# --- ballots --------------------------------------------------------------------------------

def ballot_number(vote_id: int, voter_number: int) -> str:
    """选票编号: vote, voter and an ISO 7064 MOD 11-2 check character (0–9 or X)."""
    digits = f"{vote_id:03d}{voter_number:04d}"
    return digits + mod_11_2.calc_check_digit(digits)


def _parse_ballot_number(vote_id: int, text: str) -> int | None:
    """The voter number a ballot number names, or None if it is not a ballot number."""
    value = text.strip().upper()
    if not re.fullmatch(r"\d{7,}[\dX]", value):
        return None
    if not mod_11_2.is_valid(value):
        raise UserError("vote.ballot_number", value=text)
    if int(value[:-5]) != vote_id:
        return None
    return int(value[-5:-1])


def choice_code(value: str) -> str | None:
    text = (value or "").strip()
    if text in YES:
        return "yes"
    if text in NO:
        return "no"
    if text in ABSTAIN:
        return "abstain"
    return None


def check_ballots(session: Session, vote_id: int, entries: Sequence[BallotEntry], *,
                  already: set[int] | None = None) -> BallotCheck:
    """Every problem of every ballot, and the ballots ready to record.

    `already`: the heads (VoteVoter ids) that may not vote again; default: those with a
    counted ballot."""
    vote = records.load(session, OwnerVote, vote_id, "表决")
    items = _items(session, vote_id)
    heads = _frozen_or_live_heads(session, vote)
    by_number = {h.number: h for h in heads}
    by_unit = {unit: h for h in heads for unit in h.units.split("、")}
    done = already if already is not None else counted_heads(session, vote_id)
    seen: set[int] = set()
    result = BallotCheck()
    for entry in entries:
        head = _find_head(vote_id, entry, by_number, by_unit, result)
        choices = _choices(entry, items, result)
        if head is None or choices is None:
            continue
        if head.id in done or head.id in seen:
            result.problems.append(_say("vote.second_ballot", line=entry.line,
                                        owner=head.owners or "开发商", units=_few(head.units)))
            continue
        problem = "" if entry.invalid_reason else ballot_problem(choices, items, vote.seats)
        if problem:
            result.problems.append(_say("vote.invalid_ballot", line=entry.line, reason=problem))
            continue
        seen.add(head.id)
        result.ready.append((head, choices, entry))
    return result


def counted_heads(session: Session, vote_id: int) -> set[int]:
    return set(session.scalars(select(Ballot.voter_id).where(Ballot.vote_id == vote_id)))


def _frozen_or_live_heads(session: Session, vote: OwnerVote) -> list[VoteVoter]:
    heads = list(session.scalars(select(VoteVoter).where(VoteVoter.vote_id == vote.id)))
    if heads:
        return heads
    # Not frozen yet: show what the ballots would be checked against (no rows written).
    names = roll_service.owner_names(session, vote.compound_id)
    return [VoteVoter(id=-h.number, vote_id=vote.id, number=h.number, units="、".join(h.units),
                      area=Decimal(h.area) / 100,
                      owners="、".join(sorted(names.get(o, "") for o in h.owners)),
                      developer=h.developer)
            for h in voters(roll_service.roll_units(session, vote.compound_id))]


def _find_head(vote_id: int, entry: BallotEntry, by_number: dict[int, VoteVoter],
               by_unit: dict[str, VoteVoter], result: BallotCheck) -> VoteVoter | None:
    try:
        number = _parse_ballot_number(vote_id, entry.ref)
    except UserError as exc:
        result.problems.append(f"第 {entry.line} 行：{exc.message}")
        return None
    head = by_number.get(number) if number is not None else by_unit.get(entry.ref.strip())
    if head is None:
        result.problems.append(_say("vote.not_on_roll", line=entry.line, ref=entry.ref))
    return head


def _choices(entry: BallotEntry, items: list[str], result: BallotCheck) -> dict[str, str] | None:
    choices: dict[str, str] = {}
    ok = True
    for name in items:
        code = choice_code(entry.choices.get(name, ""))
        if code is None:
            result.problems.append(_say("vote.bad_choice", line=entry.line, item=name,
                                        value=entry.choices.get(name, "")))
            ok = False
        else:
            choices[name] = code
    return choices if ok else None


def record_ballots(session: Session, actor: Actor, vote_id: int,
                   entries: Sequence[BallotEntry]) -> int:
    """Record ballots all or nothing (the roll is frozen first if it is not yet)."""
    actor = require(session, actor, "clerk")
    freeze_roll(session, actor, vote_id)
    checked = check_ballots(session, vote_id, entries)
    if checked.problems:
        raise UserError("vote.bad_ballots", count=len(checked.problems),
                        first=checked.problems[0])
    for head, choices, entry in checked.ready:
        records.create(session, actor, Ballot(
            vote_id=vote_id, voter_id=head.id,
            channel=entry.channel if entry.channel in CHANNELS else "onsite",
            choices=json.dumps(choices, ensure_ascii=False, sort_keys=True),
            invalid_reason=entry.invalid_reason))
    return len(checked.ready)


def vote_tally(session: Session, vote_id: int) -> Tally:
    """The one tally every screen, sheet and verb shows."""
    vote = records.load(session, OwnerVote, vote_id, "表决")
    numbers = {voter_id: number for voter_id, number in session.execute(
        select(VoteVoter.id, VoteVoter.number).where(VoteVoter.vote_id == vote_id))}
    ballots = [CastBallot(numbers[b.voter_id], json.loads(b.choices), b.invalid_reason)
               for b in session.scalars(select(Ballot).where(Ballot.vote_id == vote_id))]
    return tally(vote_voters(session, vote_id), _items(session, vote_id), ballots,
                 matter=vote.matter, seats=vote.seats)


def _few(units: str, shown: int = 3) -> str:
    """A head's units for a message: the first few, then how many in all."""
    listed = units.split("、")
    return units if len(listed) <= shown else f"{'、'.join(listed[:shown])}等 {len(listed)} 套"


def _say(code: str, **params: object) -> str:
    return UserError(code, **params).message


def compound_for_vote(session: Session, actor: Actor, name: str, *, create: bool = False) -> int:
    """The compound of this name in the office's community (registered first if asked)."""
    from models.registry import places  # noqa: PLC0415 - registry services import widely

    found = session.scalars(select(Compound.id).where(Compound.name == name.strip())).all()
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise UserError("vote.compound_ambiguous", name=name)
    if not create:
        raise UserError("vote.no_compound", name=name)
    community = office_community_id(session)
    if community is None:
        raise UserError("vote.no_community")
    return places.create_compound(session, actor, community, places.CompoundData(name=name))


@dataclass(frozen=True)
class VoteRow:
    id: int
    compound: str
    title: str
    matter: int
    matter_label: str
    roll_frozen: bool
    ballots: int
    turnout_heads: str
    turnout_area: str
    turnout_ok: bool
    heads_needed: int
    area_needed: str


def list_votes(session: Session) -> list[VoteRow]:
    """Every vote, newest first, with its turnout so far."""
    found = []
    for vote_id in session.scalars(select(OwnerVote.id).order_by(OwnerVote.id.desc())):
        info, result = vote_info(session, vote_id), vote_tally(session, vote_id)
        turnout = result.turnout
        found.append(VoteRow(vote_id, info.compound, info.title, info.matter, info.matter_label,
                             info.roll_frozen, _ballot_count(session, vote_id),
                             turnout.heads.heads_text(), turnout.area.area_text(), turnout.ok,
                             turnout.heads_needed, format_area(turnout.area_needed)))
    return found
