"""小区党建工作经费 upward: received, allocated and spent by fund in the period, and the
vouchers' totals, each voucher with its UUID and revision.

The sums follow models.funds.stats (posted lines; reversals net out; an allocation counts
once, as money paid to branches), so a year's package equals `fund_stats(year)`. Money is
integer fen plus "1234.50" text; never a float. The counterparty and the approver are
people's names: the approver goes only where the setting allows, the counterparty never.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.funds.entities import FUNDS, KINDS, FundEntry, FundLine
from models.funds.money import format_fen, plain_fen
from models.registry.entities import PartyOrg
from models.upward.modules import ExportContext, Sheet, envelope, sum_figures
from models.upward.period import Period

NAME = "funds"
LABEL = "党建工作经费"
AMOUNTS = ("received", "allocated", "spent")


def _money(name: str, fen: int) -> dict[str, Any]:
    return {f"{name}_fen": fen, name: plain_fen(fen)}


def _fund_figures(sums: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in AMOUNTS:
        out.update(_money(name, sums.get(name, 0)))
    return out


def _period_sums(session: Session, period: Period) -> dict[str, dict[str, int]]:
    stmt = (select(FundLine.fund, FundEntry.kind, FundLine.holder_org_id.is_(None),
                   func.sum(FundLine.amount))
            .join(FundEntry, FundEntry.id == FundLine.entry_id)
            .where(FundEntry.entry_date.between(period.start, period.end))
            .group_by(FundLine.fund, FundEntry.kind, FundLine.holder_org_id.is_(None)))
    sums: dict[str, dict[str, int]] = {fund: {} for fund in FUNDS}
    for fund, kind, community, total in session.execute(stmt):
        slot = sums[fund]
        if kind == "receipt":
            slot["received"] = slot.get("received", 0) + int(total)
        elif kind == "allocation" and not community:
            slot["allocated"] = slot.get("allocated", 0) + int(total)
        elif kind == "spending":
            slot["spent"] = slot.get("spent", 0) - int(total)
    return sums


def export(session: Session, period: Period, ctx: ExportContext) -> dict[str, Any]:
    sums = _period_sums(session, period)
    records = _vouchers(session, period, ctx)
    figures = {
        "total": _fund_figures({name: sum(s.get(name, 0) for s in sums.values())
                                for name in AMOUNTS}),
        "by_fund": {fund: _fund_figures(sums[fund]) for fund in FUNDS},
        "vouchers": {"count": len(records),
                     **_money("amount", sum(r["amount_fen"] for r in records))},
    }
    return envelope(NAME, period, figures, records)


def _vouchers(session: Session, period: Period, ctx: ExportContext) -> list[dict[str, Any]]:
    stmt = (select(FundEntry.id, FundEntry.version, FundEntry.voucher_year, FundEntry.voucher_no,
                   FundEntry.entry_date, FundEntry.kind, FundEntry.fund, FundEntry.amount,
                   PartyOrg.name, FundEntry.category, FundEntry.summary, FundEntry.approver,
                   FundEntry.reverses_id.is_not(None))
            .outerjoin(PartyOrg, PartyOrg.id == FundEntry.holder_org_id)
            .where(FundEntry.status == "posted", FundEntry.voucher_no.is_not(None),
                   FundEntry.entry_date.between(period.start, period.end))
            .order_by(FundEntry.voucher_year, FundEntry.voucher_no))
    rows = []
    for (eid, version, year, number, day, kind, fund, amount, holder, category, summary,
         approver, reversal) in session.execute(stmt):
        row = {"uuid": ctx.ids.uuid("fund_entry", eid), "revision": version,
               "voucher": f"{year}-{number:04d}", "date": day.isoformat(), "kind": kind,
               "fund": fund, **_money("amount", int(amount)), "holder": holder or "社区本级",
               "category": category, "summary": ctx.scrub(summary), "reversal": bool(reversal)}
        if ctx.share_person_names:
            row["approver"] = approver
        rows.append(row)
    return rows


def aggregate(datas: list[dict[str, Any]]) -> dict[str, Any]:
    summed = sum_figures([data["figures"] for data in datas]) or {}
    return _restate(summed)


def _restate(value: Any) -> Any:
    """The "1234.50" texts again from the summed *_fen integers."""
    if not isinstance(value, dict):
        return value
    out = {key: _restate(item) for key, item in value.items()}
    for key, item in value.items():
        if key.endswith("_fen") and isinstance(item, int):
            out[key[:-4]] = plain_fen(item)
    return out


HEADERS = ("凭证号", "日期", "类别", "经费来源", "金额", "单位", "支出类别", "摘要")


def sheets(data: dict[str, Any]) -> list[Sheet]:
    figures = data["figures"]
    by_fund = [(FUNDS[fund], format_fen(f["received_fen"]), format_fen(f["allocated_fen"]),
                format_fen(f["spent_fen"])) for fund, f in figures["by_fund"].items()]
    total = figures["total"]
    by_fund.append(("合计", format_fen(total["received_fen"]), format_fen(total["allocated_fen"]),
                    format_fen(total["spent_fen"])))
    rows = [(r["voucher"], r["date"], KINDS.get(r["kind"], r["kind"]), FUNDS.get(r["fund"], ""),
             format_fen(r["amount_fen"]), r["holder"], r["category"], r["summary"])
            for r in data["records"]]
    return [Sheet("经费统计", ("经费来源", "收入", "拨付", "支出"), by_fund),
            Sheet("凭证清单", HEADERS, rows)]


def totals(data: dict[str, Any]) -> list[tuple[str, str]]:
    figures = data["figures"]
    return [("经费收入（元）", format_fen(figures["total"]["received_fen"])),
            ("拨付小区（元）", format_fen(figures["total"]["allocated_fen"])),
            ("经费支出（元）", format_fen(figures["total"]["spent_fen"])),
            ("凭证", f"{figures['vouchers']['count']} 张，合计 "
                     f"{format_fen(figures['vouchers']['amount_fen'])} 元")]
