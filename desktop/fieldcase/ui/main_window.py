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

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

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


class MainWindow(QMainWindow):
    workspace_opened = Signal()
    workspace_locked = Signal()
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

    def _make_welcome(self) -> WelcomeScreen:
        welcome = WelcomeScreen(self.runner, self, demo_passphrase=self._demo_passphrase,
                                delays_s=self._unlock_delays_s)
        welcome.opened.connect(self._open)
        welcome.demo_requested.connect(self.open_demo)
        welcome.language_chosen.connect(lambda code: self._update_settings(replace(self.settings, language=code)))
        self.stack.addWidget(welcome)
        return welcome

    def _idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return int(self.settings.idle_lock_minutes * 60_000)

    # -- starting --------------------------------------------------------------------------------------
    def start(self, path: Path, *, create_demo: bool = False) -> None:
        """Show the unlock screen for `path`; first create the demo workspace there if asked to."""
        if create_demo:
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
        self.runner.run(DemoWorkspaceTask(path, passphrase), owner=self, on_done=done, on_error=failed,
                        title=self.tr("Preparing the demo workspace (fictional records)…"), cancellable=False)

    def open_demo(self) -> None:
        from ..workspace import default_workspace_dir, is_workspace

        default = default_workspace_dir()
        known = [Path(p) for p in self.settings.demo_workspaces if is_workspace(Path(p))]
        if known:
            self.welcome.show_unlock(known[0], is_demo=True)
        elif not default.exists() or not any(default.iterdir()):
            self.prepare_demo(default)
        else:
            self.prepare_demo(default.parent / "demo")

    def _update_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
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
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.idle.start()
        self._update_settings(replace(self.settings, last_workspace=str(opened.workspace.path)))
        view.cases.table.setFocus()
        self.workspace_opened.emit()

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
        self.runner.wait(15_000)
        workspace.lock()
        self.workspace, self.view = None, None
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.clipboard.clear()
        self.welcome.show_unlock(workspace.path, is_demo=self.settings.is_demo(workspace.path),
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
        self.welcome = self._make_welcome()
        if path is not None:
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
