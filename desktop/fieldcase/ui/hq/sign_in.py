"""Sign in to an HQ directory: the folder, the user's name and passphrase. Opening runs on a worker thread
(Argon2id, then the store or the user's compartment)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...services import hq_access
from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..welcome.common import FolderField, heading, message_label
from ..widgets.password_edit import PasswordEdit


class HqSignIn(QWidget):
    signed_in = Signal(object)  # hq_access.HqSession

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        box = QWidget(self)
        box.setMaximumWidth(620)
        layout = QVBoxLayout(box)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Open an HQ directory"), box))
        intro = QLabel(self.tr("Sign in with your own HQ user name and passphrase. You see the records your "
                               "clearance allows; the others are listed without their content."), box)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = FolderField(box, self.tr("Choose the HQ directory"))
        self.user = QLineEdit(box)
        self.user.setObjectName("hqUser")
        self.passphrase = PasswordEdit(box)
        self.passphrase.setObjectName("hqPassphrase")
        self.passphrase.returnPressed.connect(self.submit)
        form.addRow(self.tr("HQ directory"), self.folder)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.message = message_label(box)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(self.tr("Sign in"), box)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        row.addWidget(self.button)
        layout.addLayout(row)
        outer.addWidget(box)
        outer.addStretch(1)

    def set_folder(self, path: Path | None) -> None:
        self.folder.set_path(path)

    def submit(self) -> None:
        path = self.folder.path()
        if path is None:
            self._fail(self.tr("Choose the HQ directory first."))
            return
        if not self.user.text().strip():
            self._fail(self.tr("Enter your HQ user name."))
            return
        self.message.hide()
        self.button.setEnabled(False)
        self.button.setText(self.tr("Signing in…"))
        passphrase = self.passphrase.text()
        self.passphrase.wipe()
        self._runner.run(call(hq_access.sign_in, path, self.user.text().strip(), passphrase), owner=self,
                         on_done=self._done, on_error=lambda e: self._fail(e.message))

    def _done(self, session: hq_access.HqSession) -> None:
        self._reset_button()
        self.signed_in.emit(session)

    def _fail(self, text: str | TaskError) -> None:
        self._reset_button()
        self.message.setText(text if isinstance(text, str) else text.message)
        self.message.show()

    def _reset_button(self) -> None:
        self.button.setEnabled(True)
        self.button.setText(self.tr("Sign in"))
