"""The only place that shows a message box, so tests can replace it.

Errors a clerk can fix (UserError) and known conditions of the database or the disk
(models.db_errors: locked, read-only, full...) are shown in words, translated; anything
else is a bug: it is logged with its traceback and the clerk sees a short apology that
says where the log is.
"""
from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.db_errors import explain
from models.errors import UserError
from models.paths import log_file

log = logging.getLogger(__name__)


def as_user_error(exc: BaseException) -> UserError | None:
    """The words for `exc`, if it is something the clerk can act on; None for a bug."""
    return exc if isinstance(exc, UserError) else explain(exc)


def user_error_text(error: UserError) -> str:
    """A UserError's message in the interface language (its template through Qt's tr)."""
    return error.localized(lambda t: QCoreApplication.translate("UserError", t))


def error_text(exc: BaseException) -> str:
    known = as_user_error(exc)
    if known is not None:
        return known.localized(lambda t: QCoreApplication.translate("UserError", t))
    return QCoreApplication.translate(
        "messages", "程序内部出错，详细情况已记录到日志文件：\n{0}\n请将该文件发给技术支持。"
    ).format(log_file())


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
    """Log a bug (anything but a UserError or a known condition) with its traceback."""
    if as_user_error(exc) is None:
        log.error("unexpected error", exc_info=exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    log_unexpected(exc)
    handler.error(parent, QCoreApplication.translate("messages", "共建台账"), error_text(exc))


def show_info(parent: QWidget | None, text: str) -> None:
    handler.info(parent, QCoreApplication.translate("messages", "共建台账"), text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return handler.confirm(parent, title, text)
