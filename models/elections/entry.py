"""Paper ballots typed twice (双人录入) and the proxy register (委托登记).

With double entry, two different clerks each type every paper ballot (a "pass"). Nothing is
counted until the passes agree: `compare_passes` lists every ballot typed in one pass only
and every item where the two passes differ, and `commit_passes` records the ballots only
when that list is empty. A proxy holder votes for the principal; the principal's head still
has one ballot at most, whoever casts it.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import messages, records
from models.auth import Actor, require
from models.elections.entities import BallotDraft, OwnerVote, VoteProxy, VoteVoter
from models.elections.tally import CHOICES
from models.elections.votes import (
    BallotEntry,
    ballot_number,
    check_ballots,
    counted_heads,
    freeze_roll,
    record_ballots,
)
from models.errors import UserError
from models.validation import mask_id_number

messages.register({
    "entry.pass": "录入遍数应为 1 或 2。",
    "entry.same_clerk": "第二遍须由另一位经办人录入（第一遍由 {clerk} 录入）。",
    "entry.bad": "本遍录入有 {count} 处错误，未保存：{first}",
    "entry.mismatch": "两遍录入还有 {count} 处不一致，请核对纸质选票后改正：{first}",
    "entry.nothing": "还没有两遍都录入的选票。",
    "proxy.twice": "{owner}（{units}）已登记委托给 {proxy}。",
    "proxy.name": "请填写受托人姓名。",
})


@dataclass(frozen=True)
class Mismatch:
    number: int  # the head's number on the roll
    units: str
    what: str  # in words: which pass lacks it, or which item differs and how


def enter_pass(session: Session, actor: Actor, vote_id: int, pass_no: int,
               entries: Sequence[BallotEntry]) -> int:
    """Save one clerk's pass over (some of) the paper ballots, all or nothing."""
    actor = require(session, actor, "clerk")
    if pass_no not in (1, 2):
        raise UserError("entry.pass")
    freeze_roll(session, actor, vote_id)
    other = _clerks(session, vote_id, 3 - pass_no)
    if actor.username in other:
        raise UserError("entry.same_clerk", clerk=actor.display_name)
    typed = {d.voter_id for d in _drafts(session, vote_id, pass_no)}
    checked = check_ballots(session, vote_id, entries,
                            already=typed | counted_heads(session, vote_id))
    if checked.problems:
        raise UserError("entry.bad", count=len(checked.problems), first=checked.problems[0])
    for head, choices, entry in checked.ready:
        records.create(session, actor, BallotDraft(
            vote_id=vote_id, voter_id=head.id, pass_no=pass_no, clerk=actor.username,
            channel=entry.channel, choices=json.dumps(choices, ensure_ascii=False,
                                                      sort_keys=True),
            invalid_reason=entry.invalid_reason))
    return len(checked.ready)


def _drafts(session: Session, vote_id: int, pass_no: int) -> list[BallotDraft]:
    return list(session.scalars(select(BallotDraft).where(
        BallotDraft.vote_id == vote_id, BallotDraft.pass_no == pass_no)))


def _clerks(session: Session, vote_id: int, pass_no: int) -> set[str]:
    return {d.clerk for d in _drafts(session, vote_id, pass_no)}


def compare_passes(session: Session, vote_id: int) -> list[Mismatch]:
    """Every difference between the two passes, in roll order."""
    heads = {h.id: h for h in session.scalars(select(VoteVoter)
                                              .where(VoteVoter.vote_id == vote_id))}
    first = {d.voter_id: d for d in _drafts(session, vote_id, 1)}
    second = {d.voter_id: d for d in _drafts(session, vote_id, 2)}
    found = []
    for voter_id in sorted(first.keys() | second.keys(), key=lambda v: heads[v].number):
        head = heads[voter_id]
        if voter_id not in second or voter_id not in first:
            missing = "第二遍" if voter_id not in second else "第一遍"
            found.append(Mismatch(head.number, head.units, f"{missing}没有录入这张选票"))
            continue
        a, b = json.loads(first[voter_id].choices), json.loads(second[voter_id].choices)
        for item in sorted(a.keys() | b.keys()):
            if a.get(item) != b.get(item):
                found.append(Mismatch(head.number, head.units, (
                    f"“{item}”：第一遍 {CHOICES.get(a.get(item, ''), '未填')}，"
                    f"第二遍 {CHOICES.get(b.get(item, ''), '未填')}")))
        if first[voter_id].invalid_reason != second[voter_id].invalid_reason:
            found.append(Mismatch(head.number, head.units, "两遍对是否废票的判断不同"))
    return found


def commit_passes(session: Session, actor: Actor, vote_id: int) -> int:
    """Count the ballots both passes agree on; refused while any mismatch is listed."""
    actor = require(session, actor, "clerk")
    mismatches = compare_passes(session, vote_id)
    if mismatches:
        first = mismatches[0]
        raise UserError("entry.mismatch", count=len(mismatches),
                        first=f"第 {first.number} 号（{first.units}）{first.what}")
    drafts = _drafts(session, vote_id, 1)
    if not drafts:
        raise UserError("entry.nothing")
    numbers = {h.id: h.number for h in session.scalars(
        select(VoteVoter).where(VoteVoter.vote_id == vote_id))}
    entries = [BallotEntry(ballot_number(vote_id, numbers[d.voter_id]),
                           {item: _word(code) for item, code in json.loads(d.choices).items()},
                           d.channel, d.invalid_reason) for d in drafts]
    count = record_ballots(session, actor, vote_id, entries)
    for draft in [*drafts, *_drafts(session, vote_id, 2)]:
        records.delete(session, actor, draft, draft.version, "录入", f"{draft.voter_id}")
    return count


def _word(code: str) -> str:
    return CHOICES[code]


@dataclass(frozen=True)
class ProxyRow:
    number: int
    units: str
    owners: str
    proxy_name: str
    proxy_id_masked: str
    signed_on: dt.date | None


def register_proxy(session: Session, actor: Actor, vote_id: int, ref: str, *, proxy_name: str,
                   proxy_id: str = "", signed_on: dt.date | None = None) -> int:
    """委托登记: one proxy per owner; the owner by ballot number or any unit."""
    actor = require(session, actor, "clerk")
    records.load(session, OwnerVote, vote_id, "表决")
    if not proxy_name.strip():
        raise UserError("proxy.name")
    freeze_roll(session, actor, vote_id)
    checked = check_ballots(session, vote_id, [BallotEntry(ref, {}, line=1)], already=set())
    if checked.problems:
        raise UserError("entry.bad", count=1, first=checked.problems[0])
    head = checked.ready[0][0]
    existing = session.scalars(select(VoteProxy).where(VoteProxy.vote_id == vote_id,
                                                       VoteProxy.voter_id == head.id)).first()
    if existing is not None:
        raise UserError("proxy.twice", owner=head.owners, units=head.units,
                        proxy=existing.proxy_name)
    return records.create(session, actor, VoteProxy(
        vote_id=vote_id, voter_id=head.id, proxy_name=proxy_name.strip(),
        proxy_id_masked=mask_id_number(proxy_id.strip()), signed_on=signed_on)).id


def proxies(session: Session, vote_id: int) -> list[ProxyRow]:
    rows = session.execute(select(VoteProxy, VoteVoter).join(
        VoteVoter, VoteVoter.id == VoteProxy.voter_id).where(VoteProxy.vote_id == vote_id)
        .order_by(VoteVoter.number))
    return [ProxyRow(v.number, v.units, v.owners, p.proxy_name, p.proxy_id_masked, p.signed_on)
            for p, v in rows]
