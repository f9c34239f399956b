"""选票 and 委托书: one numbered ballot per owner (head) of a frozen roll, and proxy forms.

Each ballot names its owner, units and total area, and carries the ballot number with its
check character (so a mistyped number is caught when ballots are entered). Any number of
candidates fits: rows shrink down to a readable minimum, then the table continues on the
next page under the same ballot number ("续"). The roll's SHA-256 is printed at the foot,
so a ballot can be matched to the roll announced.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from models import messages
from models.elections.counting import format_area
from models.elections.tally import ELECTION_MATTER
from models.elections.votes import VoteInfo, ballot_number, vote_info, vote_voters
from models.errors import UserError
from models.office import office_name
from reports.pdf import register_fonts

messages.register({
    "ballots.not_frozen": "业主名册尚未公告冻结，不能印制选票。请先公告（冻结名册）再印制。",
})

MARGIN = 20 * mm
ROW_MAX, ROW_MIN = 9 * mm, 5.5 * mm  # a row's height: as tall as fits, never below a tick's
TWO_COLUMNS_ABOVE = 24  # items: more than this, and the table is laid out in two columns
FOOT_ROOM = 50 * mm  # below the table: signature, date, the roll's digest


@dataclass(frozen=True)
class BallotOwner:
    number: str  # the ballot number with its check character
    owners: str
    units: str
    area: str


@dataclass(frozen=True)
class BallotBook:
    vote: VoteInfo
    office: str
    owners: Sequence[BallotOwner]


def build(session: Session, vote_id: int) -> BallotBook:
    vote = vote_info(session, vote_id)
    if not vote.roll_frozen:
        raise UserError("ballots.not_frozen")
    heads = vote_voters(session, vote_id)
    return BallotBook(vote, office_name(session), [
        BallotOwner(ballot_number(vote_id, h.number), "、".join(sorted(h.owners)) or "建设单位",
                    "、".join(h.units), format_area(h.area)) for h in heads])


def render_ballots(book: BallotBook, path: Path,
                   progress: Callable[[int, int], None] | None = None) -> Path:
    fonts = register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    canvas.setTitle(f"{book.vote.compound} {book.vote.title} 表决票")
    for index, owner in enumerate(book.owners):
        _ballot(canvas, fonts.song, fonts.hei, book, owner)
        if progress is not None:
            progress(index + 1, len(book.owners))
    canvas.save()
    return path


def _ballot(canvas: Canvas, body: str, heading: str, book: BallotBook, owner: BallotOwner) -> None:
    """One owner's ballot: one column of items, two when they are many, more pages if need be."""
    vote, items = book.vote, list(book.vote.items)
    width = A4[0]
    columns = 2 if len(items) > TWO_COLUMNS_ABOVE else 1
    gap = 6 * mm if columns == 2 else 0.0
    column_width = (width - 2 * MARGIN - gap) / columns
    done, first = 0, True
    while first or done < len(items):
        y = _ballot_head(canvas, body, heading, book, owner, continued=not first)
        room = y - FOOT_ROOM
        row = max(ROW_MIN, min(ROW_MAX, room / (-(-(len(items) - done) // columns) + 1)))
        per_column = max(1, int(room // row) - 1)
        bottom = y
        for column in range(columns):
            chunk = items[done:done + per_column]
            if not chunk:
                break
            table = _Table(MARGIN + column * (column_width + gap), column_width, row)
            bottom = min(bottom, table.draw(canvas, body, heading, chunk, offset=done, top=y))
            done += len(chunk)
        if done >= len(items):
            _ballot_foot(canvas, body, vote, bottom)
        canvas.setFont(body, 7.5)
        canvas.drawString(MARGIN, 12 * mm, f"名册 SHA-256：{vote.roll_sha256}")
        canvas.drawRightString(width - MARGIN, 12 * mm, f"选票编号 {owner.number}")
        canvas.showPage()
        first = False


def _ballot_head(canvas: Canvas, body: str, heading: str, book: BallotBook, owner: BallotOwner,
                 *, continued: bool) -> float:
    vote = book.vote
    width, height = A4
    y = height - 22 * mm
    canvas.setFont(heading, 18)
    title = f"{vote.compound}业主大会表决票" + ("（续）" if continued else "")
    canvas.drawCentredString(width / 2, y, title)
    y -= 9 * mm
    canvas.setFont(body, 12)
    canvas.drawCentredString(width / 2, y, vote.title)
    y -= 10 * mm
    canvas.setFont(body, 10.5)
    canvas.drawString(MARGIN, y, f"选票编号：{owner.number}")
    canvas.drawRightString(width - MARGIN, y, f"专有部分面积合计：{owner.area} m²")
    y -= 6.5 * mm
    canvas.drawString(MARGIN, y, f"业主：{owner.owners}")
    y -= 6.5 * mm
    units = owner.units if len(owner.units) <= 60 else owner.units[:58] + "…"
    canvas.drawString(MARGIN, y, f"房屋：{units}")
    y -= 8 * mm
    if vote.matter == ELECTION_MATTER and vote.seats:
        note = (f"应选 {vote.seats} 名。同意的候选人在“同意”栏内划“√”，"
                f"同意人数超过 {vote.seats} 名的选票无效。")
    else:
        note = "请在每一事项的“同意”“不同意”“弃权”中选一栏划“√”；不划视为弃权。"
    canvas.setFont(body, 9.5)
    canvas.drawString(MARGIN, y, note)
    return y - 4 * mm


@dataclass(frozen=True)
class _Table:
    """The choice table of one column: 序号 | 候选人/事项 | 同意 | 不同意 | 弃权."""

    x: float
    width: float
    row: float

    def draw(self, canvas: Canvas, body: str, heading: str, items: Sequence[str], *, offset: int,
             top: float) -> float:
        tick = min(22 * mm, self.width * 0.14)
        number = min(14 * mm, max(10 * mm, self.width * 0.1))
        widths = [number, self.width - number - 3 * tick, tick, tick, tick]
        size = min(11.0, self.row / mm * 2.1)
        y = top
        header = ["序号", "候选人 / 表决事项", "同意", "不同意", "弃权"]
        for index, cells in enumerate([header, *([str(offset + n + 1), name, "", "", ""]
                                                 for n, name in enumerate(items))]):
            font, font_size = (heading, min(size, 8.5)) if index == 0 else (body, size)
            canvas.setFont(font, font_size)
            x = self.x
            for cell, width in zip(cells, widths, strict=True):
                canvas.rect(x, y - self.row, width, self.row)
                canvas.drawCentredString(x + width / 2, y - self.row / 2 - font_size * 0.35,
                                         _fit(canvas, cell, font, font_size, width - 1.5 * mm))
                x += width
            y -= self.row
        return y


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with … if it is wider than `width`."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _ballot_foot(canvas: Canvas, body: str, vote: VoteInfo, y: float) -> None:
    canvas.setFont(body, 10.5)
    y -= 10 * mm
    canvas.drawString(MARGIN, y, "业主（或委托代理人）签字：________________")
    canvas.drawRightString(A4[0] - MARGIN, y, "日期：______年____月____日")
    y -= 8 * mm
    canvas.setFont(body, 9)
    canvas.drawString(MARGIN, y, f"{vote.compound}业主大会筹备组（业主委员会）制  "
                                 f"{dt.date.today():%Y年%m月%d日}")


def render_proxies(book: BallotBook, path: Path,
                   progress: Callable[[int, int], None] | None = None) -> Path:
    """委托书: one per owner, the principal's details filled in, the proxy's left blank."""
    fonts = register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    width, height = A4
    for index, owner in enumerate(book.owners):
        y = height - 30 * mm
        canvas.setFont(fonts.hei, 20)
        canvas.drawCentredString(width / 2, y, "授权委托书")
        canvas.setFont(fonts.song, 12)
        lines = [
            f"委托人（业主）：{owner.owners}",
            f"房屋：{owner.units}",
            f"专有部分面积：{owner.area} m²　　选票编号：{owner.number}",
            "受托人：______________　　证件号码：__________________________",
            f"本人因故不能亲自参加{book.vote.compound}“{book.vote.title}”的表决，",
            "现委托上述受托人代为参加并行使表决权，受托人的表决视为本人的表决。",
            "委托人已委托的，不再亲自投票；同一业主只能投一票。",
            "",
            "委托人签字：______________　　受托人签字：______________",
            "日期：______年____月____日",
        ]
        y -= 18 * mm
        for line in lines:
            canvas.drawString(MARGIN + 6 * mm, y, line)
            y -= 10 * mm
        canvas.setFont(fonts.song, 7.5)
        canvas.drawString(MARGIN, 12 * mm, f"名册 SHA-256：{book.vote.roll_sha256}")
        canvas.showPage()
        if progress is not None:
            progress(index + 1, len(book.owners))
    canvas.save()
    return path
