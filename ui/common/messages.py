"""The only place that shows a message box, so tests can replace it.

Errors a clerk can fix (UserError) are shown in words, translated; anything else is a
bug: it is logged with its traceback and the clerk sees a short apology.
"""
from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import UserError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return exc.localized(lambda t: QCoreApplication.translate("UserError", t))
    return QCoreApplication.translate(
        "messages", "程序内部出错，已记录到日志。请将日志发给技术支持。\n\n{0}").format(
        f"{type(exc).__name__}: {exc}")


class Handler(Protocol):
    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool: ...


class BoxHandler:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(QCoreApplication.translate("messages", "确定"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("messages", "取消"),
                      QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes


handler: Handler = BoxHandler()


def log_unexpected(exc: BaseException) -> None:
    """Log a bug (anything but a UserError) with its traceback."""
    if not isinstance(exc, UserError):
        log.error("unexpected error", exc_info=exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    log_unexpected(exc)
    handler.error(parent, QCoreApplication.translate("messages", "共建台账"), error_text(exc))


def show_info(parent: QWidget | None, text: str) -> None:
    handler.info(parent, QCoreApplication.translate("messages", "共建台账"), text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return handler.confirm(parent, title, text)
