"""What a signed-in HQ user sees: who they are and Lock above two tabs, the records and the users."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...services.hq_access import HqSession
from ...text import clean_line
from ..runner import TaskRunner
from .records import HqRecordsPage, level_label, role_label
from .users import HqUsersPage


class HqSignedIn(QWidget):
    lock_requested = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.who = QLabel(self)
        self.who.setObjectName("hqWho")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        top.addWidget(self.who, 1)
        lock = QPushButton(self.tr("Lock"), self)
        lock.setObjectName("hqLock")
        lock.clicked.connect(self.lock_requested)
        top.addWidget(lock)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("hqTabs")
        self.records = HqRecordsPage(runner, self.tabs)
        self.users = HqUsersPage(runner, self.tabs)
        self.tabs.addTab(self.records, self.tr("Records"))
        self.tabs.addTab(self.users, self.tr("Users"))
        layout.addWidget(self.tabs, 1)

    def show_session(self, session: HqSession) -> None:
        user = session.user
        text = self.tr("Signed in as %1: %2, clearance %3.")
        self.who.setText(text.replace("%1", clean_line(user.name, 64)).replace("%2", role_label(user.role)).replace(
            "%3", level_label(user.clearance)))
        self.tabs.setCurrentWidget(self.records)
        self.records.show_session(session)
        self.users.show_session(session)

    def clear(self) -> None:
        """Forget everything shown (at lock)."""
        self.who.setText("")
        self.records.clear()
        self.users.clear()
