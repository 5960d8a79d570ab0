"""Create a new workspace: folder, the officer's name, a passphrase typed twice with a strength hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..widgets.inline_progress import InlineProgress
from ..widgets.password_edit import PasswordEdit
from ..widgets.strength import MIN_LENGTH, StrengthMeter, strength
from . import opening
from .common import FolderField, heading, message_label


class CreateForm(QWidget):
    opened = Signal(object)  # opening.Opened, with the recovery key to show
    back_requested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Create a new workspace"), self))
        intro = QLabel(self.tr("A workspace is a folder holding your encrypted case files. Only this passphrase "
                               "(or the recovery key shown next) can open it."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.folder = FolderField(self, self.tr("Choose an empty folder for the workspace"))
        form.addRow(self.tr("Folder"), self.folder)
        self.officer = QLineEdit(self)
        self.officer.setObjectName("officerName")
        self.officer.setPlaceholderText(self.tr("Shown in the revision history of every record"))
        form.addRow(self.tr("Your name"), self.officer)
        self.passphrase = PasswordEdit(self, self.tr("Several unrelated words"))
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.textChanged.connect(self._changed)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.meter = StrengthMeter(self)
        form.addRow("", self.meter)
        self.repeat = PasswordEdit(self, self.tr("The same passphrase again"))
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.textChanged.connect(self._changed)
        self.repeat.returnPressed.connect(self.submit)
        form.addRow(self.tr("Repeat"), self.repeat)
        layout.addLayout(form)

        self.message = message_label(self)
        self.message.setObjectName("createMessage")
        layout.addWidget(self.message)
        self.progress = InlineProgress(self)  # Argon2id and the new store: a few seconds, shown here
        self.progress.setObjectName("createProgress")
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"), self)
        back.clicked.connect(self.back_requested)
        self.create_button = QPushButton(self.tr("Create workspace"), self)
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.submit)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)

    def prepare(self, suggested: Path | None) -> None:
        self.folder.set_path(suggested)
        self.passphrase.wipe()
        self.repeat.wipe()
        self.message.hide()
        self.passphrase.setFocus()

    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        self.message.hide()

    def _problem(self) -> str | None:
        path, text = self.folder.path(), self.passphrase.text()
        if path is None:
            return self.tr("Choose a folder for the workspace.")
        if path.exists() and any(path.iterdir()):
            return self.tr("This folder is not empty: choose a new or empty folder.")
        if not self.officer.text().strip():
            return self.tr("Enter your name: it is recorded with every change you make.")
        if len(text) < MIN_LENGTH:
            return self.tr("The passphrase is too short: use at least %1 characters.").replace("%1", str(MIN_LENGTH))
        if strength(text) == 0:
            return self.tr("This passphrase is too easy to guess: add a few unrelated words.")
        if text != self.repeat.text():
            return self.tr("The two passphrases differ: type the same passphrase twice.")
        return None

    def submit(self) -> None:
        if self._busy:
            return
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        path = self.folder.path()
        assert path is not None
        self._busy = True
        self.create_button.setEnabled(False)
        job = self._runner.run(call(opening.create, path, self.passphrase.text(), self.officer.text().strip()),
                               owner=self, on_done=self._created, on_error=self._failed)
        # half a workspace is worse than a finished one: not cancellable
        self.progress.start(job, self.tr("Creating the encrypted workspace…"), cancellable=False)

    def _created(self, result: opening.Opened) -> None:
        self.progress.finish()
        self._busy = False
        self.create_button.setEnabled(True)
        self.passphrase.wipe()
        self.repeat.wipe()
        self.opened.emit(result)

    def _failed(self, error: TaskError) -> None:
        self.progress.finish()
        self._busy = False
        self.create_button.setEnabled(True)
        self.message.setText(error.message)
        self.message.show()
