"""The upward package (上报数据包): a deterministic, signed zip.

Members, in this order and with fixed timestamps and attributes (the same data gives the
same bytes on every computer):

    manifest.json        canonical JSON: office, street, period, sequence, supersedes,
                         created time, app version, audit-log head, key fingerprint and
                         the SHA-256 and size of every member below
    manifest.sig         base64 of the Ed25519 signature over manifest.json's bytes
    data/<module>.json   canonical JSON per module (models.upward.modules.PROVIDERS)
    workbook.xlsx        the same data for people to read; every text cell is text
    cover.pdf            the cover sheet to stamp: key fingerprint and totals

Pure Python, no Qt. Verification and import are in models.upward.importing.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.auth import Actor
from models.db import Database
from models.upward import keys
from models.upward.exporting import ExportPlan, plan_export
from models.upward.modules import by_name
from models.upward.period import PERIOD_TYPES, Period
from models.upward.strict_json import canonical
from reports.pdf.fonts import register_fonts

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    fingerprint: str
    reused: bool
    sha256: str
    warning: str


def data_member(name: str) -> str:
    return f"data/{name}.json"


def write_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A zip of `members` in the given order, byte-for-byte reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data, compresslevel=6)
    return out.getvalue()


def workbook_bytes(plan: ExportPlan) -> bytes:
    """Sheets of every module, text written as text; then made reproducible."""
    book = Workbook()
    book.remove(book.active)
    modules = by_name()
    for name, data in plan.datas.items():
        for sheet_data in modules[name].sheets(data):
            sheet = book.create_sheet(re.sub(r"[\[\]:*?/\\]", "_", sheet_data.title)[:31])
            for col, header in enumerate(sheet_data.headers, start=1):
                cell = sheet.cell(row=1, column=col, value=header)
                cell.data_type, cell.font = TYPE_STRING, Font(bold=True)
                sheet.column_dimensions[get_column_letter(col)].width = 16
            for row_no, row in enumerate(sheet_data.rows, start=2):
                for col, text in enumerate(row, start=1):
                    cell = sheet.cell(row=row_no, column=col, value=text or None)
                    cell.data_type = TYPE_STRING  # "=1+1" stays text, never a formula
            sheet.freeze_panes = "A2"
    stamp = dt.datetime.fromisoformat(plan.header["created_at"].rstrip("Z"))
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "共建台账 Gongjian"
    raw = io.BytesIO()
    book.save(raw)
    return _reproducible_xlsx(raw.getvalue(), plan.header["created_at"])


def _reproducible_xlsx(data: bytes, stamp: str) -> bytes:
    """openpyxl stamps the save time and zip entry times: rewrite both."""
    members = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            body = archive.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", body)
            members.append((info.filename, body))
    return write_zip(members)


def cover_bytes(plan: ExportPlan) -> bytes:
    """The cover sheet: who, which period, the key fingerprint to read aloud, totals."""
    fonts = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    header = plan.header
    canvas.setTitle(f"{header['office']['name']} {header['period']['value']} 上报封面")
    canvas.setCreator("共建台账 Gongjian")
    width, height = A4
    y = height - 30 * mm
    canvas.setFont(fonts.hei, 20)
    canvas.drawCentredString(width / 2, y, "共建台账上报数据封面")
    period_type = PERIOD_TYPES.get(header["period"]["type"], "")
    lines = [("报送单位", f"{header['office']['name']}（{header['office']['code']}）"),
             ("所属街道", header["street"]["name"]),
             ("报送期间", f"{header['period']['value']}（{period_type}）"),
             ("报送序号", f"第 {header['sequence']} 次" + (
                 f"（更正第 {header['supersedes']} 次）" if header["supersedes"] else "")),
             ("生成时间", header["created_at"].replace("T", " ").rstrip("Z") + " UTC"),
             ("签名密钥指纹", header["key_fingerprint"])]
    modules = by_name()
    for name, data in plan.datas.items():
        lines += [(f"{plan.labels[name]}·{label}", value)
                  for label, value in modules[name].totals(data)]
    y -= 18 * mm
    for label, value in lines:
        canvas.setFont(fonts.song, 11)
        canvas.drawString(25 * mm, y, label)
        canvas.setFont(fonts.hei if label == "签名密钥指纹" else fonts.song,
                       13 if label == "签名密钥指纹" else 11)
        canvas.drawString(100 * mm, y, value)
        y -= 8 * mm
    y -= 10 * mm
    canvas.setFont(fonts.song, 11)
    canvas.drawString(25 * mm, y, "经办人：              审核人：              负责人：")
    canvas.drawString(25 * mm, y - 20 * mm, "（盖章）")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def build_members(plan: ExportPlan) -> list[tuple[str, bytes]]:
    members = [(data_member(name), canonical(data)) for name, data in sorted(plan.datas.items())]
    members += [("workbook.xlsx", workbook_bytes(plan)), ("cover.pdf", cover_bytes(plan))]
    return members


def manifest_bytes(plan: ExportPlan, members: list[tuple[str, bytes]]) -> bytes:
    listed = [{"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
              for name, data in sorted(members)]
    return canonical({**plan.header, "members": listed})


def package_bytes(plan: ExportPlan, store: keys.KeyStore) -> bytes:
    members = build_members(plan)
    manifest = manifest_bytes(plan, members)
    signature = base64.b64encode(keys.sign(store, plan.fingerprint, manifest))
    return write_zip([(MANIFEST, manifest), (SIGNATURE, signature + b"\n"), *members])


def export_package(database: Database, actor: Actor, period: Period, out: Path | str, *,
                   store: keys.KeyStore | None = None, now: dt.datetime | None = None
                   ) -> ExportResult:
    """Plan (one unit of work: key on first use, sequence), build, sign, write `out`."""
    store = store or keys.KeyStore()
    with database.session() as session:
        plan = plan_export(session, actor, period, store, now=now)
        data = package_bytes(plan, store)
    target = Path(out)
    target.write_bytes(data)
    return ExportResult(target, plan.header["sequence"], plan.fingerprint, plan.reused,
                        hashlib.sha256(data).hexdigest(), store.warning)

