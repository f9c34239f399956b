"""双服务清单 printed: each unit's list with both organisations' signature and seal blocks,
the year-end evaluation sheet per unit, the ranking of units; the items as an Excel sheet.

`build` reads everything (models.services.sheets); the `*_document` functions map it onto
the shared ledger engine; `render_services_report` is the `report services` verb: with a
unit, that unit's list and evaluation sheet; without, the ranking then every list and
evaluation sheet, numbered through as one book (reports.funds_journal.render_books).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.anchor import current_text as anchor_of
from models.db import Database
from models.office import office_name
from models.services.hours import hours_text
from models.services.lists import ItemRow
from models.services.sheets import ListSheet, find_unit, list_sheets
from models.services.vocab import RATINGS
from reports.funds_journal import Progress, render_books
from reports.pdf import TOTAL, Align, Column, LedgerDocument
from reports.table_export import ExportColumn, write_table


@dataclass(frozen=True)
class ServicesReport:
    year: int
    office: str
    sheets: tuple[ListSheet, ...]
    anchor: str = ""


def build(session: Session, year: int, unit_id: int | None = None) -> ServicesReport:
    office = office_name(session)
    return ServicesReport(year, office, tuple(list_sheets(session, year, office, unit_id)),
                          anchor_of(session))


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def list_document(report: ServicesReport, sheet: ListSheet) -> LedgerDocument:
    """The list as both sides sign it: every item, who claimed it, where it stands."""
    columns = [Column("序号", 0.45, Align.CENTER), Column("类型", 0.8, Align.CENTER),
               Column("服务方向", 0.9, Align.CENTER), Column("类别", 0.8),
               Column("服务内容", 3.2), Column("计划日期", 0.95, Align.CENTER),
               Column("预计受益", 0.7, Align.RIGHT), Column("认领方", 1.6),
               Column("状态", 0.75, Align.CENTER)]
    rows = [[str(i.number), i.kind_label, i.direction_label, i.category, _content(i),
             _date(i.planned_on), str(i.expected_beneficiaries), i.claimant, i.state_label]
            for i in sheet.items]
    b = sheet.balance
    note = f"单位→社区 {b.gives} 项，社区→单位 {b.receives} 项"
    return LedgerDocument(
        title=f"{sheet.unit} {sheet.year} 年双服务清单", office=report.office,
        period=f"{sheet.community_org} 与 {sheet.unit_org}（双向认领、双向服务、双向受益）",
        columns=columns, rows=rows, note=note, printed_on=dt.date.today(),
        signatures=("社区党组织负责人", "驻区单位党组织负责人"),
        seals=(sheet.community_org, sheet.unit_org), anchor=report.anchor)


def _content(item: ItemRow) -> str:
    """The content, marked when the item continues one of last year's (its earlier
    deliveries and hours stay with last year's list)."""
    return f"{item.content}（上年结转）" if item.origin_id else item.content


def _signed(item: ItemRow) -> str:
    sides = [name for name, signed in (("社区", item.community_signed_on),
                                       ("单位", item.unit_signed_on)) if signed]
    return "、".join(sides)


def evaluation_document(report: ServicesReport, sheet: ListSheet) -> LedgerDocument:
    """The year-end evaluation of one unit: each item's service and rating, the totals,
    the one-way flag and the unit's place in the ranking."""
    columns = [Column("序号", 0.45, Align.CENTER), Column("服务内容", 2.8),
               Column("服务方向", 0.9, Align.CENTER), Column("状态", 0.75, Align.CENTER),
               Column("服务次数", 0.7, Align.RIGHT), Column("服务时长(小时)", 1.0, Align.RIGHT),
               Column("受益人次", 0.75, Align.RIGHT), Column("签字确认", 0.8, Align.CENTER),
               Column("评价", 0.8, Align.CENTER), Column("评价意见", 1.8)]
    rows = []
    for item in sheet.items:
        work = sheet.work.get(item.id)
        rows.append([str(item.number), _content(item), item.direction_label, item.state_label,
                     str(work.deliveries if work else 0), hours_text(work.minutes if work else 0),
                     str(work.beneficiaries if work else 0), _signed(item), item.rating_label,
                     item.rating_comment])
    b = sheet.balance
    ratings = "，".join(f"{label} {b.ratings[key]}" for key, label in RATINGS.items())
    rows.append(["", f"合计：列入 {b.items} 项，认领 {b.claimed}，已服务 {b.delivered}，"
                     f"结转 {b.carried_over}", "", "", str(sum(w.deliveries for w in
                                                                sheet.work.values())),
                 b.hours_text, str(b.beneficiaries), str(b.confirmed), "", ratings])
    flag = b.one_way_label or "双向"
    return LedgerDocument(
        title=f"{sheet.unit} {sheet.year} 年度双服务评价表", office=report.office,
        period=f"服务关系：{flag}　年度排名：第 {b.rank} 名（共 {sheet.units_ranked} 家）",
        columns=columns, rows=rows, row_styles={len(rows) - 1: TOTAL},
        note=f"单位→社区 {b.gives} 项，社区→单位 {b.receives} 项",
        printed_on=dt.date.today(), signatures=("社区党组织负责人", "驻区单位党组织负责人"),
        seals=(sheet.community_org, sheet.unit_org), anchor=report.anchor)


