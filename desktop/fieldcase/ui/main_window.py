"""The application window: the welcome screen while locked, the workspace view while unlocked.

Locking (Ctrl+L, the Lock button, idle time, closing the window) closes every editor and dialog —
unsaved edits are kept as encrypted drafts first — stops background work, drops the workspace view
with all its models, wipes the keys (Workspace.lock) and clears a copied name from the clipboard.
Nothing of the window's content is persisted: no geometry, no state, no recent files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from ..config import Settings
from ..errors import FieldcaseError
from ..tasks import DemoWorkspaceTask, call
from .language import apply_language
from .runner import TaskError, TaskRunner
from .security import IdleWatcher, SensitiveClipboard
from .welcome import opening
from .welcome.screen import WelcomeScreen
from .welcome.unlock_form import DELAYS_S

if TYPE_CHECKING:
    from ..workspace import Workspace
    from .workspace_view import WorkspaceView


INTEGRITY_CHECK_AFTER_MS = 3000
INTEGRITY_CHECK_SETTLE_MS = 500  # the first rows are painted before the check takes a core


class MainWindow(QMainWindow):
    workspace_opened = Signal()
    workspace_locked = Signal()
    workspace_wiped = Signal()
    language_changed = Signal()

    def __init__(self, settings: Settings, store_settings: Callable[[Settings], None], *,
                 demo_passphrase: str | None = None, unlock_delays_s: tuple[int, ...] = DELAYS_S,
                 idle_ms: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Fieldcase"))
        self.setMinimumSize(980, 660)
        self.resize(1320, 840)
        self.settings = settings
        self._store_settings = store_settings
        self._demo_passphrase = demo_passphrase
        self._idle_override = idle_ms
        self.workspace: Workspace | None = None
        self.view: WorkspaceView | None = None

        self.runner = TaskRunner(self)
        self.clipboard = SensitiveClipboard(self)
        self.idle = IdleWatcher(self._idle_ms(), self)
        self.idle.idle.connect(self._idle_lock)
        self.idle.lock_key.connect(self.lock)  # Ctrl+L anywhere, even with a modal dialog open

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._unlock_delays_s = unlock_delays_s
        self.welcome = self._make_welcome()
        self.runner.run(call(opening.warm_up), owner=self)
        self.integrity_report: object | None = None
        self._confirm: QMessageBox | None = None
        wipe_key = QShortcut(QKeySequence("Ctrl+Shift+Delete"), self)
        wipe_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
        wipe_key.activated.connect(self.quick_delete)

    def _make_welcome(self) -> WelcomeScreen:
        welcome = WelcomeScreen(self.runner, self, demo_passphrase=self._demo_passphrase,
                                delays_s=self._unlock_delays_s)
        welcome.opened.connect(self._open)
        welcome.demo_requested.connect(self.open_demo)
        welcome.language_chosen.connect(lambda code: self._update_settings(replace(self.settings, language=code)))
        self.stack.addWidget(welcome)
        welcome.set_recent(self.settings.recent_workspaces, self.settings.demo_workspaces)
        return welcome

    def _idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return int(self.settings.idle_lock_minutes * 60_000)

    # -- starting --------------------------------------------------------------------------------------
    def start(self, path: Path | None, *, create_demo: bool = False) -> None:
        """Show the unlock screen for `path`; first create the demo workspace there if asked to. No path:
        the first run, which offers to create a workspace, open a folder or try the demo."""
        if path is None:
            self.welcome.show_first_run()
        elif create_demo:
            self.prepare_demo(path)
        else:
            self.welcome.show_unlock(path, is_demo=self.settings.is_demo(path))

    def prepare_demo(self, path: Path) -> None:
        self.welcome.show_unlock(path, is_demo=False, message=self.tr("Preparing the demo workspace…"))

        def done(_count: int) -> None:
            self._update_settings(self.settings.with_demo(path))
            self.welcome.show_unlock(path, is_demo=True)

        def failed(error: TaskError) -> None:
            self.welcome.show_unlock(path, message=error.message)

        passphrase = self._demo_passphrase or ""
        # the unlock page says what is happening: no floating progress window
        self.runner.run(DemoWorkspaceTask(path, passphrase), owner=self, on_done=done, on_error=failed)

    def open_demo(self) -> None:
        """The demo lives in its own folder (`demo` beside the default workspace), never in the officer's."""
        from ..app import demo_folder
        from ..workspace import default_workspace_dir, is_workspace

        known = [Path(p) for p in self.settings.demo_workspaces if is_workspace(Path(p))]
        if known:
            self.welcome.show_unlock(known[0], is_demo=True)
            return
        folder = demo_folder(default_workspace_dir())
        if is_workspace(folder):
            self.welcome.show_unlock(folder, is_demo=self.settings.is_demo(folder))
        else:
            self.prepare_demo(folder)

    def _update_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        self.welcome.set_recent(settings.recent_workspaces, settings.demo_workspaces)
        if language_changed:  # after the picker's signal returns: the rebuild replaces the picker itself
            QTimer.singleShot(0, self, self.switch_language)
        self.idle.set_timeout_ms(self._idle_ms())
        with contextlib.suppress(FieldcaseError):  # a read-only config folder must not stop the work
            self._store_settings(settings)

    # -- unlocked --------------------------------------------------------------------------------------
    def _open(self, opened: opening.Opened) -> None:
        from .workspace_view import WorkspaceView

        self.workspace = opened.workspace
        view = WorkspaceView(opened.workspace, opened.vocab, self.runner, self.clipboard, self.settings,
                             self._update_settings, self)
        view.lock_requested.connect(self.lock)
        view.quick_delete_requested.connect(self.quick_delete)
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.idle.start()
        self._update_settings(self.settings.with_recent(opened.workspace.opened_from))
        view.cases.table.setFocus()
        view.show_integrity()
        self._check_integrity(opened.workspace, view)
        self.workspace_opened.emit()

    def _check_integrity(self, workspace: Workspace, view: WorkspaceView) -> None:
        """Every page's HMAC, read in the background while the officer works; a failure raises the alarm
        (writes stop) and the banner says what to do. Locking stops the check."""
        from ..services.integrity import check_pages

        self.integrity_report = None

        def done(report: object) -> None:
            self.integrity_report = report
            if self.view is view:
                view.show_integrity()

        started = False

        def start(*_args: object) -> None:
            nonlocal started
            if not started and self.view is view and self.workspace is workspace:
                started = True
                self.runner.run(call(check_pages, workspace), owner=view, on_done=done, on_error=lambda _e: None)

        # Half a second after the case list has its first page (it has the cores to itself for the start-up
        # target), or after a few seconds whatever happens.
        # (the list's first page, not its count: the check and the page load share the task runner's thread)
        view.cases.model.loaded.connect(lambda _n: QTimer.singleShot(INTEGRITY_CHECK_SETTLE_MS, view, start))
        QTimer.singleShot(INTEGRITY_CHECK_AFTER_MS, view, start)

    # -- quick delete ----------------------------------------------------------------------------------
    def quick_delete(self) -> None:
        """Ask once, then destroy the workspace shown (open or not): key slots first, then every file."""
        from ..workspace import is_workspace

        # the folder opened: for a duress decoy made elsewhere, the real one (services/duress.py)
        path = self.workspace.opened_from if self.workspace is not None else self.welcome.unlock_form.folder.path()
        if path is None or not is_workspace(path):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Quick delete"),
                          self.tr("Destroy this workspace now? Its keys are destroyed first, then every record, "
                                  "draft and attachment in %1. This cannot be undone: only what already reached "
                                  "HQ survives.").replace("%1", str(path)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("quickDeleteConfirm")
        delete = box.addButton(self.tr("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("quickDeleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._wipe(path) if box.clickedButton() is delete else None)
        self._confirm = box
        box.open()

    def _wipe(self, path: Path) -> None:
        from ..services.emergency import quick_delete

        self.lock()  # the keys leave memory before the files go
        self.welcome.show_unlock(path, message=self.tr("Deleting the workspace…"))

        def done(_report: object) -> None:
            self.welcome.show_unlock(path, message=self.tr("The workspace was destroyed: its keys first, then "
                                                           "every file. The passphrase opens nothing now."))
            self.workspace_wiped.emit()

        def failed(error: TaskError) -> None:
            self.welcome.show_unlock(path, message=error.message)

        self.runner.run(call(quick_delete, path), owner=self, on_done=done, on_error=failed)

    @property
    def is_locked(self) -> bool:
        return self.workspace is None

    def _idle_lock(self) -> None:
        self.lock(message=self.tr("Locked after a period without activity. Enter the passphrase to continue."))

    def lock(self, message: str | None = None) -> None:
        """Drop the keys and every view of the workspace; safe to call when already locked."""
        workspace, view = self.workspace, self.view
        if workspace is None:
            return
        self.idle.stop()
        if view is not None:
            view.teardown()  # editors closed (unsaved edits kept as drafts), rows dropped
        self._close_other_windows()
        self.runner.cancel_all()
        workspace.stop_background()  # a running integrity check stops now, not after the runner's wait
        self.runner.wait(15_000)
        workspace.lock()
        self.workspace, self.view = None, None
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.clipboard.clear()
        self.welcome.show_unlock(workspace.opened_from, is_demo=self.settings.is_demo(workspace.opened_from),
                                 message=message or self.tr("The workspace is locked."))
        self.stack.setCurrentWidget(self.welcome)
        self.workspace_locked.emit()

    def _close_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.close()

    # -- language --------------------------------------------------------------------------------------
    def switch_language(self) -> None:
        """Apply the chosen language now: screens are rebuilt from the session, editors keep their content."""
        app = QApplication.instance()
        if app is None:
            return
        apply_language(app, self.settings.language)
        self.setWindowTitle(self.tr("Fieldcase"))
        old = self.welcome
        path = old.unlock_form.folder.path()
        showing = self.stack.currentWidget() is old
        first_run = old.stack.currentWidget() is old.first_run
        self.welcome = self._make_welcome()
        if first_run:
            self.welcome.show_first_run()
        elif path is not None:
            self.welcome.show_unlock(path, is_demo=self.settings.is_demo(path))
        if showing:
            self.stack.setCurrentWidget(self.welcome)
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.view is not None:
            self.view.retranslate()
        self.language_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.idle.stop()
        event.accept()
