"""The keyboard shortcuts sheet (F1): every shortcut the window offers, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget


def _keys(text: str) -> str:
    """The key combination as this platform writes it (Ctrl on Linux and Windows, ⌘ on macOS)."""
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget, *, editor: bool) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        rows = self.editor_rows() if editor else self.main_rows()
        for row, (keys, what) in enumerate(rows):
            key = QLabel(_keys(keys), self)
            key.setObjectName("shortcutKey")
            label = QLabel(what, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def main_rows(self) -> list[tuple[str, str]]:
        return [("Ctrl+N", self.tr("New incident")), ("Ctrl+F", self.tr("Search the case files")),
                ("Ctrl+1", self.tr("Case files")), ("Ctrl+2", self.tr("Risk board")), ("Ctrl+3", self.tr("Indicators")),
                ("Ctrl+4", self.tr("Sync")), ("Ctrl+5", self.tr("Settings")), ("Ctrl+6", self.tr("Action points")),
                ("Ctrl+L", self.tr("Lock the workspace now")), ("F1", self.tr("This list"))]

    def editor_rows(self) -> list[tuple[str, str]]:
        return [("Ctrl+S", self.tr("Save a new revision")), ("Ctrl+W", self.tr("Close the editor (asks first "
                                                                                 "when there are unsaved changes)")),
                ("Esc", self.tr("Close the editor")), ("Ctrl+L", self.tr("Lock the workspace now")),
                ("F1", self.tr("This list"))]
