"""Any sequence of receipts, allocations, spendings, postings and reversals keeps the books:
every balance equals the sum of posted entries (computed from the entries themselves,
not from the lines the service writes), no balance is ever negative, a refused
operation changes nothing, and voucher numbers run without gaps."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from models.errors import FieldError, UserError
from models.funds import accounts, entries
from models.funds.entities import FUNDS, FundEntry
from tests.models.funds.conftest import CLERK, DAY, Books, allocation, receipt, spending

THRESHOLD = 500_000
FUND = st.sampled_from(sorted(FUNDS))
AMOUNT = st.integers(min_value=1, max_value=80_000)
PICK = st.integers(min_value=0, max_value=10_000)


@dataclass(frozen=True)
class Planned:
    kind: str
    fund: str
    holder: int | None
    amount: int


def moves(entry: Planned, sign: int = 1) -> list[tuple[tuple[str, int | None], int]]:
    """What posting `entry` does to each account, worked out independently of the service."""
    if entry.kind == "receipt":
        return [((entry.fund, entry.holder), sign * entry.amount)]
    if entry.kind == "spending":
        return [((entry.fund, entry.holder), -sign * entry.amount)]
    return [((entry.fund, None), -sign * entry.amount),
            ((entry.fund, entry.holder), sign * entry.amount)]


class FundsMachine(RuleBasedStateMachine):
    def __init__(self, books: Books) -> None:
        super().__init__()
        self.books = books
        self.holders = (None, *books.branches)
        with books.db.read_session() as session:
            self.model = {(b.account.fund, b.account.holder_org_id): b.balance_fen
                          for b in accounts.balances(session)}
        self.drafts: dict[int, Planned] = {}
        self.posted: dict[int, Planned] = {}
        self.reversed: set[int] = set()

    def fits(self, changes: list[tuple[tuple[str, int | None], int]]) -> bool:
        return all(self.model[key] + amount >= 0 for key, amount in changes if amount < 0)

    def apply(self, changes: list[tuple[tuple[str, int | None], int]]) -> None:
        for key, amount in changes:
            self.model[key] += amount

    @rule(fund=FUND, holder=PICK, amount=st.integers(min_value=1, max_value=300_000),
          post_now=st.booleans())
    def new_receipt(self, fund: str, holder: int, amount: int, post_now: bool) -> None:
        target = self.holders[holder % len(self.holders)]
        entry_id = self.books.draft(receipt(amount, fund, holder=target))
        self.drafted(entry_id, Planned("receipt", fund, target, amount), post_now)

    @rule(fund=FUND, branch=PICK, amount=AMOUNT, post_now=st.booleans())
    def new_allocation(self, fund: str, branch: int, amount: int, post_now: bool) -> None:
        target = self.books.branches[branch % len(self.books.branches)]
        entry_id = self.books.draft(allocation(amount, target, fund))
        self.drafted(entry_id, Planned("allocation", fund, target, amount), post_now)

    @rule(fund=FUND, holder=PICK, amount=st.integers(min_value=1, max_value=600_000),
          category=st.sampled_from(["党建活动", "培训党员"]), decided=st.booleans(),
          post_now=st.booleans())
    def new_spending(self, *, fund: str, holder: int, amount: int, category: str,
                     decided: bool, post_now: bool) -> None:
        target = self.holders[holder % len(self.holders)]
        refused = (fund == "dues" and category == "党建活动") or (
            not decided and (fund == "dues" or amount > THRESHOLD))
        data = spending(amount, target, fund, category=category,
                        meeting="支委会" if decided else "")
        try:
            entry_id = self.books.draft(data)
        except FieldError:
            assert refused
            return
        assert not refused
        self.drafted(entry_id, Planned("spending", fund, target, amount), post_now)

    def drafted(self, entry_id: int, planned: Planned, post_now: bool) -> None:
        self.drafts[entry_id] = planned
        if post_now:
            self.post_draft(entry_id)

    @rule(pick=PICK)
    def post(self, pick: int) -> None:
        if self.drafts:
            self.post_draft(sorted(self.drafts)[pick % len(self.drafts)])

    def post_draft(self, entry_id: int) -> None:
        changes = moves(self.drafts[entry_id])
        try:
            self.books.post(entry_id)
        except UserError:
            assert not self.fits(changes)
            return
        assert self.fits(changes)
        self.apply(changes)
        self.posted[entry_id] = self.drafts.pop(entry_id)

    @rule(pick=PICK)
    def reverse(self, pick: int) -> None:
        if not self.posted:
            return
        entry_id = sorted(self.posted)[pick % len(self.posted)]
        changes = moves(self.posted[entry_id], -1)
        allowed = entry_id not in self.reversed and self.fits(changes)
        try:
            reversal = self.books.reverse(entry_id, on=DAY)
        except UserError:
            assert not allowed
            return
        assert allowed
        self.apply(changes)
        # A reversal is itself never reversed: mark both as done.
        self.reversed |= {entry_id, reversal.id}
        self.posted[reversal.id] = self.posted[entry_id]

    @rule(pick=PICK)
    def edit_posted(self, pick: int) -> None:
        if not self.posted:
            return
        entry_id = sorted(self.posted)[pick % len(self.posted)]
        try:
            with self.books.db.session() as session:
                entries.update_draft(session, CLERK, entry_id, 2, receipt(1))
        except UserError as exc:
            assert "已记账" in exc.message
        else:
            raise AssertionError("a posted entry was edited")

    @invariant()
    def books_balance(self) -> None:
        with self.books.db.read_session() as session:
            stored = {(b.account.fund, b.account.holder_org_id): b.balance_fen
                      for b in accounts.balances(session)}
            rows = session.execute(select(FundEntry.kind, FundEntry.fund, FundEntry.holder_org_id,
                                          FundEntry.amount, FundEntry.reverses_id,
                                          FundEntry.voucher_no)
                                   .where(FundEntry.status == "posted")).all()
        from_entries = dict.fromkeys(stored, 0)
        for kind, fund, holder, amount, reverses, _ in rows:
            for key, change in moves(Planned(kind, fund, holder, amount),
                                     -1 if reverses else 1):
                from_entries[key] += change
        assert stored == self.model == from_entries
        assert min(stored.values()) >= 0
        assert sorted(row.voucher_no for row in rows) == list(range(1, len(rows) + 1))


def test_balances_are_always_the_sum_of_posted_entries(books: Books) -> None:
    run_state_machine_as_test(
        lambda: FundsMachine(books),
        settings=settings(max_examples=30, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]))
