"""楼栋: a compound's buildings with their 楼栋长 and 楼口长."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from models.auth import Actor
from models.registry import people, places
from models.registry.places import BuildingRow
from ui.common import messages
from ui.common.dialogs import error_label, save_cancel
from ui.common.operations import Kind, ReadOp, WriteOp
from ui.common.table_model import Column, RowTableModel


class BuildingForm(QDialog):
    def __init__(self, context, compound_id: int, residents: dict[int, str],  # noqa: ANN001
                 row: BuildingRow | None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context, self.compound_id, self.row = context, compound_id, row
        self.setWindowTitle(self.tr("楼栋"))
        self.name = QLineEdit(row.name if row else "")
        self.chief, self.entrance = QComboBox(), QComboBox()
        for combo, current in ((self.chief, row.chief_id if row else None),
                               (self.entrance, row.entrance_chief_id if row else None)):
            combo.addItem(self.tr("（暂缺）"), None)
            for person_id, name in residents.items():
                combo.addItem(name, person_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("楼栋名称 *："), self.name)
        form.addRow(self.tr("楼栋长："), self.chief)
        form.addRow(self.tr("楼口长："), self.entrance)
        form.addRow(self.error)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)

    def save(self) -> None:
        compound_id, row = self.compound_id, self.row
        name, chief, entrance = self.name.text(), self.chief.currentData(), self.entrance.currentData()

        def save(session: Session, actor: Actor) -> None:
            if row is None:
                places.create_building(session, actor, compound_id, name, chief_id=chief,
                                       entrance_chief_id=entrance)
            else:
                places.update_building(session, actor, row.id, row.version, name=name,
                                       chief_id=chief, entrance_chief_id=entrance)
        WriteOp(self.context, parent=self, changes={Kind.BUILDINGS}, op=save,
                success=lambda _r: self.accept(),
                failure=lambda exc: self.error.setText(messages.error_text(exc))).run()


class BuildingsDialog(QDialog):
    def __init__(self, context, compound_id: int, compound_name: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context, self.compound_id = context, compound_id
        self.residents: dict[int, str] = {}
        self.setWindowTitle(self.tr("{0} · 楼栋").format(compound_name))
        self.resize(520, 400)
        self.model = RowTableModel([
            Column(self.tr("楼栋"), lambda b: b.name, width_chars=5),
            Column(self.tr("楼栋长"), lambda b: b.chief_name, width_chars=6),
            Column(self.tr("楼口长"), lambda b: b.entrance_chief_name, width_chars=6),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        add, edit = QPushButton(self.tr("新增楼栋")), QPushButton(self.tr("编辑"))
        add.clicked.connect(lambda: self._open(None))
        edit.clicked.connect(self.edit)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        compound_id = self.compound_id

        def load(session: Session) -> tuple[list[BuildingRow], dict[int, str]]:
            residents = {p.id: p.name for p in people.list_people(session,
                                                                  compound_id=compound_id)}
            return places.list_buildings(session, compound_id), residents
        ReadOp(self.context, parent=self, query=load, success=self._show).run()

    def _show(self, result: tuple[list[BuildingRow], dict[int, str]]) -> None:
        rows, self.residents = result
        self.model.set_rows(rows)

    def edit(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self._open(self.model.row(selected[0].row()))

    def _open(self, row: BuildingRow | None) -> None:
        form = BuildingForm(self.context, self.compound_id, self.residents, row, self)
        form.open()
        self._form = form
