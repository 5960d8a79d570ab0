"""Small widget pieces the editors share: the red message under a field or list, a row of buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def error_label(parent: QWidget) -> QLabel:
    """A hidden, wrapping plain-text label styled as a field error (objectName fieldError)."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons side by side, pushed to the leading edge."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
