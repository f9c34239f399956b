"""选举规则设置 (administrators): the provincial periods, body sizes and whether parking
spaces vote, over the national defaults."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from models.elections import config
from ui.common.changes import Kind
from ui.common.context import AppContext
from ui.common.dialogs import FormDialog
from ui.common.operations import WriteOp
from ui.i18n import domain


class ElectionSettingsDialog(FormDialog):
    saved = Signal(object)

    def __init__(self, context: AppContext, current: config.ElectionSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("选举规则设置"), parent)
        self.context, self.current = context, current
        note = QLabel(self.tr("默认值为全国性规定；本省（市）条例另有规定的，按条例修改。"))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.boxes: dict[str, QSpinBox] = {}
        for key, (label, low, high) in config.LIMITS.items():
            if key == "parking_votes":
                continue
            box = QSpinBox()
            box.setRange(low, high)
            box.setValue(current.values[key])
            self.boxes[key] = box
            self.add_row(domain(label), box)
        self.parking = QCheckBox(self.tr("车位作为专有部分参加表决（计入人数和面积）"))
        self.parking.setChecked(current.parking_votes)
        self.form.addRow(self.parking)

    def values(self) -> dict[str, int]:
        found = {key: box.value() for key, box in self.boxes.items()}
        found["parking_votes"] = int(self.parking.isChecked())
        return found

    def submit(self) -> None:
        values, version = self.values(), self.current.version
        self.save_button.setEnabled(False)
        WriteOp(self.context, parent=self, changes={Kind.VOTES},
                op=lambda session, actor: config.save_settings(session, actor, values, version),
                success=lambda found: self.finish(self.saved, found),
                failure=self.write_failed).run()
