"""上报: for a community, the history of its packages with the street's receipts, the
signed package to the street (with progress), the keys (ui/upward/community_view.py); for
a street, the import of its communities' packages (verify, preview
with the changes of a re-sent package, accept or return with a comment, the signed
receipt 回执) and the completeness grid, printed and exported to Excel."""
from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.auth import Actor
from models.office import RECEIVES
from models.upward import keys, street
from models.upward.keys import KeyInfo, KeyStore, office_info
from models.upward.period import Period
from reports import upward_grid
from ui.common import messages
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.operations import ReadOp, WriteOp
from ui.common.page import Page
from ui.common.pdf_preview import generate_report
from ui.upward.community_view import CommunityView
from ui.upward.import_dialog import ImportDialog
from ui.upward.return_dialog import ReturnDialog
from ui.upward.street_import import ImportQueue, Outcome


@dataclass(frozen=True)
class Overview:
    level: str
    key: KeyInfo | None
    grid: street.Grid | None


def overview(session: Session, year: int, today: dt.date) -> Overview:
    level = office_info(session).level
    grid = (street.completeness(session, year, "quarter", today) if level in RECEIVES
            else None)
    return Overview(level, keys.current_own_key(session), grid)


class UpwardPage(Page):
    icon_name = "fa5s.paper-plane"
    watches = frozenset({Kind.UPWARD, Kind.OFFICE})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.today = dt.date.today()
        self.queue: ImportQueue | None = None
        self.view: Overview | None = None
        self.store = KeyStore()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.community = CommunityView(context, self.store, self.today)
        self.period = self.community.period
        self.export_button = self.community.toolbar.widgetForAction(self.community.make_action)
        self.import_button = QPushButton(self.tr("导入数据包…"))
        self.import_button.clicked.connect(self.choose_import)
        self.register_button = QPushButton(self.tr("登记社区公钥…"))
        self.register_button.clicked.connect(self.choose_register)
        self.print_button = QPushButton(self.tr("打印报送情况表"))
        self.print_button.clicked.connect(self.print_grid)
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.excel_button.clicked.connect(self.choose_grid_export)
        self.return_button = QPushButton(self.tr("退回所选…"))
        self.return_button.setToolTip(self.tr("退回表中所选的已接收数据包，并填写退回意见"))
        self.return_button.clicked.connect(self.return_selected)
        self.receipt_button = QPushButton(self.tr("导出回执…"))
        self.receipt_button.setToolTip(self.tr("重新导出表中所选社区该期最近一次报送的签名回执"))
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.return_dialog: ReturnDialog | None = None
        bar = QHBoxLayout()
        for widget in (self.import_button, self.register_button, self.return_button,
                       self.receipt_button,
                       self.print_button, self.excel_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.currentCellChanged.connect(lambda *_: self._enable_return())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.community, 1)
        self._show_mode("community")

    def title(self) -> str:
        return self.tr("上报")

    def refresh(self) -> None:
        year, today = self.today.year, self.today
        ReadOp(self.context, parent=self, query=lambda s: overview(s, year, today),
               success=self._show).run()

    def _show_mode(self, level: str) -> None:
        """A community sends; a district receives; a street does both (its own package
        passes its communities' figures on to the district)."""
        receives, sends = level in RECEIVES, level != "district"
        for widget in (self.import_button, self.register_button, self.return_button,
                       self.receipt_button, self.print_button, self.excel_button, self.grid):
            widget.setVisible(receives)
        self.community.set_level(level)
        self.community.setVisible(sends)

    def _show(self, view: Overview) -> None:
        self.view = view
        self._show_mode(view.level)
        key = (self.tr("本单位签名密钥指纹：{0}").format(view.key.fingerprint) if view.key
               else self.tr("首次上报时生成签名密钥。"))
        if view.level == "street":
            self.heading.setText(self.tr("各社区报送情况（{0}年季报）。汇总后可向区（县）上报。")
                                 .format(self.today.year) + key)
        elif view.level == "district":
            self.heading.setText(self.tr("各街道报送情况（{0}年季报）。").format(self.today.year)
                                 + key)
        else:
            self.heading.setText(self.tr("把本社区的数据签名后报送街道，并导入街道的回执。")
                                 + key)
        self._fill_grid(view.grid)
        if view.level != "district":  # the packages this office sent, with their receipts
            self.community.refresh()

    def actor_changed(self) -> None:
        self.community.actor_changed()

    def show_todo(self, item: object) -> None:
        """A to-do line of 上报: select the returned package it names (one this office
        sent); a street's lines about its communities simply open the page."""
        self.community.show_todo(item)

    def _fill_grid(self, grid: street.Grid | None) -> None:
        if grid is None:
            return
        sender = self.tr("街道") if self.view and self.view.level == "district" else self.tr("社区")
        headers = [sender, *[p.label for p in grid.periods]]
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(len(grid.rows))
        for row, (_code, name, cells) in enumerate(grid.rows):
            self.grid.setItem(row, 0, QTableWidgetItem(name))
            for col, cell in enumerate(cells, start=1):
                self.grid.setItem(row, col, QTableWidgetItem(cell.text))
        self._enable_return()

    def selected_cell(self) -> tuple[str, str, street.Cell] | None:
        """The community, period label and cell under the grid's cursor."""
        grid = self.view.grid if self.view is not None else None
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if grid is None or not 0 <= row < len(grid.rows) or not 1 <= column <= len(grid.periods):
            return None
        _code, name, cells = grid.rows[row]
        return name, grid.periods[column - 1].label, cells[column - 1]

    def _enable_return(self) -> None:
        chosen = self.selected_cell()
        self.return_button.setEnabled(chosen is not None and chosen[2].accepted_id is not None)
        self.receipt_button.setEnabled(chosen is not None and chosen[2].latest_id is not None)

    def return_selected(self) -> None:
        chosen = self.selected_cell()
        if chosen is None or chosen[2].accepted_id is None or chosen[2].accepted_version is None:
            return
        name, period, cell = chosen
        self.return_dialog = ReturnDialog(
            self.context, cell.accepted_id, cell.accepted_version,  # type: ignore[arg-type]
            self.tr("{0}{1}的第 {2} 次报送").format(name, period, cell.sequence), self)
        self.return_dialog.returned.connect(self.choose_receipt_of)
        self.return_dialog.open()

    def cell_text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text() if item is not None else ""

    # --- community ---------------------------------------------------------------------

    def export_to(self, period: Period, path: Path) -> None:
        self.community.export_to(period, path)

    def write_key_file(self, path: Path) -> None:
        self.community.write_key_file(path)

    # --- street ------------------------------------------------------------------------

    @property
    def dialog(self) -> ImportDialog | None:
        """The preview open now (or last), for tests and screenshots."""
        return self.queue.dialog if self.queue is not None else None

    @property
    def last_receipt(self) -> bytes | None:
        return self.queue.last_receipt if self.queue is not None else None

    def choose_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择上报数据包（可多选）"), "",
                                                self.tr("上报数据包 (*.zip)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_file(self, path: Path) -> None:
        self.import_files([path])

    def import_files(self, paths: list[Path]) -> None:
        """Verify each on the worker (nothing written), preview it, and let the clerk
        decide; one at a time, then a summary (ui/upward/street_import.py)."""
        self.queue = ImportQueue(self.context, self, self.store, paths, self._imported)
        self.queue.start()

    def _imported(self, outcome: Outcome) -> None:
        if self.queue is not None and (outcome.receipts or outcome.refused or outcome.skipped
                                       or outcome.unchanged):
            messages.show_info(self, self.queue.summary())

    def choose_receipt(self) -> None:
        chosen = self.selected_cell()
        if chosen is not None and chosen[2].latest_id is not None:
            self.choose_receipt_of(chosen[2].latest_id)

    def choose_receipt_of(self, package_id: int) -> None:
        """Save the signed receipt of a package where the clerk chooses (to hand back)."""
        store = self.store

        def op(session: Session, actor: Actor) -> tuple[bytes, str]:
            return street.receipt_file(session, actor, store, package_id)

        def done(made: tuple[bytes, str]) -> None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存签名回执"), made[1],
                                                  self.tr("回执 (*.json)"))
            if path:
                self.write_receipt(Path(path), made[0])
        WriteOp(self.context, parent=self, op=op, changes={Kind.UPWARD}, success=done).run()

    def write_receipt(self, path: Path, receipt: bytes) -> None:
        try:
            path.write_bytes(receipt)
        except OSError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("签名回执已保存：{0}").format(path))

    def choose_register(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择社区的公钥文件"), "",
                                              self.tr("公钥文件 (*.json)"))
        if path:
            self.register_file(Path(path))

    def register_file(self, path: Path) -> None:
        data = path.read_bytes()
        WriteOp(self.context, parent=self, changes={Kind.UPWARD},
                op=lambda session, actor: keys.register_key(session, actor, data),
                success=lambda reg: messages.show_info(self, self.tr(
                    "已登记{0}的公钥，请与社区核对指纹：{1}").format(
                        reg.info.office_name, reg.info.fingerprint))).run()

    def print_grid(self) -> None:
        year, today = self.today.year, self.today
        out = Path(tempfile.mkdtemp(prefix="gongjian-")) / "报送情况表.pdf"
        generate_report(self.context, self.tr("报送情况表"),
                        lambda session: upward_grid.build(session, year, "quarter", today),
                        lambda report, progress=None: upward_grid.render_pdf(
                            report, out, progress).path, self)

    def choose_grid_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出报送情况表"), "报送情况表.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_grid(Path(path))

    def export_grid(self, path: Path) -> None:
        year, today = self.today.year, self.today

        def query(session: Session) -> Path:
            return upward_grid.render_xlsx(upward_grid.build(session, year, "quarter", today),
                                           path)
        ReadOp(self.context, parent=self, query=query, success=lambda p: messages.show_info(
            self, self.tr("已导出：{0}").format(p))).run()

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        shown: list[tuple[str, QWidget]] = []
        if self.dialog is not None:
            shown.append(("import", self.dialog))
        if self.return_dialog is not None:
            shown.append(("return", self.return_dialog))
        return shown
