"""The recovery key, shown once after creating a workspace; and unlocking with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..widgets.password_edit import PasswordEdit
from ..widgets.strength import MIN_LENGTH, StrengthMeter
from . import opening
from .common import FolderField, heading, message_label


def two_lines(key: str) -> str:
    """The key's dash-separated groups split over two lines, for copying by hand (display only)."""
    groups = key.split("-")
    if len(groups) < 4:
        return key
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "-\n" + "-".join(groups[half:])


class RecoveryKeyView(QWidget):
    """Shows the key; Continue is enabled only once the officer confirms having written it down."""

    confirmed = Signal(object)  # opening.Opened, after the store's copy of the key was erased

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._opened: opening.Opened | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Write down your recovery key"), self))
        text = QLabel(self.tr("If you forget your passphrase, this key is the only way back into this workspace. "
                              "It is shown only this once. Write it on paper and keep it apart from this "
                              "computer — never in a file or a photo on it."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKey")
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setWordWrap(True)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the key reads left to right everywhere
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # not for the clipboard
        layout.addWidget(self.key)
        self.written = QCheckBox(self.tr("I have written it down and will keep it safe"), self)
        self.written.setObjectName("writtenDown")
        self.written.toggled.connect(self._update)
        layout.addWidget(self.written)
        self.message = message_label(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self._continue)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self._update()

    def show_key(self, opened: opening.Opened) -> None:
        self._opened = opened
        self.key.setText(two_lines(opened.recovery_key or ""))
        self.written.setChecked(False)
        self.message.hide()
        self._update()

    def _update(self) -> None:
        self.continue_button.setEnabled(self.written.isChecked())

    def _continue(self) -> None:
        if self._opened is None or not self.written.isChecked():
            return
        opened = self._opened
        self.continue_button.setEnabled(False)

        def done(_result: object) -> None:
            self.key.clear()
            self._opened = None
            self.confirmed.emit(opened)

        def failed(error: TaskError) -> None:
            self.message.setText(error.message)
            self.message.show()
            self._update()

        self._runner.run(call(opening.confirm_recovery_key, opened.workspace), owner=self, on_done=done,
                         on_error=failed)

    def forget(self) -> None:
        self.key.clear()
        self._opened = None


class RecoveryUnlockForm(QWidget):
    """Forgot the passphrase: the recovery key opens the workspace and a new passphrase is set."""

    opened = Signal(object)
    back_requested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Open with the recovery key"), self))
        hint = QLabel(self.tr("Type the recovery key you wrote down when the workspace was created, and choose a "
                              "new passphrase."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.folder = FolderField(self, self.tr("Choose the workspace folder"))
        form.addRow(self.tr("Workspace"), self.folder)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyInput")
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Recovery key"), self.key)
        self.passphrase = PasswordEdit(self, self.tr("New passphrase"))
        self.meter = StrengthMeter(self)
        self.passphrase.textChanged.connect(self.meter.update_for)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        form.addRow("", self.meter)
        self.repeat = PasswordEdit(self, self.tr("The same passphrase again"))
        form.addRow(self.tr("Repeat"), self.repeat)
        layout.addLayout(form)
        self.message = message_label(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"), self)
        back.clicked.connect(self.back_requested)
        self.open_button = QPushButton(self.tr("Open and set the new passphrase"), self)
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self._open)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def prepare(self, path: Path | None) -> None:
        self.folder.set_path(path)
        self.key.clear()
        self.passphrase.wipe()
        self.repeat.wipe()
        self.message.hide()

    def _open(self) -> None:
        path = self.folder.path()
        problem = None
        if path is None:
            problem = self.tr("Choose the workspace folder.")
        elif not self.key.text().strip():
            problem = self.tr("Type the recovery key.")
        elif len(self.passphrase.text()) < MIN_LENGTH:
            problem = self.tr("The new passphrase is too short: use at least %1 characters.").replace(
                "%1", str(MIN_LENGTH))
        elif self.passphrase.text() != self.repeat.text():
            problem = self.tr("The two passphrases differ.")
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        self.open_button.setEnabled(False)

        def failed(error: TaskError) -> None:
            self.open_button.setEnabled(True)
            self.message.setText(error.message)
            self.message.show()

        def done(opened: opening.Opened) -> None:
            self.open_button.setEnabled(True)
            self.key.clear()
            self.passphrase.wipe()
            self.repeat.wipe()
            self.opened.emit(opened)

        self._runner.run(call(opening.unlock_with_recovery_key, path, self.key.text().strip(),
                              self.passphrase.text()), owner=self, on_done=done, on_error=failed)
