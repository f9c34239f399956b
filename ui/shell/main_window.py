"""The main window: a navigation sidebar, one page per area, a status bar.

Start-up order (issue 12): the window is shown at once, its sidebar (ready-made icons,
ui.common.icons) disabled until someone has logged in, while the database opens on its
own thread (ui.shell.opening); the first page is made, and the models it reads imported
on the opening thread, once the login dialog is up, while the password is checked.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from models import users
from models.auth import Actor
from models.db import Database, describe, to_url
from models.errors import UserError
from models.opening import password_key
from models.secrets import set_secret
from models.users_entities import ROLES
from ui.common import messages
from ui.common.context import NOBODY, AppContext
from ui.common.icons import nav_icon, use_app_icon_fonts
from ui.common.operations import JobOp, ReadOp
from ui.common.page import Page
from ui.common.tasks import TaskRunner
from ui.common.view_state import keep_geometry
from ui.i18n import domain
from ui.shell.opening import EarlyOpening, database_opener
from ui.shell.pages import PAGES


def _log_backup_error(exc: BaseException) -> None:
    logging.getLogger(__name__).error("backup on exit failed", exc_info=exc)


class MainWindow(QMainWindow):
    ready = Signal()  # the database is open, the clerk logged in, the first page loaded

    def __init__(self, database_url: str, *, demo: bool = False,
                 credentials: tuple[str, str] | None = None,
                 opener: Callable[[], Database] | None = None) -> None:
        """`opener` is a database already being opened (ui.shell.opening.EarlyOpening);
        by default the worker opens `database_url`."""
        super().__init__()
        self.demo = demo
        self.credentials = credentials
        self.setWindowTitle(self.tr("共建台账") + (self.tr("（演示数据）") if demo else ""))
        self.resize(1200, 760)
        self.setMinimumSize(QSize(900, 600))
        keep_geometry(self)
        self.database_url = database_url
        self.context = AppContext(
            TaskRunner(opener or database_opener(database_url, demo=demo), self))
        self.context.open_page = self.open_page
        self._early = opener if isinstance(opener, EarlyOpening) else None
        self.login_dialog: QDialog | None = None
        self._exit_backup = "none"  # the backup on exit: "none", "running", "done"
        self.pages: list[Page | None] = [None] * len(PAGES)  # created when first shown
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self._watch_runner()
        self.progress.show()  # opening (and creating the demo) runs on the worker
        self._prepared = False

    @property
    def runner(self) -> TaskRunner:
        return self.context.runner

    def _watch_runner(self) -> None:
        self.runner.opened.connect(self._database_opened)
        self.runner.open_failed.connect(self._open_failed)
        self.runner.busy_changed.connect(self._busy)

    # --- layout -------------------------------------------------------------------

    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for entry in PAGES:
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
            item = QListWidgetItem(nav_icon(entry.icon_name), entry.title())
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        self.nav.setEnabled(False)  # until someone has logged in
        # As wide as the longest page title in the current language, at least 8 characters.
        widest = max([self.fontMetrics().horizontalAdvance(e.title()) for e in PAGES]
                     + [self.fontMetrics().horizontalAdvance("中") * 8])
        self.nav.setFixedWidth(widest + 72)
        self.nav.currentRowChanged.connect(self._show_page)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.setStyleSheet(
            "QListWidget#navigation { background: #f3f5f8; border: none; "
            "border-right: 1px solid #d8dde6; font-size: 11pt; }"
            "QListWidget#navigation::item { padding-left: 10px; }"
            "QListWidget#navigation::item:selected { background: #dce7f5; color: #1f3f66; }")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        backup_action = QAction(self.tr("备份与恢复…"), self)
        backup_action.triggered.connect(self._open_backups)
        file_menu.addAction(backup_action)
        file_menu.addSeparator()
        switch_action = QAction(self.tr("切换用户…"), self)
        switch_action.triggered.connect(self.switch_user)
        file_menu.addAction(switch_action)
        logout_action = QAction(self.tr("注销"), self)
        logout_action.triggered.connect(self.switch_user)
        file_menu.addAction(logout_action)
        self.switch_action = switch_action
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        settings_action = QAction(self.tr("选项…"), self)
        settings_action.triggered.connect(self._open_settings)
        settings_menu.addAction(settings_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about_action = QAction(self.tr("关于共建台账"), self)
        about_action.triggered.connect(self._open_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        self.location_label = QLabel(self.tr("正在打开数据库…"))
        self.user_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        status = self.statusBar()
        status.addWidget(self.location_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.user_label)
        self._show_user()

    def _show_user(self) -> None:
        actor = self.context.actor
        if actor.username:
            role = domain(ROLES.get(actor.role, actor.role))
            self.user_label.setText(
                self.tr("当前用户：{0}（{1}）").format(actor.display_name, role))
        else:
            self.user_label.setText(self.tr("未登录"))

    # --- events -------------------------------------------------------------------

    def _database_opened(self, database: Database) -> None:
        self.progress.setVisible(self.runner.busy)
        self.location_label.setText(self.tr("数据库：{0}").format(describe(database.url)))
        self.nav.setEnabled(False)
        ReadOp(self.context, parent=self, query=users.needs_setup, success=self._ask_who).run()

    def _ask_who(self, needs_setup: bool) -> None:
        from ui.shell.login import SetupDialog  # noqa: PLC0415

        if self._early is not None:  # the home page's models load while the clerk logs in
            QTimer.singleShot(0, self._early.prepare_now)
        if needs_setup:
            dialog: QDialog = SetupDialog(self.context, self)
        elif self.credentials is not None:
            username, password = self.credentials
            JobOp(self.context, parent=self, job=lambda db, _p: users.login(db, username, password),
                  success=self._logged_in).run()
            QTimer.singleShot(0, self._prepare_first_screen)
            return
        else:
            self._show_login()
            return
        dialog.logged_in.connect(self._logged_in)  # type: ignore[attr-defined]
        dialog.rejected.connect(self.close)
        self.login_dialog = dialog
        dialog.open()
        QTimer.singleShot(0, self._prepare_first_screen)

    def _prepare_first_screen(self) -> None:
        """The first page, made once the login dialog is up, while the GUI thread would
        wait for the password (its check releases Python's lock). Not earlier, while the
        database opens: the opening needs that lock, and on two cores a page made then
        (~0.07 s) only delayed the login dialog (issue 12)."""
        if self._prepared:
            return
        self._prepared = True
        self.page_at(0)

    def _show_login(self) -> None:
        from ui.shell.login import LoginDialog  # noqa: PLC0415

        dialog = LoginDialog(self.context, demo=self.demo, parent=self)
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(self.close)
        self.login_dialog = dialog
        dialog.open()
        QTimer.singleShot(0, self._prepare_first_screen)

    def switch_user(self) -> None:
        """切换用户 / 注销: a clerk and a reviewer share one PC; no restart needed. Open
        previews (personal data) close; the next user logs in over the same window."""
        if not self.context.logged_in:
            return
        for preview in self.context.previews:
            if shiboken6.isValid(preview):
                preview.close()
        self.context.previews = []
        self.context.actor = NOBODY
        self._show_user()
        self.nav.setEnabled(False)
        self._show_login()

    def _logged_in(self, actor: Actor) -> None:
        self._prepare_first_screen()  # done already unless no dialog was shown
        self.context.actor = actor
        self._show_user()
        self.nav.setEnabled(True)
        for page in self._loaded_pages():
            page.actor_changed()
            page.database_ready()
        if self.nav.currentRow() == 0:
            self._show_page(0)
        else:
            self.nav.setCurrentRow(0)  # shows (creates) and refreshes the first page
        self.ready.emit()

    def _open_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.location_label.setText(self.tr("数据库未能打开"))
        self.nav.setEnabled(False)
        QTimer.singleShot(0, self._prepare_first_screen)
        if self._needs_password(exc) and self._ask_password():
            return
        messages.show_error(self, exc)

    def _needs_password(self, exc: BaseException) -> bool:
        url = to_url(self.database_url)
        text = str(getattr(exc, "message", exc)).lower()
        return url.get_backend_name() == "postgresql" and url.password is None and (
            "password" in text or "密码" in text)

    def _ask_password(self) -> bool:
        """Ask once for the server password, keep it in the OS keyring, and reopen."""
        url = to_url(self.database_url)
        password, ok = QInputDialog.getText(
            self, self.tr("数据库密码"),
            self.tr("请输入 {0} 的密码（将保存在系统密钥环中）：").format(describe(url)),
            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return False
        try:
            set_secret(password_key(url), password)
        except UserError as exc:
            messages.show_error(self, exc)
            return False
        self.runner.shutdown()
        self.context.replace_runner(
            TaskRunner(database_opener(self.database_url, demo=self.demo), self))
        self._watch_runner()
        self.progress.show()
        return True

    def _loaded_pages(self) -> list[Page]:
        return [page for page in self.pages if page is not None]

    def page_at(self, row: int) -> Page:
        """The page in sidebar row `row`, created (and its module imported) on first use."""
        page = self.pages[row]
        if page is None:
            page_class = PAGES[row].load()
            if "qtawesome" in sys.modules:  # the page's module uses it: before its first icon
                use_app_icon_fonts()
            page = page_class(self.context)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[row] = page
            if self.runner.database is not None and self.context.actor.username:
                page.actor_changed()  # a page made after login learns who is working
                page.database_ready()
        return page

    def _show_page(self, row: int) -> None:
        page = self.page_at(row)
        self.stack.setCurrentIndex(row)
        if self.runner.database is not None and self.context.actor.username:
            page.refresh()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _open_settings(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog  # noqa: PLC0415

        SettingsDialog(self).exec()

    def _open_backups(self) -> None:
        from ui.shell.backup_dialog import BackupDialog  # noqa: PLC0415

        dialog = BackupDialog(self.context, self)
        dialog.accepted.connect(self._after_restore)
        dialog.open()

    def _after_restore(self) -> None:
        for page in self._loaded_pages():  # the restore's change announcement reloads the
            page.database_ready()             # visible page

    def _open_about(self) -> None:
        from ui.shell.about import AboutDialog  # noqa: PLC0415

        AboutDialog(self.runner.database, self).exec()

    def show_page(self, title: str) -> Page:
        """Switch to the page with this title (tests and screenshots)."""
        for row, entry in enumerate(PAGES):
            if entry.title() == title:
                self.nav.setCurrentRow(row)
                return self.page_at(row)
        raise KeyError(title)

    def open_page(self, class_name: str) -> Page | None:
        """Switch to the page of this class (the home page's to-do lines)."""
        rows = [row for row, entry in enumerate(PAGES) if entry.class_name == class_name]
        if not rows:
            return None
        self.nav.setCurrentRow(rows[0])
        return self.page_at(rows[0])

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        if self._exit_backup == "running":  # closed again while backing up: wait for it
            event.ignore()
            return
        if (self._exit_backup == "none" and self.context.actor.username
                and self.runner.database is not None):
            self._backup_on_exit()
        self.runner.shutdown()
        event.accept()

    def _backup_on_exit(self) -> None:
        """At most one backup a day, on the worker with a progress dialog. A local event
        loop waits for it, so the window keeps painting (never "not responding") while
        close() still returns only when the backup is done or has failed (logged)."""
        from models import backup  # noqa: PLC0415 - only needed on exit (start-up time)

        self._exit_backup = "running"
        loop = QEventLoop()

        def failed(exc: BaseException) -> None:
            _log_backup_error(exc)
            loop.quit()
        JobOp(self.context, parent=self, job=lambda db, _p: backup.backup_if_due(db),
              success=lambda _path: loop.quit(), failure=failed).with_progress(
            self.tr("正在备份数据库…")).run()
        loop.exec()
        self._exit_backup = "done"

    def keyPressEvent(self, event) -> None:  # Qt API
        if event.key() == Qt.Key.Key_F5:
            self.page_at(self.stack.currentIndex()).refresh()
        super().keyPressEvent(event)