RANKING_HEADERS = ("排名", "驻区单位", "列入事项", "单位→社区", "社区→单位", "已认领", "已服务",
                   "服务时长(小时)", "受益人次", "满意", "基本满意", "不满意", "服务关系")


def ranking_rows(report: ServicesReport) -> list[list[str]]:
    found = []
    for sheet in sorted(report.sheets, key=lambda s: s.balance.rank):
        b = sheet.balance
        found.append([str(b.rank), b.unit, str(b.items), str(b.gives), str(b.receives),
                      str(b.claimed), str(b.delivered), b.hours_text, str(b.beneficiaries),
                      str(b.ratings["satisfied"]), str(b.ratings["basic"]),
                      str(b.ratings["unsatisfied"]), b.one_way_label or "双向"])
    return found


def ranking_document(report: ServicesReport) -> LedgerDocument:
    widths = (0.5, 3.0, 0.8, 0.9, 0.9, 0.8, 0.8, 1.1, 0.8, 0.6, 0.8, 0.7, 0.8)
    columns = [Column(h, w, Align.LEFT if h == "驻区单位" else Align.CENTER)
               for h, w in zip(RANKING_HEADERS, widths, strict=True)]
    return LedgerDocument(
        title=f"{report.year} 年度驻区单位双服务排名", office=report.office,
        period="按已服务事项、服务时长、满意评价依次排序", columns=columns,
        rows=ranking_rows(report), printed_on=dt.date.today(),
        signatures=("经办人", "审核人", "社区党组织负责人"), anchor=report.anchor)


def documents(report: ServicesReport, *, ranking: bool) -> list[LedgerDocument]:
    found = [ranking_document(report)] if ranking else []
    for sheet in report.sheets:
        found += [list_document(report, sheet), evaluation_document(report, sheet)]
    return found


def render_services_report(database: Database, year: int, unit: str | int | None,
                           out: Path, progress: Progress | None = None) -> Path:
    """`python main.py report services --year Y [--unit U] --out F.pdf`."""
    with database.read_session() as session:
        unit_id = find_unit(session, str(unit)) if unit is not None else None
        report = build(session, year, unit_id)
    render_books(documents(report, ranking=unit_id is None), out, progress)
    return Path(out)


def build_for_list(session: Session, list_id: int) -> ServicesReport:
    """One list's report (the page's 打印清单 / 打印评价表)."""
    from models.services.lists import get_list  # noqa: PLC0415

    row = get_list(session, list_id)
    return build(session, row.year, row.unit_id)


def sheet_document(report: ServicesReport, *, evaluation: bool) -> LedgerDocument:
    sheet = report.sheets[0]
    return evaluation_document(report, sheet) if evaluation else list_document(report, sheet)


ITEM_EXPORT = (ExportColumn("年度", "number", 4), ExportColumn("驻区单位", "text", 14),
               ExportColumn("序号", "number", 3), ExportColumn("类型", "text", 5),
               ExportColumn("服务方向", "text", 6), ExportColumn("类别", "text", 5),
               ExportColumn("服务内容", "text", 24), ExportColumn("计划日期", "date", 6),
               ExportColumn("预计受益", "number", 4), ExportColumn("认领方", "text", 10),
               ExportColumn("认领日期", "date", 6), ExportColumn("状态", "text", 5),
               ExportColumn("评价", "text", 5), ExportColumn("评价意见", "text", 16))


def item_cells(item: ItemRow) -> list[str]:
    return [str(item.year), item.unit, str(item.number), item.kind_label, item.direction_label,
            item.category, item.content, _date(item.planned_on),
            str(item.expected_beneficiaries), item.claimant, _date(item.claimed_on),
            item.state_label, item.rating_label, item.rating_comment]


def export_items(items: Sequence[ItemRow], path: Path | str) -> Path:
    """The items as an .xlsx sheet; what a clerk typed stays text (never a formula)."""
    return write_table(path, "双服务清单", ITEM_EXPORT, [item_cells(i) for i in items])
