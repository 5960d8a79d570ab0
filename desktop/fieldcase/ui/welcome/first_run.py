"""The first-run page: nothing to unlock yet, so the officer chooses to create a workspace, open an existing
folder (a copy from a colleague or a backup), or try the demo, which is fictional and kept in its own folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from .common import heading


class FirstRunPage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Welcome to Fieldcase"), self))
        intro = QLabel(self.tr("Your case files will be kept in an encrypted workspace on this computer. "
                               "Start with one of these:"), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.create_button = self._choice(
            layout, self.tr("Create a workspace"), self.tr("For your own case files: you choose a passphrase and "
                                                           "get a recovery key to write down."), primary=True)
        self.open_button = self._choice(
            layout, self.tr("Open an existing workspace folder…"),
            self.tr("A workspace copied from another computer or restored from a backup."))
        self.demo_button = self._choice(
            layout, self.tr("Try the demo"),
            self.tr("A separate workspace of fictional records to look around in. Your own work never goes there."))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

    def _choice(self, layout: QVBoxLayout, title: str, hint: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(title, self)
        if primary:
            button.setObjectName("primary")
            button.setDefault(True)
        label = QLabel(hint, self)
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addSpacing(8)
        layout.addWidget(button)
        layout.addWidget(label)
        return button
