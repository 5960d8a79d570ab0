"""Unlock an existing workspace. A wrong passphrase gives an inline message and a growing delay; the count
of wrong passphrases is kept on disk (crypto/unlock_guard.py), so a restart does not reset the delay."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..widgets.password_edit import PasswordEdit
from . import opening
from .common import FolderField, heading, link_button, message_label

# Seconds the Unlock button stays disabled after the 1st, 2nd, 3rd ... wrong passphrase.
DELAYS_S = (0, 1, 2, 4, 8, 16, 30)


class UnlockForm(QWidget):
    opened = Signal(object)  # opening.Opened
    create_requested = Signal()
    demo_requested = Signal()
    recovery_requested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *,
                 demo_passphrase: str | None = None, delays_s: tuple[int, ...] = DELAYS_S) -> None:
        super().__init__(parent)
        self._runner = runner
        self._delays = delays_s
        self._failures = 0
        self._wait_left = 0
        self._busy = False
        self._demo_passphrase = demo_passphrase
        self._is_demo = False
        self._show_pending_key = True

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Unlock your workspace"), self))
        intro = QLabel(self.tr("Case files are encrypted on this computer. Enter the passphrase to open them."),
                       self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # the workspaces opened on this computer (folder paths from the app's settings, never from a workspace)
        self.recent_label = QLabel(self.tr("Recent workspaces"), self)
        self.recent_label.setObjectName("fieldLabel")
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentWorkspaces")
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.itemClicked.connect(self._recent_chosen)
        self.recent.itemActivated.connect(self._recent_chosen)
        self.recent_label.hide()
        self.recent.hide()
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        self._demos: tuple[str, ...] = ()

        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.folder = FolderField(self, self.tr("Choose the workspace folder"))
        self.folder.changed.connect(lambda _text: self._path_changed())
        form.addRow(self.tr("Workspace"), self.folder)
        self.passphrase = PasswordEdit(self, self.tr("Passphrase"))
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.returnPressed.connect(self.unlock)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)

        self.demo_hint = QLabel(self)
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.hide()
        self.fill_demo = link_button(self.tr("Fill in the demo passphrase"), self)
        self.fill_demo.clicked.connect(self._fill_demo)
        self.fill_demo.hide()
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.fill_demo, 0, Qt.AlignmentFlag.AlignLeading)

        self.message = message_label(self)
        self.message.setObjectName("unlockMessage")
        layout.addWidget(self.message)

        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button)

        links = QHBoxLayout()
        self.create_link = link_button(self.tr("Create a new workspace…"), self)
        self.demo_link = link_button(self.tr("Open the demo workspace"), self)
        self.recovery_link = link_button(self.tr("Forgot the passphrase?"), self)
        self.create_link.clicked.connect(self.create_requested)
        self.demo_link.clicked.connect(self.demo_requested)
        self.recovery_link.clicked.connect(self.recovery_requested)
        # two rows: in French or Spanish the three links do not fit the fixed-width card on one
        recovery = QHBoxLayout()
        for row, row_links in ((links, (self.create_link, self.demo_link)), (recovery, (self.recovery_link,))):
            for link in row_links:
                row.addWidget(link)
            row.addStretch(1)
            layout.addLayout(row)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    # -- state ---------------------------------------------------------------------------------------
    def set_recent(self, recent: tuple[str, ...], demos: tuple[str, ...]) -> None:
        self._demos = demos
        self.recent.clear()
        for folder in recent:
            is_demo = folder in demos
            text = (self.tr("%1 — demo, fictional records").replace("%1", folder) if is_demo else folder)
            item = QListWidgetItem(text, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, folder)
            item.setToolTip(text)
        rows = min(len(recent), 4)
        self.recent.setFixedHeight(self.recent.sizeHintForRow(0) * rows + 2 * self.recent.frameWidth() + 4
                                   if rows else 0)
        self.recent_label.setVisible(bool(recent))
        self.recent.setVisible(bool(recent))

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        folder = str(item.data(Qt.ItemDataRole.UserRole))
        self.prepare(Path(folder), is_demo=folder in self._demos)


    def prepare(self, path: Path | None, *, is_demo: bool = False, message: str | None = None) -> None:
        self.folder.set_path(path)
        self._set_demo(is_demo)
        self.passphrase.wipe()
        self._show(message, kind="info" if message else None)
        self._resume_wait()
        self.passphrase.setFocus()

    def _path_changed(self) -> None:
        self._failures = self._recorded_failures()

    def _recorded_failures(self) -> int:
        """The count kept on disk beside the key file (shared with the command line, survives restarts)."""
        from ...crypto.unlock_guard import read

        path = self.folder.path()
        return read(path).failures if path is not None and path.is_dir() else 0

    def _resume_wait(self) -> None:
        """After a restart, the delay earned by earlier wrong passphrases still applies."""
        from ...crypto.unlock_guard import read

        path = self.folder.path()
        if path is None or not path.is_dir():
            return
        state = read(path)
        self._failures = state.failures
        left = round(state.wait_left_s(self._delays))
        if left > 0 and self._wait_left <= 0:
            self._wait_left = left
            self._countdown.start()
            self._show(self._wrong_text())
        self._update_button()

    def _set_demo(self, is_demo: bool) -> None:
        self._is_demo = is_demo and self._demo_passphrase is not None
        self._show_pending_key = not self._is_demo
        if self._is_demo:
            self.demo_hint.setText(self.tr("This is the demo workspace: every record in it is fictional. "
                                           "Its passphrase is: %1").replace("%1", self._demo_passphrase or ""))
        self.demo_hint.setVisible(self._is_demo)
        self.fill_demo.setVisible(self._is_demo)

    def _fill_demo(self) -> None:
        self.passphrase.setText(self._demo_passphrase or "")
        self.passphrase.setFocus()

    def _show(self, text: str | None, kind: str | None = "error") -> None:
        self.message.setText(text or "")
        self.message.setObjectName("inlineInfo" if kind == "info" else "unlockMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(not self._busy and self._wait_left <= 0)
        if self._busy:
            self.unlock_button.setText(self.tr("Unlocking…"))
        elif self._wait_left > 0:
            self.unlock_button.setText(self.tr("Wait %1 s").replace("%1", str(self._wait_left)))
        else:
            self.unlock_button.setText(self.tr("Unlock"))

    # -- unlocking --------------------------------------------------------------------------------------
    def unlock(self) -> None:
        if self._busy or self._wait_left > 0:
            return
        path = self.folder.path()
        passphrase = self.passphrase.text()
        if path is None:
            self._show(self.tr("Choose the workspace folder first."))
            return
        if not passphrase:
            self._show(self.tr("Enter the passphrase."))
            self.passphrase.setFocus()
            return
        self._busy = True
        self._show(None)
        self._update_button()
        self._runner.run(call(opening.unlock, path, passphrase, self._show_pending_key), owner=self,
                         on_done=self._unlocked, on_error=self._failed)

    def _unlocked(self, result: opening.Opened) -> None:
        self._busy = False
        self._failures = 0
        self.passphrase.wipe()
        self._show(None)
        self._update_button()
        self.opened.emit(result)

    def _failed(self, error: TaskError) -> None:
        self._busy = False
        if error.code == "wrong-passphrase":
            self._failures = max(self._failures + 1, self._recorded_failures())
            delay = self._delays[min(self._failures, len(self._delays)) - 1]
            self._wait_left = delay
            if delay > 0:
                self._countdown.start()
            self._show(self._wrong_text())
            self.passphrase.selectAll()
        else:
            self._show(error.message)
        self._update_button()
        self.passphrase.setFocus()

    def _wrong_text(self) -> str:
        text = self.tr("Wrong passphrase: the workspace was not unlocked.")
        if self._wait_left > 0:
            text += " " + self.tr("You can try again in %1 s.").replace("%1", str(self._wait_left))
        return text

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
        self._show(self._wrong_text())
        self._update_button()

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def waiting_s(self) -> int:
        return self._wait_left
