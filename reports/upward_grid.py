"""报送情况表: the street's completeness grid (communities × periods) as a printed ledger
and as a workbook. Each cell says expected / received / accepted (with its date and
revision) / returned / late, as models.upward.street.completeness decides."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.office import office_name
from models.upward.period import PERIOD_TYPES
from models.upward.street import Grid, completeness
from reports.pdf.ledger import Align, Column, LedgerDocument, RenderResult, render_ledger
from reports.table_export import ExportColumn, write_table


@dataclass(frozen=True)
class GridReport:
    office: str
    year: int
    kind: str
    today: dt.date
    grid: Grid

    @property
    def title(self) -> str:
        return f"{self.year}年{PERIOD_TYPES[self.kind]}报送情况表"

    def headers(self) -> list[str]:
        return ["社区代码", "社区", *[p.label.removeprefix(f"{self.year}年")
                                    for p in self.grid.periods], "已接收", "迟报"]

    def rows(self) -> list[list[str]]:
        out = []
        for code, name, cells in self.grid.rows:
            accepted = sum(1 for c in cells if c.accepted_on)
            expected = sum(1 for c in cells if c.expected)
            late = sum(1 for c in cells if c.late)
            out.append([code, name, *[c.text for c in cells], f"{accepted}/{expected}",
                        str(late)])
        return out


def build(session: Session, year: int, kind: str = "quarter",
          today: dt.date | None = None) -> GridReport:
    today = today or dt.date.today()
    return GridReport(office_name(session), year, kind, today,
                      completeness(session, year, kind, today))


def render_pdf(report: GridReport, path: Path | str, progress: object = None) -> RenderResult:
    headers = report.headers()
    columns = [Column(headers[0], 1.3), Column(headers[1], 1.3),
               *[Column(h, 1.6, Align.CENTER) for h in headers[2:-2]],
               Column(headers[-2], 0.7, Align.CENTER), Column(headers[-1], 0.6, Align.CENTER)]
    doc = LedgerDocument(title=report.title, office=report.office,
                         period=f"{report.year}年（截至 {report.today.isoformat()}）",
                         columns=columns, rows=report.rows(), printed_on=report.today,
                         note="应报：期间结束后；迟报：期满后第 10 日以后收到")
    return render_ledger(doc, path, progress)  # type: ignore[arg-type]


def render_xlsx(report: GridReport, path: Path | str) -> Path:
    columns = [ExportColumn(h, "text", 10 if i > 1 else 8)
               for i, h in enumerate(report.headers())]
    return write_table(path, report.title, columns, report.rows())
