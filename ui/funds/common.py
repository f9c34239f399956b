"""Pieces the funds dialogs share: holder choices, coloured table rows."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from models.funds.accounts import Branch
from models.funds.entities import COMMUNITY_LABEL
from models.funds.entries import ALL
from ui.common.table_model import Column, Index, RowTableModel
from ui.i18n import domain

COMMUNITY = 0  # the community's own account in a holder combo (None cannot be item data)
MERGED = -1    # every holder together (the consolidated journal)
RED = QColor("#c0392b")
GREY = QColor("#8a8f98")


def holder_options(branches: Sequence[Branch], *, community: bool = True,
                   merged: bool = False) -> dict[int, str]:
    """Combo options: the community, each compound branch, optionally all together."""
    options: dict[int, str] = {}
    if community:
        options[COMMUNITY] = domain(COMMUNITY_LABEL)
    options.update({branch.id: branch.name for branch in branches})
    if merged:
        options[MERGED] = QCoreApplication.translate("funds", "社区及各小区党支部（合并）")
    return options


def holder_value(code: int | None) -> int | None | str:
    """A combo code back to what the services take: None, a branch id, or ALL."""
    if code == MERGED:
        return ALL
    return None if code in (None, COMMUNITY) else code


def holder_code(holder: int | None | str) -> int:
    if holder == ALL:
        return MERGED
    return COMMUNITY if holder is None else int(holder)


class StyledTableModel(RowTableModel):
    """A row model whose rows may be coloured (reversals red) or bold (total lines)."""

    def __init__(self, columns: Sequence[Column], color: Callable[[Any], QColor | None],
                 bold: Callable[[Any], bool] | None = None) -> None:
        super().__init__(columns)
        self._color, self._bold = color, bold

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return self._color(self.rows[index.row()])
        if index.isValid() and role == Qt.ItemDataRole.FontRole and self._bold is not None:
            if self._bold(self.rows[index.row()]):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
