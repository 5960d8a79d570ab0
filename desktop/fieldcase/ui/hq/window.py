"""The HQ window: sign in, then the records as the user's role and clearance allow, and the HQ users (a
reviewer manages them; everyone changes their own passphrase). Locking (the Lock button, closing the window)
wipes the user's keys and forgets everything shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ...services.hq_access import HqSession
from ..runner import TaskRunner
from .sign_in import HqSignIn
from .signed_in import HqSignedIn


class HqWindow(QMainWindow):
    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqWindow")
        self.setWindowTitle(self.tr("Fieldcase HQ"))
        self.runner = TaskRunner(self)
        self.session: HqSession | None = None
        self.stack = QStackedWidget(self)
        self.sign_in = HqSignIn(self.runner, self.stack)
        self.sign_in.set_folder(folder)
        self.sign_in.signed_in.connect(self._signed_in)
        self.signed_in = HqSignedIn(self.runner, self.stack)
        self.signed_in.lock_requested.connect(self.lock)
        self.records = self.signed_in.records
        self.users = self.signed_in.users
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(self.signed_in)
        self.setCentralWidget(self.stack)
        self.resize(1000, 700)

    def _signed_in(self, session: HqSession) -> None:
        self.lock()
        self.session = session
        self.stack.setCurrentWidget(self.signed_in)
        self.signed_in.show_session(session)

    def lock(self) -> None:
        """Drop results still on their way, wipe the keys, go back to the sign-in page."""
        self.runner.cancel_all()
        self.runner.wait()
        self.signed_in.clear()
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.stack.setCurrentWidget(self.sign_in)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
